// The package's own folder, found from this module's location: the same code runs
// from src/ (tests) and from dist/src/ (the built CLI), at different depths.
import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

function findPackageRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const manifest = join(dir, "package.json");
    if (existsSync(manifest) && JSON.parse(readFileSync(manifest, "utf8")).name === "wirecheck") return dir;
    const parent = dirname(dir);
    if (parent === dir) throw new Error("wirecheck: cannot find the package folder");
    dir = parent;
  }
}

export const packageRoot = findPackageRoot();
export const builtinRulesDir = join(packageRoot, "rules");
export const builtinRubricFile = join(builtinRulesDir, "grading.yaml");
export const packageVersion: string = JSON.parse(readFileSync(join(packageRoot, "package.json"), "utf8")).version;
