// The input files below the paths given: folders walked in sorted order, symbolic links
// followed (a folder reached twice is read once, which also ends link loops), every
// unreadable or broken entry listed as skipped. Iterative, so a deep tree costs no stack.
import { lstatSync, readdirSync, realpathSync, statSync, type Dirent } from "node:fs";
import { basename, extname, join, resolve, sep } from "node:path";
import { describeFsError, pseudoFileSystem } from "../fs/errors.js";
import type { Skipped } from "../types.js";

export interface InputFile {
  /** Path as shown to the user: the given path, joined with the file's place below it. */
  path: string;
  file: string;
  /** The article id of a file: its path below the folder given, without extension. */
  id: string;
}

export interface WalkRules {
  /** The input extensions (".txt", …): other files inside folders are passed over. */
  extensions: readonly string[];
  /** Real absolute paths never read: the report folder and the reports written there. */
  excluded: ReadonlySet<string>;
}

const OWN_REPORT = "a report this command writes (--out), not an article";

export function inputFiles(given: string, rules: WalkRules, skipped: Skipped[]): InputFile[] {
  const pseudo = pseudoFileSystem(given);
  if (pseudo) {
    skipped.push({ path: slashes(given), reason: `unsupported file system (${pseudo})` });
    return [];
  }
  let stat;
  try {
    stat = statSync(given);
  } catch (e) {
    skipped.push({ path: slashes(given), reason: describeLinkError(given, e) });
    return [];
  }
  if (stat.isDirectory()) return walk(given, rules, skipped);
  if (!stat.isFile()) {
    skipped.push({ path: slashes(given), reason: "not a regular file or folder" });
  } else if (!accepts(rules, given)) {
    skipped.push({ path: slashes(given), reason: `unsupported file type (expected ${rules.extensions.join(", ")})` });
  } else if (rules.excluded.has(realPath(given))) {
    skipped.push({ path: slashes(given), reason: OWN_REPORT });
  } else {
    return [{ path: slashes(given), file: given, id: stripExtension(basename(given)) }];
  }
  return [];
}

/** A folder to read or a file to list, with its place below the root (what `relative` would give). */
type Pending = { folder: string; below: string } | { file: string; below: string };

function walk(root: string, rules: WalkRules, skipped: Skipped[]): InputFile[] {
  const files: InputFile[] = [];
  const read = new Set<string>();
  // Depth first in sorted order: a folder's entries go on the stack in reverse.
  const stack: Pending[] = [{ folder: root, below: "" }];
  for (let next = stack.pop(); next; next = stack.pop()) {
    if ("file" in next) {
      files.push({ path: slashes(next.file), file: next.file, id: slashes(stripExtension(next.below)) });
      continue;
    }
    const folder = next.folder;
    let real: string;
    let entries: Dirent[];
    try {
      real = realpathSync(folder);
      if (read.has(real) || (folder !== root && rules.excluded.has(real))) continue;
      read.add(real);
      entries = readdirSync(folder, { withFileTypes: true });
    } catch (e) {
      skipped.push({ path: slashes(folder), reason: describeFsError(e) });
      continue;
    }
    // Paths joined once per folder, not per entry: 100,000 files in one folder cost a second in `join` and `relative`.
    const inFolder = entryPrefix(folder);
    const inReal = entryPrefix(real);
    const below = next.below ? next.below + sep : "";
    const pending: Pending[] = [];
    for (const entry of entries.filter((e) => !e.name.startsWith(".")).sort(byName)) {
      const full = inFolder + entry.name;
      const kind = entryKind(entry, full, skipped);
      if (kind === "folder") pending.push({ folder: full, below: below + entry.name });
      else if (kind === "file" && accepts(rules, entry.name)) {
        if (rules.excluded.size > 0 && rules.excluded.has(entry.isSymbolicLink() ? realPath(full) : inReal + entry.name)) continue;
        pending.push({ file: full, below: below + entry.name });
      }
    }
    for (let i = pending.length - 1; i >= 0; i--) stack.push(pending[i]!);
  }
  return files;
}

/**
 * What `join(folder, name)` puts before a name read from the folder (never "." or "..", never
 * holding a separator): "dir/" for "./dir/", "" for ".", "/" for "/".
 */
function entryPrefix(folder: string): string {
  return join(folder, "_").slice(0, -1);
}

/** What an entry is, following a symbolic link; a broken link or a link into a pseudo file system is skipped. */
function entryKind(entry: Dirent, full: string, skipped: Skipped[]): "folder" | "file" | "other" {
  if (!entry.isSymbolicLink()) return entry.isDirectory() ? "folder" : entry.isFile() ? "file" : "other";
  let target;
  try {
    target = statSync(full);
  } catch (e) {
    skipped.push({ path: slashes(full), reason: describeLinkError(full, e) });
    return "other";
  }
  if (target.isDirectory()) {
    const pseudo = pseudoFileSystem(full);
    if (!pseudo) return "folder";
    skipped.push({ path: slashes(full), reason: `link into an unsupported file system (${pseudo})` });
    return "other";
  }
  return target.isFile() ? "file" : "other";
}

/** A missing target behind an existing link is a broken link, not a missing file. */
function describeLinkError(path: string, e: unknown): string {
  const code = (e as NodeJS.ErrnoException).code;
  if (code === "ELOOP") return "symbolic link loop";
  if (code === "ENOENT" && isLink(path)) return "broken symbolic link";
  return describeFsError(e);
}

function isLink(path: string): boolean {
  try {
    return lstatSync(path).isSymbolicLink();
  } catch {
    return false;
  }
}

function accepts(rules: WalkRules, name: string): boolean {
  return rules.extensions.includes(extname(name).toLowerCase());
}

function realPath(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    return resolve(path);
  }
}

function byName(a: Dirent, b: Dirent): number {
  return a.name < b.name ? -1 : a.name > b.name ? 1 : 0;
}

function stripExtension(p: string): string {
  const ext = extname(p);
  return ext ? p.slice(0, -ext.length) : p;
}

function slashes(p: string): string {
  return sep === "/" ? p : p.split(sep).join("/");
}
