import { isIPv4 } from 'node:net';

import type { TSESLint, TSESTree } from '@typescript-eslint/utils';

import { getCalleeMember } from '../ast';
import { getOperationOptions, getOption } from '../analysis/operation-options';
import { mayUseVonage } from '../analysis/file-markers';
import { getSdkFile } from '../analysis/sdk-calls';
import type { SdkCall } from '../analysis/sdk-calls';
import { findCreatingSession, readSessionOptions, setSessionOptions, writeMode } from '../analysis/session-options';
import type { ModeOption, ModeText, SessionOptions } from '../analysis/session-options';
import type { StringSource } from '../analysis/values';
import { removeProperty } from '../fix';
import { ARCHIVE_MODES, MEDIA_MODES, MEDIA_MODE_ENUM, RENDER_SESSION_ID_OPTION, ROUTED_ONLY_OPERATIONS, SESSION_SDKS } from '../sdk';
import type { ArchiveMode, MediaMode } from '../sdk';
import { createRule } from '../util/create-rule';
import { quote } from '../util/quote';
import { scopeOf } from '../analysis/scope';
import { assignedValues } from '../analysis/changing-values';
import { checksCallerIdentity } from '../analysis/caller-identity';
import { requestInputSource } from '../analysis/request-input';
import type { RequestInputSource } from '../analysis/request-input';

type MessageIds =
  | 'alwaysArchiveRelayed'
  | 'e2eeWithAlwaysArchive'
  | 'e2eeRelayed'
  | 'e2eeUnsupported'
  | 'vonageMediaModeInOpentok'
  | 'opentokMediaModeInVonageVideo'
  | 'invalidValueReplaced'
  | 'invalidValueSent'
  | 'locationNotIpv4'
  | 'featureOnRelayed'
  | 'featureOnE2ee'
  | 'setMediaMode'
  | 'setMediaModeValue'
  | 'setArchiveMode'
  | 'setArchiveModeValue'
  | 'createRouted'
  | 'removeLocation'
  | 'optionFromRequest';

type Fix = TSESLint.ReportFixFunction;
type SourceCode = Readonly<TSESLint.SourceCode>;
type Suggestion = TSESLint.SuggestionReportDescriptor<MessageIds>;

const OPENTOK_MEDIA_MODES = MEDIA_MODES.map(mode => `'${SESSION_SDKS.opentok.mediaModeValues[mode]}'`).join(' or ');
const VONAGE_MEDIA_MODES = MEDIA_MODES.map(mode => `\`${MEDIA_MODE_ENUM.name}.${MEDIA_MODE_ENUM.members[mode].member}\` ('${MEDIA_MODE_ENUM.members[mode].value}')`).join(' or ');

