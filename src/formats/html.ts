/**
 * The HTML view: a self-contained page (no network) showing each text with
 * its entities highlighted by type, OFFICIAL parts nested inside their
 * OFFICIAL, a legend, hover details (DATE value, OFFICIAL record …) and a
 * side panel of the entities grouped by `entityId`. Core-safe: the CLI
 * streams it section by section, the playground renders sections live.
 */
import { ENTITY_TYPES, type Doc, type EntityType, type Span } from "../doc.js";
import { HTML_SCRIPT, HTML_STYLE, TYPE_COLORS } from "./html-assets.js";

/** Escape text for HTML content and attribute values. */
export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => (c === "&" ? "&amp;" : c === "<" ? "&lt;" : c === ">" ? "&gt;" : c === '"' ? "&quot;" : "&#39;"));
}

/** What a mark shows on hover: type, text and the fields the span carries. */
export function spanDetails(s: Span): string {
  const lines = [`${s.type}  [${s.start}, ${s.end})`];
  switch (s.type) {
    case "DATE":
      lines.push(`value: ${s.value ?? "null (open)"}`);
      if (s.partOfDay) lines.push(`partOfDay: ${s.partOfDay}`);
      break;
    case "OFFICIAL":
      lines.push(`person: ${s.person ?? "—"}`, `rank: ${s.rank ?? "—"}`);
      for (const t of s.titles) lines.push(`title: ${t.title}${t.org ? `  ·  org: ${t.org}` : ""}`);
      break;
    case "ORG":
    case "LOC":
      if (s.canonical && s.canonical !== s.text) lines.push(`canonical: ${s.canonical}`);
      break;
    case "DOCUMENT":
      if (s.kind) lines.push(`kind: ${s.kind}`);
      if (s.number) lines.push(`number: ${s.number}`);
      break;
    default:
      break;
  }
  if (s.entityId) lines.push(`entity: ${s.entityId}`);
  if (s.source) lines.push(`source: ${s.source}`);
  if (s.confidence !== undefined) lines.push(`confidence: ${Math.round(s.confidence * 100) / 100}`);
  return lines.join("\n");
}

function openMark(s: Span, i: number): string {
  const style = s.type === "OFFICIAL" ? "" : ` style="background:${TYPE_COLORS[s.type]}"`;
  return `<mark class="e e-${s.type}" data-i="${i}" data-type="${s.type}"${style} data-tip="${escapeHtml(spanDetails(s))}">`;
}

/** The text with marks: outer spans in order, each OFFICIAL's parts inside it. */
export function markText(text: string, spans: readonly Span[]): string {
  const children = new Map<number, number[]>();
  const outer: number[] = [];
  spans.forEach((s, i) => {
    if (s.parent !== undefined && spans[s.parent]) {
      const list = children.get(s.parent) ?? [];
      list.push(i);
      children.set(s.parent, list);
    } else outer.push(i);
  });
  const render = (from: number, to: number, ids: number[]): string => {
    let out = "";
    let pos = from;
    const sorted = [...ids].sort((a, b) => spans[a]!.start - spans[b]!.start || spans[b]!.end - spans[a]!.end);
    for (const i of sorted) {
      const s = spans[i]!;
      const start = Math.max(s.start, from);
      const end = Math.min(s.end, to);
      if (start < pos || end <= start) continue; // overlapping span: the resolver never makes one; skip rather than break the page
      out += escapeHtml(text.slice(pos, start));
      out += openMark(s, i) + render(start, end, children.get(i) ?? []) + "</mark>";
      pos = end;
    }
    return out + escapeHtml(text.slice(pos, to));
  };
  return render(0, text.length, outer);
}

/** Entities grouped by entityId (a span without one is its own group), by type then first mention. */
export function entityGroups(spans: readonly Span[]): Array<{ type: EntityType; label: string; spans: number[] }> {
  const groups = new Map<string, { type: EntityType; label: string; spans: number[] }>();
  spans.forEach((s, i) => {
    const key = s.entityId ? `${s.type}\u0000${s.entityId}` : `${s.type}\u0000#${s.text.toLowerCase()}`;
    const g = groups.get(key);
    if (g) {
      g.spans.push(i);
      if (s.text.length > g.label.length) g.label = s.text;
    } else groups.set(key, { type: s.type, label: s.text, spans: [i] });
  });
  const order = (t: EntityType) => ENTITY_TYPES.indexOf(t);
  return [...groups.values()].sort((a, b) => order(a.type) - order(b.type) || a.spans[0]! - b.spans[0]!);
}

function badge(type: EntityType): string {
  return `<span class="badge" style="background:${TYPE_COLORS[type]}">${type}</span>`;
}

/** The side panel: groups under a heading per type. */
function panel(spans: readonly Span[]): string {
  const groups = entityGroups(spans);
  if (!groups.length) return `<aside class="panel"><p class="empty">No entities found.</p></aside>`;
  let out = `<aside class="panel">`;
  let type: EntityType | null = null;
  for (const g of groups) {
    if (g.type !== type) {
      if (type) out += "</ul>";
      type = g.type;
      out += `<h3>${type}</h3><ul>`;
    }
    const n = g.spans.length > 1 ? `<span class="n">×${g.spans.length}</span>` : "";
    out += `<li class="group" data-spans="${g.spans.join(" ")}">${badge(g.type)}<span>${escapeHtml(g.label)}</span>${n}</li>`;
  }
  return `${out}</ul></aside>`;
}

/** One document's section: heading, marked text, side panel. */
export function htmlDocSection(id: string | null, doc: Pick<Doc, "text" | "spans" | "refDate">): string {
  const title = escapeHtml(id ?? "text");
  const info = `${doc.spans.length} spans · refDate ${doc.refDate ?? "none"}`;
  return (
    `<section class="doc" data-doc="${escapeHtml(id ?? "")}"><h2>${title}<small>${escapeHtml(info)}</small></h2>` +
    `<div class="layout"><div class="text">${markText(doc.text, doc.spans)}</div>${panel(doc.spans)}</div></section>\n`
  );
}

/** The legend: one chip per type, with counts when given. */
export function htmlLegend(counts?: Partial<Record<EntityType, number>>): string {
  return (
    `<ul class="legend">` +
    ENTITY_TYPES.map((t) => {
      const style = t === "OFFICIAL" ? `border:2px solid #e0b000` : `background:${TYPE_COLORS[t]}`;
      const n = counts ? `<b>${counts[t] ?? 0}</b>` : "";
      return `<li data-type="${t}" style="${style}">${t}${n}</li>`;
    }).join("") +
    `</ul>`
  );
}

/** Everything before the first section. */
export function htmlPageStart(title = "thucthe"): string {
  return (
    `<!doctype html>\n<html lang="vi"><head><meta charset="utf-8">` +
    `<meta name="viewport" content="width=device-width, initial-scale=1">` +
    `<title>${escapeHtml(title)}</title><style>${HTML_STYLE}</style></head>\n<body>` +
    `<header class="top"><h1>${escapeHtml(title)}</h1>${htmlLegend()}</header>\n<main>\n`
  );
}

/** Everything after the last section. */
export function htmlPageEnd(): string {
  return `</main>\n<script>${HTML_SCRIPT}</script>\n</body></html>\n`;
}

/** A whole page for a few documents. */
export function renderHtml(docs: ReadonlyArray<{ id: string | null; doc: Pick<Doc, "text" | "spans" | "refDate"> }>, title?: string): string {
  return htmlPageStart(title) + docs.map((d) => htmlDocSection(d.id, d.doc)).join("") + htmlPageEnd();
}
