import type { Candidate, Context } from "../recognizer.js";
import type { Token } from "../../tokenize/token.js";
import { isWordOf, matchAt, WordSet, type OfficialLexicons } from "./lexicons.js";
import { isShouting, isVietSyllable } from "./names.js";
import { Scratch } from "../common/scratch.js";
import { TokenOffsets } from "./token-offsets.js";

/** One entity in a title's organization slot, as a token range [i, j). */
export interface SlotPart {
  type: "ORG" | "LOC" | "EVENT";
  i: number;
  j: number;
  canonical?: string;
  source: string;
}

/** What follows a title: its organization (or place, event), an acronym in parentheses, "tại <place>". */
export interface Slot {
  parts: SlotPart[];
  /** Token after the slot's last part (the title's text ends there). */
  end: number;
}

/**
 * Candidates of the ORG, LOC and EVENT recognizers, by the token they start at (in that order
 * of types, then in each recognizer's order). Built when a title first asks for its slot, as
 * chains through arrays: `first(k)` is the first candidate starting at token k, `next(c)` the
 * one after c at the same token (-1: none), `cand(c)` the candidate and `end(c)` the token after it.
 */
export class SlotIndex {
  /** By token: 1 + the first candidate starting there (0: none); null until built. */
  private heads: Int32Array | null = null;
  /** By candidate: the token after it (-1: its end is in no token), and 1 + the next candidate at the same token (0: none). */
  private ends: Int32Array = NO_CELLS;
  private nexts: Int32Array = NO_CELLS;

  /** `offsets`: the survey's token offsets of this text (built here when not given). */
  constructor(
    private readonly ctx: Context,
    private readonly offsets?: TokenOffsets,
  ) {}

  /** The first candidate starting exactly at token k, or -1. */
  first(k: number): number {
    const heads = (this.heads ??= this.build());
    return k >= 0 && k < this.ctx.tokens.length ? heads[k]! - 1 : -1;
  }

  /** The candidate after c starting at the same token, or -1. */
  next(c: number): number {
    return this.nexts[c]! - 1;
  }

  cand(c: number): Candidate {
    return CANDS[c]!;
  }

  /** Token index just after candidate c's end (-1 when its end is in no token). */
  end(c: number): number {
    return this.ends[c]!;
  }

  private build(): Int32Array {
    const { ctx } = this;
    const toks = ctx.tokens;
    const offsets = this.offsets ?? TokenOffsets.of(toks);
    const lists = [ctx.candidates("ORG"), ctx.candidates("LOC"), ctx.candidates("EVENT")];
    const total = lists[0]!.length + lists[1]!.length + lists[2]!.length;
    const ends = (this.ends = ENDS.take(total));
    const nexts = (this.nexts = NEXTS.take(total));
    const starts = STARTS.take(total);
    CANDS.length = 0;
    for (const list of lists) {
      for (const c of list) {
        const i = offsets.at(c.start);
        if (i < 0 || offsets.startOf(i) !== c.start) continue;
        const k = offsets.at(c.end - 1);
        ends[CANDS.length] = k < 0 ? -1 : k + 1;
        starts[CANDS.length] = i;
        CANDS.push(c);
      }
    }
    const heads = HEADS.take(toks.length);
    // Linked from the last, so each chain keeps the candidates' order.
    for (let c = CANDS.length - 1; c >= 0; c--) {
      nexts[c] = heads[starts[c]!]!;
      heads[starts[c]!] = c + 1;
    }
    return heads;
  }

  /** Let go of the text's candidates, and of the memory of the arrays after a very long text. */
  static shrink(): void {
    CANDS.length = 0;
    for (const b of [HEADS, ENDS, NEXTS, STARTS]) b.shrink();
  }
}

/** The candidates of the index in its order, and its arrays: reused from text to text (one text at a time). */
const CANDS: Candidate[] = [];
const ENDS = new Scratch();
const NEXTS = new Scratch();
const STARTS = new Scratch();
const NO_CELLS = new Int32Array(0);

/** The heads of the index, reused from text to text. */
const HEADS = new Scratch();

const isWord = (t: Token | undefined): t is Token => !!t && t.kind === "word";
const capWord = (t: Token | undefined): boolean => isWord(t) && t.cap;

/** Bodies that are complete on their own: "Chính phủ", "Quốc hội", "Nhà nước" (folded words). */
const COMPLETE = ["chinh phu", "quoc hoi", "nha nuoc", "trung uong", "tinh uy", "thanh uy", "huyen uy", "quan uy", "dang uy", "ubnd", "hdnd"].map((w) => w.split(" "));

