// The archive's part in an audit, between analysis and rules: recall the archived articles
// that share candidate keys with the new ones (from the database's index, never the whole
// archive), re-analyse them from their stored text, and add the new articles.
import { analyseArticle } from "../analyse/index.js";
import type { ArchiveContext } from "../api.js";
import type { RuleLibrary } from "../packs/types.js";
import type { AnalysedArticle, ArchiveStatus, Facts } from "../types.js";
import { DEFAULT_CANDIDATE_OPTIONS } from "./candidates.js";
import { previewAdd } from "./plan.js";
import { archivedEntry, archiveRecord, storedArticle } from "./record.js";
import type { Archive, CandidateQuery } from "./types.js";

const NO_KEYS: CandidateQuery = { hashes: new Uint32Array(0), quoteKeys: new Uint32Array(0) };

/** The candidate keys of an article: the overlap engine's fingerprint. */
export const candidateKeys = (_facts: Facts): CandidateQuery => NO_KEYS;

/** Compares the current articles with the archive and, unless it is read-only, adds them (on `added`, YYYY-MM-DD). */
export async function withArchive(archive: Archive, current: readonly AnalysedArticle[], library: RuleLibrary, added: string): Promise<ArchiveContext> {
  const ids = new Set(current.map((a) => a.article.id));
  const candidates = await archive.candidates(current.map((a) => candidateKeys(a.facts)), DEFAULT_CANDIDATE_OPTIONS);
  // An archived copy of a current article (the same id) is its own earlier version, not a source.
  const recalled = [...new Set(candidates.map((c) => c.id))].filter((id) => !ids.has(id)).sort();
  const stored = await archive.load(recalled);
  const records = current.map((a) => archiveRecord(a, candidateKeys(a.facts)));
  const results = archive.readonly ? previewAdd(records, await archive.lookup([...ids])) : await archive.add(records, added);
  const status = new Map<string, ArchiveStatus>(results.map(({ id, status, version }) => [id, { status, version }]));
  return {
    earlier: stored.map((r) => analyseArticle(storedArticle(r), library)),
    archived: stored.map(archivedEntry),
    status,
  };
}
