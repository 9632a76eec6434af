// What the archive refuses, with a one-line error, leaving the file or database as it was:
// a corrupt file, a foreign SQLite file, a newer schema, a bad URL, an unreachable server.
import { createHash } from "node:crypto";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import Database from "better-sqlite3";
import { describe, expect, it } from "vitest";
import { openArchive } from "../../src/archive/open.js";
import { ArchiveError } from "../../src/archive/types.js";
import { adminQuery, backends, postgresUrl } from "./backends.js";
import { record } from "./records.js";

const sqlite = backends.find((b) => b.backend.name === "sqlite")!.backend;
const postgres = backends.find((b) => b.backend.name === "postgres")!;

const digest = (path: string) => createHash("sha256").update(readFileSync(path)).digest("hex");

/** Opening `url` (read-write, then read-only) fails with an ArchiveError matching `message`, on one line. */
async function refused(url: string, message: RegExp): Promise<void> {
  for (const readonly of [false, true]) {
    const attempt = openArchive(url, { readonly });
    await expect(attempt).rejects.toThrow(ArchiveError);
    const error = (await attempt.catch((e: Error) => e)) as Error;
    expect(error.message).toMatch(message);
    expect(error.message).not.toContain("\n");
  }
}

describe("a SQLite archive file that is not ours or not usable", () => {
  it("refuses a corrupt file and leaves it byte-identical", async () => {
    const path = await sqlite.fresh();
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, Buffer.concat([Buffer.from("SQLite format 3\0"), Buffer.alloc(4080, 0x5a)]));
    const before = digest(path);
    await refused(path, /not a wirecheck archive \(corrupt, or not a SQLite database\)/);
    expect(digest(path)).toBe(before);
  });

  it("refuses a text file given by mistake", async () => {
    const path = await sqlite.fresh();
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, "Meldung: Der Landtag tagt am Donnerstag.\n".repeat(200));
    const before = digest(path);
    await refused(path, /not a wirecheck archive/);
    expect(digest(path)).toBe(before);
  });

  it("refuses another application's SQLite database and leaves it byte-identical", async () => {
    const path = await sqlite.fresh();
    mkdirSync(dirname(path), { recursive: true });
    const db = new Database(path);
    db.exec("CREATE TABLE bookmarks (url TEXT, title TEXT); INSERT INTO bookmarks VALUES ('https://example.org', 'Example')");
    db.close();
    const before = digest(path);
    await refused(path, /a SQLite database of another application, not a wirecheck archive/);
    expect(digest(path)).toBe(before);
  });

  it("refuses an archive of a newer schema and leaves it byte-identical", async () => {
    const path = await sqlite.fresh();
    const archive = await openArchive(path);
    await archive.add([record({ id: "kurz", text: "Der Winterdienst ist seit Montag im Einsatz, meldet die Stadt." })], "2026-11-25");
    await archive.close();
    const db = new Database(path);
    db.pragma("user_version = 7");
    db.close();
    const before = digest(path);
    await refused(path, /archive schema version 7 is newer than this wirecheck supports \(1\); upgrade wirecheck/);
    expect(digest(path)).toBe(before);
  });

  it("refuses a folder, and a missing file when only reading", async () => {
    const path = await sqlite.fresh();
    await expect(openArchive(dirname(path))).rejects.toThrow(/not a file/);
    await expect(openArchive(join(dirname(path), "missing.sqlite"), { readonly: true })).rejects.toThrow(/no such archive/);
  });

  it("refuses URLs of other kinds and malformed ones", async () => {
    await expect(openArchive("https://archive.example.org/wirecheck")).rejects.toThrow(/unsupported archive URL/);
    await expect(openArchive("postgres://wire:secret@[::1/archive")).rejects.toThrow(/not a valid PostgreSQL URL/);
    await expect(openArchive("postgres://wire:secret@[::1/archive")).rejects.not.toThrow(/secret/);
  });
});

describe("an unreachable PostgreSQL server", () => {
  it("gives one line naming the URL without its password", async () => {
    const attempt = openArchive("postgres://wire:secret@127.0.0.1:1/archive");
    await expect(attempt).rejects.toThrow(/postgres:\/\/wire:\*\*\*@127\.0\.0\.1:1\/archive: cannot reach the archive/);
  });
});

describe.skipIf(postgres.skip)("a PostgreSQL database that is not ours or not usable", () => {
  it("refuses a newer schema and changes nothing", async () => {
    const url = await postgres.backend.fresh();
    const archive = await openArchive(url);
    await archive.close();
    await adminQuery("UPDATE wirecheck.meta SET value = '9' WHERE name = 'schema'", url);
    await refused(url, /archive schema version 9 is newer than this wirecheck supports \(1\)/);
    expect((await adminQuery("SELECT value FROM wirecheck.meta", url)).rows).toEqual([{ value: "9" }]);
  });

  it("refuses a schema named wirecheck that another application made", async () => {
    const url = await postgres.backend.fresh();
    await adminQuery("CREATE SCHEMA wirecheck; CREATE TABLE wirecheck.jobs (id int)", url);
    await refused(url, /the schema "wirecheck" there is not a wirecheck archive/);
    expect((await adminQuery("SELECT count(*)::int AS n FROM pg_tables WHERE schemaname = 'wirecheck'", url)).rows).toEqual([{ n: 1 }]);
  });

  it("says a read-only run has nothing to compare with in an empty database", async () => {
    const url = await postgres.backend.fresh();
    await expect(openArchive(url, { readonly: true })).rejects.toThrow(/no archive there yet/);
  });

  it("refuses a database that does not exist", async () => {
    const url = new URL(postgresUrl!);
    url.pathname = "/wirecheck_no_such_database";
    await expect(openArchive(url.toString())).rejects.toThrow(/cannot reach the archive \(database "wirecheck_no_such_database" does not exist\)/);
  });
});
