import * as tsParser from '@typescript-eslint/parser';
import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { Linter } from 'eslint';
import * as espree from 'espree';
import { describe, expect, it } from 'vitest';

import { developmentOnly, expressionPath, findGuard, isGuarded, isSamePath, pathPrefix, staticTruthiness } from '../../src/analysis/condition-guards';
import type { ConditionTest } from '../../src/analysis/condition-guards';

type SourceCode = Readonly<TSESLint.SourceCode>;

/** Runs `visit` on every call of `target()` (or of the function named `name`) in `code`, through a real Linter. */
function onTargets(code: string, visit: (call: TSESTree.CallExpression, sourceCode: SourceCode) => void, options: { typescript?: boolean; name?: string } = {}): void {
  const name = options.name ?? 'target';
  const rule: TSESLint.RuleModule<'x'> = {
    defaultOptions: [],
    meta: { type: 'problem', messages: { x: 'x' }, schema: [] },
    create: context => ({
      CallExpression(node: TSESTree.CallExpression) {
        if (node.callee.type === 'Identifier' && node.callee.name === name) visit(node, context.sourceCode);
      },
    }),
  };
  const messages = new Linter({ configType: 'flat' }).verify(
    code,
    [
      {
        files: ['**/*.jsx', '**/*.tsx'],
        plugins: { probe: { rules: { probe: rule as never } } },
        rules: { 'probe/probe': 'error' },
        languageOptions: {
          parser: (options.typescript ? tsParser : espree) as never,
          ecmaVersion: 'latest',
          sourceType: 'module',
          parserOptions: { ecmaFeatures: { jsx: true } },
        },
      },
    ],
    options.typescript ? 'file.tsx' : 'file.jsx',
  );
  const fatal = messages.find(message => message.fatal);
  if (fatal) throw new Error(`parse error: ${fatal.message}`);
}

/** `ok` truthy proves the test; so does `denied` falsy. */
const okTest: ConditionTest = (condition, truthy) => condition.type === 'Identifier' && condition.name === (truthy ? 'ok' : 'denied');

/** Whether each `target()` call in `code` is guarded by `okTest`, in source order. */
function guarded(code: string, test: ConditionTest | ((sourceCode: SourceCode) => ConditionTest) = okTest, typescript = false): boolean[] {
  const results: boolean[] = [];
  onTargets(
    code,
    (call, sourceCode) => {
      const resolved = test.length === 1 ? (test as (sourceCode: SourceCode) => ConditionTest)(sourceCode) : (test as ConditionTest);
      results.push(isGuarded(call, resolved, sourceCode));
    },
    { typescript },
  );
  return results;
}

