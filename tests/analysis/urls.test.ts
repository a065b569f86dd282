import * as tsParser from '@typescript-eslint/parser';
import type { TSESTree } from '@typescript-eslint/utils';
import { Linter } from 'eslint';
import { describe, expect, it } from 'vitest';

import {
  IDENTIFIER_HOSTS,
  MAX_URL_LENGTH,
  classifyHost,
  compileAllowList,
  findInsecureUrl,
  parseScheme,
  parseSipUri,
  parseUrlHead,
  resolveUrlValues,
  urlWords,
} from '../../src/analysis/urls';
import type { UrlValue } from '../../src/analysis/urls';

const none = compileAllowList([]);

/** Resolves the initialiser of `const probe = …` in `code`; `literal`/`last` become their source text. */
function values(code: string): Array<Omit<UrlValue, 'literal' | 'last'> & { literal: string | null; last: string | null }> {
  let result: UrlValue[] | undefined;
  let text = '';
  const linter = new Linter({ configType: 'flat' });
  const messages = linter.verify(
    code,
    [
      {
        files: ['**/*.ts'],
        languageOptions: { parser: tsParser as never },
        plugins: {
          probe: {
            rules: {
              probe: {
                create: context => ({
                  VariableDeclarator(node) {
                    const declarator = node as unknown as TSESTree.VariableDeclarator;
                    if (declarator.id.type === 'Identifier' && declarator.id.name === 'probe' && declarator.init) {
                      const sourceCode = context.sourceCode as unknown as { text: string; getScope(node: unknown): never };
                      text = sourceCode.text;
                      result = resolveUrlValues(declarator.init, sourceCode.getScope(node));
                    }
                  },
                }),
              },
            },
          },
        },
        rules: { 'probe/probe': 'error' },
      },
    ],
    'probe.ts',
  );
  expect(messages).toEqual([]);
  if (!result) throw new Error('no probe');
  return result.map(value => ({
    ...value,
    literal: value.literal ? text.slice(...value.literal.range) : null,
    last: value.last ? `${text.slice(...value.last.literal.range)} ends ${JSON.stringify(value.last.text)}` : null,
  }));
}

describe('parseScheme', () => {
  it.each([
    ['http://example.com', 'http'],
    ['HTTPS://example.com', 'https'],
    ['rtmp://live', 'rtmp'],
    ['sip:alice@pbx', 'sip'],
    ['git+ssh://host', 'git+ssh'],
    ['', null],
    ['//cdn.example.com/x.js', null],
    ['/api/token', null],
    ['1http://x', null],
    ['ht tp://x', null],
    ['no colon at all', null],
    [`${'a'.repeat(40)}:rest`, null],
  ])('%j → %j', (text, scheme) => {
    expect(parseScheme(text)).toBe(scheme);
  });
});

describe('parseUrlHead', () => {
  it('reads scheme, host, port and where the path starts, lower-casing the host and dropping userinfo and a trailing dot', () => {
    const text = 'HTTP://user:pw@Api.Example.COM.:8080/v1/token?x=1';
    expect(parseUrlHead(text, true)).toEqual({ scheme: 'http', hasAuthority: true, host: 'api.example.com', port: '8080', pathStart: text.indexOf('/v1') });
  });

  it.each([
    // complete values
    ['http://example.com', true, 'example.com', null],
    ['http://example.com?q', true, 'example.com', null],
    ['http://example.com#f', true, 'example.com', null],
    ['http://example.com\\path', true, 'example.com', null],
    ['http://[::1]:3000/x', true, '::1', '3000'],
    ['http://[fd00::1]', true, 'fd00::1', null],
    ['http://[::1', true, '::1', null],
    ['http://', true, '', null],
    // a dynamic part follows: the host is what is written of it
    ['http://', false, null, null],
    ['http://user@', false, null, null],
    ['http://localhost', false, 'localhost', null],
    ['http://localhost:', false, 'localhost', ''],
    ['http://api.example.com/', false, 'api.example.com', null],
  ])('%j (complete: %j) has host %j and port %j', (text, complete, host, port) => {
    expect(parseUrlHead(text, complete)).toMatchObject({ hasAuthority: true, host, port });
  });

  it('knows URLs without an authority and non-URLs', () => {
    expect(parseUrlHead('sip:alice@pbx.example.com', true)).toEqual({ scheme: 'sip', hasAuthority: false, host: null, port: null, pathStart: 4 });
    expect(parseUrlHead('http:/relative', true)?.hasAuthority).toBe(false);
    expect(parseUrlHead('/token', true)).toBeNull();
  });
});

