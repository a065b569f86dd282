// Writes a sample .env for new contributors.
const { writeFileSync } = require('node:fs');

const sample = {
  OPENTOK_API_KEY: '',
  OPENTOK_API_SECRET: '',
  VONAGE_PRIVATE_KEY: 'path/to/private.key',
  VONAGE_API_SECRET: '********',
};
writeFileSync('.env.sample', Object.entries(sample).map(([key, value]) => `${key}=${value}`).join('\n'));
