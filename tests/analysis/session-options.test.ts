/**
 * The shared reading of `createSession` options: what each option resolves to (state, spelling, effective mode), which
 * session a feature call's session ID belongs to, and how a mode is written for each SDK at a given place.
 */
import * as tsParser from '@typescript-eslint/parser';
import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { Linter } from 'eslint';
import * as espree from 'espree';
import { describe, expect, it } from 'vitest';

import { getSdkFile } from '../../src/analysis/sdk-calls';
import { findCreatingSession, readSessionOptions, writeMode } from '../../src/analysis/session-options';
import type { ModeOption } from '../../src/analysis/session-options';

interface Reading {
  line: number;
  sdk: string;
  mediaMode: string;
  archiveMode: string;
  e2ee: boolean | null;
  location: string | null;
  /** How `routed` would be written for this SDK at the call. */
  routed: string;
}

interface Probe {
  sessions: Reading[];
  /** `<line of the feature call> -> <line of the createSession call, or none>`. */
  links: string[];
}

function describeMode(option: ModeOption<string>): string {
  const spelling = option.spelling ? ` ${option.spelling.kind}:${option.spelling.text}` : '';
  return `${option.state}${spelling} -> ${option.mode ?? '?'}`;
}

function probe(code: string, options: { typescript?: boolean; commonjs?: boolean } = {}): Probe {
  const result: Probe = { sessions: [], links: [] };
  const probeRule: TSESLint.RuleModule<'found'> = {
    defaultOptions: [],
    meta: { type: 'problem', messages: { found: 'found' }, schema: [] },
    create(context) {
      return {
        CallExpression(node: TSESTree.CallExpression) {
          const sdkFile = getSdkFile(context);
          const call = sdkFile.matchCall(node);
          if (!call) return;
          if (call.operation.kind === 'session.create') {
            const session = readSessionOptions(call, context.sourceCode);
            if (!session) return;
            const routed = writeMode(context.sourceCode, node, session.sdk, 'mediaMode', 'routed');
            result.sessions.push({
              line: node.loc.start.line,
              sdk: session.sdk,
              mediaMode: describeMode(session.mediaMode),
              archiveMode: describeMode(session.archiveMode),
              e2ee: session.e2ee.value,
              location: session.location.text,
              routed: routed.rawValueOf ? `${routed.text} (${routed.rawValueOf})` : `${routed.text}${routed.addImport ? ' +import' : ''}`,
            });
            return;
          }
          const index = call.operation.sessionIdArg;
          const argument = index === undefined ? undefined : node.arguments[index];
          if (!argument) return;
          const creating = findCreatingSession(argument, context.sourceCode, sdkFile);
          result.links.push(`${node.loc.start.line} -> ${creating ? creating.node.loc.start.line : 'none'}`);
        },
      };
    },
  };
  const linter = new Linter({ configType: 'flat' });
  const messages = linter.verify(
    code,
    [
      {
        files: ['**/*.ts'],
        plugins: { probe: { rules: { probe: probeRule } } as never },
        rules: { 'probe/probe': 'error' },
        languageOptions: {
          parser: (options.typescript ? tsParser : espree) as Linter.Parser,
          ecmaVersion: 'latest',
          sourceType: options.commonjs ? 'commonjs' : 'module',
        },
      },
    ],
    'file.ts',
  );
  const fatal = messages.filter(message => message.fatal);
  if (fatal.length > 0) throw new Error(fatal.map(message => message.message).join('\n'));
  return result;
}

const OPENTOK = `const OpenTok = require('opentok');\nconst opentok = new OpenTok(key, secret);\n`;
const VIDEO = `import { Video, MediaMode, ArchiveMode } from '@vonage/video';\nconst video = new Video(credentials);\n`;

