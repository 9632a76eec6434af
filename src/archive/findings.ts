// A finding that relates an article of this run to archived ones says, in its data, where and
// when those appeared: the reader of a report has no other copy of an archived article.
import type { Finding, JudgedArticle } from "../types.js";

export interface ArchivedRelation {
  id: string;
  source: string | null;
  published: string | null;
}

/** `findings` with `data.archived` (id, source, published of each related archived article) where they relate to one. */
export function withArchivedRelations(findings: readonly Finding[], earlier: readonly JudgedArticle[]): Finding[] {
  if (earlier.length === 0) return [...findings];
  const byId = new Map(earlier.map(({ article, facts }) => [article.id, { id: article.id, source: facts.source, published: facts.published }]));
  return findings.map((f) => {
    const archived = f.related.flatMap((id) => byId.get(id) ?? []);
    return archived.length ? { ...f, data: { ...f.data, archived } } : f;
  });
}
