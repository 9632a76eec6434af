// The archive's part in an audit, between analysis and rules: recall the archived articles
// that share candidate keys with the new ones (from the database's index, never the whole
// archive), re-analyse them from their stored text, and add the new articles.
import { analyseArticle } from "../analyse/index.js";
import type { JudgeOptions } from "../api.js";
import type { RuleLibrary } from "../packs/types.js";
import type { ArchiveStatus, JudgedArticle } from "../types.js";
import { DEFAULT_CANDIDATE_OPTIONS } from "./candidates.js";
import { previewAdd } from "./plan.js";
import { archiveRecord, storedArticle } from "./record.js";
import type { Archive } from "./types.js";

/** Compares the current articles with the archive and, unless it is read-only, adds them (on `added`, YYYY-MM-DD). */
export async function withArchive(archive: Archive, current: readonly JudgedArticle[], library: RuleLibrary, added: string): Promise<Required<Pick<JudgeOptions, "earlier" | "archiveStatus">>> {
  const ids = new Set(current.map((a) => a.article.id));
  const candidates = await archive.candidates(current.map((a) => a.facts.fingerprint), DEFAULT_CANDIDATE_OPTIONS);
  // An archived copy of a current article (the same id) is its own earlier version, not a source.
  const recalled = [...new Set(candidates.map((c) => c.id))].filter((id) => !ids.has(id)).sort();
  const stored = await archive.load(recalled);
  const records = current.map(archiveRecord);
  const results = archive.readonly ? previewAdd(records, await archive.lookup([...ids])) : await archive.add(records, added);
  return {
    earlier: stored.map((r) => analyseArticle(storedArticle(r), library)),
    archiveStatus: new Map<string, ArchiveStatus>(results.map(({ id, status, version }) => [id, { status, version }])),
  };
}
