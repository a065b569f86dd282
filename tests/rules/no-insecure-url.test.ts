import rule from '../../src/rules/no-insecure-url';
import { at } from '../helpers/locate';
import { runRuleTester } from '../helpers/rule-tester';

// --- what the messages say --------------------------------------------------------------------------------------

const REST = 'REST calls signed with your project credentials';
const CLIENT = "the client's signalling and API traffic, tokens included";
const WEBHOOK = 'the events Vonage posts to it';
const RTMP = 'the live stream and its stream key';
const AUDIO = "the session's audio and the headers sent with it";
const RENDER = 'the page Vonage renders into your session';
const SCRIPT = 'the SDK script that runs in your video page';

const SECURE = { http: 'https', ws: 'wss', rtmp: 'rtmps' } as const;
type Scheme = keyof typeof SECURE;

/** The scheme a quoted literal starts with (`\x68ttp` is `http`). */
function schemeOf(literal: string): Scheme {
  return literal.slice(1, literal.indexOf(':')).toLowerCase().replace('\\x68', 'h') as Scheme;
}

/** `code` with the n-th occurrence of `snippet` replaced. */
function replaceAt(code: string, snippet: string, replacement: string, occurrence = 1): string {
  let index = -1;
  for (let seen = 0; seen < occurrence; seen++) index = code.indexOf(snippet, index + 1);
  if (index === -1) throw new Error(`snippet not found: ${snippet}`);
  return code.slice(0, index) + replacement + code.slice(index + snippet.length);
}

/** `code` with the scheme of the quoted literal `literal` upgraded. */
function upgraded(code: string, literal: string, occurrence = 1): string {
  const scheme = schemeOf(literal);
  return replaceAt(code, literal, literal.charAt(0) + SECURE[scheme] + literal.slice(1 + scheme.length), occurrence);
}

function schemeData(literal: string) {
  const scheme = schemeOf(literal);
  return { scheme: `${scheme}:`, secure: `${SECURE[scheme]}:` };
}

interface ErrorOptions {
  occurrence?: number;
  /** The upgrade is offered as a suggestion (default), applied as a fix, or impossible. */
  edit?: 'suggest' | 'fix' | 'none';
}

function upgradeSuggestions(code: string, literal: string, { occurrence = 1, edit = 'suggest' }: ErrorOptions) {
  return edit === 'suggest' ? [{ messageId: 'upgradeScheme' as const, data: schemeData(literal), output: upgraded(code, literal, occurrence) }] : [];
}

/** An `insecureUrl` report on the quoted literal `literal`. */
function urlError(code: string, literal: string, where: string, carries: string, options: ErrorOptions = {}) {
  return {
    messageId: 'insecureUrl' as const,
    ...at(code, literal, options.occurrence),
    data: { where, carries, ...schemeData(literal) },
    suggestions: upgradeSuggestions(code, literal, options),
  };
}

/** A request report on the quoted literal `literal`. */
function requestError(code: string, literal: string, messageId: 'insecureRequest' | 'insecureTokenRequest', api: string, options: ErrorOptions = {}) {
  return {
    messageId,
    ...at(code, literal, options.occurrence),
    data: { api, ...schemeData(literal) },
    suggestions: upgradeSuggestions(code, literal, options),
  };
}

// --- server SDKs ------------------------------------------------------------------------------------------------

const chatSocket = `import OT from '@opentok/client';
const session = OT.initSession(apiKey, sessionId);
const chat = new WebSocket('ws://chat.example.com/room');
`;
const opentokStringApiUrl = `const OpenTok = require('opentok');
const opentok = new OpenTok(process.env.OPENTOK_KEY, process.env.OPENTOK_SECRET, 'http://api.opentok.com');
module.exports = opentok;
`;
const opentokEnvObject = `import OpenTok from 'opentok';
export const opentok = new OpenTok(apiKey, apiSecret, {
  apiUrl: 'http://opentok-gateway.acme-corp.com',
  proxy: 'http://proxy.acme-corp.com:3128',
  timeout: 10000,
});
`;
const opentokImportEquals = `import OpenTok = require('opentok');
const client = OpenTok(process.env.OT_KEY!, process.env.OT_SECRET!, { apiUrl: \`http://\${process.env.OT_GATEWAY}\` });
export default client;
`;
const videoHost = `import { Video } from '@vonage/video';
export const video = new Video({ applicationId: process.env.APP_ID, privateKey: './private.key' }, { videoHost: 'http://video.acme-corp.com' });
`;
const vonageHosts = `const { Vonage } = require('@vonage/server-sdk');
const HOSTS = { videoHost: 'http://video.acme-corp.com', apiHost: 'http://api.acme-corp.com', timeout: 5000 };
const vonage = new Vonage({ applicationId: process.env.APP_ID, privateKey: process.env.KEY }, HOSTS);
module.exports = vonage;
`;
const broadcastOpentok = `const OpenTok = require('opentok');
const opentok = new OpenTok(process.env.KEY, process.env.SECRET);
app.post('/broadcast/:sessionId', (req, res) => {
  opentok.startBroadcast(req.params.sessionId, {
    outputs: { rtmp: [{ serverUrl: 'rtmp://live.acme-corp.com/app', streamName: req.body.key }, { serverUrl: 'rtmps://safe.acme-corp.com/app', streamName: 'b' }] },
    maxDuration: 5400,
  }, (err, broadcast) => res.json(broadcast));
});
`;
const broadcastConstants = `import { Video } from '@vonage/video';
const video = new Video({ applicationId, privateKey });
const YOUTUBE = 'rtmp://a.rtmp.youtube.com/live2';
const targets = [{ serverUrl: YOUTUBE, streamName: process.env.YT_KEY }];
export const goLive = (sessionId) => video.startBroadcast(sessionId, { outputs: { hls: {}, rtmp: targets } });
`;
const broadcastSingle = `import { Video } from '@vonage/video';
const video = new Video({ applicationId, privateKey });
export const goLive = (sessionId) => video.startBroadcast(sessionId, { outputs: { rtmp: { serverUrl: 'RTMP://ingest.acme-corp.com:1935/live', streamName: 's' } } });
`;
const nestBroadcast = `import { Injectable } from '@nestjs/common';
import { Video } from '@vonage/video';
@Injectable()
export class BroadcastService {
  constructor(private readonly video: Video) {}
  start(sessionId: string) {
    return this.video.startBroadcast(sessionId, { outputs: { rtmp: [{ serverUrl: 'rtmp://live.acme-corp.com/app' as string, streamName: 'k' }] } });
  }
}
`;
const audioOpentok = `const OpenTok = require('opentok');
const ot = new OpenTok(key, secret);
ot.websocketConnect(sessionId, token, 'ws://audio.acme-corp.com/socket', { streams: [streamId] }, (error, connection) => {});
`;
const audioVonage = `import { Vonage } from '@vonage/server-sdk';
const vonage = new Vonage({ applicationId, privateKey });
export async function transcribe(sessionId, token) {
  return vonage.video.connectToWebsocket(sessionId, token, { uri: 'ws://transcriber.acme-corp.com/ws', audioRate: 16000 });
}
`;
const renderOpentok = `const OpenTok = require('opentok');
const opentok = new OpenTok(key, secret);
opentok.startRender({ sessionId, token, url: 'http://composer.acme-corp.com/view', statusCallbackUrl: 'http://hooks.acme-corp.com/ec' }, (err, render) => {});
`;
const renderVonage = `import { Video } from '@vonage/video';
const video = new Video({ applicationId, privateKey });
export const compose = (sessionId, token, host) => video.startExperienceComposerRender(sessionId, token, { url: \`http://\${host}/composer\`, maxDuration: 1800 });
`;
const registerCallback = `const OpenTok = require('opentok');
const opentok = new OpenTok(key, secret);
opentok.registerCallback({ group: 'connection', event: 'created', url: 'http://hooks.acme-corp.com/events' }, (err, callback) => {});
`;
const captions = `import { Video } from '@vonage/video';
const video = new Video({ applicationId, privateKey });
export const caption = (sessionId, token) => video.enableCaptions(sessionId, token, { languageCode: 'en-US', statusCallbackUrl: 'http://hooks.acme-corp.com/captions' });
`;
const byName = `import { videoClient } from './lib/vonage';
export default async function handler(req, res) {
  await videoClient.connectToWebsocket(req.query.sessionId, req.query.token, { uri: 'ws://audio.acme-corp.com/stream' });
  res.status(204).end();
}
`;

