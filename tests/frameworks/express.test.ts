import { describe, expect, it } from 'vitest';

import rule from '../../src/rules/require-authenticated-endpoint';
import { runRuleTester } from '../helpers/rule-tester';

import { VIDEO, unauthenticatedToken } from './endpoint-cases';
import { routesIn } from './routes-in';

const app = "import express from 'express';\nconst app = express();\nconst router = express.Router();\n";

describe('express adapter', () => {
  it('names routes on an express() app and an express.Router() router', () => {
    expect(routesIn(`${app}app.post('/token', auth, (req, res) => {});\nrouter.get('/room/:id', (req, res) => {});`)).toEqual([
      { framework: 'express', label: 'Route `POST /token`', path: '/token', method: 'POST', handler: true, inFront: ['auth'] },
      { framework: 'express', label: 'Route `GET /room/:id`', path: '/room/:id', method: 'GET', handler: true, inFront: [] },
    ]);
  });

  it('reads CommonJS apps', () => {
    const code = "const express = require('express');\nconst app = express();\napp.post('/token', (req, res) => {});";
    expect(routesIn(code, { sourceType: 'commonjs' }).map(route => route.framework)).toEqual(['express']);
  });

  it('calls a receiver it cannot trace Express-style', () => {
    expect(routesIn("function mount(r) { r.post('/token', (req, res) => {}); }").map(route => route.framework)).toEqual(['express']);
  });

  it('puts route(path).all(guard) in front of every method of the chain', () => {
    expect(routesIn(`${app}router.route('/t').all(requireAuth).post((req, res) => {});`)[0]).toMatchObject({ label: 'Route `POST /t`', inFront: ['requireAuth'] });
  });

  it('is not fooled by HTTP clients', () => {
    expect(routesIn("import axios from 'axios';\naxios.post('/token', body);")).toEqual([]);
  });
});

describe('express adapter: handlers mounted with use()', () => {
  it('a handler that takes no next, mounted at a path, is an endpoint for every method', () => {
    expect(routesIn(`${app}router.use('/token', auth, (req, res) => res.json({}));`)).toEqual([
      { framework: 'express', label: 'Handler mounted at `/token`', path: '/token', method: null, handler: true, inFront: ['auth'] },
    ]);
  });

  it('middleware, routers and handlers by name stay middleware', () => {
    expect(routesIn(`${app}router.use('/api', (req, res, next) => next()); app.use('/api', router); app.use('/x', handler); app.use((req, res) => res.end());`)).toEqual([]);
  });
});

const openMount = `${app}${VIDEO}router.use('/token', (req, res) => res.json({ token: video.generateClientToken(req.query.s) }));\n`;
const factory = `${app}${VIDEO}function mintFor(role) {\n  return (req, res, next) => { res.locals.token = video.generateClientToken(req.params.id, { role }); next(); };\n}\nconst send = (req, res) => res.json({ token: res.locals.token });\nrouter.get('/stage/:id', mintFor('publisher'), send);\n`;

runRuleTester('require-authenticated-endpoint: express handler styles', rule, {
  valid: [
    `${app}${VIDEO}import { requireAuth } from './auth';\nrouter.use('/token', requireAuth, (req, res) => res.json({ token: video.generateClientToken(req.query.s) }));\n`,
    `${app}${VIDEO}import { requireAuth } from './auth';\nrouter.use(requireAuth);\nrouter.use('/token', (req, res) => res.json({ token: video.generateClientToken(req.query.s) }));\n`,
    // The factory's middleware mints behind the guard in front of it.
    `${app}${VIDEO}import { requireAuth } from './auth';\nfunction mintFor(role) {\n  return (req, res, next) => { res.locals.token = video.generateClientToken(req.params.id, { role }); next(); };\n}\nrouter.get('/stage/:id', requireAuth, mintFor('publisher'), (req, res) => res.json(res.locals));\n`,
  ],
  invalid: [
    { code: openMount, errors: [unauthenticatedToken(openMount, "'/token'", 'Handler mounted at `/token`')] },
    // A token minted inside middleware returned by a factory.
    { code: factory, errors: [unauthenticatedToken(factory, "'/stage/:id'", 'Route `GET /stage/:id`')] },
  ],
});
