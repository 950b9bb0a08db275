import type { Candidate, Context } from "../recognizer.js";
import type { Token } from "../../tokenize/token.js";
import { candidate } from "../span-builder.js";
import { AccentFreePhrases, wordIs } from "../common/accent-free-phrases.js";
import { capRunEnd, isCapToken, namePhraseEnd } from "../common/proper-name-run.js";
import { NAME_STOP_WORDS } from "../common/name-stop-words.js";
import { shouting } from "../common/letter-case.js";
import { capitalAhead, mostWords } from "./ahead.js";
import { firstWords } from "../common/phrase-table.js";
import type { LocLexicons } from "./word-gates.js";

/**
 * Named areas and sites (ANNOTATION.md LOC, RULES 20 and 26, NOTES G2).
 * `keep`: the head stays in the span when it is capitalized ("Khu mới Hà An",
 * "Quảng trường Ba Đình"); a lowercase class noun stays out when a name that
 * stands on its own follows ("sân bay Cát Bi" → "Cát Bi", "đảo Lý Sơn" → "Lý Sơn").
 * `always`: the head stays in whatever its case ("quần đảo Trường Sa", "sông Hồng").
 */
interface AreaHead {
  always: boolean;
}

const AREA_HEAD_LIST: readonly (readonly [string, AreaHead])[] = [
  // Khu di tích Kim Liên; Khu mới Hà An; Khu công nghiệp Quang Minh; Khu kinh tế Vân Phong
  ["khu di tích", { always: false }],
  ["khu di tích lịch sử", { always: false }],
  ["khu mới", { always: false }],
  ["khu công nghiệp", { always: false }],
  ["khu kinh tế", { always: false }],
  ["khu đô thị", { always: false }],
  ["khu du lịch", { always: false }],
  ["khu bảo tồn", { always: false }],
  ["khu chế xuất", { always: false }],
  ["khu công nghệ cao", { always: false }],
  ["khu phi quân sự", { always: false }],
  ["khu tưởng niệm", { always: false }],
  ["khu lưu niệm", { always: false }],
  // Quảng trường Ba Đình; Nhà thi đấu Quần Ngựa; Sân vận động Mỹ Đình; Sân bay Nội Bài; Cảng Hải Phòng
  ["quảng trường", { always: false }],
  ["nhà thi đấu", { always: false }],
  ["sân vận động", { always: false }],
  ["sân bay", { always: false }],
  ["sân bay quốc tế", { always: false }],
  ["cảng hàng không", { always: false }],
  ["cảng hàng không quốc tế", { always: false }],
  ["cảng", { always: false }],
  ["cửa khẩu", { always: false }],
  ["cửa khẩu quốc tế", { always: false }],
  ["công viên", { always: false }],
  ["vườn quốc gia", { always: false }],
  ["đảo", { always: false }],
  ["núi", { always: false }],
  ["đèo", { always: false }],
  ["hồ", { always: false }],
  ["chùa", { always: false }],
  ["đền", { always: false }],
  ["lăng", { always: false }],
  ["phố", { always: false }],
  ["đường", { always: false }],
  ["cầu", { always: false }],
  ["bến", { always: false }],
  ["ga", { always: false }],
  ["thung lũng", { always: false }],
  ["cao nguyên", { always: false }],
  ["bán đảo", { always: false }],
  // quần đảo Trường Sa; sông Hồng; biển Tây; vịnh Hạ Long; eo biển Malacca
  ["quần đảo", { always: true }],
  ["sông", { always: true }],
  ["biển", { always: true }],
  ["vịnh", { always: true }],
  ["eo biển", { always: true }],
  ["dãy núi", { always: true }],
  ["dãy", { always: true }],
];

/** Heads that are common words far more often than places: only capitalized mid-sentence, or with a listed name. */
const WEAK_HEADS = new Set(["phố", "đường", "cầu", "bến", "ga", "hồ", "núi", "đèo", "dãy", "biển", "cảng", "lăng"]);

/** The heads, each with whether it is weak (read from the match instead of joining its words at each one). */
export const AREA_HEADS = new AccentFreePhrases<AreaHead & { weak: boolean }>(
  AREA_HEAD_LIST.map(([p, head]) => [p, { ...head, weak: WEAK_HEADS.has(p.normalize("NFC").toLowerCase().split(/\s+/).filter(Boolean).join(" ")) }] as const),
);

