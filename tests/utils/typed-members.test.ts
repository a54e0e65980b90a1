import type { TSESTree } from '@typescript-eslint/utils';
import { describe, expect, it } from 'vitest';
import { familyOfTypedValue, type TypedFamily } from '../../src/modules/typed-members.js';
import { withSourceCode } from './probe.js';

const FAMILIES: readonly TypedFamily[] = [
  { module: 'typeorm', type: 'Repository', family: 'repo' },
  { module: 'mongoose', type: 'Model', family: 'model' },
];

/** Family of every `x.save()` receiver in the code. */
function families(code: string): (string | null)[] {
  return withSourceCode(code, (sourceCode, program) => {
    const found: (string | null)[] = [];
    const visit = (node: TSESTree.Node): void => {
      if (node.type === 'CallExpression' && node.callee.type === 'MemberExpression') {
        found.push(familyOfTypedValue(sourceCode, node.callee.object, FAMILIES));
      }
      for (const value of Object.values(node)) {
        if (value && typeof value === 'object' && 'type' in value && value !== node.parent) visit(value as TSESTree.Node);
        if (Array.isArray(value)) for (const item of value) if (item && typeof item === 'object' && 'type' in item) visit(item as TSESTree.Node);
      }
    };
    visit(program);
    return found;
  });
}

describe('familyOfTypedValue', () => {
  it('resolves parameter properties, class fields, parameters and qualified types', () => {
    expect(
      families(
        "import { Repository } from 'typeorm';\nimport mongoose from 'mongoose';\nclass S {\n  private field: Repository<A>;\n  constructor(private readonly repo: Repository<A>) {}\n  a(model: mongoose.Model<B>) { this.repo.save(); this.field.save(); model.save(); }\n}",
      ),
    ).toEqual(['repo', 'repo', 'model']);
  });

  it('rejects local and unannotated types', () => {
    expect(families('interface Repository<T> { save(): T }\nfunction f(repo: Repository<number>, other) { repo.save(); other.save(); }')).toEqual([null, null]);
  });
});
