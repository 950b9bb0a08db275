import { ENTITY_TYPES, type EntityType } from "../doc.js";
import { DICTIONARY_HEADS, DICTIONARY_KEYS, DICTIONARY_TEXTS } from "../generated/dictionaries.js";
import { Lexicon, type LexiconSource } from "./lexicon.js";
import { ThucTheError } from "../errors.js";

/**
 * All lexicons an extractor uses: every file under `dictionaries/`
 * (compiled into `src/generated/dictionaries.ts` by `npm run dicts`, so no
 * file is read at run time), plus the caller's custom terms.
 *
 * A file `dictionaries/loc/provinces-2025.tsv` becomes lexicon
 * `"loc/provinces-2025"`. Its header lines say what it is:
 * ```
 * # source: ...            (required)
 * # licence: ...           (required)
 * # type: LOC              (optional: the type the terms name)
 * # columns: canonical kind  (optional: names of the columns after the surface)
 * surface<TAB>canonical<TAB>kind
 * ```
 * A row may stop after its surface (the canonical form is then the surface
 * itself), but not leave the canonical column empty: the compiler writes a
 * canonical form equal to the surface as an empty cell.
 */
export class LexiconRegistry {
  private readonly lexicons = new Map<string, Lexicon>();

  constructor(sources: Iterable<LexiconSource>) {
    for (const s of sources) this.lexicons.set(s.id, new Lexicon(s));
  }

  /** The lexicon with this id; throws a clear error when there is none. */
  get(id: string): Lexicon {
    const lex = this.lexicons.get(id);
    if (!lex) {
      throw new ThucTheError(`thucthe: no lexicon "${id}"; known: ${[...this.lexicons.keys()].sort().join(", ")}`);
    }
    return lex;
  }

  /** The lexicon with this id, or undefined. */
  find(id: string): Lexicon | undefined {
    return this.lexicons.get(id);
  }

  has(id: string): boolean {
    return this.lexicons.has(id);
  }

  /** Ids of all lexicons, optionally those under a folder ("loc/"). */
  ids(prefix = ""): string[] {
    return [...this.lexicons.keys()].filter((k) => k.startsWith(prefix)).sort();
  }

  private readonly byType = new Map<EntityType, Lexicon[]>();

  /** Lexicons that name `type` directly (their `# type:` header), custom terms included. Cached. */
  ofType(type: EntityType): Lexicon[] {
    let list = this.byType.get(type);
    if (!list) {
      list = [...this.lexicons.values()].filter((l) => l.type === type);
      this.byType.set(type, list);
    }
    return list;
  }

  /** A new registry with extra lexicons (custom terms) added; the built-in ones are shared. */
  with(extra: Iterable<LexiconSource>): LexiconRegistry {
    const r = new LexiconRegistry([]);
    for (const [k, v] of this.lexicons) r.lexicons.set(k, v);
    for (const s of extra) r.lexicons.set(s.id, new Lexicon(s));
    return r;
  }
}

/** Parse a dictionary file's text (header comments, then TSV rows). */
export function parseDictionary(id: string, text: string): LexiconSource {
  const head: Header = { type: null, columns: ["canonical"] };
  const rows: string[][] = [];
  for (const raw of text.split("\n")) {
    const line = raw.replace(/\r$/, "");
    if (line.startsWith("#")) {
      readHeader(id, line, head);
      continue;
    }
    if (line.trim() === "") continue;
    rows.push(line.split("\t"));
  }
  return { id, type: head.type, columns: head.columns, rows };
}

interface Header {
  type: EntityType | null;
  columns: string[];
}

/** Apply one header comment line ("# type: LOC", "# columns: canonical kind"; others are ignored). */
function readHeader(id: string, line: string, head: Header): void {
  const m = /^#\s*(\w+)\s*:\s*(.*)$/.exec(line);
  if (!m) return;
  const key = m[1]!.toLowerCase();
  const val = m[2]!.trim();
  if (key === "type") {
    if (!(ENTITY_TYPES as readonly string[]).includes(val)) {
      throw new ThucTheError(`thucthe: dictionary "${id}" declares unknown type "${val}"`);
    }
    head.type = val as EntityType;
  } else if (key === "columns") head.columns = val.split(/\s+/).filter(Boolean);
}

/**
 * `parseDictionary` of a compiled dictionary, with the rows parsed when
 * first read: the compiler puts the header lines first, so only the lines
 * that start the text with "#" are read now, and the lists a text never
 * needs (the communes, until a commune word comes) cost nothing. With its
 * `text` and `keys`, a Lexicon lists the rows without reading `rows`.
 */
function lazyDictionary(id: string, text: string, keys: string | undefined, heads: string | undefined): LexiconSource {
  const head: Header = { type: null, columns: ["canonical"] };
  for (let at = 0; text.charCodeAt(at) === 35; ) {
    let end = text.indexOf("\n", at);
    if (end < 0) end = text.length;
    readHeader(id, text.slice(at, end).replace(/\r$/, ""), head);
    at = end + 1;
  }
  let rows: string[][] | null = null;
  return {
    id,
    type: head.type,
    columns: head.columns,
    text,
    keys,
    heads,
    get rows() {
      return (rows ??= compiledRows(parseDictionary(id, text).rows));
    },
  };
}

/** The rows of a compiled dictionary as its file has them: an empty canonical cell is the surface (scripts/compile-dictionaries.mjs). */
function compiledRows(rows: string[][]): string[][] {
  for (const row of rows) if (row.length > 1 && row[1] === "") row[1] = row[0]!;
  return rows;
}

let builtin: LexiconRegistry | null = null;

/** The registry of the bundled dictionaries (parsed on first use). */
export function builtinLexicons(): LexiconRegistry {
  if (!builtin) {
    // Each row's token keys, and the first and second words of the keys, were computed when the dictionaries were compiled.
    builtin = new LexiconRegistry(Object.entries(DICTIONARY_TEXTS).map(([id, text]) => lazyDictionary(id, text, DICTIONARY_KEYS[id], DICTIONARY_HEADS[id])));
  }
  return builtin;
}

/** Custom terms as lexicon sources: `{ ORG: ["Công ty Sao Mai"] }` → lexicon "custom/ORG". */
export function customTermSources(terms: Partial<Record<EntityType, readonly string[]>>): LexiconSource[] {
  const out: LexiconSource[] = [];
  for (const [type, list] of Object.entries(terms)) {
    if (!(ENTITY_TYPES as readonly string[]).includes(type)) {
      throw new ThucTheError(`thucthe: terms has unknown type "${type}"; expected one of ${ENTITY_TYPES.join(", ")}`);
    }
    if (!Array.isArray(list)) {
      throw new ThucTheError(`thucthe: terms.${type} should be an array of strings, got ${typeof list}`);
    }
    out.push({ id: `custom/${type}`, type: type as EntityType, columns: ["canonical"], rows: list.map((s) => [String(s)]) });
  }
  return out;
}
