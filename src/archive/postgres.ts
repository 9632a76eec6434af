// The shared backend: one PostgreSQL database (node-postgres) that a team's CI runners and
// editors all point at. Tables live in the schema `wirecheck`; every write is one transaction,
// and writers take an advisory lock so that two runs adding at once queue instead of clashing.
import pg from "pg";
import { queryRows, rankCandidates } from "./candidates.js";
import { PostingList, QUOTE_KEY_OFFSET, decodeKeys, encodeKeys, postingKeys } from "./keys.js";
import { planAdd, type Latest } from "./plan.js";
import { storedRecord, type ArticleRow } from "./row.js";
import { LATEST_SCHEMA, MIGRATIONS, newerSchemaMessage } from "./schema.js";
import { ArchiveError, type AddResult, type Archive, type ArchiveRecord, type ArchiveStats, type Candidate, type CandidateOptions, type CandidateQuery, type StoredRecord } from "./types.js";

/** The advisory lock key that serialises migrations and writes ("WCKA"). */
const WRITE_LOCK = 0x57434b41;
const CONNECT_TIMEOUT_MS = 10_000;
const EXPORT_PAGE = 500;
/** Rows per statement when adding: large enough to save round trips, small enough to keep the parameters' text small. */
const INSERT_CHUNK = 500;
const POSTING_CHUNK = 100_000;

/** The row as this backend returns it. */
type Row = ArticleRow & { n: string };

/** The URL without its password, for messages. */
function displayUrl(url: string): string {
  try {
    const u = new URL(url);
    if (u.password) u.password = "***";
    return u.toString();
  } catch {
    return url;
  }
}

export async function openPostgresArchive(url: string, readonly: boolean): Promise<Archive> {
  const where = displayUrl(url);
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: CONNECT_TIMEOUT_MS, application_name: "wirecheck" });
  // A dropped connection later in the run surfaces as a query error; this keeps it from crashing the process meanwhile.
  client.on("error", () => {});
  try {
    await client.connect();
  } catch (e) {
    throw new ArchiveError(`${where}: cannot reach the archive (${oneLine(e)})`);
  }
  try {
    // Candidate queries are large one-off joins: JIT compilation costs more than it saves, and
    // hashing a batch's keys wants more than the default 4 MB of work memory.
    await client.query("SET jit = off; SET work_mem = '64MB'");
    const version = await schemaVersion(client, where);
    if (version > LATEST_SCHEMA) throw new ArchiveError(newerSchemaMessage(where, version));
    if (version < LATEST_SCHEMA) {
      if (readonly) throw new ArchiveError(`${where}: ${version ? `archive schema version ${version} needs an upgrade` : "no archive there yet"}; run once without --archive-readonly`);
      await migrate(client, where);
    }
    return new PostgresArchive(client, where, readonly);
  } catch (e) {
    await client.end().catch(() => {});
    throw e instanceof ArchiveError ? e : new ArchiveError(`${where}: ${oneLine(e)}`);
  }
}

/** 0 when the database holds no archive; throws when a `wirecheck` schema is there but is not ours. */
async function schemaVersion(client: pg.Client, where: string): Promise<number> {
  const found = await client.query<{ schema: boolean; meta: boolean }>(
    `SELECT EXISTS (SELECT 1 FROM pg_namespace WHERE nspname = 'wirecheck') AS schema,
            to_regclass('wirecheck.meta') IS NOT NULL AS meta`,
  );
  const { schema, meta } = found.rows[0]!;
  if (!schema) return 0;
  if (!meta) throw new ArchiveError(`${where}: the schema "wirecheck" there is not a wirecheck archive`);
  const row = await client.query<{ value: string }>("SELECT value FROM wirecheck.meta WHERE name = 'schema'");
  const version = Number(row.rows[0]?.value);
  if (!Number.isInteger(version) || version < 1) throw new ArchiveError(`${where}: the schema "wirecheck" there is not a wirecheck archive`);
  return version;
}

async function migrate(client: pg.Client, where: string): Promise<void> {
  await transaction(client, async () => {
    // Another run may be creating or upgrading the same archive right now: after the lock, look again.
    const from = await schemaVersion(client, where);
    if (from >= LATEST_SCHEMA) return;
    if (from === 0) await client.query("CREATE SCHEMA wirecheck");
    for (let v = from; v < LATEST_SCHEMA; v++) for (const sql of MIGRATIONS[v]!.postgres) await client.query(sql);
    await client.query("INSERT INTO wirecheck.meta VALUES ('schema', $1) ON CONFLICT (name) DO UPDATE SET value = $1", [String(LATEST_SCHEMA)]);
  });
}

