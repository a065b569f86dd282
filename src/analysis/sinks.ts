/**
 * Sinks: places where a value leaves the server process for someone else to read.
 *
 * - HTTP responses: Express / Next.js pages / Node `res.json|send|jsonp|end|write(x)` (also chained:
 *   `res.status(200).json(x)`), Fastify `reply.send(x)` and a Fastify handler's returned value, Koa `ctx.body = x`,
 *   Hono `c.json|text|html|body(x)`, `Response.json(x)`, `NextResponse.json(x)`, `new Response(x)`, a Lambda /
 *   Netlify response object `{ statusCode, body }` (returned or passed to the callback), a NestJS route method's
 *   returned value, and the `props` returned by Next.js `getServerSideProps`/`getStaticProps` (serialised into the page).
 * - Templates: `res.render(view, locals)`, Fastify `reply.view(view, locals)`, koa-views `ctx.render(view, locals)`,
 *   `res.locals.x = …`, `app.locals.x = …`.
 * - Logs: `console.*`, `process.stdout/stderr.write`, loggers by name (`logger`, `log`, `this.logger`, `fastify.log`,
 *   `req.log`, `Logger` (NestJS), `*Logger`) or created in the file (`pino()`, `winston.createLogger()`,
 *   `bunyan.createLogger()`, `log4js.getLogger()`, `new Logger()` from `@nestjs/common`, `logger.child()`), and
 *   functions made by the `debug` package (`const log = debug('app')`).
 *
 * Response receivers are matched precisely: `res`/`response`/`reply` (or `*Res`/`*Response`/`*Reply`), or any name
 * right after a request parameter (`(req, r)`), and `c`/`ctx`/`context`, in each case only as a function parameter:
 * a `response` from `fetch()` is not a server response. `response.json()` without arguments reads a fetch response.
 */
import type { TSESLint, TSESTree } from '@typescript-eslint/utils';

import { decoratorName, getPropertyName, getValueParent, importedBinding, importedModuleOf, requiredModule, skipValueWrappers } from '../ast';
import type { FunctionNode } from '../ast';
import { CONTEXT_BODY_METHODS, NEST_ROUTE_DECORATORS, PAGE_PROPS_EXPORTS, RESPONSE_BODY_METHODS, TEMPLATE_METHODS, responseCallbackIndex, returnedResponse } from '../frameworks';
import { resolveVariable, scopeOf } from './scope';

type Node = TSESTree.Node;
type Variable = TSESLint.Scope.Variable;
type Context = Readonly<TSESLint.RuleContext<string, readonly unknown[]>>;

export type SinkKind = 'response' | 'template' | 'log';

export interface Sink {
  kind: SinkKind;
  /** The expressions whose values reach the sink. */
  values: readonly Node[];
  /** The values are separate arguments of a log call: dropping one keeps the call valid and useful. */
  separateArguments: boolean;
  /** How messages name the sink: `res.json()`, `console.log()`, `ctx.body`. */
  label: string;
}

export interface SinkFinder {
  /** A call that sends, renders or logs its arguments, or passes a Lambda response object. */
  ofCall(node: TSESTree.CallExpression): Sink | null;
  /** `new Response(body)`, `new NextResponse(body)`. */
  ofNew(node: TSESTree.NewExpression): Sink | null;
  /** `ctx.body = x`, `res.locals.x = y`. */
  ofAssignment(node: TSESTree.AssignmentExpression): Sink | null;
  /** A value a function returns (`return x;`, or an arrow function's expression body). */
  ofReturn(value: Node, fn: FunctionNode): Sink | null;
}

