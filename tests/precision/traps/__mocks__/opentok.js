export default class OpenTok {
  constructor(apiKey, apiSecret) {
    this.apiKey = apiKey;
    this.apiSecret = apiSecret;
  }

  createSession(options, callback) {
    callback(null, { sessionId: '1_MX4xMjM0NTY3OH5-TW9uIEphbiAwMSAwMDowMDowMCBQU1QgMjAyNH5mYWtlU2Vzc2lvbkZvclRlc3Rzfk1YNH4' });
  }

  generateToken() {
    return 'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJpc3MiOiIxMjM0NTY3OCIsImlzdCI6InByb2plY3QiLCJpYXQiOjE3MDAwMDAwMDAsImV4cCI6MTcwMDA4NjQwMCwic2Vzc2lvbl9pZCI6IjFfTVg0ZmFrZSIsInJvbGUiOiJwdWJsaXNoZXIiLCJzY29wZSI6InNlc3Npb24uY29ubmVjdCJ9.ZmFrZS1zaWduYXR1cmUtZm9yLXRlc3RzLW9ubHk';
  }
}
