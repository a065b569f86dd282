import { describe, expect, it } from 'vitest';

import { routesIn } from './routes-in';

describe('firebase adapter', () => {
  it('v2 onCall and onRequest exports', () => {
    const code = "import { onCall, onRequest } from 'firebase-functions/v2/https';\nexport const getToken = onCall(async (request) => {});\nexport const hook = onRequest((req, res) => {});";
    expect(routesIn(code)).toEqual([
      { framework: 'firebase-callable', label: 'Callable function `getToken`', path: null, method: null, handler: true, inFront: [] },
      { framework: 'firebase-request', label: 'HTTPS function `hook`', path: null, method: null, handler: true, inFront: [] },
    ]);
  });

  it('v1 functions.https.onCall through exports.x', () => {
    const code = "const functions = require('firebase-functions');\nexports.getToken = functions.https.onCall((data, context) => {});";
    expect(routesIn(code, { sourceType: 'commonjs' }).map(route => route.label)).toEqual(['Callable function `getToken`']);
  });
});
