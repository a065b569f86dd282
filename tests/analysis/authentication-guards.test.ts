import { parse } from '@typescript-eslint/parser';
import type { TSESTree } from '@typescript-eslint/utils';
import { describe, expect, it } from 'vitest';

import { createGuardMatcher, isGuardName, isIdentityLookup, isIdentityName, nameWords, namesIn } from '../../src/analysis/authentication-guards';

/** The expression of the last statement of `code` (decorators: the first decorator of the last class or its first method). */
function expression(code: string): TSESTree.Node {
  const program = parse(code, { ecmaVersion: 'latest', sourceType: 'module', range: true }) as TSESTree.Program;
  const last = program.body[program.body.length - 1] as TSESTree.Node;
  if (last.type === 'ClassDeclaration') {
    const method = last.body.body[0] as TSESTree.MethodDefinition | undefined;
    return (last.decorators[0] ?? method?.decorators[0]) as TSESTree.Node;
  }
  return (last as TSESTree.ExpressionStatement).expression;
}

const call = (code: string): TSESTree.CallExpression => expression(code) as TSESTree.CallExpression;
/** Requests, for lookups: identifiers named `req` (what the rule asks request-input for). */
const isReq = (node: TSESTree.Node): boolean => node.type === 'Identifier' && node.name === 'req';

describe('nameWords', () => {
  it.each([
    ['ensureLoggedIn', ['ensure', 'logged', 'in']],
    ['JWTAuthGuard', ['jwt', 'auth', 'guard']],
    ['api_key-check', ['api', 'key', 'check']],
    ['expressjwt', ['expressjwt']],
    ['isEventHost2', ['is', 'event', 'host2']],
    ['$', []],
    ['', []],
  ])('%s', (name, words) => {
    expect(nameWords(name)).toEqual(words);
  });
});

describe('isGuardName', () => {
  it.each(['requireAuth', 'isAuthenticated', 'checkJwt', 'expressjwt', 'passport', 'ClerkExpressRequireAuth', 'oauth', 'verifyToken', 'isEventHost', 'adminOnly', 'restrictTo', 'withAuth', 'requireSession', 'apiKeyCheck', 'requireApikey'])(
    '%s is a guard',
    name => {
      expect(isGuardName(name)).toBe(true);
    },
  );
  it.each(['authorController', 'createSession', 'rateLimit', 'authLimiter', 'optionalAuth', 'cors', 'csrfProtection', 'validateBody', 'apiVersion', 'getUser', 'logger', ''])(
    '%s is not a guard',
    name => {
      expect(isGuardName(name)).toBe(false);
    },
  );
});

describe('namesIn', () => {
  it('follows members, calls, `new` and decorators; skips computed members and other expressions', () => {
    expect(namesIn(expression('passport.authenticate("jwt")'))).toEqual(['passport', 'authenticate']);
    expect(namesIn(expression('new Guard(x)'))).toEqual(['Guard']);
    expect(namesIn(expression('handlers[name].auth'))).toEqual(['handlers', 'auth']);
    expect(namesIn(expression('(() => 1)()'))).toEqual([]);
    expect(namesIn(expression('@UseGuards(AuthGuard) class A {}'))).toEqual(['UseGuards']);
  });
});

