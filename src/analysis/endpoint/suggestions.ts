/** Suggestions for an unguarded route: a guard that other routes of the file already use, put in front of this one. */
import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { findVariable } from '@eslint-community/eslint-utils';

import { decoratorName, skipValueWrappers, walk } from '../../ast';
import { insertArgument } from '../../fix';
import { MIDDLEWARE_ARGUMENT_FRAMEWORKS } from '../../frameworks';
import type { Route } from '../routes';

import type { EndpointFile } from './endpoint-file';
import { scopeOf } from '../scope';

type Node = TSESTree.Node;

/** A guard to put in front of a route (as the rule's `addGuard` suggestion), and the edit that does it. */
export interface GuardInsertion {
  guard: string;
  fix: TSESLint.ReportFixFunction;
}

export class GuardSuggestions {
  constructor(
    private readonly file: EndpointFile,
    /** Every route of the file (filled while the file is traversed). */
    private readonly routes: readonly Route[],
  ) {}

  /** An existing guard used on another route of this file, that this route can use too. */
  guardUsedElsewhere(route: Route, wanted: (node: Node) => boolean): Node | null {
    const scope = scopeOf(this.file.sourceCode, route.registration as Node);
    for (const other of this.routes) {
      if (other === route || !other.registration) continue;
      for (const node of other.inFront) {
        // Only middleware passed as an argument (not a Fastify hook option) fits between arguments.
        const isArgument = node.parent === other.registration || (node.parent?.type === 'ArrayExpression' && node.parent.parent === other.registration);
        if (!isArgument || !wanted(node) || this.file.sourceCode.getText(node).length > 100) continue;
        let usable = true;
        walk(node, this.file.sourceCode.visitorKeys, inner => {
          if (inner.type === 'ArrowFunctionExpression' || inner.type === 'FunctionExpression') usable = false;
        });
        let root: Node = skipValueWrappers(node);
        while (root.type === 'MemberExpression' || root.type === 'CallExpression') root = skipValueWrappers(root.type === 'CallExpression' ? root.callee : root.object);
        if (root.type !== 'Identifier') continue;
        const here = findVariable(scope as never, root.name);
        if (usable && here === this.file.variableOf(root)) return node;
      }
    }
    return null;
  }

  /** `@UseGuards(…)` used on another route of this file, to offer for a NestJS route. */
  nestGuardElsewhere(route: Route): TSESTree.Decorator | null {
    for (const other of this.routes) {
      if (other === route || other.framework !== 'nestjs') continue;
      const decorator = other.inFront.find((node): node is TSESTree.Decorator => node.type === 'Decorator' && decoratorName(node) === 'UseGuards' && this.file.guards.isGuard(node));
      if (decorator) return decorator;
    }
    return null;
  }

  suggestionsFor(route: Route, guardName: string | null): GuardInsertion[] {
    const handlerArgument = route.registration?.arguments[route.registration.arguments.length - 1];
    if (route.registration && MIDDLEWARE_ARGUMENT_FRAMEWORKS.has(route.framework) && handlerArgument?.type !== 'ObjectExpression') {
      const guard = this.guardUsedElsewhere(route, node => (guardName === null ? this.file.guards.isGuard(node) : this.file.guards.hasName(node, [guardName])));
      if (!guard) return [];
      const text = this.file.sourceCode.getText(guard);
      // Before the handler and any parentheses around it: `(guard, handler)` would be a sequence, not a guard.
      const call = route.registration;
      return [{ guard: text, fix: fixer => insertArgument(fixer, this.file.sourceCode, call, call.arguments.length - 1, text) }];
    }
    if (route.framework === 'nestjs' && guardName === null) {
      const decorator = this.nestGuardElsewhere(route);
      if (!decorator) return [];
      const text = this.file.sourceCode.getText(decorator);
      const indent = ' '.repeat(route.reportNode.loc.start.column);
      return [{ guard: text, fix: fixer => fixer.insertTextBeforeRange(route.reportNode.range, `${text}\n${indent}`) }];
    }
    return [];
  }
}
