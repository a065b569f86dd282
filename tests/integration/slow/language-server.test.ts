/**
 * The editor, for real (issue 8, item 3): the ESLint language server that VS Code's ESLint extension runs
 * (`vscode-eslint-language-server` from vscode-langservers-extracted), driven over stdio by a small LSP client, on a
 * workspace whose `eslint.config.mjs` imports the plugin by package name. What a user sees must hold:
 * - diagnostics with our rule id as `code`, the right range, ESLint's message, and `codeDescription.href` = the rule's
 *   docs URL (the link in the hover);
 * - quick fixes: a suggestion (`require-token-expiry` → add `expireTime`) and an autofix (`require-token-role` → add
 *   the SDK default role), executed as the editor does (`workspace/executeCommand` → the server's
 *   `workspace/applyEdit`), whose edits give the expected text; after the fix, the diagnostic goes away;
 * - "Show documentation" opens the docs URL;
 * - the project model in the editor (issue 12): a route that hands a request-chosen role to the app's own wrapper
 *   module is reported; after the wrapper is edited on disk (it now sets the role itself), re-linting the route (the
 *   editor's didChange) drops the finding: the server's long-lived summaries follow the wrapper's mtime.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { at } from '../../helpers/locate';
import { FIXTURES, REPO, binOf, docsUrlOf, loadBuiltPlugin, loadESLint } from '../helpers';
import { LspClient, applyTextEdits } from './lsp-client';
import type { Range, TextEdit } from './lsp-client';

const WORKSPACE = join(FIXTURES, 'editor');
const FILE = join(WORKSPACE, 'src', 'token-service.js');
const URI = pathToFileURL(FILE).href;
const TEXT = readFileSync(FILE, 'utf8');
const plugin = loadBuiltPlugin();

interface Diagnostic {
  range: Range;
  severity?: number;
  code?: string | number;
  codeDescription?: { href: string };
  source?: string;
  message: string;
}
interface Command {
  title: string;
  command: string;
  arguments?: unknown[];
}
interface CodeAction {
  title: string;
  kind?: string;
  isPreferred?: boolean;
  diagnostics?: Diagnostic[];
  command?: Command;
  edit?: WorkspaceEdit;
}
interface WorkspaceEdit {
  changes?: Record<string, TextEdit[]>;
  documentChanges?: Array<{ textDocument: { uri: string; version: number | null }; edits: TextEdit[] }>;
}

/** The settings VS Code's ESLint extension sends for a workspace folder (vscode-eslint's `ConfigurationSettings`). */
const SETTINGS = {
  validate: 'on',
  packageManager: 'npm',
  useESLintClass: false,
  // ESLint >= 8.57 uses flat config without the experimental switch; `true` here would ask for ESLint 8's
  // `FlatESLint` from 'eslint/use-at-your-own-risk', which ESLint 10 no longer has.
  useFlatConfig: true,
  experimental: { useFlatConfig: false },
  codeAction: {
    disableRuleComment: { enable: true, location: 'separateLine', commentStyle: 'line' },
    showDocumentation: { enable: true },
  },
  codeActionOnSave: { mode: 'all' },
  format: false,
  quiet: false,
  onIgnoredFiles: 'off',
  options: {},
  rulesCustomizations: [],
  run: 'onType',
  problems: { shortenToSingleLine: false },
  nodePath: null,
  workspaceFolder: { name: 'editor', uri: pathToFileURL(WORKSPACE).href },
  workingDirectory: { mode: 'location' },
};

let client: LspClient;
let pullDiagnostics = false;
let version = 1;
const appliedEdits: WorkspaceEdit[] = [];
const openedDocs: string[] = [];

beforeAll(async () => {
  client = new LspClient(process.execPath, [binOf('vscode-langservers-extracted', 'bin/vscode-eslint-language-server'), '--stdio'], { cwd: WORKSPACE });
  client.onRequest('workspace/configuration', params => (params as { items: unknown[] }).items.map(() => SETTINGS));
  client.onRequest('workspace/applyEdit', params => {
    appliedEdits.push((params as { edit: WorkspaceEdit }).edit);
    return { applied: true };
  });
  client.onRequest('eslint/openDoc', params => {
    openedDocs.push((params as { url: string }).url);
    return {};
  });
  const initialized = await client.request<{ capabilities: { diagnosticProvider?: unknown; codeActionProvider?: unknown } }>(
    'initialize',
    {
      processId: process.pid,
      clientInfo: { name: 'vonage-video integration test', version: '1.0.0' },
      rootUri: pathToFileURL(WORKSPACE).href,
      workspaceFolders: [{ uri: pathToFileURL(WORKSPACE).href, name: 'editor' }],
      capabilities: {
        workspace: { configuration: true, applyEdit: true, workspaceFolders: true, workspaceEdit: { documentChanges: true } },
        textDocument: {
          synchronization: { dynamicRegistration: false, didSave: true },
          publishDiagnostics: { relatedInformation: true, codeDescriptionSupport: true },
          diagnostic: { dynamicRegistration: false, relatedDocumentSupport: false },
          codeAction: {
            dynamicRegistration: false,
            isPreferredSupport: true,
            codeActionLiteralSupport: { codeActionKind: { valueSet: ['', 'quickfix', 'source', 'source.fixAll', 'source.fixAll.eslint'] } },
          },
        },
      },
    },
    60_000,
  );
  expect(initialized.capabilities.codeActionProvider).toBeDefined();
  pullDiagnostics = initialized.capabilities.diagnosticProvider !== undefined;
  client.notify('initialized', {});
  client.notify('textDocument/didOpen', { textDocument: { uri: URI, languageId: 'javascript', version, text: TEXT } });
}, 90_000);

