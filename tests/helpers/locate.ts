/**
 * The location of a snippet in test code, in RuleTester's terms (1-based lines and columns, end exclusive), so an
 * invalid case says *which text* it expects to be reported instead of repeating column arithmetic.
 * `occurrence` picks the n-th match (1-based).
 */
export function at(code: string, snippet: string, occurrence = 1): { line: number; column: number; endLine: number; endColumn: number } {
  let index = -1;
  for (let seen = 0; seen < occurrence; seen++) {
    index = code.indexOf(snippet, index + 1);
    if (index === -1) throw new Error(`snippet not found (occurrence ${occurrence}): ${snippet}`);
  }
  const position = (offset: number) => {
    const before = code.slice(0, offset).split('\n');
    return { line: before.length, column: (before[before.length - 1] ?? '').length + 1 };
  };
  const start = position(index);
  const end = position(index + snippet.length);
  return { line: start.line, column: start.column, endLine: end.line, endColumn: end.column };
}