// --- SIP --------------------------------------------------------------------------------------------------------

const sipNamedCallback = `const OpenTok = require('opentok');
const opentok = new OpenTok(k, s);
function onDial(err, call) {}
opentok.dial(sid, token, 'sips:a@pbx.example.com', onDial);
`;
const sipOpentok = `const OpenTok = require('opentok');
const opentok = new OpenTok(key, secret);
opentok.dial(sessionId, token, 'sip:alice@pbx.acme-corp.com', { auth: { username, password } }, (err, sipCall) => {});
`;
const sipOpentokOff = `const OpenTok = require('opentok');
const opentok = new OpenTok(key, secret);
opentok.dial(sessionId, token, 'sip:alice@pbx.acme-corp.com;transport=tls', { secure: false, from: 'video@acme-corp.com' }, cb);
`;
const sipOpentokCallback = `import OpenTok from 'opentok';
const opentok = new OpenTok(key, secret);
export const call = (sessionId, token) => opentok.dial(sessionId, token, 'sips:alice@pbx.acme-corp.com', (err, sipCall) => {});
`;
const sipOpentokNoOptions = `import OpenTok from 'opentok';
const opentok = new OpenTok(key, secret);
export const call = (sessionId, token) => opentok.dial(sessionId, token, 'sips:alice@pbx.acme-corp.com');
`;
const sipVonage = `import { Video } from '@vonage/video';
const video = new Video({ applicationId, privateKey });
export const call = (sessionId, token, phone) => video.initiateSIPCall(sessionId, { token, sip: { uri: \`sip:\${phone}@pstn.acme-corp.com\`, auth: { username, password } } });
`;
const sipVonageAlias = `const { Vonage } = require('@vonage/server-sdk');
const vonage = new Vonage({ applicationId, privateKey });
const TRUNK = 'sip:bob@trunk.acme-corp.com;transport=udp;lr?X-Room=1';
exports.call = (sessionId, token) => vonage.video.intiateSIPCall(sessionId, { token, sip: { uri: TRUNK, secure: 0 } });
`;
const sipSharedOptions = `const OpenTok = require('opentok');
const opentok = new OpenTok(key, secret);
const SIP_OPTIONS = { auth: { username: process.env.SIP_USER, password: process.env.SIP_PASS }, video: true };
opentok.dial(sessionId, token, 'sips:room@pbx.acme-corp.com', SIP_OPTIONS, cb);
`;
const sipSharedSip = `import { Video } from '@vonage/video';
const video = new Video({ applicationId, privateKey });
const sip = { uri: 'sip:room@pbx.acme-corp.com;transport=tls', video: true };
export const call = (sessionId, token) => video.initiateSIPCall(sessionId, { token, sip });
`;
const sipEscaped = `import OpenTok from 'opentok';
const opentok = new OpenTok(key, secret);
opentok.dial(sid, token, 'sip:al\\x69ce@pbx.acme-corp.com', { secure: true }, cb);
`;
const sipAutofix = `import OpenTok from 'opentok';
const opentok = new OpenTok(key, secret);
opentok.dial(sid, token, 'sips:alice@pbx.acme-corp.com', { from: 'video@acme-corp.com' }, cb);
opentok.dial(sid, token, 'sips:bob@pbx.acme-corp.com', { secure: false }, cb);
`;
const sipSharedFalse = `import OpenTok from 'opentok';
const opentok = new OpenTok(key, secret);
const SIP = { secure: false };
opentok.dial(sid, token, 'sips:alice@pbx.acme-corp.com', SIP, cb);
`;

const sipTransportLast = `import OpenTok from 'opentok';
const opentok = new OpenTok(key, secret);
opentok.dial(sid, token, 'sip:' + extension + '@pbx.acme-corp.com;transport=tcp', { secure: true }, cb);
`;
const sipUneditable = `import OpenTok from 'opentok';
const opentok = new OpenTok(key, secret);
const HEADERS = '?X-Room=1';
opentok.dial(sid, token, 'sip:bob@pbx.acme-corp.com;transport=udp' + HEADERS, { secure: true }, cb);
opentok.dial(sid, token, 'sip:alice@pbx.acme-corp.com:' + 5060, { secure: true }, cb);
opentok.dial(sid, token, 'sip:carol@pbx.acme-corp.com;x=${'a'.repeat(3000)}' + '${'b'.repeat(3000)}', { secure: true }, cb);
`;
const sipDestructured = `import OpenTok from 'opentok';
const opentok = new OpenTok(key, secret);
const { dial } = opentok;
dial(sid, token, 'sips:alice@pbx.acme-corp.com', () => {});
`;

// --- browser SDK ------------------------------------------------------------------------------------------------

