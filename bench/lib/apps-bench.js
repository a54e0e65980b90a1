/**
 * What the application benches (bench/everyday-apps, bench/fresh-apps) share: options, the verdict and miss tables,
 * the per-preset report (precision, recall, per rule, per repository, unjudged findings). Each bench is a folder with
 * repos.json, verdicts.csv and misses.csv and a run.js that calls runAppsBench(its folder, default checkout dir);
 * the documentation of the options and tables is in bench/everyday-apps/run.js.
 */
import { readFileSync, existsSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import * as vueParser from 'vue-eslint-parser';
import { key, loadVerdicts, measure, pad, parseCsv, pct, PREFIX, tally } from './corpus.js';

const here = dirname(fileURLToPath(import.meta.url));

// ---------------------------------------------------------------------------------------------------------- options

function parseArgs(argv, defaultCheckouts, defaultPresets) {
  const options = { checkouts: defaultCheckouts, plugin: join(here, '../../dist/src/index.js'), presets: defaultPresets, json: null };
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i];
    const value = () => {
      i += 1;
      if (i >= argv.length) throw new Error(`${arg} needs a value`);
      return argv[i];
    };
    if (arg === '--dir' || arg === '--checkouts') options.checkouts = resolve(value());
    else if (arg === '--plugin') options.plugin = resolve(value());
    else if (arg === '--preset') options.presets = [value()];
    else if (arg === '--json') options.json = resolve(value());
    else throw new Error(`unknown option ${arg}`);
  }
  return options;
}

// ------------------------------------------------------------------------------------------------------------ data

function loadMisses(file) {
  const misses = [];
  const problems = [];
  if (!existsSync(file)) return { misses, problems: [`${file} not found: no misses`] };
  const [header, ...rows] = parseCsv(readFileSync(file, 'utf8'));
  const col = Object.fromEntries(header.map((name, index) => [name.trim(), index]));
  for (const name of ['repo', 'commit', 'file', 'line', 'category', 'reason']) {
    if (!(name in col)) problems.push(`misses.csv has no column ${name}`);
  }
  for (const row of rows) {
    const get = (name) => (row[col[name]] ?? '').trim();
    misses.push({
      repo: get('repo'),
      commit: get('commit'),
      file: get('file'),
      line: Number(get('line')),
      category: get('category').replace(PREFIX, ''),
      reason: get('reason'),
    });
  }
  return { misses, problems };
}

// ---------------------------------------------------------------------------------------------------------- report

function report(preset, totals, plugin, verdicts, repos, misses) {
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
  const foundKeys = new Set(totals.findings.map((f) => key(f.repo, f.file, f.line, f.rule)));
  const linted = new Set(repos.map((r) => r.repo));
  const nowFound = misses.filter((m) => linted.has(m.repo) && foundKeys.has(key(m.repo, m.file, m.line, m.category)));
  const stillMissed = misses.filter((m) => linted.has(m.repo) && !foundKeys.has(key(m.repo, m.file, m.line, m.category)));
  const otherTp = [...verdicts.values()].filter(
    (v) => v.verdict === 'TP' && linted.has(v.repo) && !foundKeys.has(key(v.repo, v.file, v.line, v.rule)),
  );
  const missed = stillMissed.length + otherTp.length;
  const recall = t.TP + missed === 0 ? null : t.TP / (t.TP + missed);
  console.log(
    `Recall:              ${pct(recall)}  (found TP / (found TP + misses); misses: ${stillMissed.length} from misses.csv + ` +
      `${otherTp.length} TP verdict(s) this preset does not report)`,
  );
  t.recall = recall;
  t.misses = missed;
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

  if (nowFound.length > 0) {
    console.log(`\nMisses now reported by a finding of their rule (${nowFound.length}) — move them to verdicts.csv:`);
    for (const m of nowFound) console.log(`  ${m.repo} ${m.file}:${m.line} ${m.category}`);
  }
  if (stillMissed.length > 0) {
    const byCategory = new Map();
    for (const m of stillMissed) byCategory.set(m.category, (byCategory.get(m.category) ?? 0) + 1);
    console.log(`\nMisses by category (${stillMissed.length}):`);
    for (const [category, count] of [...byCategory].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))) {
      console.log(`  ${category.padEnd(42)}${pad(count, 5)}`);
    }
  }

  const unjudged = totals.findings.filter((f) => !f.verdict);
  if (unjudged.length > 0) {
    console.log(`\nUnjudged findings (${unjudged.length}) — add a row to verdicts.csv for each:`);
    for (const f of unjudged) console.log(`  ${f.repo} ${f.file}:${f.line} ${f.rule} ${f.message.replace(/\s+/gu, ' ')}`);
  }
  return t;
}

// ------------------------------------------------------------------------------------------------------------ main

async function main(benchDir, defaultCheckouts, defaultPresets) {
  const options = parseArgs(process.argv.slice(2), defaultCheckouts, defaultPresets);
  const repos = JSON.parse(readFileSync(join(benchDir, 'repos.json'), 'utf8'));
  const mod = await import(pathToFileURL(options.plugin).href);
  const plugin = mod.default ?? mod;
  const { verdicts, problems: verdictProblems } = loadVerdicts(join(benchDir, 'verdicts.csv'));
  const { misses, problems: missProblems } = loadMisses(join(benchDir, 'misses.csv'));
  const problems = [...verdictProblems, ...missProblems];
  console.log(`Plugin: ${options.plugin}`);
  console.log(`Checkouts: ${options.checkouts}`);
  console.log(`Repositories: ${repos.length}; verdicts: ${verdicts.size}; misses: ${misses.length}`);
  for (const problem of problems) console.log(problem);
  const summary = [];
  const dump = {};
  for (const preset of options.presets) {
    if (!plugin.configs?.[preset]) {
      console.log(`\nPreset ${preset}: not defined by this plugin build; skipped.`);
      continue;
    }
    const started = Date.now();
    const totals = await measure(preset, repos, options.checkouts, plugin, verdicts, { vueParser });
    const t = report(preset, totals, plugin, verdicts, repos, misses);
    summary.push({ preset, ...t });
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
  if (summary.length > 1) {
    console.log(`\n${'='.repeat(100)}\nSummary\n  ${'preset'.padEnd(14)}${pad('found', 7)}${pad('TP', 6)}${pad('FP', 6)}${pad('DEB', 6)}${pad('unj', 6)}${pad('missed', 8)}  precision  recall`);
    for (const s of summary) {
      console.log(
        `  ${s.preset.padEnd(14)}${pad(s.findings, 7)}${pad(s.TP, 6)}${pad(s.FP, 6)}${pad(s.DEBATABLE, 6)}${pad(s.unjudged, 6)}${pad(s.misses, 8)}  ${pct(s.precision).padStart(9)}  ${pct(s.recall).padStart(6)}`,
      );
    }
  }
  if (options.json) writeFileSync(options.json, `${JSON.stringify(dump, null, 2)}\n`);
}

/**
 * Run an application bench: `benchDir` holds its repos.json, verdicts.csv and (optional) misses.csv; checkouts are
 * read from `--dir` (default `defaultCheckouts`); the presets measured are `defaultPresets` unless `--preset` names
 * one. Prints the report; never throws; leaves exit code 0.
 */
export async function runAppsBench(benchDir, defaultCheckouts, defaultPresets = ['recommended', 'strict']) {
  try {
    await main(benchDir, defaultCheckouts, defaultPresets);
  } catch (error) {
    console.log(`run.js: ${error?.stack ?? error}`);
  }
  process.exitCode = 0;
}
