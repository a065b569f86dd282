/**
 * What every part of the endpoint analysis shares for one linted file: the rule context, the guard matcher built from
 * the options, the detection tier, and where a reference or call leads (a local function, an export assigned in the
 * file, a method of the same class).
 */
import type { TSESLint, TSESTree } from '@typescript-eslint/utils';

import { functionOf, getPropertyName, skipValueWrappers } from '../../ast';
import type { FunctionNode } from '../../ast';
import type { GuardMatcher } from '../authentication-guards';
import { resolveVariable, scopeOf } from '../scope';

type Node = TSESTree.Node;
type Variable = TSESLint.Scope.Variable;
type Context = Readonly<TSESLint.RuleContext<string, readonly unknown[]>>;

export class EndpointFile {
  readonly sourceCode: Readonly<TSESLint.SourceCode>;

  constructor(
    readonly context: Context,
    /** The built-in authentication names plus the project's own (`guards` option). */
    readonly guards: GuardMatcher,
    /** Only calls traced to the SDK count (`settings['vonage-video'].detection: 'tracked'`): no by-name matches. */
    readonly trackedOnly: boolean,
  ) {
    this.sourceCode = context.sourceCode;
  }

  variableOf(identifier: TSESTree.Identifier): Variable | null {
    return resolveVariable(scopeOf(this.sourceCode, identifier), identifier);
  }

  /** The local function a reference is bound to (`function getToken(req, res) {}`, `const h = async () => {}`, `exports.h`). */
  localFunction(reference: Node): FunctionNode | null {
    const value = skipValueWrappers(reference);
    if (value.type === 'MemberExpression') return this.exportedFunction(value);
    if (value.type === 'CallExpression') return functionOf(value) ?? this.factoryResult(value);
    if (value.type !== 'Identifier') return functionOf(value);
    const definition = this.variableOf(value)?.defs[0];
    if (definition?.type === 'FunctionName') return definition.node as FunctionNode;
    if (definition?.type === 'Variable' && definition.node.init) return functionOf(definition.node.init);
    return null;
  }

  /**
   * `mintFor('publisher')` where `mintFor` is a local function that returns a function: the function it returns (a
   * middleware factory, `function mintFor(role) { return (req, res, next) => { … } }`).
   */
  factoryResult(call: TSESTree.CallExpression): FunctionNode | null {
    const callee = skipValueWrappers(call.callee);
    const factory = callee.type === 'Identifier' ? this.localFunction(callee) : null;
    if (!factory) return null;
    if (factory.body.type !== 'BlockStatement') return functionOf(factory.body);
    for (const statement of factory.body.body) {
      if (statement.type === 'ReturnStatement' && statement.argument) return functionOf(statement.argument);
    }
    return null;
  }

  /** `exports.getToken` / `module.exports.getToken` used in the file that assigns it a function. */
  exportedFunction(member: TSESTree.MemberExpression): FunctionNode | null {
    const object = member.object;
    const isExports =
      (object.type === 'Identifier' && object.name === 'exports') ||
      (object.type === 'MemberExpression' && object.object.type === 'Identifier' && object.object.name === 'module' && getPropertyName(object) === 'exports');
    if (!isExports || member.computed) return null;
    const text = this.sourceCode.getText(member);
    for (const statement of this.sourceCode.ast.body) {
      if (statement.type !== 'ExpressionStatement' || statement.expression.type !== 'AssignmentExpression') continue;
      if (this.sourceCode.getText(statement.expression.left) === text) return this.localFunction(statement.expression.right);
    }
    return null;
  }

  /** `this.helper()` inside a class: the method it calls. */
  classMethod(call: TSESTree.CallExpression): FunctionNode | null {
    const callee = skipValueWrappers(call.callee);
    if (callee.type !== 'MemberExpression' || callee.object.type !== 'ThisExpression') return null;
    const name = getPropertyName(callee);
    for (let current: Node | undefined = call.parent; current; current = current.parent) {
      if (current.type !== 'ClassBody') continue;
      const method = current.body.find((member): member is TSESTree.MethodDefinition => member.type === 'MethodDefinition' && getPropertyName(member) === name);
      return method?.value.type === 'FunctionExpression' ? method.value : null;
    }
    return null;
  }
}
