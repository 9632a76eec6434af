// A hostile or broken text can make one rule fire hundreds of thousands of times (a 45 MB
// file once gave 605,000 findings and a 311 MB report). Findings are kept up to a cap per
// article and rule; the rest are counted in one summary finding, so nothing goes unsaid.
import type { Finding } from "../types.js";
import { duplicateKey } from "./findings.js";

/** A reader learns nothing new from the 101st finding of one rule in one article. */
export const MAX_FINDINGS_PER_RULE = 100;

export class CappedFindings {
  private readonly kept: Finding[] = [];
  private readonly seen = new Set<string>();
  private readonly perRule = new Map<string, { first: Finding; count: number }>();

  add(finding: Finding): void {
    const duplicate = `${finding.articleId}\u0000${duplicateKey(finding)}`;
    if (this.seen.has(duplicate)) return;
    this.seen.add(duplicate);
    const key = `${finding.articleId}\u0000${finding.rule}`;
    const tally = this.perRule.get(key) ?? { first: finding, count: 0 };
    this.perRule.set(key, tally);
    if (++tally.count <= MAX_FINDINGS_PER_RULE) this.kept.push(finding);
  }

  /** The kept findings and, per article and rule over the cap, one finding that counts the rest. */
  findings(): Finding[] {
    const out = this.kept;
    for (const { first, count } of this.perRule.values()) {
      if (count <= MAX_FINDINGS_PER_RULE) continue;
      const omitted = count - MAX_FINDINGS_PER_RULE;
      out.push({
        ...first,
        message: `${omitted} more findings of this rule in this article are not listed (at most ${MAX_FINDINGS_PER_RULE} per article and rule)`,
        span: null,
        related: [],
        data: { omitted, limit: MAX_FINDINGS_PER_RULE },
      });
    }
    return out;
  }
}
