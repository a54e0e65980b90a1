/**
 * What the application benches (bench/everyday-apps, bench/fresh-apps) share: options, the verdict and miss tables,
 * the per-preset report (precision, recall, per rule, per repository, unjudged findings). Each bench is a folder with
 * repos.json, verdicts.csv and misses.csv and a run.js that calls runAppsBench(its folder, default checkout dir);
 * the documentation of the options and tables is in bench/everyday-apps/run.js.
 */
import { readFileSync, existsSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import * as vueParser from 'vue-eslint-parser';
import { loadVerdicts, pad, parseCsv, pct, PREFIX } from './corpus.js';
import { loadPlugin, measurePresets, parseOptions, readRepos, runBench } from './runner.js';

// ---------------------------------------------------------------------------------------------------------- options

function parseArgs(argv, defaultCheckouts, defaultPresets) {
  const setCheckouts = (options, value) => {
    options.checkouts = resolve(value);
  };
  return parseOptions(argv, { checkouts: defaultCheckouts, presets: defaultPresets }, {
    '--dir': setCheckouts,
    '--checkouts': setCheckouts,
    '--preset': (options, value) => {
      options.presets = [value];
    },
  });
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

// ------------------------------------------------------------------------------------------------------------ main

async function main(benchDir, defaultCheckouts, defaultPresets) {
  const options = parseArgs(process.argv.slice(2), defaultCheckouts, defaultPresets);
  const repos = readRepos(benchDir);
  const plugin = await loadPlugin(options.plugin);
  const { verdicts, problems: verdictProblems } = loadVerdicts(join(benchDir, 'verdicts.csv'));
  const { misses, problems: missProblems } = loadMisses(join(benchDir, 'misses.csv'));
  const problems = [...verdictProblems, ...missProblems];
  console.log(`Plugin: ${options.plugin}`);
  console.log(`Checkouts: ${options.checkouts}`);
  console.log(`Repositories: ${repos.length}; verdicts: ${verdicts.size}; misses: ${misses.length}`);
  for (const problem of problems) console.log(problem);
  const { summary, dump } = await measurePresets(options, repos, plugin, verdicts, { misses, linterOptions: { vueParser } });
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
  await runBench(() => main(benchDir, defaultCheckouts, defaultPresets));
}
