import type { TSESTree } from '@typescript-eslint/utils';

import { isTestFile } from '../analysis/test-files';
import { findSessionCredential, isWellKnownFakeCredential } from '../sdk';
import type { CredentialFormat } from '../sdk';
import { createRule } from '../util/create-rule';

type MessageIds = 'hardcodedSessionId' | 'hardcodedToken';

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

    return {
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