describe('createGuardMatcher', () => {
  const matcher = createGuardMatcher(['tenantGate', 'gates.apiKey']);

  it('recognises guards by name, call and decorator', () => {
    expect(matcher.isGuard(expression('requireAuth'))).toBe(true);
    expect(matcher.isGuard(expression('passport.authenticate("jwt", { session: false })'))).toBe(true);
    expect(matcher.isGuard(expression('@UseGuards(AuthGuard("jwt")) class A {}'))).toBe(true);
    expect(matcher.isGuard(expression('@Authorized() class A {}'))).toBe(true);
    expect(matcher.isGuard(expression('@UseBefore(...list) class A {}'))).toBe(false);
    expect(matcher.isGuard(expression('@UseGuards class A {}'))).toBe(false);
  });

  it("recognises the project's own guards, by name or dotted path", () => {
    expect(matcher.isGuard(expression('tenantGate'))).toBe(true);
    expect(matcher.isGuard(expression('gates.apiKey'))).toBe(true);
    expect(matcher.isGuard(expression('@tenantGate class A {}'))).toBe(true);
  });

  it('rejects documentation decorators, optional authentication, set-up middleware and non-auth middleware', () => {
    expect(matcher.isGuard(expression('@ApiBearerAuth() class A {}'))).toBe(false);
    expect(matcher.isGuard(expression('@UseGuards(ThrottlerGuard) class A {}'))).toBe(false);
    expect(matcher.isGuard(expression('auth({ authRequired: false })'))).toBe(false);
    expect(matcher.isGuard(expression('expressjwt({ secret, credentialsRequired: false })'))).toBe(false);
    expect(matcher.isGuard(expression('auth({ [key]: false, ...rest })'))).toBe(true);
    expect(matcher.isGuard(expression('auth({ authRequired: true })'))).toBe(true);
    expect(matcher.isGuard(expression('auth.optional'))).toBe(false);
    expect(matcher.isGuard(expression('passport.session()'))).toBe(false);
    expect(matcher.isGuard(expression('passport.initialize()'))).toBe(false);
    expect(matcher.isGuard(expression('express.json()'))).toBe(false);
    expect(matcher.isGuard(expression('"/path"'))).toBe(false);
  });

  it('matches names for requiredGuards', () => {
    expect(matcher.hasName(expression('limits.roomSize(4)'), ['roomSize'])).toBe(true);
    expect(matcher.hasName(expression('limits.roomSize(4)'), ['limits.roomSize'])).toBe(true);
    expect(matcher.hasName(expression('limits.roomSize(4)'), ['capacity'])).toBe(false);
  });

  it('recognises calls that authenticate by themselves', () => {
    expect(matcher.isEnforcingCall(call('requireUser(request)'))).toBe(true);
    expect(matcher.isEnforcingCall(call('admin.auth().verifyIdToken(token)'))).toBe(true);
    expect(matcher.isEnforcingCall(call('jwt.verify(token, secret)'))).toBe(true);
    expect(matcher.isEnforcingCall(call('auth().protect()'))).toBe(true);
    expect(matcher.isEnforcingCall(call('authenticate(req)'))).toBe(true);
    expect(matcher.isEnforcingCall(call('assertValidAuth(context)'))).toBe(true);
    expect(matcher.isEnforcingCall(call('tenantGate(req)'))).toBe(true);
    expect(matcher.isEnforcingCall(call('checkRoomCapacity(id)'))).toBe(false);
    expect(matcher.isEnforcingCall(call('validateBody(req)'))).toBe(false);
    expect(matcher.isEnforcingCall(call('getServerSession()'))).toBe(false);
    expect(matcher.isEnforcingCall(call('verify(x)'))).toBe(false);
    expect(matcher.isEnforcingCall(call('(() => 1)()'))).toBe(false);
  });
});

describe('isIdentityLookup', () => {
  it.each([
    ['auth()', true],
    ['currentUser()', true],
    ['getServerSession(authOptions)', true],
    ['getKindeServerSession()', true],
    ['supabase.auth.getUser()', true],
    ['getSession(req)', true],
    ['getToken({ req, secret })', true],
    ['getToken({ ...options })', false],
    ['getToken(sessionId)', false],
    ['getSession(roomName)', false],
    ['getUser(...args)', false],
    ['createSession()', false],
    ['getRoomToken()', false],
    ['(() => 1)()', false],
  ])('%s', (code, expected) => {
    expect(isIdentityLookup(call(code), isReq)).toBe(expected);
  });
});

describe('isIdentityName', () => {
  it('knows the properties that carry the caller', () => {
    expect(['user', 'auth', 'userId', 'authorizer', 'claims'].every(isIdentityName)).toBe(true);
    expect(['body', 'session', 'token', 'sessionId'].some(isIdentityName)).toBe(false);
  });
});
