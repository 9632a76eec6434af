// The timed part of the archive benchmark, in a process of its own so that its peak RSS is the
// run's: a run's archive work for 1,000 new articles against a filled archive (open, candidates
// from the index, load and re-analyse them, add the new articles), as `audit --archive` does it.
import { analyseArticle } from "../src/analyse/index.js";
import { prepare } from "../src/api.js";
import { DEFAULT_CANDIDATE_OPTIONS } from "../src/archive/candidates.js";
import { openArchive } from "../src/archive/open.js";
import { compressText, contentHash, storedArticle } from "../src/archive/record.js";
import { newArticle } from "./archive-data.js";

const [url, sizeArg, countArg] = process.argv.slice(2);
const size = Number(sizeArg);
const count = Number(countArg);
const library = prepare().library;
const news = Array.from({ length: count }, (_, i) => newArticle(i, size));

const phases: Record<string, number> = {};
const started = performance.now();
let mark = started;
const lap = (name: string) => {
  const now = performance.now();
  phases[name] = (now - mark) / 1000;
  mark = now;
};

const archive = await openArchive(url!);
lap("open");
const candidates = await archive.candidates(news.map((n) => n.keys), DEFAULT_CANDIDATE_OPTIONS);
lap("candidates");
const ids = [...new Set(candidates.map((c) => c.id))].sort();
const earlier = (await archive.load(ids)).map((r) => analyseArticle(storedArticle(r), library));
lap("load + re-analyse");
const records = news.map((n) => ({
  id: n.id, source: "Bench Wire", url: null, title: null, published: "2026-11-25", language: "de", credits: [],
  contentHash: contentHash(null, n.text), ...n.keys, text: compressText(n.text),
}));
const results = await archive.add(records, "2026-11-25");
lap("add");
await archive.close();
lap("close");
const total = (performance.now() - started) / 1000;
// CPU time besides wall time: on a shared machine the wall clock also counts other processes' turns.
const usage = process.resourceUsage();
const cpu = (usage.userCPUTime + usage.systemCPUTime) / 1e6;
console.log(JSON.stringify({ phases, total, cpu, recalled: earlier.length, added: results.filter((r) => r.status === "new").length, maxRssMB: usage.maxRSS / 1024 }));