describe('classifyHost', () => {
  it.each([
    ['localhost', 'loopback'],
    ['app.localhost', 'loopback'],
    ['127.0.0.1', 'loopback'],
    ['127.8.9.10', 'loopback'],
    ['0.0.0.0', 'loopback'],
    ['::1', 'loopback'],
    ['::', 'loopback'],
    ['0:0:0:0:0:0:0:1', 'loopback'],
    ['::ffff:127.0.0.1', 'loopback'],
    ['10.1.2.3', 'private'],
    ['172.16.0.1', 'private'],
    ['172.31.255.255', 'private'],
    ['192.168.1.20', 'private'],
    ['169.254.169.254', 'private'],
    ['100.64.0.1', 'private'],
    ['fd12:3456::1', 'private'],
    ['fc00::1', 'private'],
    ['fe80::1', 'private'],
    ['::ffff:10.0.0.1', 'private'],
    ['printer.local', 'reserved'],
    ['host.docker.internal', 'reserved'],
    ['api.svc.cluster.local', 'reserved'],
    ['shop.test', 'reserved'],
    ['router.home.arpa', 'reserved'],
    ['abc.onion', 'reserved'],
    ['nas.lan', 'reserved'],
    ['api', 'single-label'],
    ['backend-service', 'single-label'],
    ['', 'invalid'],
    ['10.0.0', 'invalid'],
    ['192.168.1', 'invalid'],
    ['a..example.com', 'invalid'],
    ['.example.com', 'invalid'],
    ['256.1.1.1', 'invalid'],
    ['1.2.3.4444', 'invalid'],
    ['1.2.3.x4', 'public'],
    ['example.com', 'public'],
    ['172.32.0.1', 'public'],
    ['100.128.0.1', 'public'],
    ['8.8.8.8', 'public'],
    ['2001:db8::1', 'public'],
    ['fe00::1', 'public'],
    ['::ffff:8.8.8.8', 'public'],
    ['::ffff:zz', 'public'],
    ['video.api.vonage.com', 'public'],
  ])('%j is %s', (host, kind) => {
    expect(classifyHost(host)).toBe(kind);
  });
});

describe('compileAllowList', () => {
  const allow = compileAllowList(['http://legacy.example.com', 'HTTP://Media.Example.com/live/', 'sip:pbx.example.com', ' Intranet.Example.Org ', '*.corp.example.net', '[2001:db8::5]', '   ']);

  it.each([
    // URL prefixes, at a boundary
    ['http://legacy.example.com', true, 'legacy.example.com', true],
    ['http://legacy.example.com/api', true, 'legacy.example.com', true],
    ['http://legacy.example.com:8080', true, 'legacy.example.com', true],
    ['http://legacy.example.com?x', true, 'legacy.example.com', true],
    ['http://legacy.example.com.evil.io', true, 'legacy.example.com.evil.io', false],
    ['http://legacy.example.community', true, 'legacy.example.community', false],
    ['http://legacy.example.com', false, 'legacy.example.com', false],
    ['http://media.example.com/live/stream', true, 'media.example.com', true],
    ['http://media.example.com/other', true, 'media.example.com', false],
    ['https://legacy.example.com', true, 'legacy.example.com', false],
    ['sip:pbx.example.com;transport=udp', true, 'pbx.example.com', true],
    // host names, exact or by `*.` suffix
    ['http://intranet.example.org/x', true, 'intranet.example.org', true],
    ['http://www.intranet.example.org/x', true, 'www.intranet.example.org', false],
    ['http://a.corp.example.net', true, 'a.corp.example.net', true],
    ['http://corp.example.net', true, 'corp.example.net', false],
    ['http://[2001:db8::5]/', true, '2001:db8::5', true],
    ['http://', false, null, false],
  ])('%j (complete: %j, host %j) allowed: %j', (known, complete, host, allowed) => {
    expect(allow.allows(known, complete, host)).toBe(allowed);
  });

  it('allows nothing without entries', () => {
    expect(none.allows('http://example.com', true, 'example.com')).toBe(false);
    expect(compileAllowList(['example.com']).allows('http://x.io', true, 'x.io')).toBe(false);
  });
});

