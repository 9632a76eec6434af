// Report files are written whole or not at all: a temporary file, then a rename.
import { mkdirSync, renameSync, writeFileSync } from "node:fs";
import { join } from "node:path";

export function writeAtomically(dir: string, name: string, content: string): string {
  mkdirSync(dir, { recursive: true });
  const target = join(dir, name);
  const temporary = join(dir, `.${name}.${process.pid}.tmp`);
  writeFileSync(temporary, content);
  renameSync(temporary, target);
  return target;
}
