// What adding a batch does, decided once for both backends: a new id is stored as version 1,
// an unchanged one (same content hash) is left alone, changed content becomes the next version
// and the previous one is superseded (kept as history, out of the index, its text dropped).
import type { AddResult, ArchiveRecord } from "./types.js";

export interface Latest {
  version: number;
  contentHash: string;
}

export interface AddPlan {
  results: AddResult[];
  /** Records to insert, with their version. */
  inserts: { record: ArchiveRecord; version: number }[];
  /** Ids whose current version is superseded by an insert. */
  supersede: string[];
}

/** The plan for `records` given the current version of each id the archive holds. An id repeated in
 *  the batch is stored once, as its last occurrence. */
export function planAdd(records: readonly ArchiveRecord[], latest: ReadonlyMap<string, Latest>): AddPlan {
  const last = new Map<string, ArchiveRecord>();
  for (const r of records) last.set(r.id, r);
  const plan: AddPlan = { results: [], inserts: [], supersede: [] };
  for (const record of last.values()) {
    const known = latest.get(record.id);
    if (!known) {
      plan.inserts.push({ record, version: 1 });
      plan.results.push({ id: record.id, status: "new", version: 1 });
    } else if (known.contentHash === record.contentHash) {
      plan.results.push({ id: record.id, status: "unchanged", version: known.version });
    } else {
      plan.inserts.push({ record, version: known.version + 1 });
      plan.supersede.push(record.id);
      plan.results.push({ id: record.id, status: "version", version: known.version + 1 });
    }
  }
  return plan;
}

/** Statuses without writing (a read-only run): what adding would do. */
export const previewAdd = (records: readonly ArchiveRecord[], latest: ReadonlyMap<string, Latest>): AddResult[] => planAdd(records, latest).results;
