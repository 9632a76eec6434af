// Overlaps in the HTML report: each pair's shared passages side by side, aligned row by row,
// with the words that differ marked; and a provenance graph of who copied whom.
import { diffWords } from "diff";
import type { ArticleReport, AuditReport, Overlap, OverlapPassage } from "../types.js";
import { articleLink, langAttribute, type Anchors } from "./html-articles.js";
import { escapeMarkup as esc } from "./markup.js";
import type { ArticleText } from "./position.js";

/** Passages longer than this are shown without a word diff (the diff is quadratic at worst). */
const MAX_DIFF_CHARS = 3000;
const CONTEXT = 60;

export function overlapsList(report: AuditReport, texts: ReadonlyMap<string, ArticleText>, anchors: Anchors): string {
  const articles = new Map(report.articles.map((a) => [a.id, a]));
  const items = [...report.overlaps]
    .sort((x, y) => y.score - x.score || (x.a < y.a ? -1 : x.a > y.a ? 1 : x.b < y.b ? -1 : 1))
    .map((overlap) => overlapItem(overlap, articles, texts, anchors));
  return [`<p class="muted">Pairs of articles that share text, most similar first. Open a pair to read its shared passages side by side.</p>`, `<ol class="overlaps">`, ...items, `</ol>`].join("\n");
}

function overlapItem(overlap: Overlap, articles: ReadonlyMap<string, ArticleReport>, texts: ReadonlyMap<string, ArticleText>, anchors: Anchors): string {
  const kinds = [...new Set(overlap.passages.map((p) => p.kind))].map((k) => `<span class="badge kind-${esc(k)}">${esc(k)}</span>`).join(" ");
  const origin = overlap.origin === null ? `origin undetermined` : `origin ${articleLink(overlap.origin, anchors)}`;
  const a = articles.get(overlap.a);
  const b = articles.get(overlap.b);
  const textA = texts.get(overlap.a)?.text;
  const textB = texts.get(overlap.b)?.text;
  const rows = overlap.passages.map((p) => passageRow(p, textA, textB, a?.language ?? null, b?.language ?? null));
  return [
    `<li class="overlap"><details>`,
    `<summary>${articleLink(overlap.a, anchors)} ↔ ${articleLink(overlap.b, anchors)} <span class="num">${percent(overlap.score)}</span> shared · ${origin} · ${kinds}</summary>`,
    `<div class="side-by-side" role="table" aria-label="shared passages, side by side">`,
    `<div class="pair head" role="row"><div role="columnheader">${articleLink(overlap.a, anchors)} ${esc(a?.title ?? "")}</div><div role="columnheader">${articleLink(overlap.b, anchors)} ${esc(b?.title ?? "")}</div></div>`,
    ...rows,
    `</div>`,
    `</details></li>`,
  ].join("\n");
}

function passageRow(passage: OverlapPassage, textA: string | undefined, textB: string | undefined, langA: string | null, langB: string | null): string {
  const a = textA?.slice(passage.a.start, passage.a.end) ?? "";
  const b = textB?.slice(passage.b.start, passage.b.end) ?? "";
  const [left, right] = marked(a, b, passage.kind);
  const label = `<div class="passage-label" role="row"><span class="badge kind-${esc(passage.kind)}">${esc(passage.kind)}</span> ${percent(passage.similarity)} similar</div>`;
  return [
    label,
    `<div class="pair" role="row">`,
    `<div role="cell"${langAttribute(langA)}>${context(textA, passage.a.start, -1)}<span class="shared">${left}</span>${context(textA, passage.a.end, 1)}</div>`,
    `<div role="cell"${langAttribute(langB)}>${context(textB, passage.b.start, -1)}<span class="shared">${right}</span>${context(textB, passage.b.end, 1)}</div>`,
    `</div>`,
  ].join("");
}

/** The two passages with what differs marked: words only in A struck, words only in B inserted. */
function marked(a: string, b: string, kind: OverlapPassage["kind"]): [string, string] {
  if (a === b || a.length + b.length > MAX_DIFF_CHARS) return [esc(a), esc(b)];
  // A translated quote shares few words; marking every word would say nothing.
  if (kind === "quote-variant") return [esc(a), esc(b)];
  const left: string[] = [];
  const right: string[] = [];
  for (const part of diffWords(a, b)) {
    const value = esc(part.value);
    if (part.added) right.push(`<ins>${value}</ins>`);
    else if (part.removed) left.push(`<del>${value}</del>`);
    else {
      left.push(value);
      right.push(value);
    }
  }
  return [left.join(""), right.join("")];
}

function context(text: string | undefined, at: number, direction: -1 | 1): string {
  if (!text) return "";
  const piece = direction < 0 ? text.slice(Math.max(0, at - CONTEXT), at) : text.slice(at, at + CONTEXT);
  if (!piece) return "";
  const more = direction < 0 ? at - CONTEXT > 0 : at + CONTEXT < text.length;
  return `<span class="context">${direction < 0 && more ? "…" : ""}${esc(piece)}${direction > 0 && more ? "…" : ""}</span>`;
}

export function percent(fraction: number): string {
  return `${Math.round(fraction * 100)}%`;
}