/** The named area or site that starts at token `i`, or null. */
export function areaAt(ctx: Context, lx: LocLexicons, i: number): Candidate | null {
  const toks = ctx.tokens;
  const t = toks[i]!;
  if (t.kind !== "word") return null;
  // A basin starts capitalized; any other area has a capitalized name right after its head.
  if (!t.cap && !capitalAhead(toks, i + 1, i + AREA_MOST_WORDS, false)) return null;
  const basin = riverBasinEnd(ctx, lx, i);
  if (basin > i) return candidate(ctx, "LOC", i, basin, "loc.area.basin");
  const h = AREA_HEADS.match(toks, i);
  if (!h) return null;
  if (shouting(toks, i)) return shoutedArea(ctx, i, h.end, h.words.length, h.value.weak);
  const j = h.end;
  if (!isCapToken(toks[j]) || toks[j]!.kind !== "word") return null;
  const end = namePhraseEnd(toks, j, (x, k) => NAME_STOP_WORDS.has(toks, k) || isStop(x));
  if (end === j) return null;
  const capHead = t.cap && !(t.sentenceStart && !isCapToken(toks[j]));
  if (capHead && !h.value.weak) return candidate(ctx, "LOC", i, end, "loc.area.named");
  if (h.value.always) return candidate(ctx, "LOC", i, end, "loc.area.water");
  if (!t.cap && !h.value.weak) return candidate(ctx, "LOC", j, end, "loc.area.class-noun");
  return null;
}

/**
 * "KHU DI TÍCH HÒN ĐÁ BẠC VÀ …" in a line of capitals: only a head of two
 * words or more that is never a common word, and a name that a function
 * word or punctuation closes within eight words. Lower confidence: case
 * proves nothing here.
 */
function shoutedArea(ctx: Context, i: number, j: number, words: number, weak: boolean): Candidate | null {
  const toks = ctx.tokens;
  if (words < 2 || weak || !isCapToken(toks[j]) || toks[j]!.kind !== "word") return null;
  const end = capRunEnd(toks, j, 8);
  const after = toks[end];
  const closed = !after || after.kind === "newline" || after.kind === "punct" || NAME_STOP_WORDS.has(toks, end);
  if (end === j || !closed) return null;
  return candidate(ctx, "LOC", i, end, "loc.area.capitals", { confidence: 0.7 });
}

/** Every phrase an area rule starts with: the heads, and the river basins' "tiểu vùng", "lưu vực" (word-gates.ts). */
export const AREA_PHRASES: readonly string[] = [...AREA_HEAD_LIST.map(([p]) => p), "tiểu vùng", "tiểu vực", "lưu vùng", "lưu vực"];

/** First words of the area rules ("khu", "sông", "tiểu"): no area starts at any other word. */
export const AREA_FIRST_WORDS: readonly string[] = firstWords(AREA_PHRASES);

const AREA_MOST_WORDS = mostWords(AREA_PHRASES);

function isStop(t: Token): boolean {
  return t.kind !== "word";
}

/**
 * A river's sub-region: "Tiểu vùng" (or "Lưu vực") and a listed river, with an
 * optional "mở rộng" ("the greater …"): "Tiểu vùng sông Hằng mở rộng". Returns
 * the end token, or `i` when there is none.
 */
function riverBasinEnd(ctx: Context, lx: LocLexicons, i: number): number {
  const toks = ctx.tokens;
  if (!toks[i]!.cap || !(wordIs(toks, i, "tiểu") || wordIs(toks, i, "lưu")) || !(wordIs(toks, i + 1, "vùng") || wordIs(toks, i + 1, "vực"))) return i;
  const river = lx.featureAt(toks, i + 2);
  let end = i;
  if (river && river.entry.fields.kind === "river") end = river.end;
  else if (wordIs(toks, i + 2, "sông") && isCapToken(toks[i + 3])) end = capRunEnd(toks, i + 3, 3);
  if (end === i) return i;
  if (wordIs(toks, end, "mở") && wordIs(toks, end + 1, "rộng")) end += 2;
  return end;
}