/** `fn` in one transaction holding the write lock: committed whole or not at all. */
async function transaction<T>(client: pg.Client, fn: () => Promise<T>): Promise<T> {
  await client.query("BEGIN");
  try {
    await client.query("SELECT pg_advisory_xact_lock($1)", [WRITE_LOCK]);
    const out = await fn();
    await client.query("COMMIT");
    return out;
  } catch (e) {
    await client.query("ROLLBACK").catch(() => {});
    throw e;
  }
}

function oneLine(e: unknown): string {
  const err = e as { message?: string; code?: string };
  return (err.message || err.code || String(e)).split("\n")[0]!;
}

class PostgresArchive implements Archive {
  readonly kind = "postgres";

  constructor(
    private readonly client: pg.Client,
    private readonly where: string,
    readonly readonly: boolean,
  ) {}

  lookup(ids: readonly string[]): Promise<Map<string, Latest>> {
    return this.guarded(() => this.latest(ids));
  }

  private async latest(ids: readonly string[]): Promise<Map<string, Latest>> {
    const { rows } = await this.client.query<{ id: string; version: number; content_hash: string }>(
      "SELECT id, version, content_hash FROM wirecheck.article WHERE current AND id = ANY($1::text[])",
      [ids],
    );
    return new Map(rows.map((r) => [r.id, { version: r.version, contentHash: r.content_hash }]));
  }

  candidates(queries: readonly CandidateQuery[], options: CandidateOptions): Promise<Candidate[]> {
    return this.guarded(async () => {
      const { n, keys } = queryRows(queries);
      // Each distinct key's postings are read once through the index, at most one past the limit,
      // so a boilerplate key costs no more than a rare one and is then passed over.
      const { rows } = await this.client.query<{ query: number; id: string; shared_hashes: string; shared_quotes: string }>(
        `WITH batch AS MATERIALIZED (SELECT * FROM unnest($1::int[], $2::bigint[]) AS b(n, key)),
         hits AS MATERIALIZED (
           SELECT k.key, l.article, count(*) OVER (PARTITION BY k.key) AS articles
           FROM (SELECT DISTINCT key FROM batch) k
           CROSS JOIN LATERAL (SELECT p.article FROM wirecheck.posting p WHERE p.key = k.key LIMIT $3 + 1) l),
         shared AS (
           SELECT b.n, h.article,
                  count(*) FILTER (WHERE b.key < ${QUOTE_KEY_OFFSET}) AS shared_hashes,
                  count(*) FILTER (WHERE b.key >= ${QUOTE_KEY_OFFSET}) AS shared_quotes
           FROM batch b JOIN hits h ON h.key = b.key
           WHERE h.articles <= $3
           GROUP BY b.n, h.article)
         SELECT s.n AS query, a.id, s.shared_hashes, s.shared_quotes
         FROM shared s JOIN wirecheck.article a ON a.n = s.article
         WHERE s.shared_hashes >= $4 OR s.shared_quotes >= $5`,
        [n, keys, options.maxKeyArticles, options.minSharedHashes, options.minSharedQuotes],
      );
      const found = rows.map((r) => ({ query: r.query, id: r.id, sharedHashes: Number(r.shared_hashes), sharedQuotes: Number(r.shared_quotes) }));
      return rankCandidates(found, options);
    });
  }

  load(ids: readonly string[]): Promise<StoredRecord[]> {
    return this.guarded(async () => {
      const { rows } = await this.client.query<Row>("SELECT * FROM wirecheck.article WHERE current AND id = ANY($1::text[])", [ids]);
      const byId = new Map(rows.map((r) => [r.id, storedRecord(r)]));
      return ids.flatMap((id) => byId.get(id) ?? []);
    });
  }