const scriptPage = `var apiKey = '47000000';
OT.setProxyUrl('http://proxy.acme-corp.com');
fetch('http://api.acme-corp.com/token?room=lobby')
  .then(function (res) { return res.json(); })
  .then(function (credentials) {
    var session = OT.initSession(apiKey, credentials.sessionId);
    session.connect(credentials.token, function () { session.publish('publisher'); });
  });
`;
const opentokClient = `import OT from '@opentok/client';
import axios from 'axios';
import $ from 'jquery';
export async function join(roomId) {
  const { data } = await axios.get(\`http://\${API_HOST}/session/\${roomId}\`);
  const events = new EventSource('http://events.acme-corp.com/stream');
  const socket = new WebSocket('ws://' + location.host + '/signal');
  $.ajax({ url: 'http://api.acme-corp.com/credentials', method: 'POST' });
  const xhr = new XMLHttpRequest();
  xhr.open('post', 'http://api.acme-corp.com/join');
  await ky.post('http://api.acme-corp.com/rooms', { json: { roomId } });
  const session = OT.initSession(data.apiKey, data.sessionId);
  session.connect(data.token, () => session.publish(OT.initPublisher('pub')));
  return { session, events, socket };
}
`;
const vonageClient = `import * as OT from '@vonage/client-sdk-video';
export const session = OT.initSession(appId, sessionId, { proxyUrl: 'http://proxy.acme-corp.com/' });
`;
const react = `import React, { useEffect, useState } from 'react';
import { OTSession, OTPublisher, OTStreams, OTSubscriber } from 'opentok-react';
const TOKEN_URL = 'http://api.acme-corp.com/api/token';
export function Room() {
  const [credentials, setCredentials] = useState(null);
  useEffect(() => { fetch(TOKEN_URL).then(res => res.json()).then(setCredentials); }, []);
  if (!credentials) return null;
  return (
    <OTSession {...credentials} options={{ proxyUrl: 'http://proxy.acme-corp.com' }}>
      <svg xmlns="http://www.w3.org/2000/svg" />
      <OTPublisher />
      <OTStreams><OTSubscriber /></OTStreams>
    </OTSession>
  );
}
`;
const preload = `import { OTSession, preloadScript } from 'opentok-react';
function App() { return <OTSession apiKey={k} sessionId={s} token={t} />; }
const Wrapped = preloadScript(App);
Wrapped.defaultProps = { opentokClientUrl: 'http://cdn.acme-corp.com/opentok.min.js' };
export const Page = () => <Wrapped opentokClientUrl="http://static.opentok.com/v2/js/opentok.min.js" />;
`;
const reactNative = `import React from 'react';
import { OTSession, OTPublisher } from 'opentok-react-native';
export default function Call({ session }) {
  fetch('http://api.acme-corp.com/meetings/42/join', { method: 'POST' });
  return <OTSession apiKey={session.apiKey} sessionId={session.id} token={session.token} options={{ apiUrl: 'http://api.acme-corp.com' }}><OTPublisher /></OTSession>;
}
`;
const vue = `import OT from '@opentok/client';
export default {
  name: 'VideoRoom',
  methods: {
    async join() {
      const response = await window.fetch(new URL('/rooms/' + this.roomId, 'http://api.acme-corp.com'));
      const { apiKey, sessionId, token } = await response.json();
      this.session = OT.initSession(apiKey, sessionId);
      this.session.connect(token, error => error && console.error(error));
    },
  },
};
`;
const requestConfigs = `import OT from '@opentok/client';
const api = axios.create({ baseURL: 'http://api.acme-corp.com' });
axios({ url: '/token', baseURL: 'http://token.acme-corp.com' });
axios.request({ url: 'http://token.acme-corp.com/v2/session' });
axios('http://token.acme-corp.com/v3/session');
jQuery.getJSON('http://api.acme-corp.com/profile');
const client = ky.create({ prefixUrl: 'http://api.acme-corp.com/v1' });
const raw = ky('http://api.acme-corp.com/ping');
OT.initPublisher('publisher');
`;
const conditionalApi = `import OT from '@opentok/client';
const API = import.meta.env.DEV ? 'http://localhost:3000' : 'http://api.acme-corp.com/session';
export const credentials = () => fetch(API).then(res => res.json());
OT.initPublisher();
`;
const setProxyVariants = `OT.setProxyUrl('\\x68ttp://proxy.acme-corp.com');
window.OT.setProxyUrl('HTTP://proxy.acme-corp.com:8443');
`;
const sdkScript = `const script = document.createElement('script');
script.src = 'http://static.opentok.com/v2/js/opentok.min.js';
script.onload = () => start(window.OT);
document.head.appendChild(script);
export const API = 'http://api.opentok.com/v2/project';
export const self = \`http://\${cdn}/vendor/opentok.js\`;
`;
const jsxScript = `export default function Head() {
  return <head><script src="http://cdn.acme-corp.com/js/opentok.min.js?v=2.35" /><script src="https://static.opentok.com/v2/js/opentok.min.js" /></head>;
}
`;
const setProxyAutofix = `import OT from '@opentok/client';
OT.setProxyUrl('http://proxy.acme-corp.com');
export const session = OT.initSession(k, s, { proxyUrl: 'http://proxy.acme-corp.com:8080' });
`;
const sharedTokenUrl = `import OT from '@opentok/client';
const TOKEN = 'http://api.acme-corp.com/token';
fetch(TOKEN);
fetch(TOKEN, { method: 'POST' });
OT.initPublisher();
`;
const sharedProxy = `import OT from '@opentok/client';
const PROXY = 'http://proxy.acme-corp.com';
OT.setProxyUrl(PROXY);
const session = OT.initSession(k, s, { proxyUrl: PROXY });
fetch(PROXY + '/health');
const EMPTY = '';
fetch(\`\${EMPTY}http://api.acme-corp.com/status\`);
`;
const serviceUrls = `import OT from '@opentok/client';
fetch('http://api.opentok.com/session/create');
OT.initPublisher();
`;
const serviceUrlsServer = `import OpenTok from 'opentok';
export const ot = new OpenTok(k, s);
fetch('http://api.opentok.com/session/create');
`;
const restBaseUrl = `const axios = require('axios');
const api = axios.create({ baseURL: 'http://api.opentok.com/v2/project/' + process.env.OT_KEY });
module.exports = sid => api.post('/archive', { sessionId: sid }, { headers: { 'X-OPENTOK-AUTH': jwt } });
`;
const restByPath = `const got = require('got');
module.exports = (k, id) => got.post('http://' + process.env.OT_HOST + '/v2/project/' + k + '/archive/' + id + '/stop', { headers: { 'X-OPENTOK-AUTH': jwt } });
`;
const moreRequests = `import OT from '@opentok/client';
const socket = new window.WebSocket('ws://signal.acme-corp.com');
const api = ky.extend({ prefixUrl: 'http://api.acme-corp.com' });
OT.initPublisher();
`;
const allowOther = `import OT from '@opentok/client';
OT.setProxyUrl('http://proxy.acme-corp.com');
fetch('http://legacy.acme-corp.com.evil.io/token');
`;

