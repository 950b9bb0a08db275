/**
 * The style sheet and the small script of the HTML view, shared by
 * `thucthe extract --format html` and the playground. Plain strings: the
 * page needs nothing from the network.
 */
import type { EntityType } from "../doc.js";

/** One colour per type (background of the mark, border of the badge). */
export const TYPE_COLORS: Record<EntityType, string> = {
  OFFICIAL: "#ffe08a",
  PERSON: "#ffb3b3",
  RANK: "#d9c2ff",
  TITLE: "#c2d7ff",
  ORG: "#a8e6cf",
  LOC: "#9fd8f5",
  EVENT: "#ffc9a3",
  DATE: "#f3b4e6",
  DOCUMENT: "#d6e68a",
};

export const HTML_STYLE = `
:root { --ink: #1d1f23; --muted: #666b75; --line: #dfe2e7; --bg: #fafbfc; }
* { box-sizing: border-box; }
body { margin: 0; font: 15px/1.6 system-ui, "Segoe UI", "Noto Sans", Roboto, sans-serif; color: var(--ink); background: var(--bg); }
header.top { position: sticky; top: 0; z-index: 5; background: #fff; border-bottom: 1px solid var(--line); padding: 10px 20px; display: flex; flex-wrap: wrap; gap: 8px 16px; align-items: center; }
header.top h1 { font-size: 17px; margin: 0 12px 0 0; }
.legend { display: flex; flex-wrap: wrap; gap: 6px; margin: 0; padding: 0; list-style: none; }
.legend li { font-size: 12px; padding: 1px 8px; border-radius: 10px; border: 1px solid rgba(0,0,0,.15); }
.legend li b { font-weight: 600; margin-left: 4px; }
main { padding: 16px 20px; }
section.doc { background: #fff; border: 1px solid var(--line); border-radius: 8px; margin: 0 0 20px; overflow: hidden; }
section.doc > h2 { font-size: 14px; margin: 0; padding: 8px 14px; border-bottom: 1px solid var(--line); background: #f4f5f7; font-weight: 600; }
section.doc > h2 small { color: var(--muted); font-weight: 400; margin-left: 8px; }
.layout { display: grid; grid-template-columns: minmax(0, 1fr) 300px; }
.text { padding: 14px 18px; white-space: pre-wrap; overflow-wrap: anywhere; min-width: 0; }
aside.panel { border-left: 1px solid var(--line); padding: 10px 12px; font-size: 13px; max-height: 80vh; overflow: auto; background: #fcfcfd; }
aside.panel h3 { font-size: 12px; text-transform: uppercase; letter-spacing: .04em; color: var(--muted); margin: 8px 0 4px; }
aside.panel ul { list-style: none; margin: 0; padding: 0; }
aside.panel li.group { padding: 4px 6px; border-radius: 6px; cursor: pointer; display: flex; gap: 6px; align-items: baseline; }
aside.panel li.group:hover, aside.panel li.group.on { background: #eef1f5; }
aside.panel .n { color: var(--muted); font-size: 11px; margin-left: auto; white-space: nowrap; }
.badge { font-size: 10px; font-weight: 700; padding: 0 5px; border-radius: 4px; white-space: nowrap; }
mark.e { color: inherit; border-radius: 3px; padding: 1px 0; box-decoration-break: clone; -webkit-box-decoration-break: clone; cursor: help; }
mark.e-OFFICIAL { background: transparent; border: 2px solid #e0b000; padding: 2px 1px; }
mark.e-OFFICIAL > mark.e { margin: 0 1px; }
mark.e.flash { outline: 3px solid #ff5a36; }
mark.e.hl { outline: 2px solid #3b6fe0; }
.tip { position: fixed; z-index: 10; max-width: 420px; background: #22252b; color: #fff; font-size: 12px; line-height: 1.45; padding: 7px 9px; border-radius: 6px; pointer-events: none; white-space: pre-wrap; box-shadow: 0 4px 14px rgba(0,0,0,.25); }
.tip[hidden] { display: none; }
.empty { color: var(--muted); font-style: italic; }
@media (max-width: 760px) { .layout { grid-template-columns: 1fr; } aside.panel { border-left: 0; border-top: 1px solid var(--line); max-height: none; } }
`;

/**
 * Hover details (from each mark's data-tip) and the side panel: clicking a
 * group outlines its mentions and scrolls to the first. Works on marks added
 * later too (the playground re-renders).
 */
export const HTML_SCRIPT = `
(function () {
  // Legend counts: how many marks of each type the page holds (re-run after a re-render).
  window.thuctheCountLegend = function () {
    document.querySelectorAll(".legend li[data-type]").forEach(function (li) {
      var t = li.getAttribute("data-type");
      var b = li.querySelector("b") || li.appendChild(document.createElement("b"));
      b.textContent = String(document.querySelectorAll("mark.e-" + t).length);
    });
  };
  window.thuctheCountLegend();
  var tip = document.createElement("div");
  tip.className = "tip"; tip.hidden = true; document.body.appendChild(tip);
  document.addEventListener("mouseover", function (ev) {
    var m = ev.target && ev.target.closest ? ev.target.closest("mark.e") : null;
    if (!m) { tip.hidden = true; return; }
    // A part inside an OFFICIAL shows its own details, then the OFFICIAL's record.
    var tips = [];
    for (var x = m; x; x = x.parentElement ? x.parentElement.closest("mark.e") : null) tips.push(x.getAttribute("data-tip") || x.getAttribute("data-type"));
    tip.textContent = tips.join("\\n\\u2500\\u2500\\u2500\\n");
    tip.hidden = false;
  });
  document.addEventListener("mousemove", function (ev) {
    if (tip.hidden) return;
    var x = Math.min(ev.clientX + 14, window.innerWidth - tip.offsetWidth - 8);
    var y = ev.clientY + 18;
    if (y + tip.offsetHeight > window.innerHeight) y = ev.clientY - tip.offsetHeight - 10;
    tip.style.left = x + "px"; tip.style.top = y + "px";
  });
  document.addEventListener("click", function (ev) {
    var g = ev.target && ev.target.closest ? ev.target.closest("li.group") : null;
    if (!g) return;
    var sec = g.closest("section.doc");
    var on = !g.classList.contains("on");
    sec.querySelectorAll("li.group.on").forEach(function (x) { x.classList.remove("on"); });
    sec.querySelectorAll("mark.hl").forEach(function (x) { x.classList.remove("hl"); });
    if (!on) return;
    g.classList.add("on");
    var ids = (g.getAttribute("data-spans") || "").split(" ");
    var first = null;
    ids.forEach(function (i) {
      var m = sec.querySelector('mark[data-i="' + i + '"]');
      if (m) { m.classList.add("hl"); first = first || m; }
    });
    if (first) { first.scrollIntoView({ block: "center", behavior: "smooth" }); first.classList.add("flash"); setTimeout(function () { first.classList.remove("flash"); }, 900); }
  });
})();
`;
