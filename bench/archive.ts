// `npm run bench`, archive: fills an archive with 100,000 articles (SQLite, and PostgreSQL when a
// server is at hand), then times one run's archive work for 1,000 new articles in a child process
// (bench/archive-step.ts) and reports its peak RSS and the archive's size. Also compares text
// compressors on real news text when ../shared/data is there (generated text otherwise).
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, chmodSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { brotliCompressSync, constants, deflateRawSync } from "node:zlib";
import { compressText } from "../src/archive/record.js";
import { openArchive } from "../src/archive/open.js";
import { adminQuery, createDatabase, dropDatabase } from "./postgres-admin.js";
import { archivedRecord, KEYS_PER_ARTICLE, STEMS_PER_ARTICLE, textFor } from "./archive-data.js";

const SIZE = Number(process.env.BENCH_ARCHIVE_SIZE ?? 100_000);
const NEW = 1_000;
const FILL_BATCH = 5_000;
const root = resolve(import.meta.dirname, "../..");
const step = join(root, "dist/bench/archive-step.js");

const seconds = (start: number) => (performance.now() - start) / 1000;

async function fill(url: string): Promise<number> {
  const start = performance.now();
  const archive = await openArchive(url);
  for (let from = 0; from < SIZE; from += FILL_BATCH) {
    await archive.add(Array.from({ length: Math.min(FILL_BATCH, SIZE - from) }, (_, i) => archivedRecord(from + i)), "2026-11-01");
  }
  await archive.close();
  return seconds(start);
}

function runStep(url: string): { phases: Record<string, number>; total: number; cpu: number; recalled: number; added: number; maxRssMB: number } {
  const r = spawnSync(process.execPath, [step, url, String(SIZE), String(NEW)], { encoding: "utf8" });
  if (r.status !== 0) throw new Error(`archive step failed: ${r.stderr}`);
  return JSON.parse(r.stdout);
}

/** CPU seconds of the PostgreSQL processes so far: each process's own, and the postmaster's reaped
 *  children's (a run's backend has exited by the time it is read). Linux /proc; 0 elsewhere. */
function postgresCpu(): number {
  let ticks = 0;
  for (const pid of existsSync("/proc") ? readdirSync("/proc").filter((d) => /^\d+$/.test(d)) : []) {
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
      if (!stat.includes("(postgres)")) continue;
      const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
      // utime, stime, cutime, cstime are fields 14–17 of the line, 12–15 after the name.
      ticks += Number(fields[11]) + Number(fields[12]) + Number(fields[13]) + Number(fields[14]);
    } catch {
      // a process that ended meanwhile
    }
  }
  return ticks / 100;
}

function print(backend: string, fillS: number, sizeBytes: number, result: ReturnType<typeof runStep>, serverCpu?: number): void {
  console.log(`archive (${backend}): ${SIZE} archived articles, ${KEYS_PER_ARTICLE} shingle hashes and ${STEMS_PER_ARTICLE} quotation stems each, filled in ${fillS.toFixed(1)} s; size ${(sizeBytes / 1e6).toFixed(0)} MB`);
  for (const [name, s] of Object.entries(result.phases)) console.log(`  ${name.padEnd(20)} ${s.toFixed(2).padStart(7)} s`);
  console.log(`  ${"total".padEnd(20)} ${result.total.toFixed(2).padStart(7)} s  (${NEW} new articles, ${result.added} added, ${result.recalled} archived recalled)`);
  const server = serverCpu === undefined ? "" : `, the server's ${serverCpu.toFixed(2)} s`;
  console.log(`  CPU time ${result.cpu.toFixed(2)} s (the process's${server}); peak RSS ${result.maxRssMB.toFixed(0)} MB`);
}

async function benchSqlite(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), "wirecheck-bench-archive-"));
  try {
    const path = join(dir, "archive.sqlite");
    const fillS = await fill(path);
    const result = runStep(path);
    const size = readdirSync(dir).reduce((n, f) => n + statSync(join(dir, f)).size, 0);
    print("sqlite", fillS, size, result);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** A server to bench on: WIRECHECK_TEST_PG, else a throwaway one started with .ci/postgres; null if neither. */
function postgresServer(): { url: string; stop(): void } | null {
  if (process.env.WIRECHECK_TEST_PG) return { url: process.env.WIRECHECK_TEST_PG, stop() {} };
  const parent = mkdtempSync(join(tmpdir(), "wirecheck-bench-pg-"));
  chmodSync(parent, 0o755);
  const dir = join(parent, "postgres");
  try {
    const url = execFileSync(join(root, ".ci/postgres"), ["start", dir], { encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] }).trim();
    return { url, stop: () => (execFileSync(join(root, ".ci/postgres"), ["stop", dir]), rmSync(parent, { recursive: true, force: true })) };
  } catch (e) {
    rmSync(parent, { recursive: true, force: true });
    console.log(`archive (postgres): SKIPPED, no server (${(e as Error).message.split("\n")[0]})`);
    return null;
  }
}

async function benchPostgres(): Promise<void> {
  const server = postgresServer();
  if (!server) return;
  const name = `wirecheck_bench_${process.pid}`;
  try {
    const url = await createDatabase(server.url, name);
    const fillS = await fill(url);
    const cpuBefore = postgresCpu();
    const result = runStep(url);
    const serverCpu = postgresCpu() - cpuBefore;
    const size = Number((await adminQuery(url, `SELECT pg_database_size('${name}') AS n`)).rows[0].n);
    print("postgres", fillS, size, result, serverCpu);
  } finally {
    await dropDatabase(server.url, name).catch(() => {});
    server.stop();
  }
}

/** Texts of the evaluation corpora when present: real news, for the compressor comparison. */
function newsTexts(): { texts: string[]; origin: string } {
  const dir = join(root, "../shared/data/attribution-en-dev/dev/text");
  if (!existsSync(dir)) return { texts: Array.from({ length: 1000 }, (_, i) => textFor(i)), origin: "generated benchmark texts" };
  return { texts: readdirSync(dir).sort().map((f) => readFileSync(join(dir, f), "utf8")), origin: "../shared/data/attribution-en-dev/dev/text" };
}

function benchCompression(): void {
  const { texts, origin } = newsTexts();
  const raw = texts.reduce((n, t) => n + Buffer.byteLength(t), 0);
  const brotli = (quality: number) => (t: string) => brotliCompressSync(t, { params: { [constants.BROTLI_PARAM_QUALITY]: quality } });
  const compressors: [string, (t: string) => Uint8Array][] = [
    ["deflate 6", (t) => deflateRawSync(t)],
    ["deflate 9", (t) => deflateRawSync(t, { level: 9 })],
    ["brotli 5 (used)", compressText],
    ["brotli 9", brotli(9)],
    ["brotli 11", brotli(11)],
  ];
  console.log(`compression: ${texts.length} texts, ${(raw / 1e6).toFixed(2)} MB (${origin})`);
  for (const [name, f] of compressors) {
    const start = performance.now();
    const size = texts.reduce((n, t) => n + f(t).length, 0);
    console.log(`  ${name.padEnd(16)} ${((100 * size) / raw).toFixed(1).padStart(5)} % of the text  ${((performance.now() - start) / texts.length).toFixed(2).padStart(6)} ms/article`);
  }
}

/** BENCH_ARCHIVE_BACKENDS=sqlite (or postgres) runs one backend only. */
const backends = (process.env.BENCH_ARCHIVE_BACKENDS ?? "sqlite,postgres").split(",");
benchCompression();
if (backends.includes("sqlite")) await benchSqlite();
if (backends.includes("postgres")) await benchPostgres();
