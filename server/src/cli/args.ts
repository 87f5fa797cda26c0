/** A small argument reader for the command line: positional arguments and `--name value` options. */

/** Bad usage: unknown option, missing value, wrong combination. Exit status 2. */
export class UsageError extends Error {}

export interface ParsedArgs {
  readonly positional: string[];
  readonly options: Map<string, string[]>;
}

/** The options a command knows: `flags` take no value (`--list`), `values` take one (`--format json`). */
export interface OptionSpec {
  readonly flags?: readonly string[];
  readonly values?: readonly string[];
  /** Single-dash short names for long options: `{ o: 'output' }` reads `-o out` as `--output out`. */
  readonly short?: Readonly<Record<string, string>>;
}

/**
 * Options are `--flag`, `--name value` or `--name=value`; an option the spec does not name is a
 * usage error (also at the end of the line, where it would otherwise "need a value"). A
 * single-dash argument (`-f`) is refused rather than taken for a file name; `-` alone and
 * everything after `--` are positional.
 */
export function parseArgs(argv: readonly string[], spec: OptionSpec): ParsedArgs {
  const flags = spec.flags ?? [];
  const values = spec.values ?? [];
  const positional: string[] = [];
  const options = new Map<string, string[]>();
  for (let i = 0; i < argv.length; i++) {
    const shortName = /^-([A-Za-z])$/.exec(argv[i])?.[1];
    const arg = shortName && spec.short?.[shortName] ? `--${spec.short[shortName]}` : argv[i];
    if (arg === '--') {
      positional.push(...argv.slice(i + 1));
      break;
    }
    if (arg.startsWith('--')) {
      const eq = arg.indexOf('=');
      const name = eq > 0 ? arg.slice(2, eq) : arg.slice(2);
      let value: string;
      if (!flags.includes(name) && !values.includes(name)) throw new UsageError(`unknown option --${name}`);
      if (flags.includes(name)) {
        if (eq > 0) throw new UsageError(`--${name} takes no value`);
        value = 'true';
      } else if (eq > 0) value = arg.slice(eq + 1);
      else {
        const next = argv[i + 1];
        // `--format --max-warnings 3` is a missing value, not the format "--max-warnings".
        if (next === undefined || (next.startsWith('--') && next.length > 2)) throw new UsageError(`--${name} needs a value`);
        value = next;
        i++;
      }
      options.set(name, [...(options.get(name) ?? []), value]);
    } else if (arg.startsWith('-') && arg.length > 1) {
      throw new UsageError(`unknown option ${arg}`);
    } else {
      positional.push(arg);
    }
  }
  return { positional, options };
}

export function single(args: ParsedArgs, name: string): string | undefined {
  const values = args.options.get(name);
  if (values && values.length > 1) throw new UsageError(`--${name} was given more than once`);
  return values?.[0];
}

/** One of a closed set of values, e.g. `--format text|json|sarif`. */
export function choice<T extends string>(args: ParsedArgs, name: string, allowed: readonly T[], fallback: T): T {
  const value = single(args, name);
  if (value === undefined) return fallback;
  if (!(allowed as readonly string[]).includes(value)) throw new UsageError(`--${name} must be ${orList(allowed)}, not ${JSON.stringify(value)}`);
  return value as T;
}

/** A whole number of 0 or more, e.g. `--max-warnings 10`. */
export function count(args: ParsedArgs, name: string): number | undefined {
  const value = single(args, name);
  if (value === undefined) return undefined;
  if (!/^\d{1,9}$/.test(value)) throw new UsageError(`--${name} must be a whole number of 0 or more, not ${JSON.stringify(value)}`);
  return Number(value);
}

function orList(values: readonly string[]): string {
  return values.length <= 1 ? values.join('') : `${values.slice(0, -1).join(', ')} or ${values[values.length - 1]}`;
}
