import type { TSESTree } from '@typescript-eslint/utils';
import type { SourceCode } from '@typescript-eslint/utils/ts-eslint';

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

type NodeIndex = Map<string, Bucket>;

const EMPTY: readonly never[] = Object.freeze([]);
const indexes = new WeakMap<object, NodeIndex>();

function build(sourceCode: Readonly<SourceCode>): NodeIndex {
  const index: NodeIndex = new Map();
  const visitorKeys = sourceCode.visitorKeys;
  const stack: TSESTree.Node[] = [sourceCode.ast];
  let position = 0;
  while (stack.length > 0) {
    const node = stack.pop()!;
    let bucket = index.get(node.type);
    if (!bucket) {
      bucket = { nodes: [], positions: [] };
      index.set(node.type, bucket);
    }
    bucket.nodes.push(node);
    bucket.positions.push(position++);
    const keys = visitorKeys[node.type] ?? [];
    for (let key = keys.length - 1; key >= 0; key--) {
      const child = (node as unknown as Record<string, unknown>)[keys[key]!];
      if (Array.isArray(child)) {
        for (let inner = child.length - 1; inner >= 0; inner--) {
          const item = child[inner] as TSESTree.Node | null;
          if (item && typeof item.type === 'string') stack.push(item);
        }
      } else if (child && typeof (child as TSESTree.Node).type === 'string') {
        stack.push(child as TSESTree.Node);
      }
    }
  }
  return index;
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
  return (indexOf(sourceCode).get(type)?.nodes ?? EMPTY) as readonly NodeOfType<K>[];
}

/** Every node of any of `types` in the file, merged in the order ast.ts `walk` visits them. */
export function nodesOfTypes<K extends NodeType>(sourceCode: Readonly<SourceCode>, types: readonly K[]): readonly NodeOfType<K>[] {
  const index = indexOf(sourceCode);
  const buckets: Bucket[] = [];
  for (const type of new Set(types)) {
    const bucket = index.get(type);
    if (bucket && bucket.nodes.length > 0) buckets.push(bucket);
  }
  if (buckets.length === 0) return EMPTY;
  if (buckets.length === 1) return buckets[0]!.nodes as NodeOfType<K>[];
  // k-way merge by pre-order position (k is small).
  const merged: TSESTree.Node[] = [];
  const cursors = buckets.map(() => 0);
  for (;;) {
    let best = -1;
    let bestPosition = Infinity;
    for (let b = 0; b < buckets.length; b++) {
      const cursor = cursors[b]!;
      const bucket = buckets[b]!;
      if (cursor < bucket.positions.length && bucket.positions[cursor]! < bestPosition) {
        best = b;
        bestPosition = bucket.positions[cursor]!;
      }
    }
    if (best === -1) break;
    merged.push(buckets[best]!.nodes[cursors[best]!]!);
    cursors[best]!++;
  }
  return merged as NodeOfType<K>[];
}
