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
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { key, loadVerdicts, measure, pad, pct, PREFIX, tally } from '../lib/corpus.js';

const here = dirname(fileURLToPath(import.meta.url));

// ---------------------------------------------------------------------------------------------------------- options

function parseArgs(argv) {
  const options = { checkouts: null, plugin: join(here, '../../dist/src/index.js'), presets: ['recommended', 'all'], json: null };
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i];
    const value = () => {
      i += 1;
      if (i >= argv.length) throw new Error(`${arg} needs a value`);
      return argv[i];
    };
    if (arg === '--checkouts') options.checkouts = resolve(value());
    else if (arg === '--plugin') options.plugin = resolve(value());
    else if (arg === '--preset') options.presets = [value()];
    else if (arg === '--json') options.json = resolve(value());
    else throw new Error(`unknown option ${arg}`);
  }
  if (!options.checkouts) throw new Error('--checkouts <dir> is required');
  return options;
}

// ---------------------------------------------------------------------------------------------------------- report

function report(preset, totals, plugin, verdicts, repos) {
  const kloc = totals.loc / 1000;
  const t = tally(totals.findings);
  const line = '='.repeat(100);
  console.log(`\n${line}\nPreset: ${preset} (${Object.keys(plugin.configs[preset].rules ?? {}).length} rules)\n${line}`);
  console.log(`Files linted:        ${totals.files}`);
  console.log(`kLOC (non-empty):    ${kloc.toFixed(1)}`);
  console.log(`Findings:            ${t.findings}`);
  console.log(`Findings / kLOC:     ${kloc === 0 ? 'n/a' : (t.findings / kloc).toFixed(3)}`);
  console.log(`TP / FP / DEBATABLE: ${t.TP} / ${t.FP} / ${t.DEBATABLE}`);
  console.log(`Unjudged:            ${t.unjudged}`);
  console.log(`Precision:           ${pct(t.precision)}  (TP / (TP + FP); DEBATABLE excluded; unjudged excluded)`);
  console.log(`Parse errors:        ${totals.parseErrors.length} file(s)`);
  console.log(`internalError:       ${totals.internalErrors.length}`);
  console.log(`Other messages:      ${totals.otherMessages} (no rule id, not fatal: inline config comments; ignored)`);
  console.log(`Crashes (escaped):   ${totals.crashes.length}`);

  const rules = [...new Set(totals.findings.map((f) => f.rule))].sort();
  if (rules.length > 0) {
    console.log(`\nPer rule:\n  ${'rule'.padEnd(42)}${pad('found', 7)}${pad('TP', 6)}${pad('FP', 6)}${pad('DEB', 6)}${pad('unj', 6)}  precision`);
    for (const rule of rules) {
      const r = tally(totals.findings.filter((f) => f.rule === rule));
      console.log(
        `  ${rule.padEnd(42)}${pad(r.findings, 7)}${pad(r.TP, 6)}${pad(r.FP, 6)}${pad(r.DEBATABLE, 6)}${pad(r.unjudged, 6)}  ${pct(r.precision)}`,
      );
    }
  }
  if (totals.perRepo.size > 0) {
    console.log(
      `\nPer repository:\n  ${'repo'.padEnd(42)}${pad('files', 7)}${pad('kLOC', 8)}${pad('found', 7)}${pad('TP', 6)}${pad('FP', 6)}${pad('DEB', 6)}${pad('unj', 6)}`,
    );
    for (const [repo, size] of totals.perRepo) {
      const r = tally(totals.findings.filter((f) => f.repo === repo));
      console.log(
        `  ${repo.padEnd(42)}${pad(size.files, 7)}${pad((size.loc / 1000).toFixed(1), 8)}${pad(r.findings, 7)}${pad(r.TP, 6)}${pad(r.FP, 6)}${pad(r.DEBATABLE, 6)}${pad(r.unjudged, 6)}`,
      );
    }
  }

  if (totals.missing.length > 0) console.log(`\nMissing checkouts / paths (not linted):\n${totals.missing.map((m) => `  ${m}`).join('\n')}`);
  if (totals.parseErrors.length > 0) {
    console.log('\nParse errors:');
    for (const p of totals.parseErrors) console.log(`  ${p.repo} ${p.file}:${p.line} ${p.message}`);
  }
  if (totals.internalErrors.length > 0) {
    console.log('\ninternalError messages:');
    for (const p of totals.internalErrors) console.log(`  ${p.repo} ${p.file}:${p.line} ${p.rule} ${p.message.split('\n')[0]}`);
  }
  if (totals.crashes.length > 0) {
    console.log('\nCrashes that escaped ESLint:');
    for (const c of totals.crashes) console.log(`  ${c.repo} ${c.file}: ${c.error}`);
  }

  const stale = totals.findings.filter((f) => f.verdict && f.verdictCommit && f.verdictCommit !== f.commit);
  if (stale.length > 0) console.log(`\nNote: ${stale.length} verdict(s) were recorded at another commit than repos.json pins.`);

  // Verdicts no finding matches: for a rule this preset enables, a TP here is a lost true positive (or moved line).
  const enabled = new Set(Object.keys(plugin.configs[preset].rules ?? {}).map((r) => r.replace(PREFIX, '')));
  const found = new Set(totals.findings.map((f) => key(f.repo, f.file, f.line, f.rule)));
  const linted = new Set(repos.map((r) => r.repo));
  const gone = [...verdicts.values()].filter(
    (v) => enabled.has(v.rule) && linted.has(v.repo) && !found.has(key(v.repo, v.file, v.line, v.rule)),
  );
  if (gone.length > 0) {
    const count = (verdict) => gone.filter((v) => v.verdict === verdict).length;
    console.log(
      `\nVerdicts no longer matched by a finding (rule enabled in this preset): ${gone.length} ` +
        `(FP ${count('FP')} — false positives gone; TP ${count('TP')} — true positives lost or moved; DEBATABLE ${count('DEBATABLE')})`,
    );
    for (const v of gone.filter((g) => g.verdict === 'TP')) console.log(`  lost TP: ${v.repo} ${v.file}:${v.line} ${v.rule}`);
  }

  const unjudged = totals.findings.filter((f) => !f.verdict);
  if (unjudged.length > 0) {
    console.log(`\nUnjudged findings (${unjudged.length}) — add a row to verdicts.csv for each:`);
    for (const f of unjudged) console.log(`  ${f.repo} ${f.file}:${f.line} ${f.rule} ${f.message.replace(/\s+/gu, ' ')}`);
  }
  return t;
}

