// Month names of the languages web pages come in, mapped to month numbers: data in
// rules/common/page-months.yaml, so that reading another language's dates is a data change.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parsePackFile } from "../../../packs/parse.js";
import { wordAlternation } from "../../../packs/patterns.js";
import { builtinRulesDir } from "../../../paths.js";

const FILE = join(builtinRulesDir, "common", "page-months.yaml");

export const MONTH_NUMBER: ReadonlyMap<string, number> = parsePackFile(FILE, readFileSync(FILE, "utf8"), null).pageMonths;

/** Regex alternation of every month name, longest first so "juni" is not read as "jun". */
export const MONTH_ALTERNATION = wordAlternation([...MONTH_NUMBER.keys()]);