describe('findGuard: enclosing conditions', () => {
  it('sees if/else, ternaries, && and || operands, and loop tests', () => {
    // Each line pins one construct; the comment gives the expectation.
    const code = `
      if (ok) target();                    // consequent
      if (ok) {} else target();            // alternate: not proven
      if (!ok) {} else target();           // alternate of a negation
      ok ? target() : null;                // ternary consequent
      ok ? null : target();                // ternary alternate: not proven
      ok && target();                      // && right operand
      ok || target();                      // || right operand: runs when ok is falsy
      denied || target();                  // || right operand with a falsy proof
      ok ?? target();                      // ?? proves nothing
      target() && ok;                      // left operand: runs before the check
      while (ok) target();                 // loop body
      for (; ok; ) target();               // for body
      for (;;) target();                   // no test
      if (target()) {}                     // the test itself
      while (target()) {}                  // a loop test itself
    `;
    expect(guarded(code)).toEqual([true, false, true, true, false, true, false, true, false, false, true, true, false, false, false]);
  });

  it('decomposes !, &&, ||, ??, Boolean() and sequences', () => {
    const code = `
      if (a && ok) target();               // one operand of a truthy && is enough
      if (a || ok) target();               // a truthy || proves neither
      if (ok || ok) target();              // …unless both prove it
      if (!(denied || a)) target();        // !(x || y) truthy: both falsy
      if (!(ok && a)) {} else target();    // alternate of !(x && y): both truthy
      if (!(denied && a)) target();        // !(x && y) truthy: one of them falsy, unknown which
      if (!(denied && denied)) target();   // …both prove it
      if (ok ?? ok) target();              // ?? with both sides proving
      if (ok ?? a) target();               // ?? with one side
      if (Boolean(ok)) target();           // Boolean(x)
      if (Boolean(...args)) target();      // a spread is not a condition
      if (Number(ok)) target();            // another function
      if ((log(), ok)) target();           // a sequence's last value
      if (-ok) target();                   // another unary operator
      if (ok.length) target();             // a member that is not a stored flag
      if (typeof ok) target();
    `;
    expect(guarded(code)).toEqual([true, false, true, true, true, false, true, true, false, true, false, false, true, false, false, false]);
  });

  it('follows wrappers such as TypeScript assertions and non-null', () => {
    expect(guarded(`if ((ok as boolean)) target(); if (ok!) target();`, okTest, true)).toEqual([true, true]);
  });

  it('crosses function boundaries: a handler defined under the check', () => {
    const code = `
      if (ok) button.addEventListener('click', () => target());
      function setup() { if (!ok) return; button.onclick = function () { target(); }; }
    `;
    expect(guarded(code)).toEqual([true, true]);
  });

  it('reports the guarding condition and node', () => {
    let guard: ReturnType<typeof findGuard> = null;
    onTargets(`if (a && ok) target();`, (call, sourceCode) => {
      guard = findGuard(call, okTest, sourceCode);
    });
    expect(guard).toMatchObject({ condition: { type: 'LogicalExpression' }, node: { type: 'IfStatement' } });
  });
});

describe('findGuard: early exits', () => {
  it('sees return, throw, break, continue and blocks that end in one', () => {
    const code = `
      function a() { if (!ok) return; target(); }
      function b() { if (denied) throw new Error('no'); target(); }
      function c() { if (!ok) { res.status(403).end(); return; } target(); }
      function d() { if (!ok) { log(); } target(); }
      function e() { if (ok) {} else return; target(); }
      function f() { if (ok) return; target(); }
      function g() { if (!ok) { if (x) return; else throw e; } target(); }
      function h() { if (!ok) { if (x) return; } target(); }
      function i() { if (!ok) { label: { break label; } } target(); }
      function j() { target(); if (!ok) return; }
      function k() { if (!ok) return; { target(); } }
      for (const x of xs) { if (!ok) continue; target(); }
      switch (x) { case 1: if (!ok) break; target(); }
      class C { static { if (!ok) throw 1; target(); } }
      function l() { if (!ok) return foo(); else bar(); target(); }
      function m() { prepare(); if (!ok) throw 1; other(); target(); }
    `;
    expect(guarded(code)).toEqual([true, true, true, false, true, false, true, false, false, false, true, true, true, true, true, true]);
  });

  it('checks the module body too', () => {
    expect(guarded(`if (!ok) throw new Error('x');\ntarget();`)).toEqual([true]);
  });
});

