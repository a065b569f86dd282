import { describe, expect, it } from 'vitest';

import rule from '../../src/rules/require-authenticated-endpoint';
import roleRule from '../../src/rules/no-client-controlled-role';
import secretRule from '../../src/rules/no-secret-exposure';
import { runRuleTester } from '../helpers/rule-tester';

import { VIDEO, roleFromRequest, secretError, unauthenticatedToken } from './endpoint-cases';
import { routesIn } from './routes-in';

const server = `import { Server } from 'socket.io';\n${VIDEO}const io = new Server(3000);\n`;

describe('socket.io adapter', () => {
  it('an event handler on a connected socket is an endpoint named by its event', () => {
    expect(routesIn(`${server}io.on('connection', (socket) => { socket.on('join', (room, ack) => ack(room)); });`)).toEqual([
      { framework: 'socket.io', label: 'Socket.IO event `join`', path: null, method: null, handler: true, inFront: [] },
    ]);
  });

  it('needs the socket of a connection handler', () => {
    const code = `${server}function wire(socket) { socket.on('join', (room) => room); }\nio.on('connection', (client) => { helper((socket) => socket.on('join', (x) => x)); });\nio.on('close', (socket) => { socket.on('join', (x) => x); });\nio.on('connection', function (socket, more) { [1].forEach(() => socket.on('join', (x) => x)); });`;
    expect(routesIn(code).map(route => route.label)).toEqual(['Socket.IO event `join`']);
    expect(routesIn(`${server}socket.on('join', (x) => x); socket.on(event, (x) => x); socket.on('join', ...handlers);`)).toEqual([]);
  });

  it('namespaces and handlers by reference count; reserved events and other emitters do not', () => {
    const code = `${server}io.of('/admin').on('connect', (s) => { s.on('kick', kick); s.on('disconnect', () => {}); });\nemitter.on('join', (x) => x);`;
    expect(routesIn(code).map(route => [route.label, route.handler])).toEqual([['Socket.IO event `kick`', false]]);
  });
});

const openSocket = `${server}io.on('connection', (socket) => {\n  socket.on('join', (room, ack) => ack(video.generateClientToken(room)));\n});\n`;
const guardedServer = `${server}import { authenticate } from './auth';\nio.use(authenticate);\nio.on('connection', (socket) => {\n  socket.on('join', (room, ack) => ack(video.generateClientToken(room)));\n});\n`;
const guardedNamespace = `${server}import { authenticate } from './auth';\nconst rooms = io.of('/rooms');\nrooms.use(authenticate);\nrooms.on('connection', (socket) => {\n  socket.on('join', (room, ack) => ack(video.generateClientToken(room)));\n});\n`;
const otherNamespace = `${server}import { authenticate } from './auth';\nio.of('/admin').use(authenticate);\nio.of('/rooms').on('connection', (socket) => {\n  socket.on('join', (room, ack) => ack(video.generateClientToken(room)));\n});\n`;
const useAfter = `${server}import { authenticate } from './auth';\nio.on('connection', (socket) => {\n  socket.on('join', (room, ack) => ack(video.generateClientToken(room)));\n});\nio.use(authenticate);\n`;

runRuleTester('require-authenticated-endpoint: socket.io', rule, {
  valid: [
    // Trap: the server's connection middleware authenticates every socket before any event arrives.
    guardedServer,
    // Trap: the namespace's own middleware.
    guardedNamespace,
    // The same namespace looked up twice is one namespace.
    `${server}import { authenticate } from './auth';\nio.of('/rooms').use(authenticate);\nio.of('/rooms').on('connection', (socket) => {\n  socket.on('join', (room, ack) => ack(video.generateClientToken(room)));\n});\n`,
  ],
  invalid: [
    { code: openSocket, errors: [unauthenticatedToken(openSocket, "'join'", 'Socket.IO event `join`')] },
    // Middleware on another namespace guards nothing here.
    { code: otherNamespace, errors: [unauthenticatedToken(otherNamespace, "'join'", 'Socket.IO event `join`')] },
    // Middleware registered after the connection handler is too late for it.
    { code: useAfter, errors: [unauthenticatedToken(useAfter, "'join'", 'Socket.IO event `join`')] },
  ],
});

const roleFromEvent = `${server}io.on('connection', (socket) => {\n  socket.on('join', (room, role, ack) => ack(video.generateClientToken(room, { role: role })));\n});\n`;

runRuleTester('no-client-controlled-role: socket.io', roleRule, {
  valid: [`${server}io.on('connection', (socket) => {\n  socket.on('join', (room, ack) => ack(video.generateClientToken(room, { role: 'subscriber' })));\n});\n`],
  // The event's arguments are whatever the client emitted.
  invalid: [{ code: roleFromEvent, errors: [roleFromRequest(roleFromEvent, 'role', 'role', 3)] }],
});

const ackSecret = `${server}io.on('connection', (socket) => {\n  socket.on('config', (ack) => ack(process.env.VONAGE_API_SECRET));\n});\n`;

runRuleTester('no-secret-exposure: socket.io acknowledgements', secretRule, {
  // A callback that is not the handler's acknowledgement sends nothing to the client.
  valid: [`${server}io.on('connection', (socket) => {\n  socket.on('config', (ack) => ack(process.env.VONAGE_API_KEY));\n});\nfunction later(done) { done(process.env.VONAGE_API_SECRET); }\n`],
  invalid: [{ code: ackSecret, errors: [secretError(ackSecret, 'process.env.VONAGE_API_SECRET', 'the acknowledgement `ack()`')] }],
});
