/**
 * Messages are read in a terminal and in CI logs (issue 15): what is wrong and what to do, within about 200
 * characters once the placeholders hold a typical value; the why and the details are on the docs page every finding
 * links to. A placeholder without a typical value here fails the test, so a new one gets one.
 */
import { describe, expect, it } from 'vitest';

import { rules } from '../src/rules';

const MAX_MESSAGE_LENGTH = 200;

/** A typical value of every placeholder, as the rules fill them (taken from the rules' tests). */
const TYPICAL: Record<string, string> = {
  source: 'req.body.role',
  toolchain: 'Create React App',
  where: 'passed to `new OpenTok()`',
  name: 'NEXT_PUBLIC_VONAGE_SECRET',
  format: 'session ID',
  scheme: 'http:',
  carries: 'the token',
  secure: 'https:',
  api: 'fetch',
  host: 'pbx.acme-corp.com',
  category: 'an e-mail address',
  field: 'email',
  length: '1500',
  max: '2 hours',
  secret: 'The API secret `apiSecret`',
  sink: 'res.json()',
  prefix: 'NEXT_PUBLIC_',
  kind: 'API secret',
  module: '@vonage/server-sdk',
  reason: 'a module that uses the Vonage Video browser SDK',
  stub: '',
  value: 'vonage:*',
  namespace: 'vonage:jwt',
  prints: 'the application private key',
  when: 'at module scope',
  place: '`this.sessionId` of the singleton `RoomsService`',
  level: 'DEBUG (4)',
  replacement: "OT.setLogLevel(OT.ERROR)",
  route: 'Route `POST /video/token`',
  operation: 'generateToken',
  does: 'mints client tokens',
  risk: 'join any session',
  guard: 'limitRoomSize',
  method: 'forceDisconnect',
  check: '`session.capabilities.forceDisconnect`',
  condition: 'session.capabilities.forceDisconnect === 1',
  mode: 'relayed',
  sdk: '@vonage/video',
  required: 'routed',
  target: "'routed'",
  text: "'routed'",
  member: 'MediaMode.ROUTED',
  lifetime: '24 hours',
  seconds: '7200',
  role: 'publisher',
  written: "'ROUTED'",
  option: 'archiveMode',
  decides: 'routed or relayed',
  action: 'force-disconnect',
  valid: "'manual' or 'always'",
  fallback: "'manual'",
  location: 'eu-west',
  feature: 'Archiving',
  line: '12',
};

const messages = Object.entries(rules).flatMap(([rule, { meta }]) =>
  Object.entries(meta.messages as Record<string, string>).map(([messageId, text]) => ({ rule, messageId, text })),
);

function filled(text: string): string {
  return text.replace(/\{\{\s*(\w+)\s*\}\}/g, (_, name: string) => {
    const value = TYPICAL[name];
    if (value === undefined) throw new Error(`no typical value for the placeholder {{${name}}}: add one to TYPICAL`);
    return value;
  });
}

describe('rule messages', () => {
  it.each(messages)('$rule/$messageId is at most 200 characters with typical values', ({ text }) => {
    expect(filled(text).length).toBeLessThanOrEqual(MAX_MESSAGE_LENGTH);
  });
});
