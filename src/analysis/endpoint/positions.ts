/** Privileged operations found in a handler, and where they run along the call chain from the handler. */
import type { TSESTree } from '@typescript-eslint/utils';

import type { OperationKind } from '../../sdk';

/** How deep the analysis follows same-file function calls from a handler. */
export const MAX_CALL_DEPTH = 4;

export interface Operation {
  /** The call, for the role check of `allowPublicSubscriberTokens`; `null` for a handler known by name only. */
  call: TSESTree.CallExpression | null;
  kind: OperationKind;
  /** How the message names it: `generateToken`, `videoController.getToken`. */
  name: string;
  /** Where it runs, as offsets along the call chain from the handler (compared lexicographically). */
  start: number[];
  end: number[];
}

/** Orders two positions along the call chain: negative when `a` runs first. */
export function comparePositions(a: readonly number[], b: readonly number[]): number {
  for (let index = 0; index < Math.min(a.length, b.length); index++) {
    const difference = (a[index] as number) - (b[index] as number);
    if (difference !== 0) return difference;
  }
  return a.length - b.length;
}
