import { expect, it } from 'vitest';
import { corpusFiles } from './corpus.js';

it('the crash corpus holds at least 20,000 real JS/TS files', () => {
  expect(corpusFiles().length).toBeGreaterThanOrEqual(20_000);
});
