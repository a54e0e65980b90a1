import { parseArgs } from 'node:util';

export type FormatName = 'stylish' | 'json' | 'sarif';
export type CliPreset = 'recommended' | 'strict' | 'all';

export interface CliOptions {
  readonly paths: readonly string[];
  readonly preset: CliPreset;
  readonly format: FormatName;
  readonly output: string | null;
  /** `null` = no limit (warnings never fail the run). */
  readonly maxWarnings: number | null;
  readonly concurrency: 'off' | 'auto' | number;
  /** Rule names without the `payment-security/` prefix; empty = every rule of the preset. */
  readonly rules: readonly string[];
  readonly ignore: readonly string[];
  readonly help: boolean;
  readonly version: boolean;
}

/** A mistake in how the CLI was called (bad option, missing path): printed as one line, exit code 2, no stack. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}

const FORMATS: readonly FormatName[] = ['stylish', 'json', 'sarif'];
const PRESETS: readonly CliPreset[] = ['recommended', 'strict', 'all'];

export const USAGE = `Usage: payment-security [options] [paths...]

Lint JavaScript and TypeScript files for insecure payment-integration code with the
eslint-plugin-payment-security rules. Does not read the project's own ESLint configuration.
Paths default to the current directory; node_modules, build output (dist, build, out, .next,
coverage, ...) and .gitignore'd files are skipped.

Options:
  --preset recommended|strict|all   Rule set to run (default: recommended)
  --rule NAME                       Run only this rule (repeatable; overrides --preset)
  --format stylish|json|sarif       Output format (default: stylish)
  -o, --output FILE                 Write the report to FILE instead of stdout
  --max-warnings N                  Exit 1 when there are more than N warnings
  --concurrency N|auto|off          Lint in N worker threads (default: off)
  --ignore GLOB                     Skip files matching GLOB (repeatable)
  -h, --help                        Show this help
  -v, --version                     Show the version

Exit codes: 0 no findings, 1 findings, 2 usage or internal error.`;

function oneOf<T extends string>(option: string, value: string, allowed: readonly T[]): T {
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw new UsageError(`--${option} must be one of ${allowed.join(', ')} (got "${value}").`);
}

function nonNegativeInteger(option: string, value: string): number {
  if (!/^\d+$/u.test(value)) throw new UsageError(`--${option} must be a non-negative integer (got "${value}").`);
  return Number(value);
}

/** Parse `argv` (without `node` and the script). Throws `UsageError` for every user mistake. */
export function parseCliArgs(argv: readonly string[]): CliOptions {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      strict: true,
      options: {
        preset: { type: 'string' },
        rule: { type: 'string', multiple: true },
        format: { type: 'string', short: 'f' },
        output: { type: 'string', short: 'o' },
        'max-warnings': { type: 'string' },
        concurrency: { type: 'string' },
        ignore: { type: 'string', multiple: true },
        help: { type: 'boolean', short: 'h' },
        version: { type: 'boolean', short: 'v' },
      },
    });
  } catch (error) {
    // node:util parseArgs errors are user mistakes (unknown option, missing value); keep only the first line.
    const message = error instanceof Error ? error.message.split('\n')[0] : String(error);
    throw new UsageError(message);
  }
  const { values, positionals } = parsed;

  let concurrency: CliOptions['concurrency'] = 'off';
  if (values.concurrency !== undefined) {
    if (values.concurrency === 'auto' || values.concurrency === 'off') concurrency = values.concurrency;
    else {
      const count = nonNegativeInteger('concurrency', values.concurrency);
      if (count < 1) throw new UsageError('--concurrency must be at least 1, "auto" or "off".');
      concurrency = count === 1 ? 'off' : count;
    }
  }

  const empty = (option: string, value: string): string => {
    if (value.trim() === '') throw new UsageError(`--${option} needs a non-empty value.`);
    return value;
  };

  return {
    paths: positionals.length > 0 ? positionals : ['.'],
    preset: values.preset === undefined ? 'recommended' : oneOf('preset', values.preset, PRESETS),
    format: values.format === undefined ? 'stylish' : oneOf('format', values.format, FORMATS),
    output: values.output === undefined ? null : empty('output', values.output),
    maxWarnings: values['max-warnings'] === undefined ? null : nonNegativeInteger('max-warnings', values['max-warnings']),
    concurrency,
    rules: (values.rule ?? []).map((rule) => empty('rule', rule).replace(/^payment-security\//u, '')),
    ignore: (values.ignore ?? []).map((glob) => empty('ignore', glob)),
    help: values.help === true,
    version: values.version === true,
  };
}
