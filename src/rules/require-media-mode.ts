import type { TSESLint, TSESTree } from '@typescript-eslint/utils';

import { getCalleeMember } from '../ast';
import { mayUseVonage } from '../analysis/file-markers';
import { getSdkFile } from '../analysis/sdk-calls';
import { readSessionOptions, setSessionOptions, writeMode } from '../analysis/session-options';
import type { OptionValue, SessionOptions } from '../analysis/session-options';
import { MEDIA_MODES } from '../sdk';
import type { MediaMode } from '../sdk';
import { createRule } from '../util/create-rule';
import { quote } from '../util/quote';

type Requirement = 'any' | MediaMode | 'e2ee';
type Options = [{ require?: Requirement }];
type MessageIds =
  | 'missingMediaMode'
  | 'defaultViolatesPolicy'
  | 'modeViolatesPolicy'
  | 'e2eeRequired'
  | 'e2eeUnsupported'
  | 'setMediaMode'
  | 'setMediaModeValue'
  | 'setRoutedE2ee'
  | 'setE2ee';

/** Operations that need a routed session (the Media Router): where these appear, the session's mode matters. */
const ROUTED_OPERATIONS = new Set(['archive.start', 'broadcast.start', 'sip.dial', 'audio-connector.connect', 'render.start', 'captions.start', 'moderation.mute', 'moderation.mute-all']);

const REQUIREMENTS: readonly Requirement[] = ['any', ...MEDIA_MODES, 'e2ee'];
const E2EE_DESCRIPTION = 'routed, end-to-end encrypted';

