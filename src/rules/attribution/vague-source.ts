import type { ArticleRule } from "../../engine/rule.js";
import { vocabPattern, vocabTester } from "../../packs/patterns.js";
import type { Span } from "../../types.js";
import { sourcingFindings } from "./sourcing.js";

export const attributionVagueSource: ArticleRule = {
  meta: {
    id: "attribution/vague-source",
    severity: "warning",
    scope: "article",
    languages: null,
    description: 'Unnamed or collective sourcing ("Quelle: Agenturen", "russische Nachrichtenagenturen", "sources said").',
    docs: "docs/rules/attribution.md#vague-source",
  },
  check({ article, facts, packs, report }) {
    const spans: Span[] = sourcingFindings(facts, "vague", true);
    // Source lines ("Quelle: Agenturen", "(with agencies)") are vague sourcing wherever they stand.
    for (const pack of packs) {
      const pattern = vocabPattern(pack, "vague-source", "giu");
      // Most texts have no source line: the cheap pretest spares the whole-text scan.
      if (!pattern || !vocabTester(pack, "vague-source", "giu")(article.text)) continue;
      for (const m of article.text.matchAll(pattern)) {
        const span = { start: m.index, end: m.index + m[0].length };
        if (!spans.some((s) => s.start < span.end && span.start < s.end)) spans.push(span);
      }
    }
    for (const span of spans) {
      report({ message: `Vague sourcing: “${article.text.slice(span.start, span.end)}” names no source that can be checked`, span });
    }
  },
};
