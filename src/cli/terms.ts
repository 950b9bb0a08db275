/**
 * `--terms FILE.tsv`: a custom gazetteer. Either one `surface<TAB>TYPE`
 * per line, or a dictionary-style file whose `# type: ORG` header gives the
 * type of the surfaces below it. `#` lines are comments.
 *
 *   # type: ORG
 *   Công ty Sao Mai
 *   Sở Xây dựng	ORG
 */
import { readFileSync } from "node:fs";
import { ENTITY_TYPES, type EntityType } from "../doc.js";
import { InputError } from "../errors.js";
import { decodeUtf8 } from "./utf8.js";

export type Terms = Partial<Record<EntityType, string[]>>;

/** Parse a terms file; throws InputError naming file and line on what it cannot read. */
export function readTerms(file: string, into: Terms = {}): Terms {
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(file);
  } catch (err) {
    throw new InputError(`${file}: cannot read the terms file (${(err as NodeJS.ErrnoException).code ?? String(err)})`, { file });
  }
  const dec = decodeUtf8(bytes);
  if (!dec.ok) throw new InputError(`${file}:${dec.line}: ${dec.message}`, { file, line: dec.line });
  let headerType: EntityType | null = null;
  const lines = dec.text.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (!line.trim()) continue;
    // Example: # type: ORG
    const head = /^#\s*type:\s*(\S+)/.exec(line);
    if (head) {
      headerType = asType(head[1]!, file, i + 1);
      continue;
    }
    if (line.startsWith("#")) continue;
    const cols = line.split("\t").map((c) => c.trim());
    const surface = cols[0]!;
    const given = cols.slice(1).find((c) => (ENTITY_TYPES as readonly string[]).includes(c.toUpperCase()));
    const type = given ? asType(given, file, i + 1) : headerType;
    if (!type) {
      throw new InputError(
        `${file}:${i + 1}: no type for ${JSON.stringify(surface)}; write "surface<TAB>ORG" or put "# type: ORG" above the list`,
        { file, line: i + 1 },
      );
    }
    if (!surface) continue;
    (into[type] ??= []).push(surface.normalize("NFC"));
  }
  return into;
}

function asType(s: string, file: string, line: number): EntityType {
  const t = s.toUpperCase();
  if (!(ENTITY_TYPES as readonly string[]).includes(t)) {
    throw new InputError(`${file}:${line}: unknown type ${JSON.stringify(s)}; use one of ${ENTITY_TYPES.join(", ")}`, { file, line });
  }
  return t as EntityType;
}