describe('readSessionOptions', () => {
  it('applies each SDK default when an option is absent', () => {
    const { sessions } = probe(`${OPENTOK}opentok.createSession((err, session) => cb(session));\nconst video = new (require('@vonage/video').Video)(c);\nvideo.createSession();`, { commonjs: true });
    expect(sessions).toEqual([
      { line: 3, sdk: 'opentok', mediaMode: 'default -> relayed', archiveMode: 'default -> manual', e2ee: false, location: null, routed: "'routed'" },
      { line: 5, sdk: '@vonage/video', mediaMode: 'default -> routed', archiveMode: 'default -> manual', e2ee: false, location: null, routed: "'disabled' (MediaMode.ROUTED)" },
    ]);
  });

  it('classifies opentok values: valid, wrong case, the other SDK, misspelled, unknown', () => {
    const { sessions } = probe(
      `${OPENTOK}opentok.createSession({ mediaMode: 'routed', archiveMode: 'always', e2ee: true, location: '10.0.0.1' }, cb);
opentok.createSession({ mediaMode: 'ROUTED', archiveMode: 'Always' }, cb);
opentok.createSession({ mediaMode: 'disabled', archiveMode: 'alway' }, cb);
opentok.createSession({ mediaMode: 'routd', archiveMode: 'sometimes' }, cb);`,
      { commonjs: true },
    );
    expect(sessions.map(({ mediaMode, archiveMode, e2ee, location }) => ({ mediaMode, archiveMode, e2ee, location }))).toEqual([
      { mediaMode: 'valid valid:routed -> routed', archiveMode: 'valid valid:always -> always', e2ee: true, location: '10.0.0.1' },
      // opentok replaces what it does not know with its default.
      { mediaMode: 'invalid wrong-case:ROUTED -> relayed', archiveMode: 'invalid wrong-case:Always -> manual', e2ee: false, location: null },
      { mediaMode: 'invalid other-sdk:disabled -> relayed', archiveMode: 'invalid misspelled:alway -> manual', e2ee: false, location: null },
      { mediaMode: 'invalid misspelled:routd -> relayed', archiveMode: 'invalid unknown:sometimes -> manual', e2ee: false, location: null },
    ]);
  });

  it('reads @vonage/video enums and strings; unknown values have no known effect', () => {
    const { sessions } = probe(
      `${VIDEO}video.createSession({ mediaMode: MediaMode.RELAYED, archiveMode: ArchiveMode.ALWAYS });
video.createSession({ mediaMode: 'enabled', archiveMode: 'manual' });
video.createSession({ mediaMode: 'routed', e2ee: true });
video.createSession({ mediaMode: 'DISABLED' });`,
    );
    expect(sessions.map(({ mediaMode, archiveMode, e2ee, routed }) => ({ mediaMode, archiveMode, e2ee, routed }))).toEqual([
      { mediaMode: 'valid valid:MediaMode.RELAYED -> relayed', archiveMode: 'valid valid:ArchiveMode.ALWAYS -> always', e2ee: false, routed: 'MediaMode.ROUTED' },
      { mediaMode: 'valid valid:enabled -> relayed', archiveMode: 'valid valid:manual -> manual', e2ee: false, routed: 'MediaMode.ROUTED' },
      { mediaMode: 'invalid other-sdk:routed -> ?', archiveMode: 'default -> manual', e2ee: true, routed: 'MediaMode.ROUTED' },
      { mediaMode: 'invalid wrong-case:DISABLED -> ?', archiveMode: 'default -> manual', e2ee: false, routed: 'MediaMode.ROUTED' },
    ]);
  });

  it('follows constants, constant options and spreads; gives up on what it cannot see', () => {
    const { sessions } = probe(
      `${OPENTOK}const MODE = 'routed';
const BASE = { archiveMode: 'always' };
opentok.createSession({ ...BASE, mediaMode: MODE }, cb);
opentok.createSession({ mediaMode: req.body.mode, e2ee: req.body.e2ee }, cb);
opentok.createSession({ ...unknown }, cb);
opentok.createSession(options, cb);
opentok.createSession({ mediaMode: process.env.MODE || 'routed' }, cb);
opentok.createSession(onSession);`,
      { commonjs: true },
    );
    expect(sessions.map(({ mediaMode, archiveMode, e2ee }) => ({ mediaMode, archiveMode, e2ee }))).toEqual([
      { mediaMode: 'valid valid:routed -> routed', archiveMode: 'valid valid:always -> always', e2ee: false },
      { mediaMode: 'unknown -> ?', archiveMode: 'default -> manual', e2ee: null },
      { mediaMode: 'unknown -> ?', archiveMode: 'unknown -> ?', e2ee: null },
      { mediaMode: 'unknown -> ?', archiveMode: 'unknown -> ?', e2ee: null },
      // A fallback is not the value.
      { mediaMode: 'unknown -> ?', archiveMode: 'default -> manual', e2ee: false },
      // A callback passed by name is indistinguishable from options here (a shared-analysis limit).
      { mediaMode: 'unknown -> ?', archiveMode: 'unknown -> ?', e2ee: null },
    ]);
  });

  it('tells the SDK of a client matched by name from the call itself', () => {
    const { sessions } = probe(
      `import { client, opentok, video } from './vonage';
client.createSession({ archiveMode: 'manual' }, (err, session) => done(session));
await opentok.createSession({ archiveMode: 'manual' });
await client.createSession({ mediaMode: 'relayed' });
await client.createSession({ mediaMode: 'disabled' });
await video.createSession();
await client.createSession({ mediaMode: MediaMode.ROUTED });
await client.createSession({ mediaMode: sdk.MediaMode.RELAYED });
await sessions.createSession({ userId });
await rooms.createSession();
await rooms.createSession({ archiveMode: 'always' });
await client.createSession({ mediaMode: modes.ROUTED });
await client.createSession({ mediaMode: modeFor(room) });
await client.createSession({ mediaMode: getModes().ROUTED });
await opentokService.createSession();
sessionStore.createSession((err, session) => done(session));`,
    );
    expect(sessions.map(({ line, sdk }) => `${line} ${sdk}`)).toEqual([
      '2 opentok',
      '3 opentok',
      '4 opentok',
      '5 @vonage/video',
      '6 @vonage/video',
      '7 @vonage/video',
      '8 @vonage/video',
    ]);
  });
});

