/**
 * Credentials in every format the plugin recognises, built to pass its format checks (session IDs decode to
 * `1~<key>~…`, tokens to `partner_id=…&sig=…`, JWTs carry `scope: session.connect`). None is a real credential.
 */
const b64 = (text: string): string => Buffer.from(text).toString('base64');
const b64url = (text: string): string => b64(text).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');

export const CREDENTIALS = {
  /** The OpenTok API secret: 40 hexadecimal digits. */
  apiSecret: 'a3f9c2e81b7d4f6a9c0e2b5d8f1a3c6e9b2d4f7a',
  /** A Vonage API secret: 16 letters and digits. */
  vonageSecret: 'Qx7Lm2Rv9Tb4Kp1Z',
  sessionId: `1_${b64url('1~47203601~~Mon Jan 01 00:00:00 PST 2024~AbCdEfGhIjKlMnOp~MX4')}`,
  sessionId2: `2_${b64url('1~0c3e5b1a-2d4f-4a6b-8c9d-0e1f2a3b4c5d~~Tue Feb 02 00:00:00 PST 2024~QrStUvWxYz~MX4')}`,
  t1Token: `T1==${b64('partner_id=47203601&sig=0123456789abcdef0123456789abcdef01234567:session_id=1_MX4&create_time=1700000000&nonce=0.123&role=publisher')}`,
  jwt: `${b64url('{"alg":"RS256","typ":"JWT"}')}.${b64url('{"scope":"session.connect","session_id":"1_MX4","role":"publisher"}')}.${b64url('signature-signature-signature-signature')}`,
  pem: `-----BEGIN PRIVATE KEY-----\\n${'MIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQC7'.repeat(3)}\\n-----END PRIVATE KEY-----`,
  base64Pem: b64(`-----BEGIN PRIVATE KEY-----\n${'MIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQC7'.repeat(3)}\n-----END PRIVATE KEY-----\n`),
} as const;
