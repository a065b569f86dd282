import rule from '../../src/rules/no-verbose-client-logging';
import { at } from '../helpers/locate';
import { runRuleTester } from '../helpers/rule-tester';

const remove = (code: string, from: string, to = '') => ({ messageId: 'removeCall' as const, output: code.replace(from, to) });
/** The `useQuietLevel` suggestion: `replacement` for the level; `from`/`to` pin the edit when the level text is ambiguous. */
const quiet = (code: string, from: string, replacement: string, to = replacement) => ({
  messageId: 'useQuietLevel' as const,
  data: { replacement },
  output: code.replace(from, to),
});

const scriptPage = `var session = OT.initSession(apiKey, sessionId);
OT.setLogLevel(OT.DEBUG);
session.connect(token);
`;
const declaredGlobal = `OT.setLogLevel(OT.SPAM);
const session = OT.initSession(apiKey, sessionId);
`;
const windowOt = `window.OT.setLogLevel(window.OT.LOG);
const session = window.OT.initSession(apiKey, sessionId);
`;
const tb = `  TB.setLogLevel(TB.DEBUG);\r\n`;
const numbers = `function init() {
  OT.setLogLevel(5);
  OT.setLogLevel(4); OT.setLogLevel(6);
}
`;
const constant = `const LOG_LEVEL = OT.DEBUG;
OT.setLogLevel(LOG_LEVEL);
`;
const configObject = `const config = { video: { logLevel: 6 } };
export function start() {
  OT.setLogLevel(config.video.logLevel);
}
`;
const defaultImport = `import OT from '@opentok/client';

OT.setLogLevel(OT.DEBUG);
export const session = OT.initSession(process.env.VONAGE_APP_ID, sessionId);
`;
const namespaceImport = `import * as Video from '@vonage/client-sdk-video';

export function enableLogs() {
  Video.setLogLevel(Video.LOG);
}
`;
const namedImport = `import { setLogLevel, DEBUG as VERBOSE } from '@opentok/client';

setLogLevel(VERBOSE);
`;
const commonjs = `const OT = require('@opentok/client');
OT.setLogLevel(OT.DEBUG);
module.exports = OT;
`;
const runtimeGuard = `const debug = new URLSearchParams(location.search).has('debug');
if (debug) OT.setLogLevel(OT.DEBUG);
`;
const productionGuard = `if (process.env.NODE_ENV === 'production') {
  OT.setLogLevel(OT.DEBUG);
}
`;
const bothVerbose = `OT.setLogLevel(verbose ? OT.SPAM : OT.DEBUG);
`;
const asiHazard = `setup()
OT.setLogLevel(OT.DEBUG)
;[publisher, subscriber].forEach(start)
`;
const sameLine = `init(); OT.setLogLevel(OT.DEBUG); start();
`;
const otherNamespace = `OT.setLogLevel(TB.DEBUG);`;
const optionalCall = `window.OT?.setLogLevel(window.OT.DEBUG);
`;
const inSwitch = `switch (mode) {
  case 'support':
    OT.setLogLevel(OT.DEBUG);
    break;
}
`;
const typescript = `import OT from '@opentok/client';

const LEVEL = OT.DEBUG as number;
OT.setLogLevel(LEVEL satisfies number);
`;

const verbose = (level: string, value: number) => ({ level: `${level} (${value})` });

const notLocal = `if (location.hostname === 'app.example.com' || location.search === 'localhost') OT.setLogLevel(OT.DEBUG);\n`;