runRuleTester('no-insecure-url', rule, {
  valid: [
    // The same http:// requests in a file with no Vonage usage: not a video page.
    `fetch('http://api.acme-corp.com/token'); new WebSocket('ws://events.acme-corp.com'); axios.get('http://api.acme-corp.com/session');`,
    // A server file that uses a server SDK is not a video page: its own HTTP calls are out of scope.
    { code: `const OpenTok = require('opentok'); const ot = new OpenTok(k, s); fetch('http://analytics.acme-corp.com/token');`, languageOptions: { sourceType: 'commonjs' } },
    // A browser file whose only Vonage reference is not an operation: not provably a video page.
    `import OT from '@opentok/client'; OT.checkSystemRequirements(); fetch('http://api.acme-corp.com/token');`,
    // Loopback hosts in the browser positions.
    `import OT from '@opentok/client'; OT.setProxyUrl('http://localhost:8080'); fetch('http://127.0.0.1:3000/token'); new WebSocket('ws://[::1]:9000');`,
    // A loopback host with a runtime port or path: the written host decides.
    `import OT from '@opentok/client'; fetch(\`http://localhost:\${port}/api/token\`); fetch('http://localhost' + path); fetch('http://192.168.1.20:3000/token'); OT.initPublisher();`,
    // The Android emulator's host address, a docker-compose service name, an mDNS name.
    `import OT from '@opentok/client'; fetch('http://10.0.2.2:3000/session'); fetch('http://api:3000/token'); fetch('http://video-api.local/token'); OT.initPublisher();`,
    // A mock API and a composer page on the docker host, in server SDK positions.
    `import OpenTok from 'opentok'; const ot = new OpenTok(k, s, { apiUrl: 'http://mock-api:4010' }); ot.startRender({ url: 'http://host.docker.internal:3000/composer' }, cb);`,
    // A local mock of the Video API as `videoHost`.
    `import { Video } from '@vonage/video'; const video = new Video(creds, { videoHost: 'http://localhost:4010' });`,
    // @vonage/auth's Auth takes no URL.
    `import { Auth } from '@vonage/auth'; export const auth = new Auth({ applicationId, privateKey }, 'http://api.acme-corp.com');`,
    // Identifier URIs in a video page: SVG namespaces, JSON-schema IDs, even as a request URL.
    `import { OTSession } from 'opentok-react';
     const schema = { $schema: 'http://json-schema.org/draft-07/schema#', $id: 'http://acme-corp.com/room.schema.json' };
     export const Room = () => <OTSession apiKey={k} sessionId={s} token={t}><svg xmlns="http://www.w3.org/2000/svg" xmlnsXlink="http://www.w3.org/1999/xlink" /></OTSession>;
     document.createElementNS('http://www.w3.org/2000/svg', 'svg');
     fetch('http://json-schema.org/draft-07/schema');`,
    // Secure schemes in every server SDK position.
    `import OpenTok from 'opentok';
     const ot = new OpenTok(k, s, 'https://api.opentok.com');
     ot.startBroadcast(sid, { outputs: { rtmp: [{ serverUrl: 'rtmps://live.acme-corp.com:443/app', streamName: 'k' }] } }, cb);
     ot.websocketConnect(sid, token, 'wss://audio.acme-corp.com/socket', cb);
     ot.startRender({ url: 'https://composer.acme-corp.com', statusCallbackUrl: 'https://hooks.acme-corp.com/ec' }, cb);
     ot.registerCallback({ group: 'connection', event: 'created', url: 'https://hooks.acme-corp.com/events' }, cb);`,
    // https:/wss: in the browser positions.
    `import OT from '@opentok/client'; OT.setProxyUrl('https://proxy.acme-corp.com'); fetch('https://api.acme-corp.com/token'); new WebSocket('wss://events.acme-corp.com');`,
    // opentok: TLS signalling and `secure: true`.
    `import OpenTok from 'opentok'; const ot = new OpenTok(k, s); ot.dial(sid, token, 'sip:alice@pbx.acme-corp.com;transport=tls', { secure: true }, cb);`,
    // @vonage/video: `sips:` and `secure: true` in the nested sip object.
    `import { Video } from '@vonage/video'; const video = new Video(c); video.initiateSIPCall(sid, { token, sip: { uri: 'sips:alice@pbx.acme-corp.com', secure: true } });`,
    // SIP options from a parameter (opentok).
    `import OpenTok from 'opentok'; const ot = new OpenTok(k, s); export const call = (uri, options) => ot.dial(sid, token, uri, options, cb);`,
    // A runtime URI and a runtime `secure` value.
    `import OpenTok from 'opentok'; const ot = new OpenTok(k, s); ot.dial(sid, token, process.env.SIP_URI, { secure: isProduction }, cb);`,
    // A spread of unknown content after the URI may set `secure`.
    `import { Video } from '@vonage/video'; const video = new Video(c); video.initiateSIPCall(sid, { token, sip: { uri: 'sips:a@pbx.acme-corp.com', ...sipDefaults } });`,
    // The sip object may come from a spread of unknown content.
    `import { Video } from '@vonage/video'; const video = new Video(c); video.initiateSIPCall(sid, { token, ...callOptions });`,
    // The sip object comes from a call.
    `import { Video } from '@vonage/video'; const video = new Video(c); video.initiateSIPCall(sid, { token, sip: sipFor(user) });`,
    // A dynamic part after the host of a SIP URI: its parameters are unknown.
    `import OpenTok from 'opentok'; const ot = new OpenTok(k, s); ot.dial(sid, token, \`sip:alice@pbx.acme-corp.com\${params}\`, { secure: true }, cb);`,
    // SIP to a development host (a local test PBX): neither the URI nor secure is reported.
    `import OpenTok from 'opentok'; const ot = new OpenTok(k, s); ot.dial(sid, token, 'sip:test@127.0.0.1:5060', {}, cb);`,
    // Runtime URLs from configuration or the environment (browser).
    `import OT from '@opentok/client'; OT.setProxyUrl(process.env.PROXY_URL); fetch(config.tokenUrl); new WebSocket(window.SIGNAL_URL);`,
    // The API URL and the Audio Connector URI from the environment.
    `import OpenTok from 'opentok'; const ot = new OpenTok(k, s, process.env.OPENTOK_API_URL); ot.websocketConnect(sid, token, process.env.AUDIO_WS, cb);`,
    // A URL that follows the page's own scheme.
    `import OT from '@opentok/client'; fetch(\`\${location.protocol}//\${location.host}/api/token\`); OT.initPublisher();`,
    // An Experience Composer URL built from the request's scheme and host.
    `import { Video } from '@vonage/video'; const video = new Video(c); export const compose = (req, sid, token) => video.startExperienceComposerRender(sid, token, { url: \`\${req.protocol}://\${req.get('host')}/composer\` });`,
    // Relative and protocol-relative URLs follow the page.
    `import OT from '@opentok/client'; fetch('/api/token'); fetch('//api.acme-corp.com/token'); OT.initPublisher();`,
    // opentok's `proxy` is a forward proxy: HTTPS goes through it in a CONNECT tunnel.
    `import OpenTok from 'opentok'; export const ot = new OpenTok(k, s, { proxy: 'http://proxy.acme-corp.com:3128' });`,
    // A URL-prefix entry allows that URL; the built-in loopback exemption still applies next to it.
    { code: `import OT from '@opentok/client'; OT.setProxyUrl('http://legacy-proxy.acme-corp.com'); OT.setProxyUrl('http://localhost:8080');`, options: [{ allow: ['http://legacy-proxy.acme-corp.com'] }] },
    // A host-name entry allows an RTMP target.
    { code: `import OpenTok from 'opentok'; const ot = new OpenTok(k, s); ot.startBroadcast(sid, { outputs: { rtmp: [{ serverUrl: 'rtmp://live.acme-corp.com/app' }] } }, cb);`, options: [{ allow: ['live.acme-corp.com'] }] },
    // A `*.` entry allows the subdomains of a host.
    { code: `import OT from '@opentok/client'; fetch('http://tokens.corp.acme-corp.com/token'); OT.initPublisher();`, options: [{ allow: ['*.corp.acme-corp.com'] }] },
    // A host-name entry allows a SIP endpoint: neither its URI nor `secure` is reported.
    { code: `import OpenTok from 'opentok'; const ot = new OpenTok(k, s); ot.dial(sid, token, 'sip:alice@pbx.acme-corp.com', {}, cb);`, options: [{ allow: ['pbx.acme-corp.com'] }] },
    // Unrelated libraries with the same method names, in files with no Vonage usage.
    `phone.dial(sessionId, token, 'sip:alice@pbx.acme-corp.com', {}, cb); player.startBroadcast(id, { outputs: { rtmp: [{ serverUrl: 'rtmp://x.acme-corp.com' }] } });`,
    // `.open()` whose first argument is not an HTTP method is not XMLHttpRequest#open.
    `import OT from '@opentok/client'; popup.open('https://acme-corp.com', 'http://acme-corp.com'); OT.initPublisher();`,
    // Vonage-looking URLs that are not URLs of Vonage services: documentation links, text around a URL, tagged templates.
    `const help = 'http://www.tokbox.com/developer/guides'; const text = 'Load http://static.opentok.com/v2/js/opentok.min.js first'; const h = html\`http://static.opentok.com/v2/js/opentok.min.js\`;`,
    // A Vonage host computed at run time, a bare scheme, a non-web scheme.
    `const dynamicHost = \`ws://\${region}.opentok.com/rumor\`; const notUrl = 'http:'; const other = 'ftp://static.opentok.com/opentok.min.js';`,
    // A package page is not the package: only package CDNs serve the SDK by its npm name.
    `const npm = 'http://www.npmjs.com/package/@opentok/client'; const cdn = \`http://\${cdnHost}/@opentok/client\`;`,
    // opentokClientUrl over HTTPS.
    `import { preloadScript } from 'opentok-react'; const Wrapped = preloadScript(App); <Wrapped opentokClientUrl="https://static.opentok.com/v2/js/opentok.min.js" />;`,
    // opentokClientUrl in a destructuring pattern, and from a runtime variable.
    `function Loader({ opentokClientUrl }) { const { opentokClientUrl: url } = props; return <Wrapped opentokClientUrl={url} loadingDelegate={<Spinner />} />; }`,
    // opentokClientUrl without a value, or with an empty expression.
    { code: `<Wrapped opentokClientUrl />; <Wrapped opentokClientUrl={} />;`, parsers: ['typescript'] },
    // A component named like opentok-react's but declared here is not the SDK.
    `function OTSession({ children }) { return children; } fetch('http://api.acme-corp.com/token'); export const x = <OTSession options={{ proxyUrl: 'http://p.acme-corp.com' }} />;`,
    // Other JSX elements and props on the SDK components that are not URLs.
    `import { OTSession } from 'opentok-react'; export const r = <OTSession apiKey={k} sessionId={s} token={t} options={opts} eventHandlers={{}} onError={e => e} options2={{ proxyUrl: 'http://x.acme-corp.com' }} />;`,
    // A member-expression element, a spread of props, a valueless `options` attribute.
    { code: `import { OTSession } from 'opentok-react'; export const r = <><OTSession.Provider options={{ proxyUrl: 'http://x.acme-corp.com' }} /><OTSession {...props} options /><Other /></>;`, parsers: ['typescript'] },
    // A megabyte string in a video page costs nothing and is not a URL.
    `import OT from '@opentok/client'; OT.initPublisher(); fetch('${'a'.repeat(100_000)}'); const big = '${'h'.repeat(100_000)}';`,
    // Other calls and constructors in a video page: not requests.
    `import OT from '@opentok/client'; getClient()('http://x.acme-corp.com/token'); axios.isCancel(e); ky.stop(); $.each(list, f); $('#x'); new Date(); new ns.Thing('http://x.acme-corp.com'); new window.Foo('http://x.acme-corp.com'); new (getSocket())('ws://x.acme-corp.com'); new config.sockets.WebSocket('ws://x.acme-corp.com'); OT.initPublisher();`,
    // Other SDK calls, and RTMP arrays with spreads and holes.
    `import OpenTok from 'opentok'; const ot = new OpenTok(k, s); ot.generateToken(sid); ot.startBroadcast(sid, { outputs: { rtmp: [...targets, , { serverUrl: 'rtmps://live.acme-corp.com' }] } }, cb);`,
    // SIP options from a parameter (@vonage/video).
    `import { Video } from '@vonage/video'; const video = new Video(c); export const call = (sid, options) => video.initiateSIPCall(sid, options);`,
    // Requests without a URL argument, and spread arguments.
    `import OT from '@opentok/client'; fetch(); axios.get(...args); axios(); new WebSocket(); $.ajax(); OT.initPublisher();`,
  ],
  invalid: [
    // --- server SDK options ---
    {
      // opentok's third argument as the API URL (CommonJS); the service-host scan does not report it twice.
      code: opentokStringApiUrl,
      languageOptions: { sourceType: 'commonjs' },
      errors: [urlError(opentokStringApiUrl, `'http://api.opentok.com'`, 'the `apiUrl` of `OpenTok`', REST)],
    },
    {
      // `{ apiUrl }` is reported, `proxy` (a forward proxy) is not.
      code: opentokEnvObject,
      errors: [urlError(opentokEnvObject, `'http://opentok-gateway.acme-corp.com'`, 'the `apiUrl` of `OpenTok`', REST)],
    },
    {
      // `import = require()`, opentok called without `new`, a literal http:// scheme with a host from the environment.
      code: opentokImportEquals,
      parsers: ['typescript'],
      errors: [urlError(opentokImportEquals, '`http://${process.env.OT_GATEWAY}`', 'the `apiUrl` of `OpenTok`', REST)],
    },
    {
      // @vonage/video's `videoHost`.
      code: videoHost,
      errors: [urlError(videoHost, `'http://video.acme-corp.com'`, 'the `videoHost` of `Video`', REST)],
    },
    {
      // @vonage/server-sdk's hosts, through a constant options object.
      code: vonageHosts,
      languageOptions: { sourceType: 'commonjs' },
      errors: [
        urlError(vonageHosts, `'http://video.acme-corp.com'`, 'the `videoHost` of `Vonage`', REST),
        urlError(vonageHosts, `'http://api.acme-corp.com'`, 'the `apiHost` of `Vonage`', REST),
      ],
    },
    // --- operations ---
    {
      // A broadcast RTMP target in an Express route; the rtmps:// one is fine.
      code: broadcastOpentok,
      languageOptions: { sourceType: 'commonjs' },
      errors: [urlError(broadcastOpentok, `'rtmp://live.acme-corp.com/app'`, "a broadcast's RTMP `serverUrl`", RTMP)],
    },
    {
      // Targets and URL in constants: reported where the URL is written; autofix does not edit a shared constant.
      code: broadcastConstants,
      options: [{ autofix: true }],
      errors: [urlError(broadcastConstants, `'rtmp://a.rtmp.youtube.com/live2'`, "a broadcast's RTMP `serverUrl`", RTMP)],
    },
    {
      // A single RTMP object instead of an array, upper-case scheme and an explicit port: autofix falls back to a suggestion.
      code: broadcastSingle,
      options: [{ autofix: true }],
      errors: [urlError(broadcastSingle, `'RTMP://ingest.acme-corp.com:1935/live'`, "a broadcast's RTMP `serverUrl`", RTMP)],
    },
    {
      // An injected Video in a NestJS service; the URL is wrapped in `as string`.
      code: nestBroadcast,
      parsers: ['typescript'],
      errors: [urlError(nestBroadcast, `'rtmp://live.acme-corp.com/app'`, "a broadcast's RTMP `serverUrl`", RTMP)],
    },
    {
      // opentok's Audio Connector URI argument.
      code: audioOpentok,
      languageOptions: { sourceType: 'commonjs' },
      errors: [urlError(audioOpentok, `'ws://audio.acme-corp.com/socket'`, 'the Audio Connector WebSocket URI', AUDIO)],
    },
    {
      // vonage.video's Audio Connector `uri` option.
      code: audioVonage,
      errors: [urlError(audioVonage, `'ws://transcriber.acme-corp.com/ws'`, 'the Audio Connector WebSocket `uri`', AUDIO)],
    },
    {
      // opentok's Experience Composer `url` and `statusCallbackUrl`.
      code: renderOpentok,
      languageOptions: { sourceType: 'commonjs' },
      errors: [
        urlError(renderOpentok, `'http://composer.acme-corp.com/view'`, 'the Experience Composer `url`', RENDER),
        urlError(renderOpentok, `'http://hooks.acme-corp.com/ec'`, 'the Experience Composer `statusCallbackUrl`', WEBHOOK),
      ],
    },
    {
      // @vonage/video's Experience Composer with a plain-HTTP template and a runtime host.
      code: renderVonage,
      errors: [urlError(renderVonage, '`http://${host}/composer`', 'the Experience Composer `url`', RENDER)],
    },
    {
      // opentok's registerCallback webhook.
      code: registerCallback,
      languageOptions: { sourceType: 'commonjs' },
      errors: [urlError(registerCallback, `'http://hooks.acme-corp.com/events'`, 'the `registerCallback` `url`', WEBHOOK)],
    },
    {
      // @vonage/video's captions status callback.
      code: captions,
      errors: [urlError(captions, `'http://hooks.acme-corp.com/captions'`, 'the captions `statusCallbackUrl`', WEBHOOK)],
    },
    {
      // A distinctive method on an instance from another module (matched by name).
      code: byName,
      errors: [urlError(byName, `'ws://audio.acme-corp.com/stream'`, 'the Audio Connector WebSocket `uri`', AUDIO)],
    },
    // --- SIP ---
    {
      // opentok: a sip: URI without TLS and options without `secure`.
      code: sipOpentok,
      languageOptions: { sourceType: 'commonjs' },
      errors: [
        {
          messageId: 'sipSignalling',
          ...at(sipOpentok, `'sip:alice@pbx.acme-corp.com'`),
          data: { host: 'pbx.acme-corp.com' },
          suggestions: [{ messageId: 'useTls', output: sipOpentok.replace(`pbx.acme-corp.com'`, `pbx.acme-corp.com;transport=tls'`) }],
        },
        {
          messageId: 'sipSecureMissing',
          ...at(sipOpentok, '{ auth: { username, password } }'),
          suggestions: [{ messageId: 'addSecure', output: sipOpentok.replace('password } }', 'password }, secure: true }') }],
        },
      ],
    },
    {
      // opentok: the callback passed by name is not the options argument.
      code: sipNamedCallback,
      languageOptions: { sourceType: 'commonjs' },
      errors: [
        {
          messageId: 'sipSecureMissing',
          ...at(sipNamedCallback, 'dial'),
          suggestions: [{ messageId: 'addSecure', output: sipNamedCallback.replace("'sips:a@pbx.example.com', onDial", "'sips:a@pbx.example.com', { secure: true }, onDial") }],
        },
      ],
    },
    {
      // opentok: TLS signalling but `secure: false` (media still unencrypted).
      code: sipOpentokOff,
      languageOptions: { sourceType: 'commonjs' },
      errors: [{ messageId: 'sipSecureOff', ...at(sipOpentokOff, 'false'), suggestions: [{ messageId: 'setSecure', output: sipOpentokOff.replace('secure: false', 'secure: true') }] }],
    },
    {
      // opentok: no options, only the callback; `sips:` signalling does not encrypt media.
      code: sipOpentokCallback,
      errors: [
        {
          messageId: 'sipSecureMissing',
          ...at(sipOpentokCallback, 'dial'),
          suggestions: [{ messageId: 'addSecure', output: sipOpentokCallback.replace('(err, sipCall)', '{ secure: true }, (err, sipCall)') }],
        },
      ],
    },
    {
      // opentok: no options and no callback.
      code: sipOpentokNoOptions,
      errors: [
        {
          messageId: 'sipSecureMissing',
          ...at(sipOpentokNoOptions, 'dial'),
          suggestions: [{ messageId: 'addSecure', output: sipOpentokNoOptions.replace(`.com')`, `.com', { secure: true })`) }],
        },
      ],
    },
    {
      // @vonage/video: a template URI with a runtime phone number, and the nested `sip` object without `secure`.
      code: sipVonage,
      errors: [
        {
          messageId: 'sipSecureMissing',
          ...at(sipVonage, '{ uri: `sip:${phone}@pstn.acme-corp.com`, auth: { username, password } }'),
          suggestions: [{ messageId: 'addSecure', output: sipVonage.replace('password } }', 'password }, secure: true }') }],
        },
        {
          messageId: 'sipSignalling',
          ...at(sipVonage, '`sip:${phone}@pstn.acme-corp.com`'),
          data: { host: 'pstn.acme-corp.com' },
          suggestions: [{ messageId: 'useTls', output: sipVonage.replace('pstn.acme-corp.com`', 'pstn.acme-corp.com;transport=tls`') }],
        },
      ],
    },
    {
      // The misspelled alias on vonage.video: `transport=udp` replaced in the constant, `secure: 0` is off.
      code: sipVonageAlias,
      languageOptions: { sourceType: 'commonjs' },
      errors: [
        {
          messageId: 'sipSignalling',
          ...at(sipVonageAlias, 'TRUNK', 2),
          data: { host: 'trunk.acme-corp.com' },
          suggestions: [{ messageId: 'useTls', output: sipVonageAlias.replace(';transport=udp', ';transport=tls') }],
        },
        { messageId: 'sipSecureOff', ...at(sipVonageAlias, '0'), suggestions: [{ messageId: 'setSecure', output: sipVonageAlias.replace('secure: 0', 'secure: true') }] },
      ],
    },
    {
      // Options in a shared constant: reported on the argument, no edit (it would change other calls).
      code: sipSharedOptions,
      languageOptions: { sourceType: 'commonjs' },
      errors: [{ messageId: 'sipSecureMissing', ...at(sipSharedOptions, 'SIP_OPTIONS', 2), suggestions: [] }],
    },
    {
      // @vonage/video with the `sip` object in a constant: reported where it is written, no edit.
      code: sipSharedSip,
      errors: [{ messageId: 'sipSecureMissing', ...at(sipSharedSip, `{ uri: 'sip:room@pbx.acme-corp.com;transport=tls', video: true }`), suggestions: [] }],
    },
    {
      // An escape sequence in the URI: the TLS edit cannot be placed safely.
      code: sipEscaped,
      errors: [{ messageId: 'sipSignalling', ...at(sipEscaped, `'sip:al\\x69ce@pbx.acme-corp.com'`), data: { host: 'pbx.acme-corp.com' }, suggestions: [] }],
    },
    {
      // `autofix`: `secure: true` is added or set by --fix.
      code: sipAutofix,
      options: [{ autofix: true }],
      output: sipAutofix.replace(`'video@acme-corp.com' }`, `'video@acme-corp.com', secure: true }`).replace('secure: false', 'secure: true'),
      errors: [
        { messageId: 'sipSecureMissing', ...at(sipAutofix, `{ from: 'video@acme-corp.com' }`), suggestions: [] },
        { messageId: 'sipSecureOff', ...at(sipAutofix, 'false'), suggestions: [] },
      ],
    },
    {
      // `autofix` does not edit `secure: false` in a shared constant: a suggestion instead.
      code: sipSharedFalse,
      options: [{ autofix: true }],
      errors: [{ messageId: 'sipSecureOff', ...at(sipSharedFalse, 'false'), suggestions: [{ messageId: 'setSecure', output: sipSharedFalse.replace('false', 'true') }] }],
    },
    {
      // A concatenated URI whose last part holds the transport parameter: it is replaced there.
      code: sipTransportLast,
      errors: [
        {
          messageId: 'sipSignalling',
          ...at(sipTransportLast, `'sip:' + extension + '@pbx.acme-corp.com;transport=tcp'`),
          data: { host: 'pbx.acme-corp.com' },
          suggestions: [{ messageId: 'useTls', output: sipTransportLast.replace('transport=tcp', 'transport=tls') }],
        },
      ],
    },
    {
      // URIs whose TLS edit would land outside their last literal, after a number, or beyond the length read: no edit.
      code: sipUneditable,
      errors: [
        { messageId: 'sipSignalling', ...at(sipUneditable, `'sip:bob@pbx.acme-corp.com;transport=udp' + HEADERS`), data: { host: 'pbx.acme-corp.com' }, suggestions: [] },
        { messageId: 'sipSignalling', ...at(sipUneditable, `'sip:alice@pbx.acme-corp.com:' + 5060`), data: { host: 'pbx.acme-corp.com' }, suggestions: [] },
        {
          messageId: 'sipSignalling',
          ...at(sipUneditable, `'sip:carol@pbx.acme-corp.com;x=${'a'.repeat(3000)}' + '${'b'.repeat(3000)}'`),
          data: { host: 'pbx.acme-corp.com' },
          suggestions: [],
        },
      ],
    },
    {
      // A destructured method: reported on the callee.
      code: sipDestructured,
      errors: [
        {
          messageId: 'sipSecureMissing',
          ...at(sipDestructured, 'dial', 2),
          suggestions: [{ messageId: 'addSecure', output: sipDestructured.replace('() => {});', '{ secure: true }, () => {});') }],
        },
      ],
    },
    // --- browser SDK ---
    {
      // A script-tag page with the OT global: the proxy URL and the token request.
      code: scriptPage,
      languageOptions: { sourceType: 'script' },
      errors: [
        urlError(scriptPage, `'http://proxy.acme-corp.com'`, '`OT.setProxyUrl`', CLIENT),
        requestError(scriptPage, `'http://api.acme-corp.com/token?room=lobby'`, 'insecureTokenRequest', 'fetch'),
      ],
    },
    {
      // A chat socket on a video page: reported, but a socket is not a request for session credentials whatever its path.
      code: chatSocket,
      errors: [requestError(chatSocket, `'ws://chat.example.com/room'`, 'insecureRequest', 'new WebSocket')],
    },
    {
      // @opentok/client: axios, EventSource, WebSocket, jQuery, XMLHttpRequest and ky; credential words pick the message.
      code: opentokClient,
      errors: [
        requestError(opentokClient, '`http://${API_HOST}/session/${roomId}`', 'insecureTokenRequest', 'axios.get'),
        requestError(opentokClient, `'http://events.acme-corp.com/stream'`, 'insecureRequest', 'new EventSource'),
        requestError(opentokClient, `'ws://'`, 'insecureRequest', 'new WebSocket'),
        requestError(opentokClient, `'http://api.acme-corp.com/credentials'`, 'insecureTokenRequest', '$.ajax'),
        requestError(opentokClient, `'http://api.acme-corp.com/join'`, 'insecureTokenRequest', 'XMLHttpRequest.open'),
        requestError(opentokClient, `'http://api.acme-corp.com/rooms'`, 'insecureTokenRequest', 'ky.post'),
      ],
    },
    {
      // @vonage/client-sdk-video: the deprecated `proxyUrl` option of initSession.
      code: vonageClient,
      errors: [urlError(vonageClient, `'http://proxy.acme-corp.com/'`, 'the `proxyUrl` of `OT.initSession`', CLIENT)],
    },
    {
      // opentok-react: the token URL constant and the OTSession proxy option; the SVG namespace is left alone.
      code: react,
      errors: [
        requestError(react, `'http://api.acme-corp.com/api/token'`, 'insecureTokenRequest', 'fetch'),
        urlError(react, `'http://proxy.acme-corp.com'`, 'the `proxyUrl` of `<OTSession options>`', CLIENT),
      ],
    },
    {
      // preloadScript's opentokClientUrl as a default prop and as a JSX prop (not reported twice by the script scan).
      code: preload,
      errors: [
        urlError(preload, `'http://cdn.acme-corp.com/opentok.min.js'`, 'the `opentokClientUrl` of `preloadScript`', SCRIPT),
        urlError(preload, `"http://static.opentok.com/v2/js/opentok.min.js"`, 'the `opentokClientUrl` of `preloadScript`', SCRIPT),
      ],
    },
    {
      // opentok-react-native: the token request and the `apiUrl` session option.
      code: reactNative,
      errors: [
        requestError(reactNative, `'http://api.acme-corp.com/meetings/42/join'`, 'insecureTokenRequest', 'fetch'),
        urlError(reactNative, `'http://api.acme-corp.com'`, 'the `apiUrl` of `<OTSession options>`', CLIENT),
      ],
    },
    {
      // A Vue component: window.fetch with new URL(path, base).
      code: vue,
      errors: [requestError(vue, `'http://api.acme-corp.com'`, 'insecureTokenRequest', 'fetch')],
    },
    {
      // Request configuration objects: axios.create/axios()/axios.request, jQuery.getJSON, ky.create and ky().
      code: requestConfigs,
      errors: [
        requestError(requestConfigs, `'http://api.acme-corp.com'`, 'insecureRequest', 'axios.create'),
        requestError(requestConfigs, `'http://token.acme-corp.com'`, 'insecureRequest', 'axios'),
        requestError(requestConfigs, `'http://token.acme-corp.com/v2/session'`, 'insecureTokenRequest', 'axios.request'),
        requestError(requestConfigs, `'http://token.acme-corp.com/v3/session'`, 'insecureTokenRequest', 'axios'),
        requestError(requestConfigs, `'http://api.acme-corp.com/profile'`, 'insecureRequest', 'jQuery.getJSON'),
        requestError(requestConfigs, `'http://api.acme-corp.com/v1'`, 'insecureRequest', 'ky.create'),
        requestError(requestConfigs, `'http://api.acme-corp.com/ping'`, 'insecureRequest', 'ky'),
      ],
    },
    {
      // A conditional URL: the development branch is fine, the production branch is not.
      code: conditionalApi,
      errors: [requestError(conditionalApi, `'http://api.acme-corp.com/session'`, 'insecureTokenRequest', 'fetch')],
    },
    {
      // A shared constant used by two requests is reported once, where it is written.
      code: sharedTokenUrl,
      errors: [requestError(sharedTokenUrl, `'http://api.acme-corp.com/token'`, 'insecureTokenRequest', 'fetch')],
    },
    {
      // An escaped scheme cannot be edited; an upper-case one can. Script page with window.OT.
      code: setProxyVariants,
      languageOptions: { sourceType: 'script' },
      errors: [
        urlError(setProxyVariants, `'\\x68ttp://proxy.acme-corp.com'`, '`OT.setProxyUrl`', CLIENT, { edit: 'none' }),
        urlError(setProxyVariants, `'HTTP://proxy.acme-corp.com:8443'`, '`OT.setProxyUrl`', CLIENT),
      ],
    },
    {
      // `autofix`: the upgrade is applied where the URL names no port; with a port it stays a suggestion.
      code: setProxyAutofix,
      options: [{ autofix: true }],
      output: upgraded(setProxyAutofix, `'http://proxy.acme-corp.com'`),
      errors: [
        urlError(setProxyAutofix, `'http://proxy.acme-corp.com'`, '`OT.setProxyUrl`', CLIENT, { edit: 'fix' }),
        urlError(setProxyAutofix, `'http://proxy.acme-corp.com:8080'`, 'the `proxyUrl` of `OT.initSession`', CLIENT),
      ],
    },
    {
      // A constant shared by two SDK positions and a request is reported once; a scheme after an empty constant cannot be edited.
      code: sharedProxy,
      errors: [
        urlError(sharedProxy, `'http://proxy.acme-corp.com'`, '`OT.setProxyUrl`', CLIENT),
        { ...requestError(sharedProxy, '`${EMPTY}http://api.acme-corp.com/status`', 'insecureRequest', 'fetch', { edit: 'none' }), data: { api: 'fetch', scheme: 'http:', secure: 'https:' } },
      ],
    },
    {
      // A Vonage service URL requested from a video page is a request; from a server file it is a service URL.
      code: serviceUrls,
      errors: [requestError(serviceUrls, `'http://api.opentok.com/session/create'`, 'insecureTokenRequest', 'fetch')],
    },
    {
      // A REST API request whose host comes from the environment: the path says it is the Video API.
      code: restByPath,
      languageOptions: { sourceType: 'commonjs' },
      errors: [urlError(restByPath, `'http://'`, 'a Video REST API request', REST)],
    },
    {
      // A REST API base URL kept in an axios instance, in a file with no SDK import.
      code: restBaseUrl,
      languageOptions: { sourceType: 'commonjs' },
      errors: [urlError(restBaseUrl, `'http://api.opentok.com/v2/project/'`, 'a Vonage Video API URL', 'the requests sent to it')],
    },
    {
      // The same request in a server file.
      code: serviceUrlsServer,
      errors: [urlError(serviceUrlsServer, `'http://api.opentok.com/session/create'`, 'a Vonage Video API URL', 'the requests sent to it')],
    },
    {
      // window.WebSocket and ky.extend.
      code: moreRequests,
      errors: [
        requestError(moreRequests, `'ws://signal.acme-corp.com'`, 'insecureRequest', 'new WebSocket'),
        requestError(moreRequests, `'http://api.acme-corp.com'`, 'insecureRequest', 'ky.extend'),
      ],
    },
    {
      // `allow` adds to the defaults: an unrelated entry (and a look-alike host) still reports.
      code: allowOther,
      options: [{ allow: ['http://legacy.acme-corp.com', 'localhost'] }],
      errors: [
        urlError(allowOther, `'http://proxy.acme-corp.com'`, '`OT.setProxyUrl`', CLIENT),
        requestError(allowOther, `'http://legacy.acme-corp.com.evil.io/token'`, 'insecureTokenRequest', 'fetch'),
      ],
    },
    // --- the client SDK script and Vonage service URLs, wherever they are written ---
    {
      // A script loader, a Vonage API URL and a self-hosted SDK file, in a file with no other Vonage usage.
      code: sdkScript,
      errors: [
        urlError(sdkScript, `'http://static.opentok.com/v2/js/opentok.min.js'`, 'the Vonage Video client SDK script', SCRIPT),
        urlError(sdkScript, `'http://api.opentok.com/v2/project'`, 'a Vonage Video API URL', 'the requests sent to it'),
        urlError(sdkScript, '`http://${cdn}/vendor/opentok.js`', 'the Vonage Video client SDK script', SCRIPT),
      ],
    },
    {
      // A <script> element in JSX loading the SDK from a CDN over HTTP (with a query string).
      code: jsxScript,
      errors: [urlError(jsxScript, `"http://cdn.acme-corp.com/js/opentok.min.js?v=2.35"`, 'the Vonage Video client SDK script', SCRIPT)],
    },
    {
      // autofix on a script literal, and a package path on unpkg.
      code: `const s = 'http://unpkg.com/@opentok/client@2/dist/js/opentok.min.js'; const u = 'http://unpkg.com/@vonage/client-sdk-video';`,
      options: [{ autofix: true }],
      output: `const s = 'https://unpkg.com/@opentok/client@2/dist/js/opentok.min.js'; const u = 'https://unpkg.com/@vonage/client-sdk-video';`,
      errors: [
        {
          messageId: 'insecureUrl',
          line: 1,
          column: 11,
          endLine: 1,
          endColumn: 70,
          data: { where: 'the Vonage Video client SDK script', carries: SCRIPT, scheme: 'http:', secure: 'https:' },
          suggestions: [],
        },
        {
          messageId: 'insecureUrl',
          line: 1,
          column: 82,
          endLine: 1,
          endColumn: 125,
          data: { where: 'the Vonage Video client SDK script', carries: SCRIPT, scheme: 'http:', secure: 'https:' },
          suggestions: [],
        },
      ],
    },
  ],
});
