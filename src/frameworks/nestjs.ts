/** NestJS (and routing-controllers): `@Get()`/`@Post()` controller methods behind method and class decorators. */
import type { TSESTree } from '@typescript-eslint/utils';

import { decoratorName, getPropertyName } from '../ast';

import { propertyOf } from './fastify-options';
import type { FrameworkAdapter, Route } from './types';

export const NEST_ROUTE_DECORATORS: ReadonlySet<string> = new Set(['Get', 'Post', 'Put', 'Patch', 'Delete', 'All', 'Options', 'Head']);
/** Decorators that mark a route public under a global guard. */
export const PUBLIC_ROUTE_DECORATORS: ReadonlySet<string> = new Set(['Public', 'IsPublic', 'SkipAuth', 'AllowAnonymous', 'Anonymous', 'NoAuth', 'PublicRoute']);
const CONTROLLER_DECORATORS = new Set(['Controller', 'JsonController']);

/** A NestJS (or routing-controllers) controller method: `@Post('token') token() {…}`. */
export function routeOfNestMethod(method: TSESTree.MethodDefinition): Route | null {
  // espree keeps no `decorators` on class members.
  const routeDecorator = ((method.decorators as TSESTree.Decorator[] | undefined) ?? []).find(decorator => NEST_ROUTE_DECORATORS.has(decoratorName(decorator)));
  if (!routeDecorator || method.value.type !== 'FunctionExpression') return null;
  const classNode = method.parent.parent as TSESTree.ClassDeclaration | TSESTree.ClassExpression;
  // Parsers that keep decorators (typescript-eslint, Babel) may leave an undecorated class's list out.
  const classDecorators = (classNode.decorators as TSESTree.Decorator[] | undefined) ?? [];
  const controller = classDecorators.find(decorator => CONTROLLER_DECORATORS.has(decoratorName(decorator)));
  const segments = [controller ? decoratorPath(controller) : '', decoratorPath(routeDecorator)].filter(Boolean);
  const path = `/${segments.join('/')}`;
  const verb = decoratorName(routeDecorator).toUpperCase();
  const isOther = (decorator: TSESTree.Decorator): boolean => !NEST_ROUTE_DECORATORS.has(decoratorName(decorator)) && !CONTROLLER_DECORATORS.has(decoratorName(decorator));
  return {
    framework: 'nestjs',
    label: `Route \`${verb} ${path}\``,
    path,
    name: getPropertyName(method),
    method: verb,
    reportNode: routeDecorator,
    handler: method.value,
    handlerReference: null,
    inFront: [...method.decorators.filter(isOther), ...classDecorators.filter(isOther)],
    registration: null,
    receiverNode: null,
  };
}

function decoratorPath(decorator: TSESTree.Decorator): string {
  const argument = decorator.expression.type === 'CallExpression' ? decorator.expression.arguments[0] : undefined;
  const value = argument?.type === 'ObjectExpression' ? propertyOf(argument, 'path') : argument;
  const text = value?.type === 'Literal' && typeof value.value === 'string' ? value.value : '';
  return trimSlashes(text);
}

function trimSlashes(text: string): string {
  let start = 0;
  let end = text.length;
  while (start < end && text[start] === '/') start++;
  while (end > start && text[end - 1] === '/') end--;
  return text.slice(start, end);
}

export const nestjs: FrameworkAdapter = {
  id: 'nestjs',
  name: 'NestJS',
  modules: ['@nestjs/common', 'routing-controllers'],
  facts: {
    guards: '`@UseGuards(…)` / `@UseBefore(…)` on the method or the controller class, a global guard (`APP_GUARD`, `useGlobalGuards`: the `nestGlobalGuard` option) with `@Public()` exceptions',
    identity: ['@Req() req.user', '@CurrentUser()', '@User()'],
    response: 'returning a value from the route method, `@Res() res.json(…)`',
    input: '`@Body()`, `@Query()`, `@Param()`, `@Headers()`, `@Req() req.body`',
  },
  inputDecorators: { module: '@nestjs/common', input: ['Body', 'Query', 'Param', 'Headers'], request: ['Req', 'Request'] },
  routeOfMethod: routeOfNestMethod,
};