// ------------------------------------------------------------------------------------------------------------ main

async function main() {
  const options = parseArgs(process.argv.slice(2));
  const repos = JSON.parse(readFileSync(join(here, 'repos.json'), 'utf8'));
  const mod = await import(pathToFileURL(options.plugin).href);
  const plugin = mod.default ?? mod;
  const { verdicts, problems } = loadVerdicts(join(here, 'verdicts.csv'));
  console.log(`Plugin: ${options.plugin}`);
  console.log(`Checkouts: ${options.checkouts}`);
  console.log(`Repositories: ${repos.length}; verdicts: ${verdicts.size}`);
  for (const problem of problems) console.log(`verdicts.csv: ${problem}`);
  const dump = {};
  for (const preset of options.presets) {
    if (!plugin.configs?.[preset]) {
      console.log(`\nPreset ${preset}: not defined by this plugin build; skipped.`);
      continue;
    }
    const started = Date.now();
    const totals = await measure(preset, repos, options.checkouts, plugin, verdicts);
    report(preset, totals, plugin, verdicts, repos);
    console.log(`\n(${preset}: ${((Date.now() - started) / 1000).toFixed(1)} s)`);
    dump[preset] = {
      files: totals.files,
      loc: totals.loc,
      perRepo: Object.fromEntries(totals.perRepo),
      findings: totals.findings,
      parseErrors: totals.parseErrors,
      internalErrors: totals.internalErrors,
      crashes: totals.crashes,
    };
  }
  if (options.json) writeFileSync(options.json, `${JSON.stringify(dump, null, 2)}\n`);
}

try {
  await main();
} catch (error) {
  console.log(`run.js: ${error?.stack ?? error}`);
}
process.exitCode = 0;
