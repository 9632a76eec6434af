// Report files are written as one set, so that no reader ever pairs a report.html of one
// run with a report.json of another. Every file first goes into a run folder inside --out;
// renaming that folder from ".partial" commits the set; then each file is renamed into
// place, report.json last. A run killed before the commit leaves a partial folder that
// the next run deletes; one killed after it leaves a committed folder that the next run
// finishes moving. Every file carries the run id, so tools can check that they match.
import { createHash } from "node:crypto";
import { closeSync, existsSync, mkdirSync, openSync, readdirSync, readFileSync, renameSync, rmSync, unlinkSync, writeFileSync, writeSync } from "node:fs";
import { join } from "node:path";
import { jsonPieces } from "../report/json.js";
import type { AuditReport } from "../types.js";

const RUN_FOLDER = /^\.wirecheck-([0-9a-f]+)-(\d+)(\.partial)?$/;
/** Temporary files of the writer before report sets: `.report.html.<pid>.tmp`. */
const OLD_TEMPORARY = /^\.report\.[\w.]+\.(\d+)\.tmp$/;
const SET_LIST = "SET";
/** Written last: a reader that finds report.json current can trust the rest. */
const LAST = "report.json";
const WRITE_BUFFER = 1 << 20;

export interface ReportFile {
  name: string;
  /** The text, or its pieces in order (a large report is never one string). */
  content: string | Iterable<string>;
}

/** The run id: a hash of the report, so the same input gives the same bytes. */
export function runId(report: AuditReport): string {
  const hash = createHash("sha256");
  for (const piece of jsonPieces(report, 0)) hash.update(piece);
  return hash.digest("hex").slice(0, 16);
}

/**
 * Write `files` into `out` as one set; report files named in `reportNames` but not in the
 * set are removed, since they belong to an earlier run.
 */
export function writeReportSet(out: string, run: string, files: readonly ReportFile[], reportNames: readonly string[]): void {
  recoverReportSets(out, reportNames);
  const folder = join(out, `.wirecheck-${run}-${process.pid}`);
  const partial = `${folder}.partial`;
  try {
    mkdirSync(partial);
    for (const file of files) writeText(join(partial, file.name), file.content);
    writeFileSync(join(partial, SET_LIST), files.map((f) => f.name).join("\n"));
    renameSync(partial, folder);
  } catch (e) {
    // A full disk or a vanished folder: the previous set stays as it was.
    rmSync(partial, { recursive: true, force: true });
    throw e;
  }
  finishSet(out, folder, reportNames);
}

/**
 * Chunks are encoded straight into one reused buffer that is written a megabyte at a time:
 * a large report has a chunk per article, and a Buffer and a write call for each cost more
 * than the encoding.
 */
function writeText(path: string, content: string | Iterable<string>): void {
  if (typeof content === "string") return writeFileSync(path, content);
  const fd = openSync(path, "w");
  const writeAll = (bytes: Buffer, end: number) => {
    for (let at = 0; at < end; ) at += writeSync(fd, bytes, at, end - at);
  };
  const buffer = Buffer.allocUnsafe(WRITE_BUFFER);
  let used = 0;
  try {
    for (const chunk of content) {
      // UTF-8 needs at most three bytes for a UTF-16 code unit.
      const most = chunk.length * 3;
      if (used + most > buffer.length) {
        writeAll(buffer, used);
        used = 0;
      }
      if (most > buffer.length) {
        const bytes = Buffer.from(chunk);
        writeAll(bytes, bytes.length);
      } else {
        used += buffer.write(chunk, used);
      }
    }
    writeAll(buffer, used);
  } finally {
    closeSync(fd);
  }
}

/** Deletes partial run folders of dead runs and finishes the committed ones; removes old temporary files. */
export function recoverReportSets(out: string, reportNames: readonly string[]): void {
  for (const name of readdirSync(out).sort()) {
    const run = RUN_FOLDER.exec(name);
    const old = OLD_TEMPORARY.exec(name);
    const pid = Number(run?.[2] ?? old?.[1]);
    if ((!run && !old) || isAlive(pid)) continue;
    if (old || run?.[3]) rmSync(join(out, name), { recursive: true, force: true });
    else finishSet(out, join(out, name), reportNames);
  }
}

function finishSet(out: string, folder: string, reportNames: readonly string[]): void {
  const list = join(folder, SET_LIST);
  // A folder of that name without its list is no set of ours to finish.
  if (!existsSync(list)) return rmSync(folder, { recursive: true, force: true });
  const set = readFileSync(list, "utf8").split("\n");
  for (const stale of reportNames) {
    if (!set.includes(stale)) rmSync(join(out, stale), { force: true });
  }
  const order = [...set.filter((n) => n !== LAST), ...set.filter((n) => n === LAST)];
  for (const name of order) {
    if (existsSync(join(folder, name))) renameSync(join(folder, name), join(out, name));
  }
  unlinkSync(list);
  rmSync(folder, { recursive: true, force: true });
}

function isAlive(pid: number): boolean {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === "EPERM";
  }
}
