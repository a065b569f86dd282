/**
 * Controller files: exported `(req, res)` / `(ctx)` functions, and the methods of exported controller objects and
 * classes, that a routes file the linter does not see registers.
 */
import type { TSESTree } from '@typescript-eslint/utils';

import { getPropertyName, isFunction, parameterName, skipValueWrappers } from '../ast';
import type { FunctionNode } from '../ast';

import { exportRoute } from './next';
import { makeRoute } from './route';
import type { ExportedHandler, FrameworkAdapter, Route } from './types';

/** `(req, res)`, `(request, reply)`, `(req, res, next)`, or Koa's `(ctx)`: a framework handler by its parameters. */
function isControllerHandler(handler: FunctionNode): boolean {
  const first = parameterName(handler.params[0]);
  if (first === 'ctx') return true;
  const second = parameterName(handler.params[1]);
  return first !== null && second !== null && /^(?:req|request)$/.test(first) && /^(?:res|response|reply)$/.test(second);
}

/** The handler methods of a controller object or class literal, with the name that owns them. */
function controllerMembers(target: TSESTree.Node, owner: string, exported: ExportedHandler): { owner: string; members: Array<{ name: string; value: FunctionNode; reportNode: TSESTree.Node }> } {
  const members: Array<{ name: string; value: FunctionNode; reportNode: TSESTree.Node }> = [];
  if (target.type === 'ObjectExpression') {
    for (const property of target.properties) {
      if (property.type !== 'Property') continue;
      const value = exported.resolve(property.value);
      const name = isFunction(value) && isControllerHandler(value) ? getPropertyName(property) : null;
      if (name !== null) members.push({ name, value: value as FunctionNode, reportNode: property.key });
    }
  } else if (target.type === 'ClassDeclaration' || target.type === 'ClassExpression') {
    owner = target.id?.name ?? owner;
    for (const member of target.body.body) {
      if (member.type !== 'MethodDefinition' && member.type !== 'PropertyDefinition') continue;
      // espree leaves `decorators` out; decorated methods are NestJS-style routes, handled on their own.
      const decorated = (member.decorators as TSESTree.Decorator[] | undefined)?.length ?? 0;
      if (decorated > 0 || !member.value || !isFunction(member.value) || !isControllerHandler(member.value)) continue;
      const name = member.type === 'MethodDefinition' && member.kind === 'constructor' ? null : getPropertyName(member);
      if (name !== null) members.push({ name, value: member.value, reportNode: member.key });
    }
  }
  return { owner, members };
}

/** The methods of an exported controller object or class: `module.exports = { getToken(req, res) {…} }`, `export default new VideoController()`. */
function controllerRoutes(exported: ExportedHandler): Route[] {
  let target = skipValueWrappers(exported.value);
  if (target.type === 'NewExpression') target = exported.resolve(target.callee);
  const { owner, members } = controllerMembers(target, exported.name === 'default' ? '' : exported.name, exported);
  return members.map(member =>
    makeRoute({ framework: 'exported-handler', label: `Handler \`${owner ? `${owner}.${member.name}` : member.name}\``, name: member.name, reportNode: member.reportNode, handler: member.value }),
  );
}

export const controllers: FrameworkAdapter = {
  id: 'exported-handler',
  name: 'Controller exports (routes registered in a file not linted)',
  facts: {
    guards: 'not visible from the controller file: a guard call at the top of the handler, or a guard the file imports or uses elsewhere',
    identity: ['req.user', 'ctx.state.user'],
    response: '`res.json(…)`, `ctx.body = …`',
    input: '`req.body`, `req.query`, `ctx.request.body`',
  },
  routesOfExport(exported) {
    const handler = exported.unwrapped.handler;
    if (!handler) return controllerRoutes(exported);
    if (!isControllerHandler(handler)) return null;
    return exportRoute(exported, 'exported-handler', exported.name === 'default' ? 'The default-exported handler' : `Handler \`${exported.name}\``, null);
  },
};
