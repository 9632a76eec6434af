// The embedded backend: one SQLite file (better-sqlite3), WAL so readers never block the one
// writer, and a busy timeout so a second writer waits for the first instead of failing.
import { existsSync, statSync } from "node:fs";
import Database from "better-sqlite3";
import { PACK, packedRows, rankCandidates } from "./candidates.js";
import { PostingList, QUOTE_KEY_OFFSET, decodeKeys, encodeKeys, postingKeys } from "./keys.js";
import { planAdd, type Latest } from "./plan.js";
import { storedRecord, type ArticleRow } from "./row.js";
import { LATEST_SCHEMA, MIGRATIONS, SQLITE_APPLICATION_ID, newerSchemaMessage } from "./schema.js";
import { ArchiveError, type AddResult, type Archive, type ArchiveRecord, type ArchiveStats, type Candidate, type CandidateOptions, type CandidateQuery, type StoredRecord } from "./types.js";

/** How long a writer waits for another run's transaction before giving up. */
const BUSY_TIMEOUT_MS = 60_000;
const EXPORT_PAGE = 500;
const CACHE_KIB = 128 * 1024;

/** The row as this backend returns it. */
type Row = ArticleRow & { n: number };

export function openSqliteArchive(path: string, readonly: boolean): Archive {
  if (existsSync(path) && !statSync(path).isFile()) throw new ArchiveError(`${path}: not a file`);
  if (readonly && !existsSync(path)) throw new ArchiveError(`${path}: no such archive (a read-only run needs an existing one)`);
  // Check the file on a read-only connection first: a foreign, corrupt or newer file is never opened for writing.
  const version = existsSync(path) ? guarded(path, () => inspect(path)) : 0;
  if (version > LATEST_SCHEMA) throw new ArchiveError(newerSchemaMessage(path, version));
  if (readonly && version < LATEST_SCHEMA) throw new ArchiveError(`${path}: archive schema version ${version} needs an upgrade; run once without --archive-readonly`);
  const db = guarded(path, () => new Database(path, { readonly, fileMustExist: readonly, timeout: BUSY_TIMEOUT_MS }));
  db.pragma(`cache_size = -${CACHE_KIB}`);
  if (!readonly) {
    guarded(path, () => {
      db.pragma("journal_mode = WAL");
      // WAL with synchronous NORMAL stays atomic (a killed run loses nothing committed); a large page cache keeps the key index's upper levels in memory.
      db.pragma("synchronous = NORMAL");
      migrate(db, version);
    });
  }
  return new SqliteArchive(db, path, readonly);
}

/** The schema version of a wirecheck archive, 0 for an empty database; throws for anything else. */
function inspect(path: string): number {
  const db = new Database(path, { readonly: true, fileMustExist: true });
  try {
    const applicationId = db.pragma("application_id", { simple: true }) as number;
    const version = db.pragma("user_version", { simple: true }) as number;
    const tables = (db.prepare("SELECT count(*) AS c FROM sqlite_schema").get() as { c: number }).c;
    if (applicationId === SQLITE_APPLICATION_ID) return version;
    if (applicationId === 0 && tables === 0) return 0;
    throw new ArchiveError(`${path}: a SQLite database of another application, not a wirecheck archive`);
  } finally {
    db.close();
  }
}

function migrate(db: Database.Database, from: number): void {
  if (from === LATEST_SCHEMA) return;
  db.transaction(() => {
    for (let v = from; v < LATEST_SCHEMA; v++) for (const sql of MIGRATIONS[v]!.sqlite) db.exec(sql);
    db.pragma(`application_id = ${SQLITE_APPLICATION_ID}`);
    db.pragma(`user_version = ${LATEST_SCHEMA}`);
  }).immediate();
}

/** Runs `fn`, turning SQLite's errors into one-line archive errors that name the file. */
function guarded<T>(path: string, fn: () => T): T {
  try {
    return fn();
  } catch (e) {
    if (e instanceof ArchiveError) throw e;
    const err = e as { code?: string; message?: string };
    if (err.code === "SQLITE_NOTADB" || err.code === "SQLITE_CORRUPT") throw new ArchiveError(`${path}: not a wirecheck archive (corrupt, or not a SQLite database)`);
    if (err.code === "SQLITE_BUSY") throw new ArchiveError(`${path}: the archive stayed locked by another run for ${BUSY_TIMEOUT_MS / 1000} s`);
    throw new ArchiveError(`${path}: ${err.message ?? String(e)}`);
  }
}

class SqliteArchive implements Archive {
  readonly kind = "sqlite";

  constructor(
    private readonly db: Database.Database,
    private readonly path: string,
    readonly readonly: boolean,
  ) {}

  async lookup(ids: readonly string[]): Promise<Map<string, Latest>> {
    return guarded(this.path, () => this.latest(ids));
  }

  private latest(ids: readonly string[]): Map<string, Latest> {
    const get = this.db.prepare<[string], { version: number; content_hash: string }>("SELECT version, content_hash FROM article WHERE id = ? AND current");
    const out = new Map<string, Latest>();
    for (const id of ids) {
      const row = get.get(id);
      if (row) out.set(id, { version: row.version, contentHash: row.content_hash });
    }
    return out;
  }

