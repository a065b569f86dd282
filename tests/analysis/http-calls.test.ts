import { describe, expect, it } from 'vitest';

import { probe } from '../helpers/sdk-probe';

const ts = { parser: 'typescript' } as const;
const cjs = { sourceType: 'commonjs' } as const;
const OT = 'https://api.opentok.com';

/** The operation of the only call in `code`, as the probe prints it. */
function only(code: string, options = {}): string[] {
  return probe(code, options).calls;
}

describe('HTTP clients to the Video REST API', () => {
  it('fetch with a template literal and a method', () => {
    expect(only(`const r = await fetch(\`${OT}/v2/project/\${key}/archive\`, { method: 'POST', headers: { 'X-OPENTOK-AUTH': jwt } });`)).toEqual([
      '?@1 archive.start opentok tracked',
    ]);
  });

  it('fetch: the default method is GET (a read, not a start)', () => {
    expect(only(`fetch('${OT}/v2/project/' + key + '/archive/' + id);`)).toEqual(['?@1 archive.read opentok tracked']);
  });

  it('node-fetch, cross-fetch and undici through import and require', () => {
    expect(only(`import nf from 'node-fetch'; nf(\`${OT}/v2/project/\${k}/archive/\${id}\`, { method: 'DELETE' });`)).toEqual(['?@1 archive.delete opentok tracked']);
    expect(only(`const f = require('cross-fetch'); f('${OT}/v2/project/' + k + '/broadcast', { method: 'post' });`, cjs)).toEqual(['?@1 broadcast.start opentok tracked']);
    expect(only(`const { fetch } = require('undici'); fetch('${OT}/v2/project/' + k + '/dial', { method: 'POST' });`, cjs)).toEqual(['?@1 sip.dial opentok tracked']);
    expect(only(`const undici = require('undici'); undici.request('${OT}/v2/project/' + k + '/connect', { method: 'POST' });`, cjs)).toEqual([
      'request@1 audio-connector.connect opentok tracked',
    ]);
  });

  it('axios: verbs, config objects and instances with a baseURL', () => {
    expect(only(`import axios from 'axios'; axios.post(\`https://video.api.vonage.com/v2/project/\${app}/render\`, body, { headers: { Authorization: 'Bearer ' + jwt } });`)).toEqual([
      'post@1 render.start @vonage/video tracked',
    ]);
    expect(only(`import axios from 'axios'; axios({ url: '${OT}/v2/project/' + k + '/captions', method: 'POST' });`)).toEqual(['?@1 captions.start opentok tracked']);
    expect(only(`import axios from 'axios'; axios.request({ baseURL: '${OT}', url: \`/v2/project/\${k}/session/\${sid}/mute\`, method: 'post' });`)).toEqual([
      'request@1 moderation.mute-all opentok tracked',
    ]);
    expect(
      only(`import axios from 'axios';
        const API = '${OT}/v2/project/' + process.env.OT_KEY;
        const api = axios.create({ baseURL: API, headers: { 'X-OPENTOK-AUTH': jwt } });
        api.delete(\`/session/\${sid}/connection/\${cid}\`);`),
    ).toEqual(['delete@4 moderation.disconnect opentok tracked']);
  });

  it('got, ky, request and superagent', () => {
    expect(only(`import got from 'got'; got.post('${OT}/v2/project/' + k + '/session/' + sid + '/signal', { json: { type, data } });`)).toEqual(['post@1 signal.send opentok tracked']);
    expect(only(`import got from 'got'; const client = got.extend({ prefixUrl: '${OT}/v2/project/' + k }); client.put('session/' + sid + '/stream', { json });`)).toEqual([
      'put@1 stream.layout opentok tracked',
    ]);
    expect(only(`import ky from 'ky'; ky.post(\`${OT}/v2/project/\${k}/archive/\${id}/stop\`);`)).toEqual(['post@1 archive.stop opentok tracked']);
    expect(only(`const request = require('request'); request.post({ url: '${OT}/v2/project/' + k + '/broadcast/' + id + '/stop', headers }, cb);`, cjs)).toEqual([
      'post@1 broadcast.stop opentok tracked',
    ]);
    expect(only(`import superagent from 'superagent'; superagent.post(\`${OT}/v2/project/\${k}/session/\${s}/stream/\${st}/mute\`).set('X-OPENTOK-AUTH', jwt);`)).toEqual([
      'post@1 moderation.mute opentok tracked',
    ]);
  });

  it('https.request with a URL or with host and path options', () => {
    expect(only(`import https from 'https'; https.request({ hostname: 'api.opentok.com', path: '/session/create', method: 'POST', headers }, cb);`)).toEqual([
      'request@1 session.create opentok tracked',
    ]);
    expect(only(`const http = require('node:http'); http.request('${OT}/v2/project/' + k + '/captions/' + id + '/stop', { method: 'POST' });`, cjs)).toEqual([
      'request@1 captions.stop opentok tracked',
    ]);
  });

  it('a base URL from the environment: the path or a Video auth header says it is the REST API (by name)', () => {
    expect(only(`fetch(\`\${process.env.OT_API_URL}/v2/project/\${k}/archive\`, { method: 'POST' });`)).toEqual(['?@1 archive.start opentok by-name']);
    expect(only(`fetch(base + '/session/create', { method: 'POST', headers: { 'X-TB-PARTNER-AUTH': auth } });`)).toEqual(['?@1 session.create opentok by-name']);
    expect(only(`fetch(\`\${process.env.OT_API_URL}/v2/project/\${k}/archive\`, { method: 'POST' });`, { settings: { 'vonage-video': { detection: 'tracked' } } })).toEqual([]);
    // `a || 'https://…' + path`: the default names the host; a method chosen at run time reads as the privileged one.
    expect(only(`fetch(process.env.OPENTOK_URL || '${OT}' + '/v2/project/' + k + '/archive', { method: m });`)).toEqual(['?@1 archive.start opentok tracked']);
  });

  it('new URL(path, base) and TypeScript wrappers', () => {
    expect(only(`const BASE = '${OT}'; await fetch(new URL(\`/v2/project/\${k}/render/\${id}\`, BASE) as any, { method: 'DELETE' as const });`, ts)).toEqual([
      '?@1 render.stop opentok tracked',
    ]);
  });

  it('negatives: other hosts, unknown paths, own functions, relative URLs', () => {
    expect(only(`fetch('https://api.example.com/v2/project/' + k + '/archive', { method: 'POST' });`)).toEqual([]);
    expect(only(`import axios from 'axios'; axios.post('https://api.stripe.com/v1/charges', body); axios.get('${OT}/v2/project/' + k + '/unknown');`)).toEqual([]);
    expect(only(`function request(u) {} request('${OT}/v2/project/' + k + '/archive');`)).toEqual([]);
    expect(only(`fetch('/v2/project/' + k + '/archive', { method: 'POST' });`)).toEqual([]);
    expect(only(`import axios from 'axios'; const api = axios.create({ baseURL: 'https://example.com' }); api.post('/v2/project/' + k + '/archive');`)).toEqual([]);
    expect(only(`import axios from 'axios'; axios.create({ baseURL: '${OT}' });`)).toEqual([]);
    expect(only(`fetch(\`\${base}/api/archive\`, { method: 'POST' });`)).toEqual([]);
  });
});

