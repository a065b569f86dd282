import { describe, expect, it } from 'vitest';

import * as espree from 'espree';
import type { TSESTree } from '@typescript-eslint/utils';

import { routeOfNestMethod } from '../../src/frameworks/nestjs';
import { routesIn } from './routes-in';

const nest = "import { Controller, Post, UseGuards } from '@nestjs/common';\n";

describe('nestjs adapter', () => {
  it('joins the controller and method paths, with method and class decorators in front', () => {
    const code = `${nest}@UseGuards(AuthGuard)\n@Controller('video')\nclass C {\n  @Roles('host')\n  @Post('token') token() {}\n}`;
    expect(routesIn(code, { typescript: true })).toEqual([
      { framework: 'nestjs', label: 'Route `POST /video/token`', path: '/video/token', method: 'POST', handler: true, inFront: ["@Roles('host')", '@UseGuards(AuthGuard)'] },
    ]);
  });

  it('ignores undecorated methods', () => {
    expect(routesIn(`${nest}@Controller() class C { token() {} }`, { typescript: true })).toEqual([]);
  });

  it('answers no route for a class method espree parsed (espree keeps no `decorators` on members)', () => {
    const program = espree.parse('class C { token() {} }', { ecmaVersion: 'latest' }) as unknown as TSESTree.Program;
    const method = ((program.body[0] as TSESTree.ClassDeclaration).body.body[0]) as TSESTree.MethodDefinition;
    expect('decorators' in method).toBe(false);
    expect(routeOfNestMethod(method)).toBeNull();
  });
});