/** The folds of tokens [i, j) are the words of a COMPLETE body, compared word by word (no string built). */
function isComplete(toks: readonly Token[], i: number, j: number): boolean {
  for (const words of COMPLETE) {
    if (words.length !== j - i) continue;
    let d = 0;
    while (d < words.length && toks[i + d]!.fold === words[d]) d++;
    if (d === words.length) return true;
  }
  return false;
}

/** Verbs of news reporting that start the clause after a name: "Sở Y tế | thông tin", "Bộ Tài chính | phát động". */
const CLAUSE_VERBS = new WordSet([
  "phát biểu", "phát động", "phát hiện", "thông tin", "thông báo", "cho biết", "cho hay", "tổ chức", "triển khai",
  "chỉ đạo", "yêu cầu", "đề nghị", "đề xuất", "nhấn mạnh", "khẳng định", "ban hành", "kiểm tra", "tham dự", "chủ trì",
  "hội đàm", "làm việc", "tiếp nhận", "trao đổi", "ký kết", "phối hợp", "quyết định", "công bố", "thực hiện",
  "xử lý", "điều tra", "tiếp tục", "đánh giá", "báo cáo", "trả lời", "thăm hỏi", "chúc mừng", "giải quyết",
  "hướng dẫn", "tuyên truyền", "vận động", "cảnh báo", "khuyến cáo", "xác định", "xác nhận", "tiếp đón", "tiếp xúc",
]);

/** A reporting verb starts at token k. */
function clauseVerbAt(toks: readonly Token[], k: number): boolean {
  const a = toks[k];
  const b = toks[k + 1];
  if (!a || !b || a.kind !== "word" || b.kind !== "word") return false;
  const plain = !a.diacritics && !b.diacritics;
  return CLAUSE_VERBS.hasPair(a, b, !plain);
}

/** Administrative words that put a body in its place: "Sở Y tế tỉnh …", "Công an huyện …". */
const ADMIN_WORDS = new WordSet(["tỉnh", "thành", "thành phố", "huyện", "quận", "xã", "phường", "thị", "tp.", "tp"]);

/** Lowercase words that never continue a name: the clause goes on. */
const CLAUSE_WORDS = new WordSet(["của", "cho", "với", "tại", "là", "đã", "về", "do", "từ", "theo", "có", "được", "trong", "ngoài", "nhưng", "thì", "mà", "khi", "để", "và", "sẽ", "đang", "vừa", "cũng", "làm", "nay", "này", "đó", "kiêm", "cùng", "khóa", "nhiệm"]);

/**
 * Extend an organization name from token k: capitalized words, the lowercase syllables of body
 * names ("Bộ Tư pháp", "Cảnh sát phòng cháy"), "X, Y và Z" lists ("Khoa học, Công nghệ và
 * Môi trường"), "của <body>" ("… của Quốc hội"), numbers after a unit ("Lữ đoàn 99") and
 * glued acronym parts ("AMMTC-Brunei"). Stops before a verb or any other word.
 */
