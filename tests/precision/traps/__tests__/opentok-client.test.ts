import OpenTok from 'opentok';
import { expect, it } from 'vitest';

it('builds a client from fake credentials', () => {
  const opentok = new OpenTok('12345678', 'fake-api-secret');
  expect(opentok).toBeDefined();
  const apiSecret = 'test-secret';
  expect(new OpenTok('12345678', apiSecret)).toBeDefined();
});
