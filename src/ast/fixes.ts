import type { TSESTree } from '@typescript-eslint/utils';
import type { RuleFix, RuleFixer, SourceCode } from '@typescript-eslint/utils/ts-eslint';

/** Remove a property (and its separating comma) from an object literal. */
export function removeProperty(
  sourceCode: Readonly<SourceCode>,
  fixer: RuleFixer,
  property: TSESTree.Property | TSESTree.SpreadElement,
): RuleFix {
  const after = sourceCode.getTokenAfter(property);
  if (after && after.value === ',') {
    return fixer.removeRange([property.range[0], after.range[1]]);
  }
  const before = sourceCode.getTokenBefore(property);
  if (before && before.value === ',') {
    return fixer.removeRange([before.range[0], property.range[1]]);
  }
  return fixer.remove(property);
}

/** Remove a whole expression statement (the line it sits on when it is alone there). */
export function removeStatement(
  sourceCode: Readonly<SourceCode>,
  fixer: RuleFixer,
  statement: TSESTree.Node,
): RuleFix {
  const { text } = sourceCode;
  let start = statement.range[0];
  let end = statement.range[1];
  let lineStart = start;
  while (lineStart > 0 && (text[lineStart - 1] === ' ' || text[lineStart - 1] === '\t')) lineStart--;
  if (lineStart === 0 || text[lineStart - 1] === '\n') {
    let lineEnd = end;
    while (lineEnd < text.length && (text[lineEnd] === ' ' || text[lineEnd] === '\t')) lineEnd++;
    if (text[lineEnd] === '\r') lineEnd++;
    if (text[lineEnd] === '\n') {
      start = lineStart;
      end = lineEnd + 1;
    }
  }
  return fixer.removeRange([start, end]);
}
