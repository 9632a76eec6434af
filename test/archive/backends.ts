// The archive suites run against both backends: a SQLite file in a temporary folder, and a fresh
// database on the PostgreSQL server named by WIRECHECK_TEST_PG (`.ci/run` starts one). Without a
// server the PostgreSQL half is skipped, and says so.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type pg from "pg";
import { adminQuery as runAdminQuery, createDatabase, dropDatabase } from "../../bench/postgres-admin.js";
import { afterAll } from "vitest";

export interface Backend {
  name: "sqlite" | "postgres";
  /** A URL of a new, empty archive. */
  fresh(): Promise<string>;
}

export const postgresUrl = process.env.WIRECHECK_TEST_PG || null;

if (!postgresUrl) {
  console.warn("archive: PostgreSQL tests SKIPPED: no server (set WIRECHECK_TEST_PG=postgres://user@host:port/db, or run .ci/run, which starts one)");
}

const folders: string[] = [];
const databases: string[] = [];
let counter = 0;

const sqlite: Backend = {
  name: "sqlite",
  async fresh() {
    const dir = mkdtempSync(join(tmpdir(), "wirecheck-archive-"));
    folders.push(dir);
    return join(dir, "archive.sqlite");
  },
};

/** Runs `sql` on the test server's own database, or on the database `url` names. */
export function adminQuery(sql: string, url = postgresUrl!): Promise<pg.QueryResult> {
  return runAdminQuery(url, sql);
}

const postgres: Backend = {
  name: "postgres",
  async fresh() {
    const name = `wirecheck_test_${process.pid}_${++counter}`;
    const url = await createDatabase(postgresUrl!, name);
    databases.push(name);
    return url;
  },
};

afterAll(async () => {
  for (const dir of folders.splice(0)) rmSync(dir, { recursive: true, force: true });
  for (const name of databases.splice(0)) await dropDatabase(postgresUrl!, name);
});

/** The backends to run a suite on; PostgreSQL only when a server is configured. */
export const backends: { backend: Backend; skip: boolean }[] = [
  { backend: sqlite, skip: false },
  { backend: postgres, skip: !postgresUrl },
];
