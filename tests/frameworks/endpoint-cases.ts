/** Shared preludes and expectations for require-authenticated-endpoint cases in the framework adapter tests. */
import { at } from '../helpers/locate';

/** An `@vonage/video` client, so calls on `video` are traced to the SDK. */
export const VIDEO = `import { Video } from '@vonage/video';\nconst video = new Video({ applicationId: process.env.APP_ID, privateKey: process.env.PRIVATE_KEY });\n`;

const TOKEN = { does: 'mints client tokens', risk: 'join your sessions and run up your usage' };

/** An `unauthenticated` report for a handler that mints tokens, at `snippet` in `code`. */
export function unauthenticatedToken(code: string, snippet: string, route: string, operation = 'generateClientToken') {
  return { messageId: 'unauthenticated' as const, ...at(code, snippet), data: { route, operation, ...TOKEN }, suggestions: [] };
}

/** A `roleFromRequest` report of no-client-controlled-role at the `occurrence`-th `snippet` (the role value), with its suggestion. */
export function roleFromRequest(code: string, snippet: string, source: string, occurrence = 1) {
  let index = -1;
  for (let seen = 0; seen < occurrence; seen++) index = code.indexOf(snippet, index + 1);
  return {
    messageId: 'roleFromRequest' as const,
    ...at(code, snippet, occurrence),
    data: { source },
    suggestions: [{ messageId: 'useSubscriber' as const, output: `${code.slice(0, index)}'subscriber'${code.slice(index + snippet.length)}` }],
  };
}

/** A `secretInResponse` report of no-secret-exposure for the API secret `name` (at its first match), sent through `sink`. */
export function secretError(code: string, name: string, sink: string) {
  return { messageId: 'secretInResponse' as const, ...at(code, name), data: { secret: `The API secret \`${name}\``, sink }, suggestions: [] };
}
