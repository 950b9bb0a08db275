import type { Context } from "../recognizer.js";
import type { Token } from "../../tokenize/token.js";
import { isWordOf, matchAt, WordSet, type OfficialLexicons } from "./lexicons.js";

/** A rank or a title as a token range [i, j). */
export interface TitleMatch {
  i: number;
  j: number;
  /** "role" takes an organization after it; "fixed", "academic" and "abbr" do not. */
  kind: "role" | "fixed" | "academic" | "abbr" | "rank" | "committee";
  /** First token of the role word, after any modifiers ("Phó Trưởng ban" → "Trưởng"). */
  roleStart?: number;
}

/** Words before a title that make it generic or plural: "các Bộ trưởng", "một số Giám đốc". */
const PLURAL = new WordSet(["các", "những", "hai", "ba", "bốn", "năm", "nhiều", "mọi", "số", "vị", "toàn", "mấy", "quý"]);

/** The title at i is used generically: "các Bộ trưởng", "các đồng chí Phó Giám đốc", "nhiều Đại sứ". */
export function isPluralBefore(toks: readonly Token[], i: number): boolean {
  const p = toks[i - 1];
  if (!p || p.kind !== "word") return false;
  if (PLURAL.has(p)) return true;
  // "các đồng chí Phó Giám đốc"
  if (isWordOf(p, "chí") && isWordOf(toks[i - 2], "đồng") && PLURAL.has(toks[i - 3])) return true;
  return false;
}

/** The token before i is a capitalized word of the same run: "Nhật Bản Vương …" (no title starts at "Quốc"). */
export function joinedCapBefore(toks: readonly Token[], i: number): boolean {
  const p = toks[i - 1];
  const t = toks[i];
  // A capital that only starts the sentence ("Theo Tổng Giám đốc …") does not join.
  // In a stretch of capitals every word is capitalized: that joins nothing.
  if (p?.upper && t?.upper) return false;
  return !!p && !!t && t.spaceBefore && p.kind === "word" && p.cap && !t.sentenceStart && !p.sentenceStart;
}

/** A rank at token i ("Thượng tướng", "đại tá", "Đại úy"). */
export function rankAt(ctx: Context, lx: OfficialLexicons, i: number): TitleMatch | null {
  const m = matchAt(lx.ranks, ctx.tokens, i);
  if (!m) return null;
  return { i, j: m.end, kind: "rank" };
}

/** Single-token role words are titles only when capitalized and spelled with their diacritics ("Trưởng", "Chánh"). */
function needsCap(toks: readonly Token[], i: number, j: number, exact: boolean): boolean {
  // Without diacritics "Truong" may be "Trường" (a school), not "Trưởng".
  return j - i === 1 && (!toks[i]!.cap || !exact);
}

/** A title (or a modifier before one) can start at token i: its first word is listed. */
export function titleStartAt(lx: OfficialLexicons, toks: readonly Token[], i: number): boolean {
  const t = toks[i];
  if (!t) return false;
  return (!!lx.titles && lx.titles.canStart(t)) || (!!lx.modifiers && lx.modifiers.canStart(t));
}

/**
 * A title at token i with its modifiers: "Phó Thủ tướng", "Ủy viên Thường vụ", "Bộ trưởng thứ hai",
 * "Bộ trưởng Ngoại giao" (a ministry named by its field stays in the title), "Chủ tịch nước".
 * A role fused with its unit ("Trưởng ban Kinh tế …", "Chánh Văn phòng Bộ …") keeps only the role word
 * when the unit's name follows; `orgStart` then tells where the organization starts.
 */
export function titleAt(ctx: Context, lx: OfficialLexicons, i: number, lowerOk = false): (TitleMatch & { orgStart?: number; lower?: boolean }) | null {
  const toks = ctx.tokens;
  let k = i;
  let role = null as ReturnType<typeof matchAt>;
  for (let guard = 0; guard < 4 && k < toks.length; guard++) {
    const t = matchAt(lx.titles, toks, k);
    const mod = matchAt(lx.modifiers, toks, k);
    const isPre = mod && mod.entry.fields["position"] === "pre";
    if (t && (!isPre || t.end >= mod.end)) {
      role = t;
      break;
    }
    if (!isPre) return null;
    k = mod.end;
  }
  if (!role || needsCap(toks, role.start, role.end, role.exact)) return null;
  // A title starts with a capital ("Phó thủ tướng", "Đại sứ"), or with "nguyên"/"cựu" before a capitalized role.
  const lead = toks[i]!.cap ? toks[i]! : toks[k]!;
  if (!lead.cap && !lowerOk) return null;
  const lower = !lead.cap;
  const kind = (role.entry.fields["kind"] ?? "role") as string;
  let j = role.end;
  if (kind === "academic" || kind === "abbr") return { i, j, kind };
  if (kind === "fixed") return { i, j, kind };
  // "Trưởng Ban Tổ chức": an event's organizing committee stays in the title (assemble.ts checks the event).
  if (kind === "committee") return { i, j, kind, roleStart: role.start };
  // "Bộ trưởng Ngoại giao": a ministry's field right after the role, with no "Bộ" before it.
  const field = matchAt(lx.fields, toks, j);
  // e.g. "Bộ trưởng" + "Ngoại giao", "Thứ trưởng" + "Quốc phòng"
  if (field && toks[j]!.cap && /^(bộ trưởng|thứ trưởng)$/.test(role.entry.canonical.toLowerCase())) {
    j = field.end;
    return { i, j, kind: "fixed" };
  }
  // Post-modifiers: "Thường trực", "thứ hai", "Thường vụ", "dự khuyết".
  let posted = false;
  for (let guard = 0; guard < 2; guard++) {
    const mod = matchAt(lx.modifiers, toks, j);
    if (!mod || mod.entry.fields["position"] !== "post") break;
    j = mod.end;
    posted = true;
  }
  if (kind === "fused" && !posted) {
    // "Trưởng ban Kinh tế Tỉnh ủy": the role word is the title, the unit ("ban Kinh tế …") the organization.
    const next = toks[role.end];
    const canon = role.entry.canonical;
    const canonLen = canon.split(/\s+/).length;
    const roleEnd = role.start + canonLen;
    if (role.end > roleEnd && next && next.kind === "word" && next.cap && next.spaceBefore) {
      return { i, j: roleEnd, kind: "role", orgStart: roleEnd };
    }
  }
  return { i, j, kind: "role", lower };
}