export function extendOrg(ctx: Context, lx: OfficialLexicons, k: number, complete = false): number {
  const toks = ctx.tokens;
  const first = k;
  // After a complete listed body ("Bộ Công an") only its place continues it ("… tỉnh Bình An"), not "thông tin".
  if (complete && isWord(toks[k]) && !toks[k]!.cap && !(ADMIN_WORDS.has(toks[k]) && capWord(toks[k + 1]))) return k;
  let lowerRun = 0;
  while (k < toks.length) {
    const t = toks[k]!;
    if (t.kind === "newline") break;
    if (capWord(t) && t.spaceBefore && isShouting(toks, k)) {
      // In capitals: listed places, bodies and unit heads, the syllables of body names, acronyms.
      const m = matchAt(lx.places, toks, k) ?? matchAt(lx.bodies, toks, k) ?? matchAt(lx.heads, toks, k);
      if (m) {
        k = m.end;
        lowerRun = 0;
        continue;
      }
      if (lx.orgWords.has(t) && lowerRun < 6 && !endsPlace(ctx, lx, k)) {
        k++;
        lowerRun++;
        continue;
      }
      if (!isVietSyllable(t)) {
        k++;
        continue;
      }
      break;
    }
    if (capWord(t) && t.spaceBefore) {
      // A capital at a new sentence ends the name.
      if (t.sentenceStart) break;
      // A nested unit's head: "… Công ty Sao Mai".
      const h = matchAt(lx.heads, toks, k);
      k = h && h.end > k + 1 ? h.end : k + 1;
      lowerRun = 0;
      continue;
    }
    // "Dầu khí Việt Nam", "Vụ Pháp chế (…)": a lowercase syllable after a capital belongs to the name
    // when it closes a two-syllable word ("Dầu khí"), not after a run of capitals ("… Văn Hòa tiếp Đại sứ").
    const after = toks[k + 1];
    const closes = (capWord(after) && after!.spaceBefore) || (k - 1 === first && after?.kind === "punct");
    if (isWord(t) && !t.cap && t.spaceBefore && capWord(toks[k - 1]) && (k - 1 === first || !capWord(toks[k - 2])) && closes && !CLAUSE_WORDS.has(t) && !endsPlace(ctx, lx, k)) {
      k++;
      continue;
    }
    if (isWord(t) && !t.cap && t.spaceBefore && lx.orgWords.has(t) && !clauseVerbAt(toks, k) && lowerRun < 6 && isWord(toks[k - 1]) && !endsPlace(ctx, lx, k)) {
      k++;
      lowerRun++;
      continue;
    }
    // "Lữ đoàn 99", "Hội nghị AMMTC 15", "Quân khu K9"
    if ((t.kind === "number" || (t.kind === "code" && /\d/.test(t.text))) && t.spaceBefore && capWord(toks[k - 1])) {
      k++;
      continue;
    }
    // "AMMTC-Brunei": a hyphen glued on both sides.
    if (t.text === "-" && !t.spaceBefore && toks[k + 1] && !toks[k + 1]!.spaceBefore && capWord(toks[k + 1])) {
      k += 2;
      continue;
    }
    // "và Đối ngoại"
    if (isWordOf(t, "và") && capWord(toks[k + 1]) && !toks[k + 1]!.sentenceStart) {
      k += 2;
      continue;
    }
    // "Khoa học, Công nghệ và Môi trường": a comma list closed by "và" inside the name.
    if (t.text === "," && capWord(toks[k + 1])) {
      let m = k + 1;
      let ok = false;
      while (m < toks.length && m - k < 10) {
        const u = toks[m]!;
        if (isWordOf(u, "và") && capWord(toks[m + 1])) {
          ok = true;
          break;
        }
        if (!isWord(u) || !(u.cap || lx.orgWords.has(u))) break;
        m++;
      }
      if (ok) {
        k++;
        continue;
      }
      break;
    }
    // "… của Quốc hội"
    if (isWordOf(t, "của")) {
      const body = matchAt(lx.bodies, toks, k + 1);
      const b = body ?? matchAt(lx.heads, toks, k + 1);
      if (b && capWord(toks[k + 1])) {
        k = extendOrg(ctx, lx, b.end, !!body);
        continue;
      }
    }
    break;
  }
  return k;
}

/** A country or region name ends right before token k ("… Trung Quốc phát biểu"): nothing lowercase continues it. */
function endsPlace(ctx: Context, lx: OfficialLexicons, k: number): boolean {
  const toks = ctx.tokens;
  for (let back = 1; back <= 4 && k - back >= 0; back++) {
    const m = matchAt(lx.places, toks, k - back);
    if (m && m.end === k && toks[k - back]!.cap && m.entry.fields["kind"] !== "ambiguous") return true;
  }
  return false;
}

/** The base entity of a slot at token j, or null. */
function baseAt(ctx: Context, lx: OfficialLexicons, idx: SlotIndex, j: number, glued = false): SlotPart | null {
  const toks = ctx.tokens;
  const t = toks[j];
  if (!t || t.kind === "newline" || (!t.spaceBefore && !glued)) return null;
  let fromCandidate: SlotPart | null = null;
  // The longest candidate starting here (the first of equal ones).
  let best = -1;
  for (let c = idx.first(j); c >= 0; c = idx.next(c)) if (best < 0 || idx.cand(c).end > idx.cand(best).end) best = c;
  if (best >= 0 && idx.end(best) > j) {
    const b = idx.cand(best);
    fromCandidate = { type: b.type as SlotPart["type"], i: j, j: idx.end(best), source: "official.slot.candidate", ...(b.canonical ? { canonical: b.canonical } : {}) };
  }
  // The other recognizers' candidate, unless the head-noun grammar reads a longer name ("Sở Tài chính tỉnh …").
  const own = ownBaseAt(ctx, lx, j);
  if (fromCandidate && own && own.type === fromCandidate.type && fromCandidate.j > own.j) {
    // A candidate that runs on past our reading with lowercase words only ran into the clause ("… Bộ Công an thông tin").
    let clause = true;
    for (let k = own.j; k < fromCandidate.j; k++) if (!isWord(toks[k]) || toks[k]!.cap) clause = false;
    if (clause) return own;
  }
  if (fromCandidate && (!own || own.j <= fromCandidate.j || own.type !== fromCandidate.type)) return fromCandidate;
  return own;
}

