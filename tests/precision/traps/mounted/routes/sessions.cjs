// The controller's handlers are registered here behind `checkJwt`.
const express = require('express');
const { checkJwt } = require('../lib/auth.cjs');
const sessions = require('../controllers/sessions.cjs');

const router = express.Router();
router.post('/', checkJwt, sessions.create);

module.exports = router;