  async add(records: readonly ArchiveRecord[], added: string): Promise<AddResult[]> {
    this.writable();
    return this.guarded(() =>
      transaction(this.client, async () => {
        const plan = planAdd(records, await this.latest(records.map((r) => r.id)));
        for (const id of plan.supersede) await this.supersede(id);
        const postings = new PostingList();
        for (let i = 0; i < plan.inserts.length; i += INSERT_CHUNK) {
          const chunk = plan.inserts.slice(i, i + INSERT_CHUNK);
          const column = <T>(f: (r: ArchiveRecord, version: number) => T): T[] => chunk.map(({ record, version }) => f(record, version));
          const { rows } = await this.client.query<{ n: string; id: string }>(
            `INSERT INTO wirecheck.article (id, version, current, source, url, title, published, language, credits, content_hash, added, text, hashes, quote_keys)
             SELECT id, version, true, source, url, title, published, language, credits, content_hash, $10, text, hashes, quote_keys
             FROM unnest($1::text[], $2::int[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[], $9::text[], $11::bytea[], $12::bytea[], $13::bytea[])
               AS r(id, version, source, url, title, published, language, credits, content_hash, text, hashes, quote_keys)
             RETURNING n, id`,
            [
              column((r) => r.id), column((_, v) => v), column((r) => r.source), column((r) => r.url), column((r) => r.title), column((r) => r.published), column((r) => r.language),
              column((r) => JSON.stringify(r.credits)), column((r) => r.contentHash), added, column((r) => r.text), column((r) => encodeKeys(r.hashes)), column((r) => encodeKeys(r.quoteKeys)),
            ],
          );
          const numberOf = new Map(rows.map((row) => [row.id, Number(row.n)]));
          for (const { record: r } of chunk) postings.add(postingKeys(r.hashes, r.quoteKeys), numberOf.get(r.id)!);
        }
        const { keys, articles } = postings.sorted();
        for (let i = 0; i < keys.length; i += POSTING_CHUNK) {
          await this.client.query("INSERT INTO wirecheck.posting SELECT * FROM unnest($1::bigint[], $2::bigint[])", [keys.slice(i, i + POSTING_CHUNK), articles.slice(i, i + POSTING_CHUNK)]);
        }
        return plan.results;
      }),
    );
  }

  /** The current version of `id` leaves the index and keeps only its metadata. */
  private async supersede(id: string): Promise<void> {
    const { rows } = await this.client.query<Row>("SELECT n, hashes, quote_keys FROM wirecheck.article WHERE id = $1 AND current", [id]);
    for (const row of rows) {
      await this.unindex([row]);
      await this.client.query("UPDATE wirecheck.article SET current = false, text = NULL, hashes = NULL, quote_keys = NULL WHERE n = $1", [row.n]);
    }
  }

  private async unindex(rows: readonly Pick<Row, "n" | "hashes" | "quote_keys">[]): Promise<void> {
    const keys: number[] = [];
    const articles: string[] = [];
    for (const row of rows) {
      for (const key of postingKeys(decodeKeys(row.hashes), decodeKeys(row.quote_keys))) {
        keys.push(key);
        articles.push(row.n);
      }
    }
    await this.client.query("DELETE FROM wirecheck.posting p USING unnest($1::bigint[], $2::bigint[]) AS d(key, article) WHERE p.key = d.key AND p.article = d.article", [keys, articles]);
  }

  async prune(before: string): Promise<number> {
    this.writable();
    return this.guarded(() =>
      transaction(this.client, async () => {
        const { rows } = await this.client.query<Row>("SELECT n, id, hashes, quote_keys FROM wirecheck.article WHERE current AND coalesce(published, added) < $1", [before]);
        await this.unindex(rows);
        await this.client.query("DELETE FROM wirecheck.article WHERE id = ANY($1::text[])", [rows.map((r) => r.id)]);
        return rows.length;
      }),
    );
  }

  async *export(): AsyncGenerator<StoredRecord> {
    let after = "";
    for (;;) {
      const { rows } = await this.guarded(() =>
        this.client.query<Row>("SELECT * FROM wirecheck.article WHERE current AND id COLLATE \"C\" > $1 ORDER BY id COLLATE \"C\" LIMIT $2", [after, EXPORT_PAGE]),
      );
      for (const row of rows) yield storedRecord(row);
      if (rows.length < EXPORT_PAGE) return;
      after = rows[rows.length - 1]!.id;
    }
  }

  stats(): Promise<ArchiveStats> {
    return this.guarded(async () => {
      const { rows } = await this.client.query<{ articles: string; versions: string; postings: string; oldest: string | null; newest: string | null }>(
        `SELECT count(*) FILTER (WHERE current) AS articles, count(*) AS versions,
                min(coalesce(published, added)) FILTER (WHERE current) AS oldest,
                max(coalesce(published, added)) FILTER (WHERE current) AS newest,
                (SELECT count(*) FROM wirecheck.posting) AS postings
         FROM wirecheck.article`,
      );
      const r = rows[0]!;
      return { schemaVersion: LATEST_SCHEMA, articles: Number(r.articles), versions: Number(r.versions), postings: Number(r.postings), oldest: r.oldest, newest: r.newest };
    });
  }

  async close(): Promise<void> {
    await this.client.end().catch(() => {});
  }

  private writable(): void {
    if (this.readonly) throw new ArchiveError(`${this.where}: the archive is open read-only`);
  }

  private async guarded<T>(fn: () => Promise<T>): Promise<T> {
    try {
      return await fn();
    } catch (e) {
      throw e instanceof ArchiveError ? e : new ArchiveError(`${this.where}: ${oneLine(e)}`);
    }
  }
}
