// --out is checked before any work: a run that cannot write its reports should not
// audit first and fail at the end, nor leave temporary files behind.
import { accessSync, constants, mkdirSync, realpathSync, statSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { describeFsError, pseudoFileSystem } from "../fs/errors.js";
import { UsageError } from "./usage.js";

/**
 * Creates the report folder when missing and returns its real path; throws a one-line
 * UsageError naming the path and the reason when reports cannot be written there.
 */
export function prepareOutFolder(out: string, reportNames: readonly string[]): string {
  const target = resolve(out);
  const fail = (reason: string): never => {
    throw new UsageError(`--out ${out}: ${reason}`);
  };
  const missing: string[] = [];
  let existing = target;
  for (;;) {
    const stat = statOrNull(existing, fail);
    if (stat) {
      if (!stat.isDirectory()) fail(existing === target ? "is a file, not a folder" : `${existing} is a file, not a folder`);
      break;
    }
    missing.unshift(existing);
    existing = dirname(existing);
  }
  // Node's recursive mkdir loops forever on procfs, and kernel file systems hold no reports.
  const pseudo = pseudoFileSystem(existing);
  if (pseudo) fail(`unsupported file system (${pseudo})`);
  for (const folder of missing) {
    try {
      mkdirSync(folder);
    } catch (e) {
      fail(`cannot create ${folder} (${describeFsError(e)})`);
    }
  }
  try {
    accessSync(target, constants.W_OK | constants.X_OK);
  } catch (e) {
    fail(`cannot write there (${describeFsError(e)})`);
  }
  for (const name of reportNames) {
    if (statOrNull(join(target, name), fail)?.isDirectory()) fail(`${name} there is a folder, not a file`);
  }
  return realpathSync(target);
}

/** The real path of an existing report folder, or null: what the audit must not read as input. */
export function existingOutFolder(out: string): string | null {
  try {
    return statSync(out).isDirectory() ? realpathSync(out) : null;
  } catch {
    return null;
  }
}

function statOrNull(path: string, fail: (reason: string) => never): ReturnType<typeof statSync> | null {
  try {
    return statSync(path);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === "ENOENT") return null;
    if (code === "ENOTDIR") return null;
    return fail(`${path}: ${describeFsError(e)}`);
  }
}
