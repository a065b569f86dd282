/**
 * socket.io: event handlers registered on a connected socket, `io.on('connection', socket => socket.on('join', (room,
 * ack) => …))`, also on namespaces (`io.of('/admin').on('connection', …)`). Guards are connection middleware registered
 * before the connection handler on the server or namespace: `io.use(authenticate)`, `io.of('/admin').use(auth)`.
 */
import type { TSESTree } from '@typescript-eslint/utils';

import { functionOf, getPropertyName, isFunction, skipValueWrappers } from '../ast';

import type { FunctionNode } from '../ast';

import { makeRoute } from './route';
import type { FrameworkAdapter, Route } from './types';

const CONNECTION_EVENTS = new Set(['connection', 'connect']);
/** Events socket.io itself emits on a socket: not application endpoints. */
const RESERVED_EVENTS = new Set(['disconnect', 'disconnecting', 'error', 'connect_error', 'newListener', 'removeListener']);

function stringArgument(node: TSESTree.Node | undefined): string | null {
  return node?.type === 'Literal' && typeof node.value === 'string' ? node.value : null;
}

/** The `io.on('connection', socket => …)` call whose callback binds `socket`, or `null`. */
function connectionOf(socket: TSESTree.Identifier): TSESTree.CallExpression | null {
  for (let current = socket.parent as TSESTree.Node | undefined; current; current = current.parent) {
    if (!isFunction(current)) continue;
    const first = current.params[0];
    if (first?.type !== 'Identifier' || first.name !== socket.name) continue;
    const call = current.parent;
    if (call?.type !== 'CallExpression' || call.arguments[1] !== current) return null;
    const callee = skipValueWrappers(call.callee);
    const isConnection = callee.type === 'MemberExpression' && getPropertyName(callee) === 'on' && CONNECTION_EVENTS.has(stringArgument(call.arguments[0]) ?? '');
    return isConnection ? call : null;
  }
  return null;
}

/** `socket.on('join', handler)` inside a connection handler: an event endpoint. */
function socketEventRoute(call: TSESTree.CallExpression): Route | null {
  const callee = skipValueWrappers(call.callee);
  if (callee.type !== 'MemberExpression' || getPropertyName(callee) !== 'on' || call.arguments.length !== 2) return null;
  const event = stringArgument(call.arguments[0]);
  const socket = skipValueWrappers(callee.object);
  if (event === null || RESERVED_EVENTS.has(event) || socket.type !== 'Identifier') return null;
  const connection = connectionOf(socket);
  const last = call.arguments[1] as TSESTree.CallExpressionArgument;
  if (!connection || last.type === 'SpreadElement') return null;
  const handler = functionOf(last);
  return makeRoute({
    framework: 'socket.io',
    label: `Socket.IO event \`${event}\``,
    name: event,
    reportNode: call.arguments[0] as TSESTree.Node,
    handler,
    handlerValue: last,
    // Connection middleware (`io.use(auth)`) registered before the connection handler guards every event.
    registration: connection,
    receiverNode: (skipValueWrappers(connection.callee) as TSESTree.MemberExpression).object,
  });
}

export const socketIo: FrameworkAdapter = {
  id: 'socket.io',
  name: 'Socket.IO',
  modules: ['socket.io'],
  facts: {
    guards: 'connection middleware registered before the connection handler: `io.use(authenticate)` (server), `io.of(ns).use(auth)` (namespace); a `socket.data.user` check inside an event handler is not recognised yet',
    identity: ['socket.data.user', 'socket.handshake.auth', 'socket.request.user'],
    response: 'the acknowledgement callback (`ack(token)`), `socket.emit(…)`',
    input: 'the event arguments (`(room, ack) => …`), `socket.handshake.query`',
  },
  callNames: ['on'],
  routeOfCall: socketEventRoute,
  // `socket.on('join', (room, ack) => ack(token))`: the last parameter acknowledges, sending its arguments back.
  responseCallbackIndex: (fn: FunctionNode) => (fn.params.length > 0 && fn.parent.type === 'CallExpression' && socketEventRoute(fn.parent)?.handler === fn ? fn.params.length - 1 : null),
  takesClientArguments: (fn: FunctionNode) => fn.parent.type === 'CallExpression' && socketEventRoute(fn.parent)?.handler === fn,
};
