/** Which module a name comes from: `import x from 'm'`, `import { y as x } from 'm'`, `const x = require('m')`. */
import type { TSESLint, TSESTree } from '@typescript-eslint/utils';

import { resolveVariable, scopeOf } from '../analysis/scope';

import { getPropertyName, skipValueWrappers } from './nodes';

type Node = TSESTree.Node;
type SourceCode = Readonly<TSESLint.SourceCode>;

/** Where an identifier is imported from, and under which exported name (`null` for a default, namespace or whole-module import). */
export interface ImportedBinding {
  module: string;
  imported: string | null;
}

/**
 * The module and export an identifier is bound to: `import { a as x } from 'm'` (`m`, `a`), `import x from 'm'`,
 * `import * as x`, `import x = require('m')`, `const x = require('m')`, `const x = require('m').a` (`m`, `a`),
 * `const { a: x } = require('m')` (`m`, `a`). `null` for anything else.
 */
export function importedBinding(identifier: TSESTree.Identifier, sourceCode: SourceCode): ImportedBinding | null {
  const variable = resolveVariable(scopeOf(sourceCode, identifier), identifier);
  const definition = variable?.defs.length === 1 ? variable.defs[0] : undefined;
  if (definition?.type === 'ImportBinding') {
    const node = definition.node;
    if (node.type === 'TSImportEqualsDeclaration') {
      const reference = node.moduleReference;
      return reference.type === 'TSExternalModuleReference' ? { module: reference.expression.value, imported: null } : null;
    }
    if (definition.parent?.type !== 'ImportDeclaration') return null;
    const imported = node.type === 'ImportSpecifier' ? (node.imported.type === 'Identifier' ? node.imported.name : String(node.imported.value)) : null;
    return { module: definition.parent.source.value, imported };
  }
  if (definition?.type !== 'Variable' || !definition.node.init) return null;
  const init = skipValueWrappers(definition.node.init);
  if (definition.node.id === definition.name) {
    const direct = requiredModule(init);
    if (direct !== null) return { module: direct, imported: null };
    // `const x = require('m').a` (also deeper: `require('m').a.b` is `m` with the first name).
    let object: Node = init;
    let imported: string | null = null;
    while (object.type === 'MemberExpression') {
      imported = getPropertyName(object);
      object = skipValueWrappers(object.object);
    }
    const module = object.type === 'CallExpression' ? requiredModule(object) : null;
    return module === null ? null : { module, imported };
  }
  const module = requiredModule(init);
  if (module === null || definition.node.id.type !== 'ObjectPattern') return null;
  const property = definition.node.id.properties.find(candidate => candidate.type === 'Property' && candidate.value === definition.name);
  return { module, imported: property?.type === 'Property' ? getPropertyName(property) : null };
}

/** The module an identifier is imported or required from, or `null`. */
export function importedModuleOf(identifier: TSESTree.Identifier, sourceCode: SourceCode): string | null {
  return importedBinding(identifier, sourceCode)?.module ?? null;
}

/** `require('m')`, `` require(`m`) `` and `require('m').default` → `'m'`; `null` for anything else. */
export function requiredModule(node: Node): string | null {
  let value = skipValueWrappers(node);
  if (value.type === 'MemberExpression' && getPropertyName(value) === 'default') value = skipValueWrappers(value.object);
  if (value.type !== 'CallExpression' || value.callee.type !== 'Identifier' || value.callee.name !== 'require') return null;
  const argument = value.arguments[0];
  if (argument?.type === 'Literal' && typeof argument.value === 'string') return argument.value;
  if (argument?.type === 'TemplateLiteral' && argument.expressions.length === 0) return argument.quasis[0]?.value.cooked ?? null;
  return null;
}

/** The module names a file imports or requires at its top level (`import … from 'm'`, `const x = require('m')`). */
export function topLevelModules(program: TSESTree.Program): string[] {
  const modules: string[] = [];
  for (const statement of program.body) {
    if (statement.type === 'ImportDeclaration') modules.push(statement.source.value);
    if (statement.type !== 'VariableDeclaration') continue;
    for (const { init } of statement.declarations) {
      const value = init && skipValueWrappers(init);
      const module = value?.type === 'CallExpression' ? requiredModule(value) : null;
      if (module !== null) modules.push(module);
    }
  }
  return modules;
}
