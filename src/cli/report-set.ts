// Report files are written as one set, so that no reader ever pairs a report.html of one
// run with a report.json of another. Every file first goes into a run folder inside --out;
// renaming that folder from ".partial" commits the set; then each file is renamed into
// place, report.json last. A run killed before the commit leaves a partial folder that
// the next run deletes; one killed after it leaves a committed folder that the next run
// finishes moving. Every file carries the run id, so tools can check that they match.
// The run id is a hash of report.json with a placeholder for the id itself, taken while
// report.json is written (the report is serialised once); the id then replaces the
// placeholder in the written file, and the other files, which carry it too, follow.
import { createHash, type Hash } from "node:crypto";
import { closeSync, existsSync, mkdirSync, openSync, readdirSync, readFileSync, renameSync, rmSync, unlinkSync, writeFileSync, writeSync } from "node:fs";
import { join } from "node:path";
import type { ReportPiece } from "../report/json.js";

/** What report.json carries as its run id until the id, a hash of that text, is known. */
export const RUN_PLACEHOLDER = "0".repeat(16);
/** `.wirecheck-<pid>.partial` while written; `.wirecheck-<run>-<pid>` once committed. */
const RUN_FOLDER = /^\.wirecheck-(?:[0-9a-f]+-)?(\d+)(\.partial)?$/;
/** Temporary files of the writer before report sets: `.report.html.<pid>.tmp`. */
const OLD_TEMPORARY = /^\.report\.[\w.]+\.(\d+)\.tmp$/;
const SET_LIST = "SET";
/** Written last: a reader that finds report.json current can trust the rest. */
const LAST = "report.json";
const WRITE_BUFFER = 1 << 20;

export interface ReportFile {
  name: string;
  /** The text, or its pieces in order (a large report is never one string). */
  content: string | Iterable<ReportPiece>;
}

export interface ReportSet {
  /** report.json's text in pieces, with RUN_PLACEHOLDER as its run id: the run id is its hash. */
  json: Iterable<ReportPiece>;
  /** Whether report.json is one of the files (otherwise its text is only hashed). */
  writeJson: boolean;
  /** The set's other files, which carry the run id. */
  others: (run: string) => readonly ReportFile[];
}

/** The run id of report.json's text (with RUN_PLACEHOLDER as its id), when no set is written. */
export function runId(json: Iterable<ReportPiece>): string {
  const hash = createHash("sha256");
  for (const piece of json) hash.update(piece);
  return idOf(hash);
}

/**
 * Write a set into `out` and return its run id; report files named in `reportNames` but
 * not in the set are removed, since they belong to an earlier run.
 */
export function writeReportSet(out: string, set: ReportSet, reportNames: readonly string[]): string {
  recoverReportSets(out, reportNames);
  const partial = join(out, `.wirecheck-${process.pid}.partial`);
  let run = "";
  let folder = "";
  try {
    mkdirSync(partial);
    const names = set.writeJson ? [LAST] : [];
    run = set.writeJson ? writeHashed(join(partial, LAST), set.json) : runId(set.json);
    for (const file of set.others(run)) {
      writeText(join(partial, file.name), file.content);
      names.push(file.name);
    }
    writeFileSync(join(partial, SET_LIST), names.join("\n"));
    folder = join(out, `.wirecheck-${run}-${process.pid}`);
    renameSync(partial, folder);
  } catch (e) {
    // A full disk or a vanished folder: the previous set stays as it was.
    rmSync(partial, { recursive: true, force: true });
    throw e;
  }
  finishSet(out, folder, reportNames);
  return run;
}

const idOf = (hash: Hash) => hash.digest("hex").slice(0, RUN_PLACEHOLDER.length);

/** Writes report.json, hashing its bytes as they go out; the id then takes the placeholder's place. */
function writeHashed(path: string, json: Iterable<ReportPiece>): string {
  const hash = createHash("sha256");
  const marker = JSON.stringify(RUN_PLACEHOLDER);
  let at = -1;
  let offset = 0;
  const pieces = function* () {
    for (const piece of json) {
      if (at < 0) {
        const found = typeof piece === "string" ? piece.indexOf(marker) : -1;
        if (found >= 0) at = offset + Buffer.byteLength(piece.slice(0, found)) + 1;
        else offset += typeof piece === "string" ? Buffer.byteLength(piece) : piece.length;
      }
      yield piece;
    }
  };
  const fd = openSync(path, "w");
  try {
    writeChunks(fd, pieces(), (bytes) => hash.update(bytes));
    const run = idOf(hash);
    if (at >= 0) writeSync(fd, run, at, "latin1");
    return run;
  } finally {
    closeSync(fd);
  }
}

function writeText(path: string, content: string | Iterable<ReportPiece>): void {
  if (typeof content === "string") return writeFileSync(path, content);
  const fd = openSync(path, "w");
  try {
    writeChunks(fd, content);
  } finally {
    closeSync(fd);
  }
}

/**
 * Chunks are encoded straight into one reused buffer that is written a megabyte at a time:
 * a large report has a chunk per article, and a Buffer and a write call for each cost more
 * than the encoding. `onBytes` sees every byte written, in order.
 */
function writeChunks(fd: number, content: Iterable<ReportPiece>, onBytes?: (bytes: Uint8Array) => void): void {
  const writeAll = (bytes: Uint8Array, end: number) => {
    onBytes?.(bytes.subarray(0, end));
    for (let at = 0; at < end; ) at += writeSync(fd, bytes, at, end - at);
  };
  const buffer = Buffer.allocUnsafe(WRITE_BUFFER);
  let used = 0;
  for (const chunk of content) {
    // UTF-8 needs at most three bytes for a UTF-16 code unit.
    const most = typeof chunk === "string" ? chunk.length * 3 : chunk.length;
    if (used + most > buffer.length) {
      writeAll(buffer, used);
      used = 0;
    }
    if (most > buffer.length) {
      const bytes = typeof chunk === "string" ? Buffer.from(chunk) : chunk;
      writeAll(bytes, bytes.length);
    } else if (typeof chunk === "string") {
      used += buffer.write(chunk, used);
    } else {
      buffer.set(chunk, used);
      used += chunk.length;
    }
  }
  writeAll(buffer, used);
}

/** Deletes partial run folders of dead runs and finishes the committed ones; removes old temporary files. */
export function recoverReportSets(out: string, reportNames: readonly string[]): void {
  for (const name of readdirSync(out).sort()) {
    const run = RUN_FOLDER.exec(name);
    const old = OLD_TEMPORARY.exec(name);
    const pid = Number(run?.[1] ?? old?.[1]);
    if ((!run && !old) || isAlive(pid)) continue;
    if (old || run?.[2]) rmSync(join(out, name), { recursive: true, force: true });
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
