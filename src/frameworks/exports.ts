/** The exports of a file, as file-based and exported-function adapters read them, with names resolved and wrappers seen through. */
import type { TSESLint, TSESTree } from '@typescript-eslint/utils';

import { getPropertyName, isFunction, skipValueWrappers } from '../ast';
import type { FunctionNode } from '../ast';

import type { Resolver } from './types';

type Node = TSESTree.Node;

/** Resolves module-level names to what they are bound to (`export default handler` → the function). */
export function moduleResolver(program: TSESTree.Program, sourceCode: Readonly<TSESLint.SourceCode>): Resolver {
  // The module scope (ES modules), the CommonJS wrapper scope, or the global scope (scripts); looked up on first use.
  let moduleScope: TSESLint.Scope.Scope | null = null;
  const resolve = (node: Node, depth = 0): Node => {
    const value = skipValueWrappers(node);
    if (value.type !== 'Identifier' || depth > 3) return value;
    moduleScope ??= (sourceCode.scopeManager as TSESLint.Scope.ScopeManager).acquire(program as never, true) as TSESLint.Scope.Scope;
    const variable = moduleScope.set.get(value.name);
    const definition = variable?.defs[0];
    if (definition?.type === 'FunctionName' || definition?.type === 'ClassName') return definition.node as Node;
    if (definition?.type === 'Variable' && definition.node.init && definition.node.id.type === 'Identifier') return resolve(definition.node.init, depth + 1);
    return value;
  };
  return node => resolve(node);
}

/** A handler possibly wrapped: `withApiAuthRequired(handler)`, `withAuth(async (req, res) => …)`, `auth(async (req) => …)`. */
export function unwrapHandler(value: Node, resolve: Resolver): { handler: FunctionNode | null; wrappers: Node[] } {
  const wrappers: Node[] = [];
  let current = resolve(value);
  for (let depth = 0; depth < 4 && current.type === 'CallExpression'; depth++) {
    wrappers.push(current.callee);
    const last = current.arguments[current.arguments.length - 1];
    if (!last) break;
    current = resolve(last);
  }
  return { handler: isFunction(current) ? current : null, wrappers };
}

export function hasDirective(body: readonly TSESTree.ProgramStatement[], directive: string): boolean {
  for (const statement of body) {
    if (statement.type !== 'ExpressionStatement' || statement.expression.type !== 'Literal') return false;
    if (statement.expression.value === directive) return true;
  }
  return false;
}

export interface ExportedValue {
  name: string;
  value: Node;
  reportNode: Node | TSESTree.Token;
}

/** `export default …`, `export const x = …`, `export function x() {}`, `export { a as GET }`, `module.exports = …`, `exports.x = …`. */
export function exportedValues(program: TSESTree.Program, resolve: Resolver, sourceCode: Readonly<TSESLint.SourceCode>): ExportedValue[] {
  const values: ExportedValue[] = [];
  for (const statement of program.body) {
    if (statement.type === 'ExportDefaultDeclaration') {
      const declaration = statement.declaration;
      const named = (declaration.type === 'FunctionDeclaration' || declaration.type === 'ClassDeclaration') && declaration.id;
      // `export default withAuth(…)` at the wrapper, `export default handler` at the name, else at `default`.
      const at = named ? declaration.id : declaration.type === 'CallExpression' ? declaration.callee : declaration.type === 'Identifier' ? declaration : (sourceCode.getFirstToken(statement, 1) as TSESTree.Token);
      values.push({ name: 'default', value: declaration, reportNode: at as Node | TSESTree.Token });
    } else if (statement.type === 'ExportNamedDeclaration') {
      const declaration = statement.declaration;
      if ((declaration?.type === 'FunctionDeclaration' || declaration?.type === 'ClassDeclaration') && declaration.id) {
        values.push({ name: declaration.id.name, value: declaration, reportNode: declaration.id });
      } else if (declaration?.type === 'VariableDeclaration') {
        for (const declarator of declaration.declarations) {
          if (declarator.id.type === 'Identifier' && declarator.init) values.push({ name: declarator.id.name, value: declarator.init, reportNode: declarator.id });
        }
      } else if (!statement.source) {
        for (const specifier of statement.specifiers) {
          const exported = specifier.exported.type === 'Identifier' ? specifier.exported.name : String(specifier.exported.value);
          values.push({ name: exported, value: resolve(specifier.local), reportNode: specifier.exported });
        }
      }
    } else if (statement.type === 'ExpressionStatement' && statement.expression.type === 'AssignmentExpression') {
      const { left, right } = statement.expression;
      const name = commonJsExportName(left);
      if (name !== null) values.push({ name, value: right, reportNode: left });
    }
  }
  return values;
}

/** `module.exports` → 'default', `module.exports.handler` / `exports.handler` → 'handler'. */
function commonJsExportName(left: Node): string | null {
  if (left.type !== 'MemberExpression') return null;
  const property = getPropertyName(left);
  const object = left.object;
  if (object.type === 'Identifier' && object.name === 'module' && property === 'exports') return 'default';
  if (object.type === 'Identifier' && object.name === 'exports') return property;
  if (object.type === 'MemberExpression' && object.object.type === 'Identifier' && object.object.name === 'module' && getPropertyName(object) === 'exports') return property;
  return null;
}
