import assert from 'node:assert/strict';
import { test } from 'node:test';

import { SessionStore } from '../server/session-store';

const SESSION_ID = '2_MX4wMDAwMDAwMH5-VHVlIEZlYiAwNiAxMDowMDowMCBQU1QgMjAyNH5tb2NrU2Vzc2lvbklkRm9yVGhlVW5pdFRlc3Rzfg';
const LEGACY_TOKEN = 'T1==cGFydG5lcl9pZD0xMjM0NTY3OCZzaWc9MDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDpzZXNzaW9uX2lkPTFfTVg0ZmFrZSZjcmVhdGVfdGltZT0xNzAwMDAwMDAwJnJvbGU9cHVibGlzaGVyJm5vbmNlPTEyMw==';

test('stores one session per room', () => {
  const store = new SessionStore();
  store.put('standup', SESSION_ID, LEGACY_TOKEN);
  assert.equal(store.get('standup')?.sessionId, SESSION_ID);
});