describe('findCreatingSession', () => {
  it("follows opentok's callback session, destructuring and variables", () => {
    const { links } = probe(
      `${OPENTOK}opentok.createSession({}, (err, session) => {
  opentok.startArchive(session.sessionId, cb);
  const { sessionId } = session;
  opentok.startBroadcast(sessionId, {}, cb);
  const id = sessionId;
  opentok.dial(id, token, uri, {}, cb);
});
opentok.createSession((err, { sessionId: sid }) => opentok.startArchive(sid, cb));`,
      { commonjs: true },
    );
    expect(links).toEqual(['4 -> 3', '6 -> 3', '8 -> 3', '10 -> 10']);
  });

  it('follows awaited and promised @vonage/video sessions', () => {
    const { links } = probe(
      `${VIDEO}const session = await video.createSession();
await video.startArchive(session.sessionId);
const { sessionId } = await video.createSession();
await video.startArchive(sessionId);
video.createSession().then((created) => video.startArchive(created.sessionId));
await video.startArchive((await video.createSession()).sessionId);
await video.startArchive(request.sessionId);`,
    );
    expect(links).toEqual(['4 -> 3', '6 -> 5', '7 -> 7', '8 -> 8', '9 -> none']);
  });

  it('stops at anything assigned twice or from elsewhere', () => {
    const { links } = probe(
      `${OPENTOK}let sid;
opentok.createSession({}, (err, session) => { sid = session.sessionId; });
opentok.startArchive(sid, cb);
let later = null;
later = { sessionId: 'x' };
opentok.startArchive(later.sessionId, cb);`,
      { commonjs: true },
    );
    expect(links).toEqual(['5 -> none', '8 -> none']);
  });
});

describe('writeMode', () => {
  it('reaches the enum through an alias, a namespace or `import = require`, or adds it to an import', () => {
    const alias = probe(`import { Video, MediaMode as MM } from '@vonage/video';\nnew Video(c).createSession();`);
    const namespace = probe(`import * as VV from '@vonage/video';\nnew VV.Video(c).createSession();`);
    const importEquals = probe(`import VV = require('@vonage/video');\nnew VV.Video(c).createSession();`, { typescript: true });
    const required = probe(`const { MediaMode: M } = require('@vonage/video');\nconst { Video } = require('@vonage/video');\nnew Video(c).createSession();`, { commonjs: true });
    const extendable = probe(`import { Video } from '@vonage/video';\nnew Video(c).createSession();`);
    expect([alias, namespace, importEquals, required, extendable].map(({ sessions }) => sessions[0]?.routed)).toEqual([
      'MM.ROUTED',
      'VV.MediaMode.ROUTED',
      'VV.MediaMode.ROUTED',
      'M.ROUTED',
      'MediaMode.ROUTED +import',
    ]);
  });

  it('falls back to the raw value when the name is taken or no import can be extended', () => {
    const taken = probe(`import { Video } from '@vonage/video';\nconst MediaMode = {};\nnew Video(c).createSession();`);
    const undeclaredUse = probe(`import { Video } from '@vonage/video';\nconsole.log(MediaMode);\nnew Video(c).createSession();`);
    const typeOnly = probe(`import type { Video } from '@vonage/video';\ndeclare const video: Video;\nvideo.createSession();`, { typescript: true });
    expect([taken, undeclaredUse, typeOnly].map(({ sessions }) => sessions[0]?.routed)).toEqual([
      "'disabled' (MediaMode.ROUTED)",
      "'disabled' (MediaMode.ROUTED)",
      "'disabled' (MediaMode.ROUTED)",
    ]);
  });
});
