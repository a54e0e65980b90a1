#!/usr/bin/env node
/**
 * Everyday payment apps — precision and recall of the plugin on small real applications (hobby, student and startup
 * projects that integrate Stripe, PayPal, Razorpay, Braintree, Square or M-Pesa). Prints numbers; asserts nothing;
 * always exits 0; not part of `npm test`.
 *
 * Every finding of the `recommended` and `strict` presets is joined with a human verdict from verdicts.csv, and the
 * real defects a careful reviewer of each app's payment code finds that the plugin does not report are listed in
 * misses.csv. Per preset it prints
 *   precision = TP / (TP + FP)                    (DEBATABLE and unjudged findings excluded)
 *   recall    = found TP / (found TP + misses)    (misses = rows of misses.csv no finding of this preset matches,
 *                                                  plus TP verdicts of the other preset this preset does not report)
 *
 * Checkouts (not part of this repository; never copy them in): repos.json lists each repository, the pinned commit
 * and the sub-paths that are linted. Put one folder per repository under a directory (default /work/everyday), named
 * `<owner>+<name>`, holding that repository's files at the pinned commit, e.g.
 *
 *   git clone https://github.com/<owner>/<name> /work/everyday/<owner>+<name>
 *   git -C /work/everyday/<owner>+<name> checkout <commit>
 *
 * or, from a bare mirror, `git --git-dir=<mirror> archive <commit> | tar -x -C /work/everyday/<owner>+<name>`.
 *
 * Run (from the repository root):
 *
 *   npm run build && node bench/everyday-apps/run.js [--dir /work/everyday]
 *
 * Options:
 *   --dir <dir>         directory holding the checkouts (default /work/everyday)
 *   --plugin <file>     plugin entry to load (default: ../../dist/src/index.js relative to this script)
 *   --preset <name>     recommended | strict | all (default: recommended, then strict)
 *   --json <file>       also write every finding (with its verdict, if any) as JSON
 *
 * Setup per repository (the users' setup, as bench/real-code/run.js): ESLint's `ESLint` class, cwd = the checkout
 * root, `overrideConfigFile: true`, TypeScript through @typescript-eslint/parser, JS/JSX through espree with JSX on,
 * `.vue` files through vue-eslint-parser, then plugin.configs[preset]; node_modules, dist, build, minified files and
 * declaration files are ignored.
 *
 * verdicts.csv: repo,commit,file,line,rule,verdict,reason — verdict TP, FP or DEBATABLE (any case); file relative to
 * the repository root; rule without the `payment-security/` prefix. A finding matches a verdict on repo + file +
 * line + rule. misses.csv: repo,commit,file,line,category,reason — category is the rule that should have reported the
 * defect (or a short category when no rule covers it). A miss that a finding of that rule on that line now reports
 * is listed as "now found" and not counted as a miss (give that finding a verdict).
 */
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runAppsBench } from '../lib/apps-bench.js';

await runAppsBench(dirname(fileURLToPath(import.meta.url)), '/work/everyday');
