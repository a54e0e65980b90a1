/**
 * URL path matching on partly-known strings. `staticPrefix` answers "how does this string start?"; endpoint checks
 * also need the known text *after* a dynamic host: `` `${PAYPAL_API}/v1/payments/payment` `` has an unknown start and a
 * known path. `staticTextParts` returns every known piece of a template/concatenation (following constants), and
 * `findEndpointPath` matches path prefixes on whole segments inside those pieces.
 */
import type { TSESTree } from '@typescript-eslint/utils';
import type { SourceCode } from '@typescript-eslint/utils/ts-eslint';
import { skipWrappers } from '../ast/ast.js';
import { resolveIdentifier, staticValue } from './static-values.js';
import { STRING_PARTS, VALUE_RESOLUTION_DEPTH } from './budget.js';


export interface TextPart {
  readonly text: string;
  /** True when this piece is known to start the whole string. */
  readonly atStart: boolean;
}

/**
 * The known text pieces of a string expression, in order. `null` when nothing is known or the expression is not
 * string-like (a call, a parameter). Adjacent known pieces are merged.
 */
export function staticTextParts(sourceCode: Readonly<SourceCode>, node: TSESTree.Node): TextPart[] | null {
  const raw: (string | null)[] = [];
  const ok = collect(sourceCode, node, raw, 0);
  if (!ok) return null;
  // Merge adjacent known pieces; `null` marks an unknown gap.
  const merged: (string | null)[] = [];
  for (const piece of raw) {
    const last = merged.length - 1;
    if (piece !== null && last >= 0 && merged[last] !== null) merged[last] = merged[last]! + piece;
    else if (piece !== null || merged[last] !== null) merged.push(piece);
  }
  const parts: TextPart[] = [];
  merged.forEach((piece, index) => {
    if (piece === null || piece === '') return;
    parts.push({ text: piece, atStart: index === 0 });
  });
  return parts.length > 0 ? parts : null;
}

function collect(sourceCode: Readonly<SourceCode>, node: TSESTree.Node, out: (string | null)[], depth: number): boolean {
  if (depth > VALUE_RESOLUTION_DEPTH || out.length > STRING_PARTS) {
    out.push(null);
    return true;
  }
  const inner = skipWrappers(node);
  const whole = staticValue(sourceCode, inner);
  if (whole) {
    if (typeof whole.value !== 'string' && typeof whole.value !== 'number') return depth > 0 ? (out.push(null), true) : false;
    out.push(String(whole.value));
    return true;
  }
  switch (inner.type) {
    case 'TemplateLiteral':
      for (let index = 0; index < inner.quasis.length; index++) {
        out.push(inner.quasis[index]!.value.cooked ?? null);
        const expression = inner.expressions[index];
        if (expression) collect(sourceCode, expression, out, depth + 1);
      }
      return true;
    case 'BinaryExpression':
      if (inner.operator !== '+') break;
      collect(sourceCode, inner.left, out, depth + 1);
      collect(sourceCode, inner.right, out, depth + 1);
      return true;
    case 'Identifier': {
      const resolved = resolveIdentifier(sourceCode, inner);
      if (resolved) return collect(sourceCode, resolved, out, depth + 1) || (out.push(null), true);
      break;
    }
    default:
      break;
  }
  if (depth === 0) return false;
  out.push(null);
  return true;
}

export interface EndpointMatch {
  /** The matched path prefix. */
  readonly path: string;
  /** Host of the URL when it is known (lower case), else `null`. */
  readonly host: string | null;
}

const SEGMENT_END = new Set(['', '/', '?', '#']);

/**
 * The first of `paths` that the string expression calls, matched as a whole-segment path prefix: `/v1/payments/payment`
 * matches `…/v1/payments/payment/PAY-1/execute` but not `…/v1/payments/payments` or `/v1/payments/payouts`.
 * A path is only matched at the start of the URL path: after the host when the URL is absolute, after an unknown
 * (dynamic) base, or at the very start of a relative URL when `allowRelative` is set.
 */
export function findEndpointPath(
  sourceCode: Readonly<SourceCode>,
  node: TSESTree.Node,
  paths: readonly string[],
  options: { readonly allowRelative?: boolean } = {},
): EndpointMatch | null {
  const parts = staticTextParts(sourceCode, node);
  if (!parts) return null;
  for (const part of parts) {
    let text = part.text;
    let host: string | null = null;
    let pathStart: boolean;
    const scheme = /^[a-z][a-z0-9+.-]*:\/\//iu.exec(text);
    if (part.atStart && scheme) {
      const rest = text.slice(scheme[0].length);
      const slash = rest.search(/[/?#]/u);
      const authority = slash === -1 ? rest : rest.slice(0, slash);
      host = authority.replace(/^[^@]*@/u, '').replace(/:\d*$/u, '').toLowerCase();
      text = slash === -1 ? '' : rest.slice(slash);
      pathStart = true;
    } else if (part.atStart) {
      pathStart = options.allowRelative === true && text.startsWith('/');
    } else {
      // After an unknown base: the path may continue the base (`${BASE}/v1/…`).
      pathStart = true;
    }
    if (!pathStart) continue;
    for (const path of paths) {
      if (!text.startsWith(path)) continue;
      if (SEGMENT_END.has(text.charAt(path.length))) return { path, host };
    }
  }
  return null;
}