// Response body, template and page-props names come from the framework adapters (`src/frameworks/`).
const CONSOLE_METHODS = new Set(['log', 'info', 'warn', 'error', 'debug', 'trace', 'dir', 'dirxml', 'table', 'group', 'groupCollapsed', 'assert']);
const LOGGER_METHODS = new Set(['log', 'info', 'debug', 'warn', 'warning', 'error', 'trace', 'fatal', 'verbose', 'silly', 'http', 'critical', 'crit', 'notice', 'alert', 'emerg']);
/** Case-sensitive on purpose: `appLogger` and `Logger` are loggers, `blogger` is not. */
const LOGGER_NAME = /^_?(?:log|logger|Logger|LOG|LOGGER|consola|signale)$|[a-z0-9]Logger$|_LOGGER$/;
const RESPONSE_NAME = /^_?(?:res|resp|response|reply)$|^[a-z_$][\w$]*(?:Res|Response|Reply)$/;
const CONTEXT_NAME = /^_?(?:c|ctx|context)$/;
const REQUEST_NAME = /^_?(?:req|request)$|^[a-z_$][\w$]*(?:Req|Request)$/;
const NEXT_SERVER_MODULES = new Set(['next/server', 'next/server.js']);
/** Logger factories: `module` called directly, or its `method`. */
const LOGGER_FACTORIES: ReadonlyArray<{ module: string; method: string | null }> = [
  { module: 'pino', method: null },
  { module: 'winston', method: 'createLogger' },
  { module: 'bunyan', method: 'createLogger' },
  { module: 'log4js', method: 'getLogger' },
  { module: 'consola', method: 'create' },
];
const NEST_COMMON = '@nestjs/common';
const DEBUG_MODULE = 'debug';
const MAX_DEPTH = 4;

/** Whether `name` refers to a global here (not declared in the file): `console`, `Response`. */
function isGlobal(identifier: TSESTree.Identifier, sourceCode: Readonly<TSESLint.SourceCode>): boolean {
  const variable = resolveVariable(scopeOf(sourceCode, identifier), identifier);
  return !variable || variable.defs.length === 0;
}

/** The identifier a call chain starts from: `res` in `res.status(200).set(h)`. */
function chainRoot(node: Node): Node {
  let current = skipValueWrappers(node);
  for (let depth = 0; depth < MAX_DEPTH * 2; depth++) {
    if (current.type !== 'CallExpression') break;
    const callee = skipValueWrappers(current.callee);
    if (callee.type !== 'MemberExpression') break;
    current = skipValueWrappers(callee.object);
  }
  return current;
}

function describe(sourceCode: Readonly<TSESLint.SourceCode>, node: Node): string {
  const text = sourceCode.getText(node).replace(/\s+/g, '');
  return text.length > 40 ? `${text.slice(0, 39)}…` : text;
}

type Receiver = 'response' | 'context';

class FileSinks implements SinkFinder {
  private readonly loggerVariables = new Map<Variable, 'logger' | 'debug' | null>();
  private debugImported: boolean | null = null;

  constructor(private readonly sourceCode: Readonly<TSESLint.SourceCode>) {}

