// An article's text as HTML with every finding marked over its whole span, quotations and
// speakers underlined, overlapping spans resolved by cutting the text at every span boundary.
import type { ArticleReport, Severity, Span } from "../types.js";
import { severityRank } from "../severity.js";
import { escapeMarkup as esc } from "./markup.js";

interface Layer {
  span: Span;
  /** A finding's severity and label, or the kind of quote layer. */
  kind: Severity | "quote" | "speaker";
  label: string;
}

export function annotatedText(article: ArticleReport, text: string): string {
  const layers: Layer[] = [
    ...article.findings.flatMap((f) => (f.span && f.span.end > f.span.start ? [{ span: f.span, kind: f.severity, label: f.rule }] : [])),
    ...article.quotes.map((q) => ({ span: q.span, kind: "quote" as const, label: `${q.kind} quote` })),
    ...article.quotes.flatMap((q) => (q.speakerSpan ? [{ span: q.speakerSpan, kind: "speaker" as const, label: `speaker${q.speakerType ? ` (${q.speakerType})` : ""}` }] : [])),
  ].filter((l) => l.span.start >= 0 && l.span.end <= text.length && l.span.end > l.span.start);
  const cuts = [...new Set([0, text.length, ...layers.flatMap((l) => [l.span.start, l.span.end])])].sort((a, b) => a - b);
  // Spans per article are few; a sweep over the sorted cuts keeps the active ones.
  const byStart = [...layers].sort((a, b) => a.span.start - b.span.start);
  let next = 0;
  let active: Layer[] = [];
  const out: string[] = [];
  for (let i = 0; i + 1 < cuts.length; i++) {
    const from = cuts[i]!;
    const to = cuts[i + 1]!;
    active = active.filter((l) => l.span.end > from);
    while (next < byStart.length && byStart[next]!.span.start <= from) active.push(byStart[next++]!);
    out.push(segment(text.slice(from, to), active));
  }
  return `<div class="text"${article.language ? ` lang="${esc(article.language)}"` : ""}>${out.join("")}</div>`;
}

function segment(piece: string, layers: readonly Layer[]): string {
  if (layers.length === 0) return esc(piece);
  const findings = layers.filter((l) => l.kind !== "quote" && l.kind !== "speaker");
  const classes = [
    ...(layers.some((l) => l.kind === "quote") ? ["quote"] : []),
    ...(layers.some((l) => l.kind === "speaker") ? ["speaker"] : []),
  ];
  const title = [...new Set(layers.map((l) => l.label))].join(", ");
  if (findings.length === 0) return `<span class="${classes.join(" ")}" title="${esc(title)}">${esc(piece)}</span>`;
  const worst = findings.reduce((a, b) => (severityRank(b.kind as Severity) > severityRank(a.kind as Severity) ? b : a));
  return `<mark class="${["sev-" + worst.kind, ...classes].join(" ")}" title="${esc(title)}">${esc(piece)}</mark>`;
}