export default createRule<[], MessageIds>({
  name: 'valid-session-options',
  meta: {
    type: 'problem',
    docs: {
      description: 'Disallow session options that the Video API rejects or that the SDK silently ignores or replaces',
      recommended: 'recommended',
      guideSection: 'Relayed vs Routed Mode; End to End Media Encryption',
    },
    fixable: 'code',
    hasSuggestions: true,
    messages: {
      alwaysArchiveRelayed:
        "`archiveMode: 'always'` on a session that is {{mode}}: only routed sessions can be archived, so it cannot be created or recorded. Make the session routed, or archive manually.",
      e2eeWithAlwaysArchive:
        "`e2ee: true` with `archiveMode: 'always'`: archiving must decode the media, which end-to-end encryption prevents, so this combination cannot work. Drop automatic archiving (or the encryption).",
      e2eeRelayed:
        '`e2ee: true` on a session that is {{mode}}: end-to-end encryption exists only for routed sessions, so this combination cannot work. Make the session routed.',
      e2eeUnsupported:
        '`@vonage/video` does not support `e2ee` and silently drops it: this session is NOT end-to-end encrypted. Create end-to-end encrypted sessions with `opentok` or the REST API.',
      vonageMediaModeInOpentok:
        "`mediaMode: {{written}}` is not how `opentok` spells {{mode}} (it takes " +
        OPENTOK_MEDIA_MODES +
        "), so it silently makes this session relayed. Use '{{mode}}'.",
      opentokMediaModeInVonageVideo:
        '`mediaMode: {{written}}` is not how `@vonage/video` spells {{mode}} (it takes ' +
        VONAGE_MEDIA_MODES +
        '): the API does not define it. Use `{{member}}`.',
      invalidValueReplaced:
        '`{{option}}: {{written}}` is not a value `opentok` accepts ({{valid}}), so it silently uses `{{option}}` {{fallback}} instead. Use a valid value.',
      invalidValueSent:
        '`{{option}}: {{written}}` is not a value `@vonage/video` accepts ({{valid}}): it sends the value unchanged, and the API does not define it. Use a valid value.',
      locationNotIpv4:
        "`location: '{{location}}'` is not an IPv4 address: `opentok` fails to create the session. Give the IPv4 address of a host near the participants, or leave `location` out.",
      featureOnRelayed:
        '{{feature}} needs a routed session, but the session it is started on is created {{mode}} at line {{line}}: the request fails. Create that session routed.',
      featureOnE2ee:
        '{{feature}} needs Vonage to decode the media, but the session it is started on is end-to-end encrypted (created at line {{line}}): the feature is not available there.',
      setMediaMode: 'Set `mediaMode: {{text}}`.',
      setMediaModeValue: 'Set `mediaMode: {{text}}`, the value of `{{member}}` (TypeScript needs `{{member}}` itself).',
      setArchiveMode: 'Set `archiveMode: {{text}}`.',
      setArchiveModeValue: 'Set `archiveMode: {{text}}`, the value of `{{member}}` (TypeScript needs `{{member}}` itself).',
      createRouted: 'Create the session at line {{line}} with `mediaMode: {{text}}`.',
      removeLocation: 'Remove `location` (Vonage then places the session near the first client).',
      optionFromRequest:
        '`{{option}}` comes from request input (`{{source}}`): any caller decides whether the session is {{decides}}. Decide it on the server.',
    },
    schema: [],
  },
  create(context) {
    if (!mayUseVonage(context.sourceCode)) return {};
    const sourceCode = context.sourceCode;

    function checkModeSpelling<Mode extends MediaMode | ArchiveMode>(session: SessionOptions, option: 'mediaMode' | 'archiveMode', read: ModeOption<Mode>): void {
      const { property, spelling, literal } = read;
      if (read.state !== 'invalid' || !property || !spelling || spelling.kind === 'valid') return;
      const written = literal ? `'${spelling.text}'` : spelling.text;
      const node = valueNode(property, literal);
      if (spelling.kind === 'other-sdk') {
        const member = `${MEDIA_MODE_ENUM.name}.${MEDIA_MODE_ENUM.members[spelling.mode as MediaMode].member}`;
        context.report({
          node,
          messageId: session.sdk === 'opentok' ? 'vonageMediaModeInOpentok' : 'opentokMediaModeInVonageVideo',
          data: { written: quote(written), mode: spelling.mode, member: quote(member) },
          suggest: suggestModes(sourceCode, session, option, [spelling.mode, read.mode]),
        });
        return;
      }
      const facts = session.facts;
      const modes: readonly string[] = option === 'mediaMode' ? MEDIA_MODES : ARCHIVE_MODES;
      const values: Readonly<Record<string, string>> = option === 'mediaMode' ? facts.mediaModeValues : facts.archiveModeValues;
      const valid = option === 'mediaMode' && facts.mediaModeEnum ? VONAGE_MEDIA_MODES : modes.map(mode => `'${values[mode] as string}'`).join(' or ');
      const fallback = option === 'mediaMode' ? facts.defaultMediaMode : facts.defaultArchiveMode;
      const intended = spelling.kind === 'unknown' ? null : spelling.mode;
      // Only on a call traced to the SDK: a call matched by name may be a wrapper that reads the value its own way.
      const autofix =
        spelling.kind === 'wrong-case' && literal === property.value && session.call.confidence === 'tracked' && wouldStayValid(session, option, spelling.mode)
          ? caseFix(sourceCode, session, option, spelling.mode, literal)
          : null;
      context.report({
        node,
        messageId: facts.unknownValue === 'uses-default' ? 'invalidValueReplaced' : 'invalidValueSent',
        data: { option: quote(option), written: quote(written), valid, fallback: `'${fallback}'` },
        fix: autofix,
        suggest: autofix ? [] : suggestModes(sourceCode, session, option, intended ? [intended, read.mode] : modes),
      });
    }

    function checkCombinations(session: SessionOptions): void {
      const { mediaMode, archiveMode, e2ee } = session;
      const relayed = mediaMode.mode === 'relayed' && mediaMode.state !== 'invalid';
      const always = archiveMode.state === 'valid' && archiveMode.mode === 'always' && archiveMode.property;
      if (relayed && always) {
        context.report({
          node: valueNode(always, archiveMode.literal),
          messageId: 'alwaysArchiveRelayed',
          data: { mode: relayedDescription(session) },
          suggest: [...suggestMode(sourceCode, session, 'mediaMode', 'routed'), ...suggestMode(sourceCode, session, 'archiveMode', 'manual')],
        });
      }
      if (!e2ee.property || e2ee.value === false) return;
      if (!session.facts.supportsE2ee) {
        context.report({ node: e2ee.property, messageId: 'e2eeUnsupported' });
        return;
      }
      if (e2ee.value !== true) return;
      if (always) context.report({ node: e2ee.property, messageId: 'e2eeWithAlwaysArchive', suggest: suggestMode(sourceCode, session, 'archiveMode', 'manual') });
      if (relayed) {
        context.report({ node: e2ee.property, messageId: 'e2eeRelayed', data: { mode: relayedDescription(session) }, suggest: suggestMode(sourceCode, session, 'mediaMode', 'routed') });
      }
    }

    function checkLocation(session: SessionOptions): void {
      const { property, text, literal } = session.location;
      if (!session.facts.locationMustBeIpv4 || !property || text === null || isIPv4(text)) return;
      context.report({
        node: valueNode(property, literal),
        messageId: 'locationNotIpv4',
        data: { location: quote(text) },
        suggest: [{ messageId: 'removeLocation', fix: fixer => removeProperty(fixer, sourceCode, property) }],
      });
    }

    /**
     * A security-relevant option the server does not decide: its value (directly, through variables, destructuring with
     * or without a default, every assignment of a `let`) is request input, in a handler that does not check the caller.
     */
    function checkChosenByRequest(session: SessionOptions): void {
      for (const option of REQUEST_CHECKED_OPTIONS) {
        const property = session[option].property;
        const known = option === 'e2ee' ? session.e2ee.value !== null : session[option].state !== 'unknown';
        if (!property || known) continue;
        const source = requestChoice(context, property.value);
        if (!source || checksCallerIdentity(context, property)) continue;
        context.report({ node: property.value, messageId: 'optionFromRequest', data: { option: quote(option), source: quote(source.description), decides: DECIDES[option] } });
      }
    }

    function checkSession(session: SessionOptions): void {
      checkChosenByRequest(session);
      checkModeSpelling(session, 'mediaMode', session.mediaMode);
      checkModeSpelling(session, 'archiveMode', session.archiveMode);
      checkCombinations(session);
      checkLocation(session);
    }

    /** Archiving, broadcast, SIP, Audio Connector, Experience Composer or captions on a session this file created. */
    function checkFeature(call: SdkCall): void {
      const feature = ROUTED_ONLY_OPERATIONS[call.operation.kind];
      if (!feature) return;
      const node = call.node;
      const sdkFile = getSdkFile(context);
      const index = call.operation.sessionIdArg;
      let sessionId: TSESTree.Node | undefined = index === undefined ? undefined : node.arguments[index];
      if (index === undefined) {
        const scope = scopeOf(sourceCode, node);
        sessionId = getOption(getOperationOptions(call, scope), RENDER_SESSION_ID_OPTION, scope)?.value;
      }
      const creating = sessionId ? findCreatingSession(sessionId, sourceCode, sdkFile) : null;
      const session = creating ? readSessionOptions(creating, sourceCode) : null;
      if (!session) return;
      const reportAt = getCalleeMember(node)?.property ?? node;
      const line = String(session.call.node.loc.start.line);
      if (session.mediaMode.mode === 'relayed' && session.mediaMode.state !== 'invalid') {
        const edit = setMode(sourceCode, session, 'mediaMode', 'routed');
        context.report({
          node: reportAt,
          messageId: 'featureOnRelayed',
          data: { feature: feature.feature, mode: relayedDescription(session), line },
          suggest: edit ? [{ messageId: 'createRouted', data: { line, text: quote(edit.written.text) }, fix: edit.fix }] : [],
        });
      } else if (feature.decodesMedia && session.facts.supportsE2ee && session.e2ee.value === true) {
        context.report({ node: reportAt, messageId: 'featureOnE2ee', data: { feature: feature.feature, line } });
      }
    }

    return {
      CallExpression(node) {
        const call = getSdkFile(context).matchCall(node);
        if (!call) return;
        if (call.operation.kind === 'session.create') {
          const session = readSessionOptions(call, sourceCode);
          if (session) checkSession(session);
          return;
        }
        checkFeature(call);
      },
    };
  },
});

