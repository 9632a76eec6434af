import { test } from "vitest";
import { reportFormats } from "../../src/report/index.js";
import { sampleInput } from "./fixture.js";
import { writeFileSync } from "node:fs";
test("print", () => { for (const f of reportFormats) { const out = f.render(sampleInput()); writeFileSync(`/tmp/out.${f.name}`, out); } });