describe('findInsecureUrl', () => {
  it('reports insecure schemes to public or unknown hosts, with the secure scheme', () => {
    expect(findInsecureUrl('http://api.example.com/token', true, none)).toEqual({
      scheme: 'http',
      secure: 'https',
      host: 'api.example.com',
      port: null,
      pathStart: 22,
    });
    expect(findInsecureUrl('ws://media.example.com:8080/socket', true, none)).toMatchObject({ scheme: 'ws', secure: 'wss', port: '8080' });
    expect(findInsecureUrl('RTMP://live.example.com/app', true, none)).toMatchObject({ scheme: 'rtmp', secure: 'rtmps' });
    expect(findInsecureUrl('http://', false, none)).toMatchObject({ scheme: 'http', host: null });
  });

  it.each([
    'https://api.example.com',
    'wss://media.example.com',
    'rtmps://live.example.com',
    'ftp://files.example.com',
    'http:relative',
    'http://',
    'http://localhost:3000/token',
    'http://127.0.0.1',
    'http://[::1]:8080',
    'http://192.168.0.12:3000',
    'http://api:3000/token',
    'http://printer.local',
    'http://www.w3.org/2000/svg',
    'http://json-schema.org/draft-07/schema#',
    'http://schemas.android.com/apk/res/android',
  ])('leaves %j alone', text => {
    expect(findInsecureUrl(text, true, none)).toBeNull();
  });

  it('treats identifier hosts as identifiers only for http', () => {
    expect(IDENTIFIER_HOSTS.has('www.w3.org')).toBe(true);
    expect(findInsecureUrl('ws://www.w3.org/socket', true, none)).not.toBeNull();
  });

  it('leaves allowed URLs alone', () => {
    expect(findInsecureUrl('http://legacy.example.com/x', true, compileAllowList(['legacy.example.com']))).toBeNull();
  });
});

describe('parseSipUri', () => {
  it.each([
    ['sip:alice@pbx.example.com', null, { sips: false, host: 'pbx.example.com', transport: null }],
    ['sip:alice:secret@PBX.example.com:5061;transport=TLS;lr?X-Room=1', null, { sips: false, host: 'pbx.example.com', transport: 'tls' }],
    ['sip:pbx.example.com;transport=udp', null, { sips: false, host: 'pbx.example.com', transport: 'udp' }],
    ['sips:bob@[2001:db8::1]:5061', null, { sips: true, host: '2001:db8::1', transport: null }],
    ['sip:bob@[2001:db8::1', null, { sips: false, host: '2001:db8::1', transport: null }],
    ['sip:', null, { sips: false, host: null, transport: null }],
    // with a dynamic user part, the tail holds host and parameters
    ['sip:', '@pbx.example.com;transport=tls', { sips: false, host: 'pbx.example.com', transport: 'tls' }],
    ['sips:', '', { sips: true, host: null, transport: null }],
    ['sip:alice@', '', { sips: false, host: null, transport: null }],
  ] as const)('%j + %j', (head, tail, expected) => {
    expect(parseSipUri(head, tail)).toEqual(expected);
  });

  it('is null for other schemes and scheme-less text', () => {
    expect(parseSipUri('tel:+15551234567', null)).toBeNull();
    expect(parseSipUri('alice@pbx.example.com;transport=tls', null)).toBeNull();
  });
});

