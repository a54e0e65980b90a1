/**
 * How a real-code bench script runs (bench/real-code, bench/vulnerable-apps and the application benches through
 * bench/lib/apps-bench.js): its command-line options, loading the plugin build, measuring and reporting one preset
 * after another, and the catch-all that prints an error and leaves exit code 0.
 */
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { measure, report } from './corpus.js';

const here = dirname(fileURLToPath(import.meta.url));

/** The plugin build a bench loads unless `--plugin` names another. */
export const BUILT_PLUGIN = join(here, '../../dist/src/index.js');

/**
 * `--name value` pairs over `defaults`: `--plugin <file>` and `--json <file>` for every bench (defaults: the built
 * plugin, no JSON), and each flag of `flags` (flag → `(options, value) => void`). Throws on an unknown flag or a
 * flag without its value.
 */
export function parseOptions(argv, defaults, flags) {
  const setters = {
    '--plugin': (options, value) => {
      options.plugin = resolve(value);
    },
    '--json': (options, value) => {
      options.json = resolve(value);
    },
    ...flags,
  };
  const options = { plugin: BUILT_PLUGIN, json: null, ...defaults };
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i];
    const set = Object.hasOwn(setters, arg) ? setters[arg] : null;
    if (!set) throw new Error(`unknown option ${arg}`);
    i += 1;
    if (i >= argv.length) throw new Error(`${arg} needs a value`);
    set(options, argv[i]);
  }
  return options;
}

/** A bench's repos.json. */
export function readRepos(benchDir) {
  return JSON.parse(readFileSync(join(benchDir, 'repos.json'), 'utf8'));
}

/** The plugin object a build's entry file exports. */
export async function loadPlugin(file) {
  const mod = await import(pathToFileURL(file).href);
  return mod.default ?? mod;
}

/**
 * Measures and reports each of `options.presets` in turn on the checkouts under `options.checkouts` (a preset this
 * plugin build does not define is skipped). Returns each preset's report totals and the per-preset data for --json.
 */
export async function measurePresets(options, repos, plugin, verdicts, { misses = null, linterOptions = {} } = {}) {
  const summary = [];
  const dump = {};
  for (const preset of options.presets) {
    if (!plugin.configs?.[preset]) {
      console.log(`\nPreset ${preset}: not defined by this plugin build; skipped.`);
      continue;
    }
    const started = Date.now();
    const totals = await measure(preset, repos, options.checkouts, plugin, verdicts, linterOptions);
    summary.push({ preset, ...report(preset, totals, plugin, verdicts, repos, misses) });
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
  return { summary, dump };
}

/** Runs a bench's `main`; an error is printed, never thrown, and the exit code stays 0. */
export async function runBench(main) {
  try {
    await main();
  } catch (error) {
    console.log(`run.js: ${error?.stack ?? error}`);
  }
  process.exitCode = 0;
}
