#!/usr/bin/env node
/**
 * Real-code precision measurement — prints numbers; asserts nothing; always exits 0.
 *
 * Lints the payment code of public repositories (official provider SDKs, their integration samples and the payment
 * modules of open-source commerce platforms) with the plugin, the way users set it up, and joins every finding with
 * a human verdict from verdicts.csv (TP / FP / DEBATABLE) to report precision per preset and per rule.
 *
 * Checkouts (not part of this repository; never copy them in): repos.json lists each repository, the pinned commit
 * and the sub-paths that are linted. Put one folder per repository under a directory of your choice, named
 * `<owner>+<name>` (or just `<name>`), holding that repository's files at the pinned commit. Any way of getting them
 * works, e.g.
 *
 *   git clone https://github.com/<owner>/<name> <dir>/<owner>+<name> && git -C <dir>/<owner>+<name> checkout <commit>
 *
 * (or `git archive <commit> | tar -x -C <dir>/<owner>+<name>` from any clone or bare mirror). Only the listed
 * sub-paths need to be present.
 *
 * Run (from the repository root):
 *
 *   npm run build && node bench/real-code/run.js --checkouts <dir>
 *
 * Options:
 *   --checkouts <dir>   directory holding the checkouts (required)
 *   --plugin <file>     plugin entry to load (default: ../../dist/src/index.js relative to this script), e.g. a
 *                       frozen older build to compare against
 *   --preset <name>     recommended | strict | all (default: recommended, then all)
 *   --json <file>       also write every finding (with its verdict, if any) as JSON
 *
 * Setup per repository: ESLint's `ESLint` class, cwd = the checkout root, `overrideConfigFile: true`, TypeScript files
 * through @typescript-eslint/parser, JS/JSX through espree with JSX on, then plugin.configs[preset]; node_modules,
 * dist, build, minified files and declaration files are ignored. Parse errors are counted, not fatal; rule crashes
 * surface as `internalError` messages (counted and listed separately); a crash that escapes ESLint is caught, the
 * path is re-linted file by file and the crashing files are listed.
 *
 * verdicts.csv: repo,commit,file,line,rule,verdict,reason — verdict TP, FP or DEBATABLE; file relative to the
 * repository root; rule without the `payment-security/` prefix. A finding matches a verdict on repo + file + line +
 * rule (two findings of one rule on one line share a verdict). Precision = TP / (TP + FP); DEBATABLE is excluded.
 */
import { writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadVerdicts } from '../lib/corpus.js';
import { loadPlugin, measurePresets, parseOptions, readRepos, runBench } from '../lib/runner.js';

const here = dirname(fileURLToPath(import.meta.url));

// ---------------------------------------------------------------------------------------------------------- options

function parseArgs(argv) {
  const options = parseOptions(argv, { checkouts: null, presets: ['recommended', 'all'] }, {
    '--checkouts': (options, value) => {
      options.checkouts = resolve(value);
    },
    '--preset': (options, value) => {
      options.presets = [value];
    },
  });
  if (!options.checkouts) throw new Error('--checkouts <dir> is required');
  return options;
}

// ---------------------------------------------------------------------------------------------------------- report

// ------------------------------------------------------------------------------------------------------------ main

async function main() {
  const options = parseArgs(process.argv.slice(2));
  const repos = readRepos(here);
  const plugin = await loadPlugin(options.plugin);
  const { verdicts, problems } = loadVerdicts(join(here, 'verdicts.csv'));
  console.log(`Plugin: ${options.plugin}`);
  console.log(`Checkouts: ${options.checkouts}`);
  console.log(`Repositories: ${repos.length}; verdicts: ${verdicts.size}`);
  for (const problem of problems) console.log(`verdicts.csv: ${problem}`);
  const { dump } = await measurePresets(options, repos, plugin, verdicts);
  if (options.json) writeFileSync(options.json, `${JSON.stringify(dump, null, 2)}\n`);
}

await runBench(main);