  ofCall(node: TSESTree.CallExpression): Sink | null {
    const callee = skipValueWrappers(node.callee);
    const args = node.arguments;
    if (args.length === 0) return null;
    if (callee.type === 'Identifier') {
      if (this.mayUseDebug() && this.loggerKindOf(callee, 0) === 'debug') return this.log(args, `${callee.name}()`);
      if (this.isResponseCallback(callee)) return { kind: 'response', values: args, separateArguments: args.length > 1, label: `the acknowledgement \`${callee.name}()\`` };
      return this.lambdaCallback(node);
    }
    if (callee.type !== 'MemberExpression') return null;
    const method = getPropertyName(callee);
    if (method === null) return null;
    const receiver = skipValueWrappers(callee.object);
    const label = (): string => `${describe(this.sourceCode, receiver)}.${method}()`;
    if (receiver.type === 'Identifier') {
      if (receiver.name === 'console' && CONSOLE_METHODS.has(method) && isGlobal(receiver, this.sourceCode)) {
        return this.log(method === 'assert' ? args.slice(1) : args, label());
      }
      if (method === 'json' && (receiver.name === 'Response' ? isGlobal(receiver, this.sourceCode) : this.isNextResponse(receiver))) {
        return { kind: 'response', values: args.slice(0, 1), separateArguments: false, label: label() };
      }
    }
    if (method === 'write' && /^process\.std(?:out|err)$/.test(this.sourceCode.getText(receiver))) return this.log(args, label());
    if (LOGGER_METHODS.has(method) && this.isLogger(receiver)) return this.log(args, label());
    if (TEMPLATE_METHODS.has(method)) {
      const isTemplate = args.length > 1 && this.receiverKind(chainRoot(receiver)) !== null;
      return isTemplate ? { kind: 'template', values: args.slice(1, 2), separateArguments: false, label: label() } : null;
    }
    if (RESPONSE_BODY_METHODS.has(method) || CONTEXT_BODY_METHODS.has(method)) {
      const kind = this.receiverKind(chainRoot(receiver));
      if ((kind === 'response' && RESPONSE_BODY_METHODS.has(method)) || (kind === 'context' && CONTEXT_BODY_METHODS.has(method))) {
        return { kind: 'response', values: args.slice(0, 1), separateArguments: false, label: label() };
      }
    }
    return this.lambdaCallback(node);
  }

  ofNew(node: TSESTree.NewExpression): Sink | null {
    const callee = skipValueWrappers(node.callee);
    const body = node.arguments[0];
    if (callee.type !== 'Identifier' || !body) return null;
    const known = callee.name === 'Response' ? isGlobal(callee, this.sourceCode) : this.isNextResponse(callee);
    return known ? { kind: 'response', values: [body], separateArguments: false, label: `new ${callee.name}()` } : null;
  }

  ofAssignment(node: TSESTree.AssignmentExpression): Sink | null {
    const left = node.left;
    if (node.operator !== '=' || left.type !== 'MemberExpression') return null;
    const name = getPropertyName(left);
    const object = skipValueWrappers(left.object);
    // `ctx.body = x`, `ctx.response.body = x` (Koa).
    if (name === 'body') {
      const context = object.type === 'MemberExpression' && getPropertyName(object) === 'response' ? skipValueWrappers(object.object) : object;
      if (this.receiverKind(context) === 'context') return { kind: 'response', values: [node.right], separateArguments: false, label: describe(this.sourceCode, left) };
      return null;
    }
    // `res.locals = { … }`, `res.locals.user = x`, `app.locals.x = y`.
    const holder = name === 'locals' ? object : object.type === 'MemberExpression' && getPropertyName(object) === 'locals' ? skipValueWrappers(object.object) : null;
    if (holder && (this.receiverKind(holder) === 'response' || (holder.type === 'Identifier' && holder.name === 'app'))) {
      return { kind: 'template', values: [node.right], separateArguments: false, label: describe(this.sourceCode, left) };
    }
    return null;
  }

  ofReturn(value: Node, fn: FunctionNode): Sink | null {
    const returned = skipValueWrappers(value);
    const lambda = lambdaBody(returned);
    if (lambda) return { kind: 'response', values: [lambda], separateArguments: false, label: 'the returned `body`' };
    const exported = exportedName(fn);
    if (exported !== null && PAGE_PROPS_EXPORTS.has(exported) && returned.type === 'ObjectExpression') {
      const props = propertyValue(returned, 'props');
      return props ? { kind: 'response', values: [props], separateArguments: false, label: `the props of \`${exported}\`` } : null;
    }
    const method = fn.parent;
    if (method?.type === 'MethodDefinition' && method.value === fn && (method.decorators ?? []).some(decorator => NEST_ROUTE_DECORATORS.has(decoratorName(decorator, false)))) {
      return { kind: 'response', values: [returned], separateArguments: false, label: 'the value a NestJS route returns' };
    }
    const framework = returnedResponse(fn);
    if (framework !== null) return { kind: 'response', values: [returned], separateArguments: false, label: framework };
    if (fn.params.some(param => param.type === 'Identifier' && param.name === 'reply')) {
      return { kind: 'response', values: [returned], separateArguments: false, label: 'the value a Fastify handler returns' };
    }
    return null;
  }