  async candidates(queries: readonly CandidateQuery[], options: CandidateOptions): Promise<Candidate[]> {
    return guarded(this.path, () => {
      // The batch goes in as one JSON array of packed (query, key) numbers: one statement, not one
      // insert per key. Each distinct key's postings are read once; keys held by too many articles go.
      const rows = this.db
        .prepare<[string, number, number, number], { query: number; id: string; sharedHashes: number; sharedQuotes: number }>(
          `WITH batch AS MATERIALIZED (SELECT value / ${PACK} AS n, value % ${PACK} AS key FROM json_each(?)),
           hits AS MATERIALIZED (SELECT key, article FROM posting WHERE key IN (SELECT key FROM batch)),
           rare AS MATERIALIZED (SELECT key FROM hits GROUP BY key HAVING count(*) <= ?),
           shared AS (
             SELECT b.n AS query, h.article AS article,
                    sum(b.key < ${QUOTE_KEY_OFFSET}) AS sharedHashes, sum(b.key >= ${QUOTE_KEY_OFFSET}) AS sharedQuotes
             FROM batch b JOIN rare r ON r.key = b.key JOIN hits h ON h.key = b.key
             GROUP BY b.n, h.article
             HAVING sharedHashes >= ? OR sharedQuotes >= ?)
           SELECT s.query, a.id, s.sharedHashes, s.sharedQuotes FROM shared s JOIN article a ON a.n = s.article`,
        )
        .all(JSON.stringify(packedRows(queries)), options.maxKeyArticles, options.minSharedHashes, options.minSharedQuotes);
      return rankCandidates(rows, options);
    });
  }

  async load(ids: readonly string[]): Promise<StoredRecord[]> {
    return guarded(this.path, () => {
      const get = this.db.prepare<[string], Row>("SELECT * FROM article WHERE id = ? AND current");
      return ids.flatMap((id) => {
        const row = get.get(id);
        return row ? [storedRecord(row)] : [];
      });
    });
  }

  async add(records: readonly ArchiveRecord[], added: string): Promise<AddResult[]> {
    this.writable();
    return guarded(this.path, () =>
      this.db
        .transaction(() => {
          const plan = planAdd(records, this.latest(records.map((r) => r.id)));
          for (const id of plan.supersede) this.supersede(id);
          const insert = this.db.prepare(
            `INSERT INTO article (id, version, current, source, url, title, published, language, credits, content_hash, added, text, hashes, quote_keys)
             VALUES (?, ?, 1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
          );
          const postings = new PostingList();
          for (const { record: r, version } of plan.inserts) {
            const { lastInsertRowid } = insert.run(r.id, version, r.source, r.url, r.title, r.published, r.language, JSON.stringify(r.credits), r.contentHash, added, r.text, encodeKeys(r.hashes), encodeKeys(r.quoteKeys));
            postings.add(postingKeys(r.hashes, r.quoteKeys), Number(lastInsertRowid));
          }
          const post = this.db.prepare("INSERT INTO posting (key, article) VALUES (?, ?)");
          const { keys, articles } = postings.sorted();
          keys.forEach((key, i) => post.run(key, articles[i]));
          return plan.results;
        })
        .immediate(),
    );
  }

  /** The current version of `id` leaves the index and keeps only its metadata. */
  private supersede(id: string): void {
    const row = this.db.prepare<[string], Pick<Row, "n" | "hashes" | "quote_keys">>("SELECT n, hashes, quote_keys FROM article WHERE id = ? AND current").get(id);
    if (!row) return;
    this.unindex(row);
    this.db.prepare("UPDATE article SET current = 0, text = NULL, hashes = NULL, quote_keys = NULL WHERE n = ?").run(row.n);
  }

  private unindex(row: Pick<Row, "n" | "hashes" | "quote_keys">): void {
    const del = this.db.prepare("DELETE FROM posting WHERE key = ? AND article = ?");
    for (const key of postingKeys(decodeKeys(row.hashes), decodeKeys(row.quote_keys))) del.run(key, row.n);
  }

  async prune(before: string): Promise<number> {
    this.writable();
    return guarded(this.path, () =>
      this.db
        .transaction(() => {
          const old = this.db.prepare<[string], Pick<Row, "n" | "id" | "hashes" | "quote_keys">>("SELECT n, id, hashes, quote_keys FROM article WHERE current AND coalesce(published, added) < ?").all(before);
          const drop = this.db.prepare("DELETE FROM article WHERE id = ?");
          for (const row of old) {
            this.unindex(row);
            drop.run(row.id);
          }
          return old.length;
        })
        .immediate(),
    );
  }

  async *export(): AsyncGenerator<StoredRecord> {
    const page = this.db.prepare<[string, number], Row>("SELECT * FROM article WHERE current AND id > ? ORDER BY id LIMIT ?");
    let after = "";
    for (;;) {
      const rows = guarded(this.path, () => page.all(after, EXPORT_PAGE));
      for (const row of rows) yield storedRecord(row);
      if (rows.length < EXPORT_PAGE) return;
      after = rows[rows.length - 1]!.id;
    }
  }

  async stats(): Promise<ArchiveStats> {
    return guarded(this.path, () => {
      const a = this.db
        .prepare<[], { articles: number; versions: number; oldest: string | null; newest: string | null }>(
          `SELECT sum(current) AS articles, count(*) AS versions,
                  min(CASE WHEN current THEN coalesce(published, added) END) AS oldest,
                  max(CASE WHEN current THEN coalesce(published, added) END) AS newest
           FROM article`,
        )
        .get()!;
      const postings = (this.db.prepare("SELECT count(*) AS c FROM posting").get() as { c: number }).c;
      return { schemaVersion: LATEST_SCHEMA, articles: a.articles ?? 0, versions: a.versions, postings, oldest: a.oldest, newest: a.newest };
    });
  }

  async close(): Promise<void> {
    this.db.close();
  }

  private writable(): void {
    if (this.readonly) throw new ArchiveError(`${this.path}: the archive is open read-only`);
  }
}
