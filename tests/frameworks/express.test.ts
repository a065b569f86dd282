import { describe, expect, it } from 'vitest';

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
