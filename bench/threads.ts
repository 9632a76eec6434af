// `node dist/bench/threads.js -- COMMAND …`: runs COMMAND and prints its wall time, peak RSS and
// the CPU seconds of each of its threads (main thread first), read from /proc every 50 ms
// (Linux only). Where a run's CPU goes (the main thread, the worker threads, V8's helpers) is
// what tells a serial tail from per-article work (docs/BENCHMARKS.md, "Overlap engine").
import { spawn } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";

const TICKS_PER_SECOND = 100;
const command = process.argv.slice(process.argv.indexOf("--") + 1);
if (command.length === 0) throw new Error("usage: node dist/bench/threads.js -- COMMAND [ARGS…]");

const started = performance.now();
const child = spawn(command[0]!, command.slice(1), { stdio: ["ignore", "ignore", "inherit"] });
const cpuByThread = new Map<number, number>();
let peakKb = 0;

function sample(pid: number): void {
  try {
    const hwm = /VmHWM:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, "utf8"));
    if (hwm) peakKb = Math.max(peakKb, Number(hwm[1]));
    for (const tid of readdirSync(`/proc/${pid}/task`)) {
      const stat = readFileSync(`/proc/${pid}/task/${tid}/stat`, "utf8");
      // Fields after the parenthesised name: utime and stime are the 12th and 13th.
      const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
      cpuByThread.set(Number(tid), (Number(fields[11]) + Number(fields[12])) / TICKS_PER_SECOND);
    }
  } catch {
    // The process or a thread ended between the listing and the read.
  }
}

const timer = setInterval(() => child.pid && sample(child.pid), 50);
child.on("exit", (code) => {
  clearInterval(timer);
  const threads = [...cpuByThread].sort(([a], [b]) => (a === child.pid ? -1 : b === child.pid ? 1 : a - b)).map(([, cpu]) => cpu);
  const total = threads.reduce((sum, cpu) => sum + cpu, 0);
  console.log(`wall ${((performance.now() - started) / 1000).toFixed(1)} s, peak RSS ${(peakKb / 1024).toFixed(0)} MB, exit ${code}`);
  console.log(`CPU ${total.toFixed(2)} s; by thread, main first: ${threads.map((cpu) => cpu.toFixed(2)).join(" ")}`);
});
