import { expect, it } from 'vitest';
import { lintShard } from './corpus.js';

it("lints corpus shard 3 of 4 with every rule in everything through @typescript-eslint/parser: no crash, no hang", () => {
  const result = lintShard(3, 4, 'typescript');
  console.log(`crash corpus (typescript) shard 3: ${result.files} files, ${result.parseErrors} parse errors, slowest ${result.slowest.file} (${result.slowest.ms} ms)`);
  expect(result.crashes.slice(0, 25)).toEqual([]);
  expect(result.crashes.length).toBe(0);
  expect(result.hangs).toEqual([]);
  expect(result.files).toBeGreaterThan(4000);
}, 900_000);
