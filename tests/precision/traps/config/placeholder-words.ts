import OpenTok from 'opentok';

// Examples shown in the setup wizard's form fields.
export const opentokSecretExample = 'example-secret';
export const fakeVonagePrivateKey = 'fake_private_key';
export const vonageApiSecretForTests = 'test-secret';
export const videoSecretPlaceholder = 'your_api_secret_here';
export const opentok = new OpenTok(process.env.OPENTOK_API_KEY as string, process.env.OPENTOK_API_SECRET as string);