runRuleTester('no-verbose-client-logging', rule, {
  valid: [
    // Only on a developer's machine.
    `if (window.location.hostname === 'localhost') OT.setLogLevel(OT.DEBUG);`,
    `if ('127.0.0.1' == location.hostname) { OT.setLogLevel(OT.LOG); }`,
    `if (location.hostname !== 'localhost') { start(); } else { OT.setLogLevel(OT.DEBUG); }`,
    // Quiet levels, by name and by number.
    { code: `OT.setLogLevel(OT.ERROR); OT.setLogLevel(OT.WARN); OT.setLogLevel(OT.NONE); OT.setLogLevel(OT.INFO);`, languageOptions: { sourceType: 'script' } },
    `OT.setLogLevel(0); OT.setLogLevel(1); OT.setLogLevel(2); OT.setLogLevel(3);`,
    // Not a level: OpenTok.js falls back to WARN.
    `OT.setLogLevel(7); OT.setLogLevel('debug'); OT.setLogLevel(OT.VERBOSE);`,
    // Runtime values and runtime choices.
    `export const setLevel = (level) => OT.setLogLevel(level);`,
    `OT.setLogLevel(Number(new URLSearchParams(location.search).get('log')));`,
    `OT.setLogLevel(debug ? OT.DEBUG : OT.WARN);`,
    `OT.setLogLevel(...levels);`,
    // A level of the project's own enum, or an object property with another value.
    `import { Levels } from './logging'; OT.setLogLevel(Levels.DEBUG);`,
    `const LOG = { DEBUG: 1 }; OT.setLogLevel(LOG.DEBUG);`,
    `const LOG = { other: 5 }; OT.setLogLevel(LOG.DEBUG);`,
    // Development builds only (bundlers drop the branch in production).
    `if (process.env.NODE_ENV !== 'production') OT.setLogLevel(OT.DEBUG);`,
    `process.env.NODE_ENV === 'development' && OT.setLogLevel(OT.SPAM);`,
    `import OT from '@opentok/client'; if (import.meta.env.DEV) { OT.setLogLevel(OT.DEBUG); }`,
    `import OT from '@opentok/client'; if (!import.meta.env.PROD) OT.setLogLevel(5);`,
    `import OT from '@opentok/client';
export function init() {
  if (process.env.NODE_ENV === 'production') return;
  OT.setLogLevel(OT.LOG);
}`,
    `const isDev = process.env.NODE_ENV !== 'production';
if (isDev) OT.setLogLevel(OT.DEBUG);`,
    `if (__DEV__) OT.setLogLevel(OT.DEBUG);`,
    // Look-alikes: other loggers, and a local `OT` that is not the SDK, in files with no Vonage usage.
    `logger.setLogLevel(5); log.setLogLevel(log.DEBUG); import('loglevel').then(l => l.setLogLevel(l.DEBUG));`,
    `const OT = createOperationalTelemetry(); OT.setLogLevel(OT.DEBUG);`,
    `export function setLogLevel(level) {} setLogLevel(5);`,
    // Values the rule cannot read: a computed member, a call result, a cycle of constants, another module's export.
    `OT.setLogLevel(OT[name]); OT.setLogLevel(getOT().DEBUG); OT.setLogLevel(debug ? level : OT.DEBUG);`,
    `const a = b; const b = a; OT.setLogLevel(a);`,
    `import { setLogLevel } from '@opentok/client'; import { DEBUG } from './my-levels'; setLogLevel(DEBUG);`,
    // A string-named import of a quiet level.
    `import { setLogLevel, 'ERROR' as QUIET } from '@opentok/client'; setLogLevel(QUIET);`,
    // Not a member call: a factory's result.
    `import OT from '@opentok/client'; makeLogger()(OT.DEBUG);`,
  ],
  invalid: [
    {
      // A production host is not a developer's machine.
      code: notLocal,
      errors: [
        {
          messageId: 'verboseLogging',
          ...at(notLocal, 'OT.DEBUG'),
          data: verbose('DEBUG', 5),
          suggestions: [quiet(notLocal, 'OT.DEBUG', 'OT.ERROR')],
        },
      ],
    },
    {
      // Script-tag page, OT undeclared: remove the line, or log errors only.
      code: scriptPage,
      languageOptions: { sourceType: 'script' },
      errors: [
        {
          messageId: 'verboseLogging',
          ...at(scriptPage, 'OT.DEBUG'),
          data: verbose('DEBUG', 5),
          suggestions: [remove(scriptPage, 'OT.setLogLevel(OT.DEBUG);\n'), quiet(scriptPage, 'OT.DEBUG', 'OT.ERROR')],
        },
      ],
    },
    {
      // OT declared as a global; SPAM.
      code: declaredGlobal,
      languageOptions: { sourceType: 'script', globals: { OT: 'readonly' } },
      errors: [
        {
          messageId: 'verboseLogging',
          ...at(declaredGlobal, 'OT.SPAM'),
          data: verbose('SPAM', 6),
          suggestions: [remove(declaredGlobal, 'OT.setLogLevel(OT.SPAM);\n'), quiet(declaredGlobal, 'OT.SPAM', 'OT.ERROR')],
        },
      ],
    },
    {
      // window.OT: the replacement uses the same namespace expression.
      code: windowOt,
      errors: [
        {
          messageId: 'verboseLogging',
          ...at(windowOt, 'window.OT.LOG'),
          data: verbose('LOG', 4),
          suggestions: [remove(windowOt, 'window.OT.setLogLevel(window.OT.LOG);\n'), quiet(windowOt, 'window.OT.LOG', 'window.OT.ERROR')],
        },
      ],
    },
    {
      // The deprecated TB alias; an indented line with CRLF is removed whole.
      code: tb,
      errors: [
        {
          messageId: 'verboseLogging',
          ...at(tb, 'TB.DEBUG'),
          data: verbose('DEBUG', 5),
          suggestions: [remove(tb, tb), quiet(tb, 'TB.DEBUG', 'TB.ERROR')],
        },
      ],
    },
    {
      // Numeric levels 5, 4 and 6; two calls on one line are removed one statement at a time.
      code: numbers,
      errors: [
        {
          messageId: 'verboseLogging',
          ...at(numbers, '5'),
          data: verbose('DEBUG', 5),
          suggestions: [remove(numbers, '  OT.setLogLevel(5);\n'), quiet(numbers, 'OT.setLogLevel(5)', 'OT.ERROR', 'OT.setLogLevel(OT.ERROR)')],
        },
        {
          messageId: 'verboseLogging',
          ...at(numbers, '4'),
          data: verbose('LOG', 4),
          suggestions: [remove(numbers, 'OT.setLogLevel(4);'), quiet(numbers, 'OT.setLogLevel(4)', 'OT.ERROR', 'OT.setLogLevel(OT.ERROR)')],
        },
        {
          messageId: 'verboseLogging',
          ...at(numbers, '6'),
          data: verbose('SPAM', 6),
          suggestions: [remove(numbers, 'OT.setLogLevel(6);'), quiet(numbers, 'OT.setLogLevel(6)', 'OT.ERROR', 'OT.setLogLevel(OT.ERROR)')],
        },
      ],
    },
    {
      // A constant holding the level: only the call's own argument is replaced.
      code: constant,
      errors: [
        {
          messageId: 'verboseLogging',
          ...at(constant, 'LOG_LEVEL', 2),
          data: verbose('DEBUG', 5),
          suggestions: [remove(constant, 'OT.setLogLevel(LOG_LEVEL);\n'), quiet(constant, 'OT.setLogLevel(LOG_LEVEL)', 'OT.ERROR', 'OT.setLogLevel(OT.ERROR)')],
        },
      ],
    },
    {
      // A level in a configuration object.
      code: configObject,
      errors: [
        {
          messageId: 'verboseLogging',
          ...at(configObject, 'config.video.logLevel'),
          data: verbose('SPAM', 6),
          suggestions: [remove(configObject, '  OT.setLogLevel(config.video.logLevel);\n'), quiet(configObject, 'config.video.logLevel', 'OT.ERROR')],
        },
      ],
    },
    {
      // @opentok/client default import.
      code: defaultImport,
      errors: [
        {
          messageId: 'verboseLogging',
          ...at(defaultImport, 'OT.DEBUG'),
          data: verbose('DEBUG', 5),
          suggestions: [remove(defaultImport, 'OT.setLogLevel(OT.DEBUG);\n'), quiet(defaultImport, 'OT.DEBUG', 'OT.ERROR')],
        },
      ],
    },
    {
      // @vonage/client-sdk-video namespace import under another name.
      code: namespaceImport,
      errors: [
        {
          messageId: 'verboseLogging',
          ...at(namespaceImport, 'Video.LOG'),
          data: verbose('LOG', 4),
          suggestions: [remove(namespaceImport, '  Video.setLogLevel(Video.LOG);\n'), quiet(namespaceImport, 'Video.LOG', 'Video.ERROR')],
        },
      ],
    },
    {
      // Named imports: no namespace to read ERROR from, so only removal is offered.
      code: namedImport,
      errors: [{ messageId: 'verboseLogging', ...at(namedImport, 'VERBOSE', 2), data: verbose('DEBUG', 5), suggestions: [remove(namedImport, 'setLogLevel(VERBOSE);\n')] }],
    },
    {
      // CommonJS require.
      code: commonjs,
      languageOptions: { sourceType: 'commonjs' },
      errors: [
        {
          messageId: 'verboseLogging',
          ...at(commonjs, 'OT.DEBUG'),
          data: verbose('DEBUG', 5),
          suggestions: [remove(commonjs, 'OT.setLogLevel(OT.DEBUG);\n'), quiet(commonjs, 'OT.DEBUG', 'OT.ERROR')],
        },
      ],
    },
    {
      // A runtime opt-in is not a development build: anyone can add ?debug. The statement is an if body, so it is
      // not removed (that would leave `if (debug)` dangling).
      code: runtimeGuard,
      errors: [{ messageId: 'verboseLogging', ...at(runtimeGuard, 'OT.DEBUG'), data: verbose('DEBUG', 5), suggestions: [quiet(runtimeGuard, 'OT.DEBUG', 'OT.ERROR')] }],
    },
    {
      // Production only: the opposite of a development guard.
      code: productionGuard,
      errors: [
        {
          messageId: 'verboseLogging',
          ...at(productionGuard, 'OT.DEBUG'),
          data: verbose('DEBUG', 5),
          suggestions: [remove(productionGuard, '  OT.setLogLevel(OT.DEBUG);\n'), quiet(productionGuard, 'OT.DEBUG', 'OT.ERROR')],
        },
      ],
    },
    {
      // Both branches verbose: the lower one is named.
      code: bothVerbose,
      errors: [
        {
          messageId: 'verboseLogging',
          ...at(bothVerbose, 'verbose ? OT.SPAM : OT.DEBUG'),
          data: verbose('DEBUG', 5),
          suggestions: [remove(bothVerbose, bothVerbose), quiet(bothVerbose, 'verbose ? OT.SPAM : OT.DEBUG', 'OT.ERROR')],
        },
      ],
    },
    {
      // No semicolons: deleting the statement would join its neighbours, so a `;` is left.
      code: asiHazard,
      errors: [
        {
          messageId: 'verboseLogging',
          ...at(asiHazard, 'OT.DEBUG'),
          data: verbose('DEBUG', 5),
          suggestions: [remove(asiHazard, 'OT.setLogLevel(OT.DEBUG)\n;', ';'), quiet(asiHazard, 'OT.DEBUG', 'OT.ERROR')],
        },
      ],
    },
    {
      // Other statements on the same line stay.
      code: sameLine,
      errors: [
        {
          messageId: 'verboseLogging',
          ...at(sameLine, 'OT.DEBUG'),
          data: verbose('DEBUG', 5),
          suggestions: [remove(sameLine, 'OT.setLogLevel(OT.DEBUG);'), quiet(sameLine, 'OT.DEBUG', 'OT.ERROR')],
        },
      ],
    },
    {
      // The level read through another SDK namespace; the last line, with no newline after it.
      code: otherNamespace,
      errors: [
        {
          messageId: 'verboseLogging',
          ...at(otherNamespace, 'TB.DEBUG'),
          data: verbose('DEBUG', 5),
          suggestions: [remove(otherNamespace, otherNamespace), quiet(otherNamespace, 'TB.DEBUG', 'OT.ERROR')],
        },
      ],
    },
    {
      // An optional call statement.
      code: optionalCall,
      errors: [
        {
          messageId: 'verboseLogging',
          ...at(optionalCall, 'window.OT.DEBUG'),
          data: verbose('DEBUG', 5),
          suggestions: [remove(optionalCall, optionalCall), quiet(optionalCall, 'window.OT.DEBUG', 'window.OT.ERROR')],
        },
      ],
    },
    {
      // A switch case is a statement list: the line can go.
      code: inSwitch,
      errors: [
        {
          messageId: 'verboseLogging',
          ...at(inSwitch, 'OT.DEBUG'),
          data: verbose('DEBUG', 5),
          suggestions: [remove(inSwitch, '    OT.setLogLevel(OT.DEBUG);\n'), quiet(inSwitch, 'OT.DEBUG', 'OT.ERROR')],
        },
      ],
    },
    {
      // TypeScript: `as` and `satisfies` around the level.
      code: typescript,
      parsers: ['typescript'],
      errors: [
        {
          messageId: 'verboseLogging',
          ...at(typescript, 'LEVEL satisfies number'),
          data: verbose('DEBUG', 5),
          suggestions: [remove(typescript, 'OT.setLogLevel(LEVEL satisfies number);\n'), quiet(typescript, 'LEVEL satisfies number', 'OT.ERROR')],
        },
      ],
    },
  ],
});
