// Runs the built CLI in this process and, on exit, writes its wall and CPU time and peak memory
// to the file MEASURE_OUT names: `node dist/bench/measure.js audit …` (bench/worst-case.ts).
import { writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

const cli = fileURLToPath(new URL("../src/cli/main.js", import.meta.url));
const out = process.env.MEASURE_OUT;
if (!out) throw new Error("MEASURE_OUT must name the file for the measurements");
const start = performance.now();
process.on("exit", () => {
  const usage = process.resourceUsage();
  const cpuSeconds = (usage.userCPUTime + usage.systemCPUTime) / 1e6;
  writeFileSync(out, JSON.stringify({ seconds: (performance.now() - start) / 1000, cpuSeconds, peakRssMb: usage.maxRSS / 1024 }));
});
process.argv = [process.argv[0]!, cli, ...process.argv.slice(2)];
await import(cli);
