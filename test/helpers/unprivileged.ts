// Permission tests need a user that permissions apply to: as root, the CLI runs as "nobody".
import { spawnSync } from "node:child_process";
import { chmodSync } from "node:fs";
import { join } from "node:path";
import { repoRoot, type CliRun } from "./cli.js";

const NOBODY = 65534;
const asRoot = process.getuid?.() === 0;

/** The CLI run by a user without privileges (the current one, unless that is root). */
export function runCliUnprivileged(args: string[], cwd: string): CliRun {
  const r = spawnSync(process.execPath, [join(repoRoot, "dist/src/cli/main.js"), ...args], {
    cwd,
    encoding: "utf8",
    env: { ...process.env, NO_COLOR: "1" },
    ...(asRoot ? { uid: NOBODY, gid: NOBODY } : {}),
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** Lets that user into a temporary folder it did not create (mkdtemp makes them 0700). */
export function openToAll(dir: string): void {
  chmodSync(dir, 0o777);
}
