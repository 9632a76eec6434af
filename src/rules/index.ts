// The code rules. Declarative rules come from rules/*.yaml; the engine gets both as one list.
import type { Rule } from "../engine/rule.js";
import { attributionAnonymousSource } from "./attribution/anonymous-source.js";
import { attributionChain } from "./attribution/chain.js";
import { attributionHeadlineQuoteUnsupported } from "./attribution/headline-quote-unsupported.js";
import { attributionTruncatedQuote } from "./attribution/truncated-quote.js";
import { attributionUnattributedQuote } from "./attribution/unattributed-quote.js";
import { attributionVagueSource } from "./attribution/vague-source.js";
import { boilerplateTemplate } from "./boilerplate/template.js";
import { dateFuture } from "./date/future.js";
import { dateMissing } from "./date/missing.js";
import { dateUnanchoredRelative } from "./date/unanchored-relative.js";
import { dateWeekdayMismatch } from "./date/weekday-mismatch.js";
import { overlapAgencyRewrite } from "./overlap/agency-rewrite.js";
import { overlapNearDuplicate } from "./overlap/near-duplicate.js";
import { overlapQuoteVariant } from "./overlap/quote-variant.js";
import { overlapSharedPassage } from "./overlap/shared-passage.js";
import { overlapUncreditedReuse } from "./overlap/uncredited-reuse.js";

export const codeRules: readonly Rule[] = [
  dateMissing,
  dateWeekdayMismatch,
  dateUnanchoredRelative,
  dateFuture,
  boilerplateTemplate,
  overlapNearDuplicate,
  overlapSharedPassage,
  overlapQuoteVariant,
  overlapAgencyRewrite,
  overlapUncreditedReuse,
  attributionChain,
  attributionVagueSource,
  attributionAnonymousSource,
  attributionUnattributedQuote,
  attributionTruncatedQuote,
  attributionHeadlineQuoteUnsupported,
];
