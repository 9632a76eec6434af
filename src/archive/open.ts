// `--archive URL`: a postgres:// URL is a shared PostgreSQL, anything else a SQLite file path.
import { openPostgresArchive } from "./postgres.js";
import { openSqliteArchive } from "./sqlite.js";
import { ArchiveError, type Archive } from "./types.js";

export interface OpenOptions {
  /** Compare only: nothing is created, migrated or added. */
  readonly?: boolean;
}

export async function openArchive(url: string, options: OpenOptions = {}): Promise<Archive> {
  const readonly = options.readonly ?? false;
  const scheme = /^([a-z][a-z0-9+.-]*):\/\//i.exec(url)?.[1]?.toLowerCase();
  if (scheme === undefined) {
    if (!url.trim()) throw new ArchiveError("--archive: empty archive path");
    return openSqliteArchive(url, readonly);
  }
  if (scheme !== "postgres" && scheme !== "postgresql") {
    throw new ArchiveError(`${url}: unsupported archive URL (a file path for SQLite, or postgres://user@host:port/database)`);
  }
  if (!URL.canParse(url)) throw new ArchiveError(`${url.replace(/:[^:@/]*@/, ":***@")}: not a valid PostgreSQL URL (postgres://user@host:port/database)`);
  return openPostgresArchive(url, readonly);
}
