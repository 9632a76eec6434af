// File-system errors and file systems, described in one line for users: ingest lists
// them under `skipped`, the CLI names them when --out or a config cannot be used.
import { statfsSync } from "node:fs";

const REASONS: Record<string, string> = {
  ENOENT: "no such file or folder",
  EACCES: "permission denied",
  EPERM: "operation not permitted",
  EISDIR: "is a folder",
  ENOTDIR: "a part of the path is a file, not a folder",
  ELOOP: "symbolic link loop",
  EROFS: "read-only file system",
  ENOSPC: "no space left on the device",
  EDQUOT: "disk quota exceeded",
  EEXIST: "already exists",
  ENAMETOOLONG: "name too long",
  EMFILE: "too many open files",
  EIO: "input/output error",
};

/** "permission denied", or the system's own words (without the path, which the caller names). */
export function describeFsError(e: unknown): string {
  const code = (e as NodeJS.ErrnoException).code;
  if (code && REASONS[code]) return REASONS[code];
  const message = (e as Error).message ?? String(e);
  return `cannot read (${message.split("\n")[0]!.replace(/,.*$/, "")})`;
}

/** Kernel pseudo file systems: their "files" are generated, endless or change while read. */
const PSEUDO_FILE_SYSTEMS: ReadonlyMap<number, string> = new Map([
  [0x9fa0, "procfs"],
  [0x62656572, "sysfs"],
  [0x64626720, "debugfs"],
  [0x74726163, "tracefs"],
  [0x27e0eb, "cgroupfs"],
  [0x63677270, "cgroup2fs"],
  [0x73636673, "securityfs"],
  [0x1cd1, "devpts"],
  [0xcafe4a11, "bpffs"],
  [0x62656570, "configfs"],
  [0x6165676c, "pstorefs"],
  [0xde5e81e4, "efivarfs"],
]);

/** The name of the pseudo file system `path` lies on, or null for a real one (or an unknown path). */
export function pseudoFileSystem(path: string): string | null {
  try {
    return PSEUDO_FILE_SYSTEMS.get(statfsSync(path).type) ?? null;
  } catch {
    return null;
  }
}