/** The options that decide how a session treats its media, and what the caller decides through each. */
const REQUEST_CHECKED_OPTIONS = ['mediaMode', 'archiveMode', 'e2ee'] as const;
const DECIDES: Readonly<Record<(typeof REQUEST_CHECKED_OPTIONS)[number], string>> = {
  mediaMode: 'routed or relayed',
  archiveMode: 'archived automatically',
  e2ee: 'end-to-end encrypted',
};

/**
 * The request input an option's value is, when the client can pick among more than one value: directly or through
 * variables (`requestInputSource`), or in any assignment of a `let`/`var`. A destructuring default
 * (`{ mode = 'routed' } = body`) is only the fallback, so the value is still the client's. An allow-list check
 * (`['routed', 'relayed'].includes(mode)`) leaves the choice to the client unless it admits a single value.
 */
function requestChoice(context: Readonly<TSESLint.RuleContext<MessageIds, []>>, value: TSESTree.Node): RequestInputSource | null {
  const candidates = [value, ...(assignedValues(value, scopeOf(context.sourceCode, value)) ?? [])];
  for (const candidate of candidates) {
    const source = requestInputSource(candidate, context);
    if (source && (!source.allowed || new Set(source.allowed).size > 1)) return source;
  }
  return null;
}

/** An edit that sets a mode option, and how the value is written. */
function setMode(sourceCode: SourceCode, session: SessionOptions, option: 'mediaMode' | 'archiveMode', mode: MediaMode | ArchiveMode): { fix: Fix; written: ModeText } | null {
  const written = writeMode(sourceCode, session.call.node, session.sdk, option, mode);
  const fix = setSessionOptions(sourceCode, session, [[option, written]]);
  return fix ? { fix, written } : null;
}

