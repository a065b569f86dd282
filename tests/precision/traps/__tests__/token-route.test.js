import { describe, expect, it, vi } from 'vitest';

import { handler } from '../serverless/token.js';

vi.mock('opentok', () => ({
  default: vi.fn(() => ({ generateToken: vi.fn(() => 'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJpc3MiOiIxMjM0NTY3OCIsImlzdCI6InByb2plY3QiLCJpYXQiOjE3MDAwMDAwMDAsImV4cCI6MTcwMDA4NjQwMCwic2Vzc2lvbl9pZCI6IjFfTVg0ZmFrZSIsInJvbGUiOiJwdWJsaXNoZXIiLCJzY29wZSI6InNlc3Npb24uY29ubmVjdCJ9.ZmFrZS1zaWduYXR1cmUtZm9yLXRlc3RzLW9ubHk') })),
}));

describe('token route', () => {
  it('returns a token for the room', async () => {
    const response = await handler({ pathParameters: { room: 'standup' }, requestContext: { authorizer: { userId: 'u1' } } });
    expect(JSON.parse(response.body)).toEqual({ sessionId: '1_MX4xMjM0NTY3OH5-TW9uIEphbiAwMSAwMDowMDowMCBQU1QgMjAyNH5mYWtlU2Vzc2lvbkZvclRlc3Rzfk1YNH4', token: 'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJpc3MiOiIxMjM0NTY3OCIsImlzdCI6InByb2plY3QiLCJpYXQiOjE3MDAwMDAwMDAsImV4cCI6MTcwMDA4NjQwMCwic2Vzc2lvbl9pZCI6IjFfTVg0ZmFrZSIsInJvbGUiOiJwdWJsaXNoZXIiLCJzY29wZSI6InNlc3Npb24uY29ubmVjdCJ9.ZmFrZS1zaWduYXR1cmUtZm9yLXRlc3RzLW9ubHk' });
  });
});
