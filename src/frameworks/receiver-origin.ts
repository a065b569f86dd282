/** The module the app or router a route is registered on was created from: `const app = new Hono()` → `hono`. */
import type { TSESLint, TSESTree } from '@typescript-eslint/utils';

import { importedModuleOf, skipValueWrappers } from '../ast';
import { resolveVariable, scopeOf } from '../analysis/scope';

type Node = TSESTree.Node;

const MAX_DEPTH = 4;

/**
 * `express` for `app` in `const app = express()`, `@koa/router` for `new Router()` imported from it, `hono` for
 * `api.basePath('/v1')` on a `new Hono()`; `null` when the receiver cannot be traced (a parameter, `this.router`).
 */
export function receiverModule(receiver: Node, sourceCode: Readonly<TSESLint.SourceCode>): string | null {
  let value = skipValueWrappers(receiver);
  for (let depth = 0; depth < MAX_DEPTH; depth++) {
    if (value.type === 'NewExpression' || value.type === 'CallExpression') {
      value = skipValueWrappers(value.callee);
      // `express.Router()`, `new Koa.Router()`, `app.basePath('/x')`: the object the factory is read from.
      while (value.type === 'MemberExpression') value = skipValueWrappers(value.object);
      if (value.type === 'CallExpression' || value.type === 'NewExpression') continue;
    }
    if (value.type !== 'Identifier') return null;
    const module = importedModuleOf(value, sourceCode);
    if (module !== null) return module;
    const definition = resolveVariable(scopeOf(sourceCode, value), value)?.defs[0];
    if (definition?.type !== 'Variable' || definition.node.id.type !== 'Identifier' || !definition.node.init) return null;
    value = skipValueWrappers(definition.node.init);
  }
  return null;
}

/** Whether `module` is one of `modules` or a subpath of one (`hono/tiny` for `hono`). */
export function isModuleOf(module: string, modules: readonly string[]): boolean {
  return modules.some(name => module === name || module.startsWith(`${name}/`));
}