afterAll(async () => {
  await client?.stop();
  expect(client?.process.exitCode !== null || client?.process.signalCode !== null).toBe(true);
}, 30_000);

/** A document's diagnostics, as the editor gets them: pulled (vscode-eslint 3.x) or pushed (older servers). */
async function diagnostics(uri = URI, documentVersion = version): Promise<Diagnostic[]> {
  if (pullDiagnostics) {
    const report = await client.request<{ kind: string; items: Diagnostic[] }>('textDocument/diagnostic', { textDocument: { uri } }, 60_000);
    return report.items;
  }
  const published = await client.waitForNotification<{ uri: string; version?: number; diagnostics: Diagnostic[] }>(
    'textDocument/publishDiagnostics',
    params => params.uri === uri && (params.version === undefined || params.version === documentVersion),
    60_000,
  );
  return published.diagnostics;
}

/** 0-based LSP range of `snippet` in `text`. */
function rangeOf(text: string, snippet: string): Range {
  const location = at(text, snippet);
  return { start: { line: location.line - 1, character: location.column - 1 }, end: { line: location.endLine - 1, character: location.endColumn - 1 } };
}

async function codeActions(diagnostic: Diagnostic): Promise<CodeAction[]> {
  return client.request<CodeAction[]>(
    'textDocument/codeAction',
    { textDocument: { uri: URI }, range: diagnostic.range, context: { diagnostics: [diagnostic], only: ['quickfix'], triggerKind: 1 } },
    30_000,
  );
}

/** Runs a code action as the editor does and returns the edits the server asked the editor to apply. */
async function run(action: CodeAction): Promise<TextEdit[]> {
  const before = appliedEdits.length;
  if (action.command) await client.request('workspace/executeCommand', { command: action.command.command, arguments: action.command.arguments }, 30_000);
  const edit = action.edit ?? appliedEdits[before];
  if (!edit) throw new Error(`"${action.title}" applied no edit`);
  const edits = [...(edit.documentChanges ?? []).filter(change => change.textDocument.uri === URI).flatMap(change => change.edits), ...(edit.changes?.[URI] ?? [])];
  expect(edits.length).toBeGreaterThan(0);
  return edits;
}