describe('HTTP clients: the less common forms', () => {
  it('superagent(method, url) with .set({…}) and .set(name, value)', () => {
    expect(only(`import superagent from 'superagent'; superagent('DELETE', '${OT}/v2/project/' + k + '/archive/' + id).set({ 'X-OPENTOK-AUTH': jwt }).set(name, v).set('Accept', 'json').send();`)).toEqual([
      '?@1 archive.delete opentok tracked',
    ]);
    expect(only(`import superagent from 'superagent'; superagent.post(); superagent.post(...args);`)).toEqual([]);
  });

  it('instances without options, request.defaults, and a default export reached by property', () => {
    expect(only(`const request = require('request'); const r = request.defaults({ baseUrl: '${OT}/v2/project/' + k + '/' }); r.post('dial', cb);`, cjs)).toEqual(['post@1 sip.dial opentok tracked']);
    expect(only(`import axios from 'axios'; const a = axios.create(); a.post('${OT}/v2/project/' + k + '/callback', body);`)).toEqual(['post@1 callback.register opentok tracked']);
    expect(only(`const nf = require('node-fetch'); nf.default('${OT}/v2/project/' + k + '/broadcast', { method: 'POST' });`, cjs)).toEqual(['default@1 broadcast.start opentok tracked']);
    expect(only(`import _ from 'lodash'; _.post('${OT}/v2/project/' + k + '/archive'); const { fetch: f } = globalThis; f('${OT}/session/create');`)).toEqual([]);
    expect(only(`const m = require(name); m('${OT}/session/create'); let g = fetch; g = other; g('${OT}/session/create');`, cjs)).toEqual([]);
  });

  it('https.get, http.request with a protocol, host options without a path', () => {
    expect(only(`import https from 'node:https'; https.get({ host: 'api.opentok.com', path: '/v2/project/' + k + '/session/' + s + '/stream/' + st }, cb);`)).toEqual([
      'get@1 stream.read opentok tracked',
    ]);
    expect(only(`import http from 'http'; http.request({ protocol: 'http:', hostname: 'api.opentok.com', path: '/session/create', method: 'POST' });`)).toEqual([
      'request@1 session.create opentok tracked',
    ]);
    expect(only(`import https from 'https'; https.request({ hostname: 'api.opentok.com' }); https.request({ path: '/session/create' }); https.request(url, { method: 'POST' });`)).toEqual([]);
  });

  it('no URL, spread arguments, config objects without a URL', () => {
    expect(only(`fetch(); fetch(...args); import axios from 'axios'; axios({ method: 'POST' }); axios.patch('${OT}/v2/project/' + k + '/archive/' + id + '/streams', d, { headers: { ...h } });`)).toEqual([
      'patch@1 archive.update opentok tracked',
    ]);
  });

  it('URL forms: members of constant objects, unknown values, user info and ports, queries, long or deep values', () => {
    expect(only(`const cfg = { apiUrl: '${OT}' }; fetch(cfg.apiUrl + '/session/create', { method: 'POST' }); fetch(cfg[key] + '/x'); fetch(42); fetch(a - b);`)).toEqual([
      '?@1 session.create opentok tracked',
    ]);
    expect(only(`fetch('https://user@api.opentok.com:443/v2/project/' + k + '/archive?x=1#y', { method: 'POST' });`)).toEqual(['?@1 archive.start opentok tracked']);
    expect(only(`fetch(\`https://\${host}/v2/project/\${k}/archive\`, { method: 'POST', headers: { Authorization: 'Bearer ' + t } });`)).toEqual(['?@1 archive.start @vonage/video by-name']);
    expect(only(`fetch(new URL('/v2/project/' + k + '/archive'), { method: 'POST' }); fetch(new Thing('${OT}/session/create'));`)).toEqual([]);
    expect(only(`fetch(new URL('v2/project/' + k + '/archive', '${OT}'), { method: 'POST' }); fetch(new URL('v2/project/' + k + '/archive', '${OT}/'), { method: 'POST' });`)).toEqual([
      '?@1 archive.start opentok tracked',
      '?@1 archive.start opentok tracked',
    ]);
    expect(only(`fetch('${OT}/v2/project/' + k + '/archive' + '${'x'.repeat(2100)}', { method: 'POST' });`)).toEqual([]);
    const chain = Array.from({ length: 12 }, (_, index) => `const u${index + 1} = u${index};`).join(' ');
    expect(only(`const u0 = '${OT}/session/create'; ${chain} fetch(u12, { method: 'POST', headers: { 'X-OPENTOK-AUTH': j } });`)).toEqual([]);
    expect(only(`fetch(\`\${base}\`, { headers: { 'X-OPENTOK-AUTH': j } }); fetch(base, { headers: { 'X-OPENTOK-AUTH': j } });`)).toEqual([]);
  });

  it('a method chosen at run time: the privileged reading, or the only one', () => {
    expect(only(`fetch('${OT}/v2/project/' + k + '/archive/' + id, { method: m });`)).toEqual(['?@1 archive.delete opentok tracked']);
    expect(only(`fetch('${OT}/v2/project/' + k + '/session/' + s + '/stream/' + st, { method: m });`)).toEqual(['?@1 stream.read opentok tracked']);
    expect(only(`fetch('${OT}/v2/project/' + k + '/archive/' + id, { method: 'HEAD' });`)).toEqual([]);
  });
});
