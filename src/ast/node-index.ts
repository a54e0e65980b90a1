import type { TSESTree } from '@typescript-eslint/utils';
import type { SourceCode } from '@typescript-eslint/utils/ts-eslint';
import { walk } from './ast.js';

/*
 * One traversal per file, shared by every analysis. Analyses that look at every node of a few types (all calls, all
 * string literals, all classes) read them here instead of walking the whole tree themselves. The index visits the
 * same nodes in the same order as ast.ts `walk(sourceCode.ast, sourceCode.visitorKeys, …)` without skipping: pre-order,
 * children in visitor-key order. A walk whose callback skips subtrees (returns `false`) is equivalent only when the
 * skipped subtrees can hold none of the types it looks at.
 */

/** The `type` strings of typescript-estree nodes (`'CallExpression'`, `'Literal'`, …). */
export type NodeType = `${TSESTree.Node['type']}`;

/** The node interface(s) whose `type` is one of `K`. */
export type NodeOfType<K extends NodeType> = TSESTree.Node extends infer N
  ? N extends TSESTree.Node
    ? `${N['type']}` extends K
      ? N
      : never
    : never
  : never;

interface Bucket {
  readonly nodes: TSESTree.Node[];
  /** Pre-order position of each node in `nodes`, ascending. */
  readonly positions: number[];
}

interface NodeIndex {
  /** Every node in pre-order. */
  readonly all: readonly TSESTree.Node[];
  readonly byType: ReadonlyMap<string, Bucket>;
  /** nodesOfTypes results by the identity of the `types` array (callers pass module constants). */
  readonly merged: WeakMap<readonly string[], readonly TSESTree.Node[]>;
}

const EMPTY: readonly never[] = Object.freeze([]);
const indexes = new WeakMap<object, NodeIndex>();

function build(sourceCode: Readonly<SourceCode>): NodeIndex {
  const all: TSESTree.Node[] = [];
  const byType = new Map<string, Bucket>();
  // The same pre-order as `walk` (src/ast/ast.ts), which every analysis used before: one walk records it.
  walk(sourceCode.ast, sourceCode.visitorKeys, (node) => {
    let bucket = byType.get(node.type);
    if (!bucket) {
      bucket = { nodes: [], positions: [] };
      byType.set(node.type, bucket);
    }
    bucket.nodes.push(node);
    bucket.positions.push(all.length);
    all.push(node);
  });
  return { all, byType, merged: new WeakMap() };
}

function indexOf(sourceCode: Readonly<SourceCode>): NodeIndex {
  let index = indexes.get(sourceCode);
  if (!index) {
    index = build(sourceCode);
    indexes.set(sourceCode, index);
  }
  return index;
}

/**
 * Every node of `type` in the file, in the order ast.ts `walk` over `sourceCode.ast` visits them (pre-order, which is
 * source order). Built once per file on first use; do not mutate the array.
 */
export function nodesOfType<K extends NodeType>(sourceCode: Readonly<SourceCode>, type: K): readonly NodeOfType<K>[] {
  return (indexOf(sourceCode).byType.get(type)?.nodes ?? EMPTY) as readonly NodeOfType<K>[];
}

/** Every node of any of `types` in the file, merged in the order ast.ts `walk` visits them. */
export function nodesOfTypes<K extends NodeType>(sourceCode: Readonly<SourceCode>, types: readonly K[]): readonly NodeOfType<K>[] {
  const index = indexOf(sourceCode);
  const cached = index.merged.get(types);
  if (cached) return cached as readonly NodeOfType<K>[];
  const result = merge(index, types);
  index.merged.set(types, result);
  return result as readonly NodeOfType<K>[];
}

function merge(index: NodeIndex, types: readonly string[]): readonly TSESTree.Node[] {
  const buckets: Bucket[] = [];
  let count = 0;
  for (const type of new Set(types)) {
    const bucket = index.byType.get(type);
    if (bucket && bucket.nodes.length > 0) {
      buckets.push(bucket);
      count += bucket.nodes.length;
    }
  }
  if (buckets.length === 0) return EMPTY;
  if (buckets.length === 1) return buckets[0]!.nodes;
  // Positions are distinct integers: a numeric sort of the union gives pre-order.
  const positions = new Int32Array(count);
  let offset = 0;
  for (const bucket of buckets) {
    positions.set(bucket.positions, offset);
    offset += bucket.positions.length;
  }
  positions.sort();
  const merged = new Array<TSESTree.Node>(count);
  for (let at = 0; at < count; at++) merged[at] = index.all[positions[at]!]!;
  return merged;
}
