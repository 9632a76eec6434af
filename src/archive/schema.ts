// The archive's schema, versioned: MIGRATIONS[i] takes a database from version i to i + 1.
// A database newer than LATEST_SCHEMA is refused, never changed.

/** `PRAGMA application_id` of a wirecheck SQLite archive ("WCKA"), which tells it from other SQLite files. */
export const SQLITE_APPLICATION_ID = 0x57434b41;

/** Per version, the statements for SQLite and for PostgreSQL (in the schema `wirecheck`). */
export const MIGRATIONS: readonly { sqlite: string[]; postgres: string[] }[] = [
  {
    sqlite: [
      `CREATE TABLE article (
        n INTEGER PRIMARY KEY,
        id TEXT NOT NULL, version INTEGER NOT NULL, current INTEGER NOT NULL,
        source TEXT, url TEXT, title TEXT, published TEXT, language TEXT,
        credits TEXT NOT NULL, content_hash TEXT NOT NULL, added TEXT NOT NULL,
        text BLOB, hashes BLOB, quote_keys BLOB,
        UNIQUE (id, version))`,
      `CREATE INDEX article_current ON article (id) WHERE current`,
      `CREATE INDEX article_age ON article (coalesce(published, added)) WHERE current`,
      `CREATE TABLE posting (key INTEGER NOT NULL, article INTEGER NOT NULL, PRIMARY KEY (key, article)) WITHOUT ROWID`,
    ],
    postgres: [
      `CREATE TABLE wirecheck.meta (name TEXT PRIMARY KEY, value TEXT NOT NULL)`,
      `CREATE TABLE wirecheck.article (
        n BIGSERIAL PRIMARY KEY,
        id TEXT NOT NULL, version INTEGER NOT NULL, current BOOLEAN NOT NULL,
        source TEXT, url TEXT, title TEXT, published TEXT, language TEXT,
        credits TEXT NOT NULL, content_hash TEXT NOT NULL, added TEXT NOT NULL,
        text BYTEA, hashes BYTEA, quote_keys BYTEA,
        UNIQUE (id, version))`,
      `CREATE INDEX article_current ON wirecheck.article (id) WHERE current`,
      `CREATE INDEX article_age ON wirecheck.article ((coalesce(published, added))) WHERE current`,
      `CREATE TABLE wirecheck.posting (key BIGINT NOT NULL, article BIGINT NOT NULL, PRIMARY KEY (key, article))`,
    ],
  },
];

export const LATEST_SCHEMA = MIGRATIONS.length;

export function newerSchemaMessage(where: string, version: number): string {
  return `${where}: archive schema version ${version} is newer than this wirecheck supports (${LATEST_SCHEMA}); upgrade wirecheck`;
}