describe('findGuard: flags holding a condition', () => {
  it('follows constants, let variables and their assignments', () => {
    const code = `
      function f0() { const flag = ok; if (flag) target(); }
      function f1() { const flag = ok && a; if (flag) target(); }
      function f2() { const flag = a; if (flag) target(); }
      function f3() { let flag = false; flag = ok; if (flag) target(); }
      function f4() { let flag; flag = ok; if (flag) target(); }
      function f5() { let flag = true; flag = ok; if (flag) target(); }
      function f6() { let flag = ok; flag += 1; if (flag) target(); }
      function f7() { let flag = false; if (flag) target(); }
      function f8() { let flag; if (!flag) return; target(); }
      function f9() { let flag = denied; if (!flag) target(); }
      function f10() { const flag = denied; if (flag) return; target(); }
      function f11() { const { flag } = ok; if (flag) target(); }
      function f(flag) { if (flag) target(); }
      function f13() { for (const flag of list) if (flag) target(); }
      if (undeclaredFlag) target();
    `;
    expect(guarded(code)).toEqual([true, true, false, true, true, false, false, false, false, true, true, false, false, false, false]);
  });

  it('follows React state: the initial value and every setter call', () => {
    const code = `
      function A() { const [flag, setFlag] = useState(false); connect(() => setFlag(ok)); return flag && <b onClick={() => target()} />; }
      function B() { const [flag, setFlag] = React.useState(); setFlag(ok); if (flag) target(); }
      function C() { const [flag, setFlag] = useState(false); setFlag(prev => !prev); if (flag) target(); }
      function D() { const [flag, setFlag] = useState(false); return <X onChange={setFlag}>{flag && target()}</X>; }
      function E() { const [flag, setFlag] = useState(true); setFlag(ok); if (flag) target(); }
      function F() { const [flag] = useState(ok); if (flag) target(); }
      function G() { const [flag, setFlag] = useState(false); setFlag(); setFlag(ok); if (flag) target(); }
      function H() { const [flag, setFlag] = useState(false); setFlag(...values); if (flag) target(); }
      function I() { const [, flag] = useState(false); if (flag) target(); }
      function J() { const [flag, setFlag] = useMemo(() => [ok]); if (flag) target(); }
      function K() { const [flag, setFlag] = useState(...initial); if (!flag) return; target(); }
      function L() { const [flag, [setFlag]] = useState(false); if (flag) target(); }
      function M() { const [flag, setFlag] = useState(false); setFlag(async () => ok); if (flag) target(); }
      function N() { const [flag, setFlag] = useState(false); setFlag(function () { return ok; }); if (flag) target(); }
    `;
    expect(guarded(code)).toEqual([true, true, false, false, false, true, true, false, false, false, false, false, false, false]);
  });

  it('follows members: assignments, class fields, setState and destructured state', () => {
    const code = `
      class A extends Component {
        state = { canKick: false, other: ok };
        flag = ok;
        static shared = ok;
        onConnect() { this.setState({ canKick: ok }); this.ready = ok; this.count++; this.total += 1; this.setState(s => s); this.setState({ [key]: ok, method() {} }); }
        a() { if (this.state.canKick) target(); }
        b() { const { canKick } = this.state; if (canKick) target(); }
        c() { if (this.ready) target(); }
        d() { if (this.flag) target(); }
        e() { if (this.count) target(); }
        f() { if (this.total) target(); }
        g() { if (this.state.other) target(); }
        h() { if (this.props.canKick) target(); }
        i() { if (this.shared) target(); }
      }
      const store = { flag: false };
      store.flag = ok;
      if (store.flag) target();
      if (store[key]) target();
    `;
    expect(guarded(code)).toEqual([true, true, true, true, false, false, true, false, false, true, false]);
  });

  it('survives cycles between flags', () => {
    expect(guarded(`let a = b; let b = a; a = b; if (a) target(); this.x = this.y; this.y = this.x; if (this.x) target();`)).toEqual([false, false]);
  });
});

describe('staticTruthiness', () => {
  it('knows literal truthiness and nothing else', () => {
    const values: Array<boolean | null> = [];
    onTargets(
      "target(false, 0, '', null, 1, 'x', /re/, undefined, ``, `x`, `${a}`, {}, [], () => 1, function () {}, class {}, void 0, !0, !a, -1, a);",
      call => {
        for (const argument of call.arguments) values.push(staticTruthiness(argument));
      },
    );
    expect(values).toEqual([false, false, false, false, true, true, true, false, false, true, null, true, true, true, true, true, false, true, null, null, null]);
  });
});

