import type { TSESTree } from '@typescript-eslint/utils';

import { getPropertyName } from '../ast';
import { mayUseVonage } from '../analysis/file-markers';
import { getSdkFile } from '../analysis/sdk-calls';
import { isTestFile } from '../analysis/test-files';
import { BROWSER_SDK_MODULES, CLIENT_DIRECTIVE, PUBLIC_ENV_MODULES, REACT_COMPONENT_MODULES, bundledEnvToolchain, findSessionCredential, isWellKnownFakeCredential, publicEnvPrefix } from '../sdk';
import type { BuildTimeEnvForm, CredentialFormat } from '../sdk';
import { createRule } from '../util/create-rule';

type MessageIds = 'hardcodedSessionId' | 'hardcodedToken' | 'bundledSessionId' | 'bundledToken';

/** Environment variable names (prefix removed) that hold a session ID: `SESSION_ID`, `OT_SESSION`, `VONAGE_SESSIONID`. */
const SESSION_ID_NAME = /(?:^|_)SESSION_?ID$|^(?:OT|OPENTOK|TOKBOX|VONAGE|VIDEO)_?(?:VIDEO_)?SESSION$/i;
/** … that hold a client token: `TOKEN`, `OT_TOKEN`, `VONAGE_VIDEO_TOKEN`, `SESSION_TOKEN`, `PUBLISHER_TOKEN`. */
const TOKEN_NAME = /^(?:(?:OT|OPENTOK|TOKBOX|VONAGE|VIDEO|SESSION|CLIENT|PARTICIPANT|PUBLISHER|SUBSCRIBER|MODERATOR)_?)*TOKEN$/i;
/** Modules whose presence makes a file browser code. */
const BROWSER_MODULES = new Set([...BROWSER_SDK_MODULES, ...Object.keys(REACT_COMPONENT_MODULES)]);

const MESSAGE_OF: Record<CredentialFormat, MessageIds> = {
  'session-id': 'hardcodedSessionId',
  't1-token': 'hardcodedToken',
  'jwt-token': 'hardcodedToken',
};

const FORMAT_NAME: Record<CredentialFormat, string> = {
  'session-id': 'session ID',
  't1-token': 'client token (T1)',
  'jwt-token': 'client token (JWT)',
};

export default createRule<[], MessageIds>({
  name: 'no-hardcoded-session-credentials',
  meta: {
    type: 'problem',
    docs: {
      description: 'Disallow Vonage Video session IDs and client tokens written into source code',
      recommended: 'recommended',
      guideSection: 'Generate a unique session ID per call and token per participant',
    },
    messages: {
      hardcodedSessionId:
        'Hard-coded Vonage Video {{format}}: every user of this code joins the same session. Create a session per call on your server and fetch its ID from your token endpoint.',
      hardcodedToken:
        'Hard-coded Vonage Video {{format}}: anyone who reads this code can join the session until it expires. Fetch a token per participant from your authenticated token endpoint.',
      bundledSessionId:
        '`{{name}}` is compiled into the bundle by {{toolchain}}: every visitor gets this session ID, so all meetings share one session. Create a session per call on your server.',
      bundledToken:
        '`{{name}}` is compiled into the bundle by {{toolchain}}: every visitor gets this token and joins with its role. Fetch a token per participant from your token endpoint.',
    },
    schema: [],
  },
  create(context) {
    // Tests, fixtures and mocks hard-code well-known fakes (`…~fake…`, key `12345678`): those are not reported there.
    const inTest = isTestFile(context);

    function check(node: TSESTree.Node, text: string): void {
      const found = findSessionCredential(text);
      if (found && !(inTest && isWellKnownFakeCredential(text, found))) context.report({ node, messageId: MESSAGE_OF[found.format], data: { format: FORMAT_NAME[found.format] } });
    }

    const vonage = mayUseVonage(context.sourceCode);
    let browserCode: boolean | undefined;

    /** The file runs in a browser: `'use client'`, or it uses the browser SDK or its React components. */
    function isBrowserCode(): boolean {
      browserCode ??=
        context.sourceCode.ast.body.some(
          statement =>
            (statement.type === 'ExpressionStatement' && statement.directive === CLIENT_DIRECTIVE) ||
            (statement.type === 'ImportDeclaration' && BROWSER_MODULES.has(statement.source.value)),
        ) || getSdkFile(context).trackedCalls.some(call => call.sdk === 'browser');
      return browserCode;
    }

    /** A session ID or token read from a variable the toolchain compiles into the browser bundle. */
    function checkEnvironmentRead(node: TSESTree.Node, name: string, form: BuildTimeEnvForm, display: string): void {
      const prefix = publicEnvPrefix(name);
      const bare = prefix === null ? name : name.slice(prefix.length);
      const messageId = SESSION_ID_NAME.test(bare) ? 'bundledSessionId' : TOKEN_NAME.test(bare) ? 'bundledToken' : null;
      if (!messageId) return;
      const toolchain = bundledEnvToolchain(name, form, form === 'module' || isBrowserCode());
      if (toolchain !== null) context.report({ node, messageId, data: { name: display, toolchain } });
    }

    const environmentListeners = vonage
      ? {
          MemberExpression(node: TSESTree.MemberExpression) {
            const object = node.object;
            if (object.type !== 'MemberExpression' || object.computed || object.property.type !== 'Identifier' || object.property.name !== 'env') return;
            const root = object.object;
            const form: BuildTimeEnvForm | null =
              root.type === 'Identifier' && root.name === 'process' ? 'process.env' : root.type === 'MetaProperty' && root.meta.name === 'import' ? 'import.meta.env' : null;
            const name = form && getPropertyName(node);
            if (form && name) checkEnvironmentRead(node, name, form, `${form}.${name}`);
          },
          ImportDeclaration(node: TSESTree.ImportDeclaration) {
            // SvelteKit: `import { PUBLIC_SESSION_ID } from '$env/static/public'`.
            if (!PUBLIC_ENV_MODULES.includes(node.source.value)) return;
            for (const specifier of node.specifiers) {
              if (specifier.type !== 'ImportSpecifier' || specifier.imported.type !== 'Identifier') continue;
              checkEnvironmentRead(specifier, specifier.imported.name, 'module', specifier.imported.name);
            }
          },
        }
      : {};

    return {
      ...environmentListeners,
      Literal(node) {
        if (typeof node.value === 'string') check(node, node.value);
      },
      TemplateElement(node) {
        check(node, node.value.cooked ?? node.value.raw);
      },
      JSXText(node) {
        check(node, node.value);
      },
    };
  },
});