describe('urlWords', () => {
  it('splits on punctuation and camelCase, lower-cased', () => {
    expect(urlWords('/api/getToken?roomName=Daily-Standup&x=1')).toEqual(['api', 'get', 'token', 'room', 'name', 'daily', 'standup', 'x', '1']);
    expect(urlWords('')).toEqual([]);
    expect(urlWords('TOKEN')).toEqual(['token']);
  });
});

describe('resolveUrlValues', () => {
  it('reads string literals and templates without expressions', () => {
    expect(values(`const probe = 'http://example.com/token';`)).toEqual([
      {
        head: 'http://example.com/token',
        complete: true,
        tail: null,
        staticText: 'http://example.com/token',
        literal: `'http://example.com/token'`,
        last: `'http://example.com/token' ends "http://example.com/token"`,
      },
    ]);
    expect(values('const probe = `ws://example.com` as string;')[0]).toMatchObject({ head: 'ws://example.com', complete: true, literal: '`ws://example.com`' });
  });

  it('splits templates and concatenation into head, dynamic parts and tail', () => {
    expect(values('const probe = `http://${host}/session/${id}/token`;')).toEqual([
      {
        head: 'http://',
        complete: false,
        tail: '/token',
        staticText: 'http:// /session/ /token',
        literal: '`http://${host}/session/${id}/token`',
        last: '`http://${host}/session/${id}/token` ends "/token"',
      },
    ]);
    expect(values(`const probe = 'sip:' + phone + '@pbx.example.com';`)[0]).toMatchObject({
      head: 'sip:',
      tail: '@pbx.example.com',
      literal: `'sip:'`,
      last: `'@pbx.example.com' ends "@pbx.example.com"`,
    });
    expect(values(`const probe = 'http://example.com:' + 8080;`)[0]).toMatchObject({ head: 'http://example.com:8080', complete: true, last: null });
    expect(values('const probe = `${a}`;')[0]).toMatchObject({ head: '', complete: false, literal: null });
  });

  it('follows constants and constant object properties', () => {
    const code = `const BASE = 'http://api.example.com'; const cfg = { api: { base: BASE } }; const probe = \`\${cfg.api.base}/token\`;`;
    expect(values(code)[0]).toMatchObject({ head: 'http://api.example.com/token', complete: true, literal: `'http://api.example.com'`, last: '`${cfg.api.base}/token` ends "/token"' });
    expect(values(`let base = 'http://a.example.com'; base = x; const probe = base + '/t';`)[0]).toMatchObject({ head: '', tail: '/t' });
    expect(values(`const probe = cfg.api + '/t';`)[0]).toMatchObject({ head: '', tail: '/t' });
    expect(values(`const cfg = {}; const probe = cfg[key];`)[0]).toMatchObject({ head: '', complete: false });
  });

  it('reads new URL(input, base), its href and toString()', () => {
    expect(values(`const probe = new URL('/token', 'http://api.example.com');`)[0]).toMatchObject({ head: 'http://api.example.com/token', complete: true, literal: `'http://api.example.com'` });
    expect(values(`const probe = new URL('ws://media.example.com/ws', base).href;`)[0]).toMatchObject({ head: 'ws://media.example.com/ws', complete: true });
    expect(values(`const probe = new window.URL(\`http://\${host}\`).toString();`)[0]).toMatchObject({ head: 'http://', complete: false });
    expect(values(`const probe = new self.URL(path);`)[0]).toMatchObject({ head: '', complete: false });
    expect(values(`const probe = new URL();`)[0]).toMatchObject({ head: '', complete: false });
    expect(values(`const probe = new URL(...args);`)[0]).toMatchObject({ head: '', complete: false });
    expect(values(`const probe = new URL('', base);`)[0]).toMatchObject({ head: '', complete: false });
    expect(values(`const probe = new Other('http://x.example.com');`)[0]).toMatchObject({ head: '', complete: false });
    expect(values(`const probe = new ns.URL('http://x.example.com');`)[0]).toMatchObject({ head: '', complete: false });
    expect(values(`const probe = new win.URL('http://x.example.com');`)[0]).toMatchObject({ head: '', complete: false });
    expect(values(`const probe = url.toString();`)[0]).toMatchObject({ head: '', complete: false });
    expect(values(`const probe = new URL('http://x.example.com').toString(16);`)[0]).toMatchObject({ head: '', complete: false });
  });

  it('gives one value per branch of conditionals and logical fallbacks, through constants', () => {
    const code = `const BASE = process.env.API_URL || (dev ? 'http://localhost:3000' : 'http://api.example.com'); const probe = BASE;`;
    expect(values(code).map(value => value.head)).toEqual(['', 'http://localhost:3000', 'http://api.example.com']);
    // Inside a concatenation a conditional is one dynamic part.
    expect(values(`const probe = (secure ? 'https://' : 'http://') + host;`)[0]).toMatchObject({ head: '', complete: false });
  });

  it('treats other expressions as dynamic parts', () => {
    expect(values('const probe = process.env.PROXY_URL;')[0]).toMatchObject({ head: '', complete: false });
    expect(values('const probe = proxyUrlFromConfig;')[0]).toMatchObject({ head: '', complete: false });
    expect(values('const probe = getUrl();')[0]).toMatchObject({ head: '', complete: false });
    expect(values('const probe = a - b;')[0]).toMatchObject({ head: '', complete: false });
    expect(values('const probe = null;')[0]).toMatchObject({ head: '', complete: false });
    expect(values('const probe = String.raw`http://example.com`;')[0]).toMatchObject({ head: '', complete: false });
  });

  it('bounds the work: depth, number of pieces, number of branches, string length', () => {
    const chain = Array.from({ length: 12 }, (_, index) => `const c${index + 1} = c${index};`).join(' ');
    expect(values(`const c0 = 'http://example.com'; ${chain} const probe = c12;`)[0]).toMatchObject({ head: '', complete: false });
    const nested = Array.from({ length: 10 }, () => 'c ? (').join('') + `'http://deep.example.com'` + ') : null'.repeat(10);
    expect(values(`const probe = ${nested};`)[0]).toMatchObject({ head: '', complete: false });
    const pieces = Array.from({ length: 100 }, () => `'a'`).join(' + ');
    expect(values(`const probe = 'http://example.com/' + ${pieces};`)[0]?.complete).toBe(false);
    const branches = Array.from({ length: 12 }, (_, index) => `x${index} ? 'http://h${index}.example.com' :`).join(' ');
    expect(values(`const probe = ${branches} 'http://last.example.com';`)).toHaveLength(8);
    const big = `http://example.com/${'a'.repeat(2 * MAX_URL_LENGTH)}`;
    const [value] = values(`const probe = '${big}' + '/tail';`);
    expect(value).toMatchObject({ complete: false, tail: '/tail' });
    expect(value?.head).toHaveLength(MAX_URL_LENGTH);
    expect(values(`const probe = '${'b'.repeat(MAX_URL_LENGTH - 2)}' + 'cccc' + 'dddd';`)[0]?.staticText).toHaveLength(MAX_URL_LENGTH);
  });
});

describe('performance', () => {
  it('costs about the same on a megabyte string as on a short one (reads a bounded prefix)', () => {
    const run = (size: number): number => {
      const a = 'a'.repeat(size);
      const b = 'b'.repeat(size);
      const huge = `http://${a}.example.com/${b}`;
      const sip = `sip:${huge}`;
      const dots = `http://${'.'.repeat(size)}`;
      const allow = compileAllowList(['http://a']);
      let best = Infinity;
      for (let round = 0; round < 5; round++) {
        const start = performance.now();
        for (let repeat = 0; repeat < 20; repeat++) {
          findInsecureUrl(huge, true, allow);
          parseSipUri(sip, null);
          parseSipUri('sip:', huge);
          urlWords(huge);
          classifyHost(a);
          parseUrlHead(dots, true);
        }
        best = Math.min(best, performance.now() - start);
      }
      return best;
    };
    run(1_000);
    // A ratio, not a wall-clock bound: 1,000x the input may cost at most ~20x.
    expect((run(1_000_000) + 1) / (run(1_000) + 1)).toBeLessThan(20);
  });
});