describe('vscode-eslint-language-server on a workspace that uses the plugin', () => {
  let items: Diagnostic[] = [];

  beforeAll(async () => {
    items = await diagnostics();
  }, 90_000);

  const ours = () => items.filter(item => String(item.code).startsWith('vonage-video/'));
  const byRule = (ruleId: string) => {
    const found = items.find(item => item.code === ruleId);
    if (!found) throw new Error(`no ${ruleId} diagnostic among ${JSON.stringify(items.map(item => item.code))}`);
    return found;
  };

  it('publishes our diagnostics with the rule id as code, the right range and ESLint\'s message', async () => {
    const { ESLint } = loadESLint('eslint');
    const [result] = await new ESLint({ cwd: WORKSPACE }).lintText(TEXT, { filePath: FILE });
    const expected = (result?.messages ?? []).map(message => ({
      code: message.ruleId,
      message: message.message,
      range: { start: { line: message.line - 1, character: message.column - 1 }, end: { line: (message.endLine ?? message.line) - 1, character: (message.endColumn ?? message.column) - 1 } },
      severity: message.severity === 2 ? 1 : 2,
      source: 'eslint',
    }));
    expect(expected.map(item => item.code).sort()).toEqual(['vonage-video/require-token-expiry', 'vonage-video/require-token-role']);
    const shown = ours().map(({ code, message, range, severity, source }) => ({ code, message, range, severity, source }));
    expect(shown.sort((a, b) => String(a.code).localeCompare(String(b.code)))).toEqual(expected.sort((a, b) => String(a.code).localeCompare(String(b.code))));
    expect(byRule('vonage-video/require-token-role').range).toEqual(rangeOf(TEXT, 'generateToken'));
  });

  it('links every diagnostic to its rule\'s docs page (codeDescription.href = meta.docs.url)', () => {
    for (const item of ours()) {
      const url = docsUrlOf(String(item.code), plugin);
      expect(url).toMatch(/^https:\/\/.+\/docs\/rules\/[a-z-]+\.md$/);
      expect(item.codeDescription?.href).toBe(url);
    }
  });

  it('offers require-token-expiry\'s suggestion as a quick fix whose edit adds the expiry', async () => {
    const actions = await codeActions(byRule('vonage-video/require-token-expiry'));
    const suggestion = actions.find(action => action.title === 'Add `expireTime: Math.floor(Date.now() / 1000) + 7200`. (vonage-video/require-token-expiry)');
    expect(suggestion, JSON.stringify(actions.map(action => action.title))).toBeDefined();
    expect(suggestion?.kind).toBe('quickfix');
    expect(suggestion?.isPreferred).not.toBe(true);
    const edits = await run(suggestion as CodeAction);
    expect(applyTextEdits(TEXT, edits)).toBe(TEXT.replace('generateToken(sessionId)', 'generateToken(sessionId, { expireTime: Math.floor(Date.now() / 1000) + 7200 })'));
  });

  it('offers require-token-role\'s suggestions (no autofix: a person picks the role); the chosen one adds the role', async () => {
    const actions = await codeActions(byRule('vonage-video/require-token-role'));
    const titles = actions.map(action => action.title);
    expect(titles).toContain("Use role 'publisher'. (vonage-video/require-token-role)");
    expect(actions.filter(action => action.isPreferred === true && action.title.includes('require-token-role')), JSON.stringify(titles)).toEqual([]);
    const suggestion = actions.find(action => action.title === "Use role 'subscriber'. (vonage-video/require-token-role)");
    expect(suggestion, JSON.stringify(titles)).toBeDefined();
    const fixed = applyTextEdits(TEXT, await run(suggestion as CodeAction));
    expect(fixed).toBe(TEXT.replace('generateToken(sessionId)', "generateToken(sessionId, { role: 'subscriber' })"));

    // The editor applies the edit and sends the new text: the role diagnostic goes away, the expiry one stays.
    version += 1;
    client.notify('textDocument/didChange', { textDocument: { uri: URI, version }, contentChanges: [{ text: fixed }] });
    const after = await diagnostics();
    expect(after.map(item => item.code).filter(code => String(code).startsWith('vonage-video/'))).toEqual(['vonage-video/require-token-expiry']);
  });

  it('"Show documentation" opens the rule\'s docs URL', async () => {
    const current = await diagnostics();
    const expiry = current.find(item => item.code === 'vonage-video/require-token-expiry') as Diagnostic;
    const actions = await codeActions(expiry);
    const show = actions.find(action => action.command?.command === 'eslint.openRuleDoc');
    expect(show?.title).toBe('Show documentation for vonage-video/require-token-expiry');
    await client.request('workspace/executeCommand', { command: show?.command?.command, arguments: show?.command?.arguments }, 30_000);
    const deadline = Date.now() + 10_000;
    while (openedDocs.length === 0 && Date.now() < deadline) await new Promise(resolve => setTimeout(resolve, 50));
    expect(openedDocs).toEqual([docsUrlOf('vonage-video/require-token-expiry', plugin)]);
  });
});

describe('the project model in the editor: an edit of an imported wrapper shows on the importer\'s next lint', () => {
  // A temporary copy inside the workspace (its config, the server's ESLint cwd), removed afterwards.
  let root = '';
  let routeUri = '';
  let routeText = '';
  let routeVersion = 1;
  const roleFindings = (items: readonly Diagnostic[]) => items.filter(item => item.code === 'vonage-video/no-client-controlled-role');

  beforeAll(() => {
    root = mkdtempSync(join(WORKSPACE, 'src', 'project-'));
    cpSync(join(REPO, 'tests/fixtures/projects/editor-wrapper'), root, { recursive: true });
    const route = join(root, 'routes', 'token.js');
    routeUri = pathToFileURL(route).href;
    routeText = readFileSync(route, 'utf8');
    client.notify('textDocument/didOpen', { textDocument: { uri: routeUri, languageId: 'javascript', version: routeVersion, text: routeText } });
  });
  afterAll(() => {
    client?.notify('textDocument/didClose', { textDocument: { uri: routeUri } });
    rmSync(root, { recursive: true, force: true });
  });

  it('reports the request-chosen role passed into the wrapper, then drops it once the wrapper sets the role itself', async () => {
    const before = roleFindings(await diagnostics(routeUri, routeVersion));
    expect(before.map(({ range, message }) => ({ range, message }))).toEqual([
      {
        range: rangeOf(routeText, 'req.query.role'),
        message:
          'Token role taken from request input (`req.query.role`): any caller can make itself a moderator and remove or mute the others. Derive the role on the server from the authenticated user.',
      },
    ]);

    // The wrapper changes on disk (the route's text does not); the editor re-lints the open route on its next change.
    const wrapper = join(root, 'services', 'calls.js');
    writeFileSync(wrapper, readFileSync(wrapper, 'utf8').replace('{ role, expireTime', "{ role: 'subscriber', expireTime"));
    utimesSync(wrapper, new Date(), new Date(Date.now() + 10_000));
    routeVersion += 1;
    client.notify('textDocument/didChange', { textDocument: { uri: routeUri, version: routeVersion }, contentChanges: [{ text: routeText }] });
    const after = await diagnostics(routeUri, routeVersion);
    expect(roleFindings(after)).toEqual([]);
    // Still linted by the plugin (the route stays unauthenticated): the finding went away, not the lint.
    expect(after.map(item => item.code)).toContain('vonage-video/require-authenticated-endpoint');
  });
});
