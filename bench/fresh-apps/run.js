#!/usr/bin/env node
/**
 * Fresh payment apps — precision and recall of the plugin on real applications that no rule was tuned on when they
 * were added (Express, NestJS, Next.js API routes, Vercel and Firebase functions integrating Stripe, PayPal,
 * Razorpay, Paystack, Flutterwave and Braintree). Prints numbers; asserts nothing; always exits 0; not part of
 * `npm test`. Same tables and report as bench/everyday-apps/run.js (see there), measured with the `recommended` and
 * `all` presets by default.
 *
 * Checkouts (not part of this repository; never copy them in): repos.json lists each repository and the pinned
 * commit. Put one folder per repository under a directory (default /work/fresh), named `<owner>+<name>`, holding
 * that repository's files at the pinned commit:
 *
 *   git clone https://github.com/<owner>/<name> /work/fresh/<owner>+<name>
 *   git -C /work/fresh/<owner>+<name> checkout <commit>
 *
 * or, from a bare mirror, `mkdir -p /work/fresh/<owner>+<name> && git --git-dir=<mirror> archive <commit> | tar -x
 * -C /work/fresh/<owner>+<name>` (for dev-olayemi/hide-luxe-legacy add `-- . ':(exclude)public'` after the commit:
 * the mirror lacks one large image there).
 *
 * Run (from the repository root):
 *
 *   npm run build && node bench/fresh-apps/run.js [--dir /work/fresh] [--preset recommended|strict|all]
 *   [--plugin <file>] [--json <file>]
 */
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runAppsBench } from '../lib/apps-bench.js';

await runAppsBench(dirname(fileURLToPath(import.meta.url)), '/work/fresh', ['recommended', 'all']);