describe('expressionPath', () => {
  function paths(code: string, typescript = false): Array<string | null> {
    const found: Array<string | null> = [];
    onTargets(
      code,
      (call, sourceCode) => {
        for (const argument of call.arguments) found.push(expressionPath(argument, sourceCode)?.names.join('.') ?? null);
      },
      { typescript },
    );
    return found;
  }

  it('names members, this, import.meta and calls without arguments', () => {
    expect(paths(`target(session, this.session, a.b['c'], import.meta.env.DEV, ref.current.getCapabilities(), getSession(), a[b], f(x), a?.b, 1);`)).toEqual([
      'session',
      'this.session',
      'a.b.c',
      'import.meta.env.DEV',
      'ref.current.getCapabilities()',
      'getSession()',
      null,
      null,
      'a.b',
      null,
    ]);
  });

  it('expands constant aliases and destructuring, not call results nor reassigned variables', () => {
    const code = `
      const s = this.props.session;
      const { session, nested: { inner }, deep: { list: [first] } = {}, ...rest } = props;
      const { a: renamed = fallback } = config;
      const caps = await ref.current.getCapabilities();
      const r = useRef();
      let changing = this.session; changing = other;
      const [x] = pair;
      target(s, session, inner, first, rest, renamed, caps.canForceMute, r.current, changing, x);
    `;
    expect(paths(code)).toEqual([
      'this.props.session',
      'props.session',
      'props.nested.inner',
      'first',
      'rest',
      'config.a',
      'ref.current.getCapabilities().canForceMute',
      'r.current',
      'changing',
      'x',
    ]);
  });

  it('skips TypeScript wrappers', () => {
    expect(paths(`target((this.session as Session).capabilities, sessionRef.current!);`, true)).toEqual(['this.session.capabilities', 'sessionRef.current']);
  });

  it('compares by variable identity, not by name', () => {
    const same: boolean[] = [];
    onTargets(
      `const alias = sessionRef.current;
       target(sessionRef.current, alias);
       target(session, session);
       function f(session) { target(session, outer); }
       const outer = session;
       target(getSession(), getSession());
       target(a[b], a[b]);`,
      (call, sourceCode) => same.push(isSamePath(call.arguments[0] as TSESTree.Node, call.arguments[1] as TSESTree.Node, sourceCode)),
    );
    expect(same).toEqual([true, true, false, true, false]);
  });

  it('takes prefixes', () => {
    const prefixes: string[] = [];
    onTargets(`target(this.props.session.capabilities.forceMute);`, (call, sourceCode) => {
      const path = expressionPath(call.arguments[0] as TSESTree.Node, sourceCode);
      if (!path) return;
      const prefix = pathPrefix(path, 3);
      const other = expressionPath((call.arguments[0] as TSESTree.MemberExpression).object, sourceCode);
      prefixes.push(prefix.names.join('.'), String(pathPrefix(path, 4).key === other?.key));
    });
    expect(prefixes).toEqual(['this.props.session', 'true']);
  });
});

describe('developmentOnly', () => {
  it('recognises build-mode checks in both polarities', () => {
    const code = `
      if (process.env.NODE_ENV !== 'production') target();
      if (process.env.NODE_ENV === 'development') target();
      if ('development' == process.env.NODE_ENV) target();
      if (process.env['NODE_ENV'] != \`production\`) target();
      if (process.env.NODE_ENV === 'test') target();
      if (import.meta.env.MODE === 'dev') target();
      if (import.meta.env.DEV) target();
      if (!import.meta.env.PROD) target();
      if (import.meta.dev) target();
      if (__DEV__) target();
      function a() { if (process.env.NODE_ENV === 'production') return; target(); }
      function b() { if (process.env.NODE_ENV !== 'development') return; target(); }
      function c() { if (import.meta.env.PROD) return; target(); }
      const isDev = process.env.NODE_ENV !== 'production';
      if (isDev) target();
      const mode = process.env.NODE_ENV;
      if (mode !== 'production') target();
    `;
    expect(guarded(code, developmentOnly)).toEqual(Array(15).fill(true));
  });

  it('rejects production checks, other variables and other comparisons', () => {
    const code = `
      if (process.env.NODE_ENV === 'production') target();
      if (process.env.NODE_ENV !== 'development') target();
      if (process.env.NODE_ENV !== 'staging') target();
      if (process.env.DEBUG === 'development') target();
      if (process.env.NODE_ENV < 'production') target();
      if (process.env.NODE_ENV === other) target();
      if (import.meta.env.PROD) target();
      if (!import.meta.env.DEV) target();
      if (debug) target();
      if (location.search.includes('debug')) target();
      if (process.env.NODE_ENV) target();
      if ((() => 1)()) target();
    `;
    expect(guarded(code, developmentOnly)).toEqual(Array(12).fill(false));
  });
});