function suggestMode(sourceCode: SourceCode, session: SessionOptions, option: 'mediaMode' | 'archiveMode', mode: MediaMode | ArchiveMode): Suggestion[] {
  const edit = setMode(sourceCode, session, option, mode);
  if (!edit) return [];
  const { text, rawValueOf } = edit.written;
  const messageId = option === 'mediaMode' ? (rawValueOf ? 'setMediaModeValue' : 'setMediaMode') : rawValueOf ? 'setArchiveModeValue' : 'setArchiveMode';
  return [{ messageId, data: { text: quote(text), member: quote(rawValueOf ?? '') }, fix: edit.fix }];
}

/**
 * Suggestions for a value that is not valid: the mode it most likely means, then the one the session gets now (when
 * the SDK replaces the value with its default), without repeats.
 */
function suggestModes(sourceCode: SourceCode, session: SessionOptions, option: 'mediaMode' | 'archiveMode', modes: ReadonlyArray<string | null>): Suggestion[] {
  const unique = [...new Set(modes.filter((mode): mode is string => mode !== null))];
  return unique.flatMap(mode => suggestMode(sourceCode, session, option, mode as MediaMode | ArchiveMode));
}

/** The node to report a value at: the value when it is written at the option, the property when it comes from a constant. */
function valueNode(property: TSESTree.Property, literal: StringSource | null): TSESTree.Node {
  return !property.shorthand && (literal === null || literal === property.value) ? property.value : property;
}

function relayedDescription(session: SessionOptions): string {
  return session.mediaMode.state === 'default' ? `relayed (the \`${session.sdk}\` default)` : 'relayed';
}

/** Correcting the case keeps the session creatable: `'Always'` → `'always'` only on a routed, unencrypted session. */
function wouldStayValid(session: SessionOptions, option: 'mediaMode' | 'archiveMode', mode: MediaMode | ArchiveMode): boolean {
  if (option === 'mediaMode' || mode === 'manual') return true;
  const { mediaMode, e2ee, facts } = session;
  return mediaMode.mode === 'routed' && mediaMode.state !== 'invalid' && (!facts.supportsE2ee || e2ee.value === false);
}

/** The literal with its case corrected, in its own quotes (only where the SDK's value is a plain string). */
function caseFix(sourceCode: SourceCode, session: SessionOptions, option: 'mediaMode' | 'archiveMode', mode: MediaMode | ArchiveMode, literal: StringSource): Fix {
  const values: Readonly<Record<string, string>> = option === 'mediaMode' ? session.facts.mediaModeValues : session.facts.archiveModeValues;
  const value = values[mode] as string;
  const quote = sourceCode.getText(literal).charAt(0);
  return fixer => fixer.replaceText(literal, `${quote}${value}${quote}`);
}
