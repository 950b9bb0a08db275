/**
 * A small argv parser: `--name value`, `--name=value`, short aliases,
 * boolean flags, repeatable options, positionals, "--" ends options.
 */
import { OptionError } from "../errors.js";

export interface OptionSpec {
  /** Long name without dashes. */
  name: string;
  short?: string;
  /** Takes a value (else a boolean flag). */
  value?: boolean;
  /** May be given several times (values collected). */
  repeat?: boolean;
}

export interface Parsed {
  opts: Map<string, string[] | true>;
  positionals: string[];
}

export function parseArgs(argv: string[], specs: OptionSpec[], command: string): Parsed {
  const byLong = new Map(specs.map((s) => [s.name, s]));
  const byShort = new Map(specs.filter((s) => s.short).map((s) => [s.short!, s]));
  const opts = new Map<string, string[] | true>();
  const positionals: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === "--") {
      positionals.push(...argv.slice(i + 1));
      break;
    }
    if (a === "-" || !a.startsWith("-")) {
      positionals.push(a);
      continue;
    }
    const eq = a.indexOf("=");
    const key = eq > 0 ? a.slice(0, eq) : a;
    const spec = key.startsWith("--") ? byLong.get(key.slice(2)) : byShort.get(key.slice(1));
    if (!spec) throw new OptionError(`thucthe ${command}: unknown option ${key}; see "thucthe ${command} --help"`);
    if (!spec.value) {
      if (eq > 0) throw new OptionError(`thucthe ${command}: --${spec.name} takes no value`);
      opts.set(spec.name, true);
      continue;
    }
    let v: string | undefined;
    if (eq > 0) v = a.slice(eq + 1);
    else {
      v = argv[++i];
      if (v === undefined) throw new OptionError(`thucthe ${command}: --${spec.name} needs a value; see "thucthe ${command} --help"`);
    }
    const prev = opts.get(spec.name);
    opts.set(spec.name, spec.repeat && Array.isArray(prev) ? [...prev, v] : [v]);
  }
  return { opts, positionals };
}

/** The last value of an option, or undefined. */
export function optValue(p: Parsed, name: string): string | undefined {
  const v = p.opts.get(name);
  return Array.isArray(v) ? v[v.length - 1] : undefined;
}

export function optFlag(p: Parsed, name: string): boolean {
  return p.opts.get(name) === true;
}

export function optValues(p: Parsed, name: string): string[] {
  const v = p.opts.get(name);
  return Array.isArray(v) ? v : [];
}