export default createRule<Options, MessageIds>({
  name: 'require-media-mode',
  meta: {
    type: 'suggestion',
    docs: {
      description: 'Require `createSession` to set `mediaMode` explicitly, optionally to the mode a project requires',
      recommended: 'strict',
      guideSection: 'Relayed vs Routed Mode; End to End Media Encryption',
    },
    hasSuggestions: true,
    messages: {
      missingMediaMode:
        "Session has no explicit `mediaMode`, so it is {{mode}} by `{{sdk}}`'s default (the SDKs differ), which decides archiving and encryption. Set `mediaMode` explicitly.",
      defaultViolatesPolicy:
        "Session has no explicit `mediaMode`, so it is {{mode}} by `{{sdk}}`'s default, but this project requires {{required}} sessions. Set `mediaMode` to {{target}}.",
      modeViolatesPolicy: 'Session is {{mode}}, but this project requires {{required}} sessions. Set `mediaMode` to {{target}}.',
      e2eeRequired: 'Session is not end-to-end encrypted, but this project requires ' + E2EE_DESCRIPTION + ' sessions. Set `e2ee: true`.',
      e2eeUnsupported:
        'This project requires end-to-end encrypted sessions, but `@vonage/video` cannot create them: it silently drops `e2ee`. Create sessions with `opentok` or the REST API.',
      setMediaMode: 'Set `mediaMode: {{text}}`.',
      setMediaModeValue: 'Set `mediaMode: {{text}}`, the value of `{{member}}` (TypeScript needs `{{member}}` itself).',
      setRoutedE2ee: 'Set `mediaMode: {{text}}` and `e2ee: true`.',
      setE2ee: 'Set `e2ee: true`.',
    },
    schema: [
      {
        type: 'object',
        additionalProperties: false,
        properties: {
          require: {
            type: 'string',
            enum: [...REQUIREMENTS],
            description:
              "The media mode every session must have: 'any' (only require it to be explicit), 'routed', 'relayed', or 'e2ee' (routed with `e2ee: true`; `opentok` only, as `@vonage/video` cannot create encrypted sessions).",
          },
        },
      },
    ],
    defaultOptions: [{ require: 'any' }],
  },
  create(context, [options]) {
    if (!mayUseVonage(context.sourceCode)) return {};
    // `defaultOptions` fills in `'any'`.
    const requirement = options.require as Requirement;
    const target: MediaMode | null = requirement === 'any' ? null : requirement === 'e2ee' ? 'routed' : requirement;
    const required = requirement === 'e2ee' ? E2EE_DESCRIPTION : requirement;
    const sourceCode = context.sourceCode;

    /** The edit that sets the required mode (and `e2ee: true` under the `e2ee` requirement). */
    function suggestTarget(session: SessionOptions, mode: MediaMode): TSESLint.SuggestionReportDescriptor<MessageIds>[] {
      const written = writeMode(sourceCode, session.call.node, session.sdk, 'mediaMode', mode);
      const values: Array<readonly ['mediaMode' | 'e2ee', OptionValue]> = [['mediaMode', written]];
      if (requirement === 'e2ee' && session.e2ee.value === false) values.push(['e2ee', 'true']);
      const fix = setSessionOptions(sourceCode, session, values);
      if (!fix) return [];
      const messageId = values.length > 1 ? 'setRoutedE2ee' : written.rawValueOf ? 'setMediaModeValue' : 'setMediaMode';
      return [{ messageId, data: { text: quote(written.text), member: quote(written.rawValueOf ?? '') }, fix }];
    }

    function reportNode(session: SessionOptions): TSESTree.Node {
      return session.options.argument ?? getCalleeMember(session.call.node)?.property ?? session.call.node;
    }

    function checkMissing(session: SessionOptions): void {
      const mode = session.mediaMode.mode as MediaMode;
      if (target !== null && target !== mode) {
        context.report({
          node: reportNode(session),
          messageId: 'defaultViolatesPolicy',
          data: { mode, sdk: session.sdk, required, target },
          suggest: suggestTarget(session, target),
        });
        return;
      }
      // Writing the default keeps the session as it is, but would silence the finding without anyone choosing a mode:
      // a suggestion, never an autofix.
      const written = writeMode(sourceCode, session.call.node, session.sdk, 'mediaMode', mode);
      const fix = setSessionOptions(sourceCode, session, [['mediaMode', written]]);
      missing.push(() =>
        context.report({
          node: reportNode(session),
          messageId: 'missingMediaMode',
          data: { mode, sdk: session.sdk },
          suggest: fix
            ? [
                written.rawValueOf === null
                  ? { messageId: 'setMediaMode', data: { text: quote(written.text) }, fix }
                  : { messageId: 'setMediaModeValue', data: { text: quote(written.text), member: quote(String(written.rawValueOf)) }, fix },
              ]
            : [],
        }),
      );
    }

    function checkPolicy(session: SessionOptions, property: TSESTree.Property, mode: MediaMode, policyMode: MediaMode): void {
      if (mode !== policyMode) {
        context.report({
          node: property.value,
          messageId: 'modeViolatesPolicy',
          data: { mode, required, target: policyMode },
          suggest: suggestTarget(session, policyMode),
        });
        return;
      }
      const e2ee = session.e2ee;
      if (requirement !== 'e2ee' || e2ee.value !== false) return;
      const fix = setSessionOptions(sourceCode, session, [['e2ee', 'true']]);
      context.report({
        node: e2ee.property?.value ?? reportNode(session),
        messageId: 'e2eeRequired',
        suggest: fix ? [{ messageId: 'setE2ee', fix }] : [],
      });
    }

    /** Sessions left to their SDK's default, reported at the end when this file shows that the mode matters. */
    const missing: Array<() => void> = [];
    let modeMatters = false;

    return {
      CallExpression(node) {
        const call = getSdkFile(context).matchCall(node);
        if (call && ROUTED_OPERATIONS.has(call.operation.kind)) modeMatters = true;
        if (call?.operation.kind !== 'session.create') return;
        const session = readSessionOptions(call, sourceCode);
        if (!session) return;
        // Archiving or encryption asked of the session itself makes its mode matter.
        if (session.archiveMode.state !== 'default' || session.e2ee.value !== false) modeMatters = true;
        if (requirement === 'e2ee' && !session.facts.supportsE2ee) {
          context.report({ node: reportNode(session), messageId: 'e2eeUnsupported' });
          return;
        }
        const { mediaMode } = session;
        if (mediaMode.state === 'default') checkMissing(session);
        // An invalid or unknown value is valid-session-options' business (or cannot be known).
        else if (target !== null && mediaMode.state === 'valid' && mediaMode.property) checkPolicy(session, mediaMode.property, mediaMode.mode as MediaMode, target);
      },
      'Program:exit'() {
        // A plain call app (no archive, broadcast, SIP, captions, forced mute, encryption) gets what it asked for either way.
        if (modeMatters) missing.forEach(report => report());
      },
    };
  },
});
