import { pendingKeys, termKeys } from "./term-keys.js";

/** One line of a dictionary file. */
export interface LexEntry {
  /** Lexicon id, e.g. "loc/provinces-2025". */
  lexicon: string;
  /** The surface form as listed (NFC, one tone placement). */
  surface: string;
  /** Canonical form (the surface itself when the file gives none). */
  canonical: string;
  /** Extra columns by name, from the file's `# columns:` header. */
  fields: Readonly<Record<string, string>>;
}

/**
 * A listed entry: the surface, and the rest of its row as a range of a
 * string (the cells after the surface, separated by tabs), read into
 * `canonical` and `fields` the first time they are asked for. Listing
 * a lexicon then costs one object and one string per row: most rows of the
 * lists the recognizers walk through at their first text are never matched.
 */
class ListedEntry implements LexEntry {
  // The fields are `declare`d and set in the constructor only: declared
  // class fields are defined by an initializer run at every construction,
  // and thousands of entries are made at the first extract.
  declare readonly lexicon: string;
  declare readonly surface: string;
  /** The text holding the row's other cells, from `at` to `end`. */
  private declare readonly text: string;
  private declare readonly at: number;
  private declare readonly end: number;
  private declare readonly columns: readonly string[];
  /** An empty canonical cell stands for the surface (the compiled dictionaries: see `listText`). */
  private declare readonly compact: boolean;
  private declare canon: string | null;
  private declare cells: Readonly<Record<string, string>> | null;

  constructor(lexicon: string, surface: string, text: string, at: number, end: number, columns: readonly string[], compact: boolean) {
    this.lexicon = lexicon;
    this.surface = surface;
    this.text = text;
    this.at = at;
    this.end = end;
    this.columns = columns;
    this.compact = compact;
    this.canon = null;
    this.cells = null;
  }

  get canonical(): string {
    if (this.canon === null) {
      const text = this.text;
      let tab = text.indexOf("\t", this.at);
      if (tab < 0 || tab > this.end) tab = this.end;
      this.canon = text.slice(this.at, tab) || this.surface;
    }
    return this.canon;
  }

  get fields(): Readonly<Record<string, string>> {
    if (this.cells === null) {
      // As `fields[columns[c]] = row[c + 1] ?? ""` over the row's cells.
      const out: Record<string, string> = {};
      const { text, end, columns } = this;
      let at = this.at;
      for (let c = 0; c < columns.length; c++) {
        if (at > end) {
          out[columns[c]!] = "";
          continue;
        }
        let tab = text.indexOf("\t", at);
        if (tab < 0 || tab > end) tab = end;
        out[columns[c]!] = c === 0 && tab === at && this.compact ? this.surface : text.slice(at, tab);
        at = tab + 1;
      }
      this.cells = out;
    }
    return this.cells;
  }

  /** The plain object an entry reads as (for tests and debugging). */
  toJSON(): LexEntry {
    return { lexicon: this.lexicon, surface: this.surface, canonical: this.canonical, fields: this.fields };
  }
}

/**
 * A lexicon's entries, and for each its precomputed key line (`lines`, when
 * the source gives keys; else the keys come from `termKeys`). Rows without
 * a surface or without keys are not entries.
 */
export interface Listing {
  entries: LexEntry[];
  lines: string[] | null;
}

/**
 * List the rows of a compiled dictionary text (header lines starting with
 * "#", blank lines, then TSV rows: the rows `parseDictionary` reads), with
 * the rows' precomputed key lines, one per row, without building any array
 * per row. The compiler writes a canonical form equal to the surface as an
 * empty cell (scripts/compile-dictionaries.mjs): it reads as the surface.
 */
export function listText(id: string, columns: readonly string[], text: string, keys: string): Listing {
  const entries: LexEntry[] = [];
  const lines: string[] = [];
  // The lines by `split` (native: a loop of searches and slices costs more in a first extract's cold code).
  const rows = text.split("\n");
  const keyLines = keys.split("\n");
  let k = 0;
  for (let r = 0; r < rows.length; r++) {
    let row = rows[r]!;
    if (row.charCodeAt(0) === 35 /* # */) continue;
    if (row.charCodeAt(row.length - 1) === 13) row = row.slice(0, -1); // "\r\n"
    if (blank(row)) continue;
    // A row: its key line is the next one of `keys`.
    const line = keyLines[k++] ?? "";
    let tab = row.indexOf("\t");
    if (tab < 0) tab = row.length;
    if (tab > 0 && line !== "") {
      const surface = row.slice(0, tab);
      pendingKeys(surface, line);
      entries.push(new ListedEntry(id, surface, row, tab + 1, row.length, columns, true));
      lines.push(line);
    }
  }
  return { entries, lines };
}

/** List rows given as arrays ([surface, canonical?, ...fields]); keys from `termKeys`, or from `keys` lines when given. */
export function listRows(id: string, columns: readonly string[], rows: readonly (readonly string[])[], keys: string | undefined): Listing {
  const entries: LexEntry[] = [];
  const given = keys?.split("\n");
  const lines: string[] | null = given ? [] : null;
  for (let r = 0; r < rows.length; r++) {
    const row = rows[r]!;
    const surface = row[0];
    if (!surface) continue;
    if (given ? given[r] === "" : termKeys(surface) === null) continue;
    const rest = row.length > 1 ? row.slice(1).join("\t") : "";
    entries.push(new ListedEntry(id, surface, rest, 0, row.length > 1 ? rest.length : -1, columns, false));
    if (given) {
      pendingKeys(surface, given[r]!);
      lines!.push(given[r]!);
    }
  }
  return { entries, lines };
}

/** The line is only white space (as `line.trim() === ""`). */
function blank(line: string): boolean {
  if (line.length === 0) return true;
  const c = line.charCodeAt(0);
  // Most rows start with a letter: no need to look further.
  if (c > 32 && c < 127) return false;
  return line.trim() === "";
}