/** The slot's base entity from this recognizer's own lists and head-noun grammar. */
function ownBaseAt(ctx: Context, lx: OfficialLexicons, j: number): SlotPart | null {
  const toks = ctx.tokens;
  const t = toks[j]!;
  const place = matchAt(lx.places, toks, j);
  const body = matchAt(lx.bodies, toks, j);
  const head = matchAt(lx.heads, toks, j);
  // An ambiguous form ("Mỹ", "Đức") is a country here only when a name follows: "Tổng thống Mỹ Joe Biden".
  const sure = place && (place.entry.fields["kind"] !== "ambiguous" || capWord(toks[place.end]));
  if (place && sure && t.cap && (!body || place.end >= body.end) && (!head || place.end > head.end)) {
    return { type: "LOC", i: j, j: place.end, canonical: place.entry.canonical, source: "official.slot.place" };
  }
  if (body && (t.cap || capWord(toks[body.end]))) {
    return { type: "ORG", i: j, j: extendOrg(ctx, lx, body.end, true), source: "official.slot.body" };
  }
  if (head) {
    const type = (head.entry.fields["type"] ?? "ORG") as SlotPart["type"];
    const next = toks[head.end];
    const complete = isComplete(toks, j, head.end);
    // A lowercase head needs a name after it ("thành ủy Thành phố …"); a bare head needs more words.
    const named = !!next && next.spaceBefore && (capWord(next) || next.kind === "number" || lx.orgWords.has(next));
    if (!t.cap && !capWord(next)) return null;
    if (!named && !complete) return null;
    return { type, i: j, j: extendOrg(ctx, lx, head.end), source: "official.slot.head" };
  }
  // An acronym: "UNICEF", "AMMTC-Brunei Darussalam".
  if (t.kind === "word" && t.upper && t.text.length >= 2 && !(isShouting(toks, j) && isVietSyllable(t))) {
    return { type: "ORG", i: j, j: extendOrg(ctx, lx, j + 1), source: "official.slot.acronym" };
  }
  return null;
}

/**
 * The slot after a title ending at token j: "Bộ Công an", "Hội nghị AMMTC 15", "Australia",
 * "UNICEF tại Lào". Null when no organization, place or event follows. A new object at each
 * call, the caller's own (it cuts a slot where a name starts). Not memoized: a title group is
 * (assemble.ts), so a slot is read about once per title, and a memo cost a map entry and a copy.
 */
export function slotAt(ctx: Context, lx: OfficialLexicons, idx: SlotIndex, j: number): Slot | null {
  const toks = ctx.tokens;
  // "Giám đốc quốc gia của WB": "của" before the organization stays in the title's text.
  const of = isWordOf(toks[j], "của") ? baseAt(ctx, lx, idx, j + 1) : null;
  const base = of ?? baseAt(ctx, lx, idx, j);
  if (!base) return null;
  const parts: SlotPart[] = [base];
  let end = base.j;
  // "(EU)": an acronym in parentheses is one more part of the same type;
  // "Vụ Pháp chế (Bộ Nội vụ)": so is a parent body.
  if (toks[end]?.text === "(" && toks[end + 2]?.text === ")" && toks[end + 1]!.upper) {
    parts.push({ type: base.type, i: end + 1, j: end + 2, source: "official.slot.acronym" });
    end += 3;
  } else if (toks[end]?.text === "(") {
    const parent = baseAt(ctx, lx, idx, end + 1, true);
    if (parent && parent.type === "ORG" && toks[parent.j]?.text === ")") {
      parts.push({ ...parent, source: "official.slot.parent" });
      end = parent.j + 1;
    }
  }
  // "Bộ Tài chính thứ hai Singapore": a modifier after the organization is in no span.
  const mod = matchAt(lx.modifiers, toks, end);
  if (mod && mod.entry.fields["position"] === "post") {
    const place = matchAt(lx.places, toks, mod.end);
    if (place && toks[mod.end]!.cap) {
      parts.push({ type: "LOC", i: mod.end, j: place.end, canonical: place.entry.canonical, source: "official.slot.place" });
      end = place.end;
    }
  }
  // "HĐND tỉnh Bình An khóa X": the term stays out of the organization, in no span.
  if (isWordOf(toks[end], "khóa") && (toks[end + 1]?.kind === "number" || /^[IVXLC]+$/.test(toks[end + 1]?.text ?? ""))) end += 2;
  // "tại Việt Nam"
  if (isWordOf(toks[end], "tại")) {
    let loc = idx.first(end + 1);
    while (loc >= 0 && idx.cand(loc).type !== "LOC") loc = idx.next(loc);
    const place = matchAt(lx.places, toks, end + 1);
    const e = loc >= 0 ? idx.end(loc) : place ? place.end : -1;
    if (e > end + 1) {
      parts.push({ type: "LOC", i: end + 1, j: e, source: "official.slot.tai" });
      end = e;
    }
  }
  return { parts, end };
}
