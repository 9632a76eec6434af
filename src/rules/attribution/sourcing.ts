// Where the sourcing rules point: speakers and intermediaries of one type, each phrase once,
// with its cue when the two stand together ("Medienberichten zufolge", "sources said").
import type { Facts, Span, SpeakerType } from "../../types.js";

/** A cue this close to its speaker belongs in the finding's span. */
const CUE_REACH = 3;

/** Anonymous sources are named by their phrase alone; vague ones with their cue ("Reports said"). */
export function sourcingFindings(facts: Facts, type: SpeakerType, cue: boolean): Span[] {
  const out = new Map<number, Span>();
  for (const q of facts.quotes) {
    // "A spokesman declined to comment", "A reporter asked whether …": a statement that asserts nothing sources nothing.
    if (q.speakerType !== type || !q.speakerSpan || q.asserts === false) continue;
    out.set(q.speakerSpan.start, cue ? withCue(q.speakerSpan, q.cueSpan) : q.speakerSpan);
  }
  for (const a of facts.attributions) {
    if (a.asserts === false) continue;
    for (const link of a.links) if (link.type === type && !out.has(link.span.start)) out.set(link.span.start, link.span);
  }
  return [...out.values()].sort((a, b) => a.start - b.start);
}

function withCue(speaker: Span, cue: Span | null): Span {
  if (!cue) return speaker;
  if (cue.end <= speaker.start && speaker.start - cue.end <= CUE_REACH) return { start: cue.start, end: speaker.end };
  if (cue.start >= speaker.end && cue.start - speaker.end <= CUE_REACH) return { start: speaker.start, end: cue.end };
  return speaker;
}
