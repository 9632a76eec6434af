import { analyseArticle } from "../../src/analyse/index.js";
import type { Facts } from "../../src/types.js";
import { article, setup } from "../helpers/rule-tester.js";

/** The attribution facts of one text, read as the audit reads it. */
export function read(text: string, language: "de" | "en"): Pick<Facts, "quotes" | "attributions"> {
  const { facts } = analyseArticle(article({ text, language }, "a0"), setup.library);
  return { quotes: facts.quotes, attributions: facts.attributions };
}

/** Quotes as [kind, quoted text, speaker, speaker type, cue]. */
export function quotes(text: string, language: "de" | "en"): [string, string, string | null, string | null, string | null][] {
  return read(text, language).quotes.map((q) => [q.kind, q.text, q.speaker, q.speakerType, q.cue]);
}
