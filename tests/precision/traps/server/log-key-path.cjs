// Logging where the key file is, never the key.
const express = require('express');
const { Video } = require('@vonage/video');

const app = express();
const video = new Video({ applicationId: process.env.VONAGE_APPLICATION_ID, privateKey: process.env.VONAGE_PRIVATE_KEY_PATH });

console.log('Vonage private key path:', process.env.VONAGE_PRIVATE_KEY_PATH);
console.info(`private key file: ${process.env.PRIVATE_KEY_FILE}`);
console.log('using key at', process.env.PRIVATE_KEY_PATH);

module.exports = { app, video };
