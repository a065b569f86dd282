/** Building a `Route`: the fields a handler style knows, the rest left empty. */
import type { TSESTree } from '@typescript-eslint/utils';

import type { FunctionNode } from '../ast';

import type { Route } from './types';

/** What every route has; the handler is inline (`handler`) or referenced (`handlerValue`, when `handler` is null). */
type RouteFields = Pick<Route, 'framework' | 'label' | 'reportNode'> & Partial<Omit<Route, 'handlerReference'>> & { handler: FunctionNode | null; handlerValue?: TSESTree.Node };

export function makeRoute({ handlerValue, ...fields }: RouteFields): Route {
  return {
    path: null,
    name: null,
    method: null,
    inFront: [],
    registration: null,
    receiverNode: null,
    ...fields,
    handlerReference: fields.handler ? null : (handlerValue ?? null),
  };
}