  // --- helpers ---

  /** Functions made by `debug` need the module named somewhere in the file: skip the scope lookups otherwise. */
  private mayUseDebug(): boolean {
    this.debugImported ??= /['"`]debug['"`]/.test(this.sourceCode.text);
    return this.debugImported;
  }

  private log(values: readonly Node[], label: string): Sink | null {
    return values.length > 0 ? { kind: 'log', values, separateArguments: values.length > 1, label } : null;
  }

  /** A parameter through which the framework answers the caller: socket.io's `ack` in `socket.on('join', (room, ack) => …)`. */
  private isResponseCallback(identifier: TSESTree.Identifier): boolean {
    const definition = resolveVariable(scopeOf(this.sourceCode, identifier), identifier)?.defs[0];
    if (definition?.type !== 'Parameter') return false;
    const fn = definition.node as FunctionNode;
    const index = responseCallbackIndex(fn);
    return index !== null && fn.params[index] === definition.name;
  }

  /** `callback(null, { statusCode: 200, body: … })` (Lambda / Netlify callback style). */
  private lambdaCallback(node: TSESTree.CallExpression): Sink | null {
    for (const argument of node.arguments) {
      const body = lambdaBody(skipValueWrappers(argument));
      if (body) return { kind: 'response', values: [body], separateArguments: false, label: 'the response `body`' };
    }
    return null;
  }

  private isNextResponse(identifier: TSESTree.Identifier): boolean {
    if (identifier.name !== 'NextResponse') return false;
    const module = importedModuleOf(identifier, this.sourceCode);
    return module === null ? isGlobal(identifier, this.sourceCode) : NEXT_SERVER_MODULES.has(module);
  }

  /** Whether a call receiver is a logger: named like one, or created in this file by a logging library. */
  private isLogger(receiver: Node, depth = 0): boolean {
    if (receiver.type === 'Identifier') return LOGGER_NAME.test(receiver.name) || this.loggerKindOf(receiver, depth) === 'logger';
    if (receiver.type === 'MemberExpression') {
      const name = getPropertyName(receiver);
      return name !== null && LOGGER_NAME.test(name);
    }
    return false;
  }

  /** What a variable holds when a logging library created it in this file. */
  private loggerKindOf(identifier: TSESTree.Identifier, depth: number): 'logger' | 'debug' | null {
    const variable = resolveVariable(scopeOf(this.sourceCode, identifier), identifier);
    if (!variable || variable.defs.length !== 1) return null;
    if (this.loggerVariables.has(variable)) return this.loggerVariables.get(variable) ?? null;
    this.loggerVariables.set(variable, null);
    const definition = variable.defs[0];
    const init = definition?.type === 'Variable' && definition.node.id === definition.name ? definition.node.init : null;
    const kind = init && depth < MAX_DEPTH ? this.loggerKindOfValue(init, depth + 1) : null;
    this.loggerVariables.set(variable, kind);
    return kind;
  }

  private loggerKindOfValue(node: Node, depth: number): 'logger' | 'debug' | null {
    const value = skipValueWrappers(node);
    if (value.type === 'NewExpression') {
      const callee = skipValueWrappers(value.callee);
      return callee.type === 'Identifier' && callee.name === 'Logger' && importedModuleOf(callee, this.sourceCode) === NEST_COMMON ? 'logger' : null;
    }
    if (value.type !== 'CallExpression') return null;
    const callee = skipValueWrappers(value.callee);
    // `require('debug')('app')`, `require('pino')()`.
    const required = requiredModule(callee);
    if (required !== null) return factoryKind(required, null);
    if (callee.type === 'Identifier') {
      const module = importedModuleOf(callee, this.sourceCode);
      if (module !== null) return factoryKind(module, importedBinding(callee, this.sourceCode)?.imported ?? null);
      return null;
    }
    if (callee.type !== 'MemberExpression') return null;
    const method = getPropertyName(callee);
    const object = skipValueWrappers(callee.object);
    // `logger.child({ … })`.
    if (method === 'child') return this.isLogger(object, depth) ? 'logger' : null;
    const module = object.type === 'Identifier' ? importedModuleOf(object, this.sourceCode) : requiredModule(object);
    return module !== null && method !== null && LOGGER_FACTORIES.some(factory => factory.module === module && factory.method === method) ? 'logger' : null;
  }

  /** `response` for a response parameter, `context` for a framework context parameter, else `null`. */
  private receiverKind(node: Node): Receiver | null {
    if (node.type !== 'Identifier') return null;
    const variable = resolveVariable(scopeOf(this.sourceCode, node), node);
    const definition = variable?.defs.length === 1 ? variable.defs[0] : undefined;
    if (definition?.type !== 'Parameter') return null;
    const fn = definition.node as FunctionNode;
    const index = fn.params.findIndex(param => unwrapParameter(param) === definition.name);
    if (index === -1) return null;
    if (RESPONSE_NAME.test(node.name)) return 'response';
    if (CONTEXT_NAME.test(node.name)) return 'context';
    const previous = index > 0 ? unwrapParameter(fn.params[index - 1] as TSESTree.Parameter) : null;
    return index === 1 && previous?.type === 'Identifier' && REQUEST_NAME.test(previous.name) ? 'response' : null;
  }
}

/** `x` in `function f(x)`, `function f(x = 1)`, `constructor(private x: T)`. */
function unwrapParameter(param: TSESTree.Parameter): Node {
  let current: Node = param;
  if (current.type === 'TSParameterProperty') current = current.parameter;
  if (current.type === 'AssignmentPattern') current = current.left;
  return current;
}

/** What calling `module`'s export `name` (`null` for the module itself or its default export) creates. */
function factoryKind(module: string, name: string | null): 'logger' | 'debug' | null {
  const direct = name === null || name === 'default' || name === module;
  if (module === DEBUG_MODULE) return direct || name === 'debug' ? 'debug' : null;
  return LOGGER_FACTORIES.some(factory => factory.module === module && factory.method === (direct ? null : name)) ? 'logger' : null;
}

function propertyValue(object: TSESTree.ObjectExpression, name: string): Node | null {
  for (const property of object.properties) {
    if (property.type === 'Property' && getPropertyName(property) === name) return property.value;
  }
  return null;
}

/** The `body` of a Lambda / Netlify response object `{ statusCode, body }`, or `null`. */
function lambdaBody(node: Node): Node | null {
  if (node.type !== 'ObjectExpression' || propertyValue(node, 'statusCode') === null) return null;
  return propertyValue(node, 'body');
}

/** The name a function is exported under (`export function getServerSideProps`, `export const getStaticProps = …`), or `null`. */
function exportedName(fn: FunctionNode): string | null {
  if (fn.type === 'FunctionDeclaration') return fn.id && fn.parent?.type === 'ExportNamedDeclaration' ? fn.id.name : null;
  const { parent } = getValueParent(fn);
  if (parent?.type !== 'VariableDeclarator' || parent.id.type !== 'Identifier') return null;
  return parent.parent.parent?.type === 'ExportNamedDeclaration' ? parent.id.name : null;
}

const finders = new WeakMap<object, FileSinks>();

/** The sink finder of the file being linted; shared by every rule. */
export function getSinks(context: Context): SinkFinder {
  let finder = finders.get(context.sourceCode);
  if (!finder) {
    finder = new FileSinks(context.sourceCode);
    finders.set(context.sourceCode, finder);
  }
  return finder;
}
