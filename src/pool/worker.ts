// A worker thread of the pool: rule data loaded once per thread, then batches of input
// files checked with the same function the main thread uses.
import { workerData } from "node:worker_threads";
import { prepare } from "../api.js";
import type { IngestOptions, InputFile } from "../ingest/index.js";
import { checkFile, fileWork, type FileResult } from "./per-article.js";
import type { PoolConfig } from "./index.js";

const { config, options } = workerData as { config: PoolConfig; options: IngestOptions };
// The main thread has checked the config already; errors cannot arise here.
const work = fileWork(prepare({ ...config, locate: null }), options);

export default function checkFiles(files: readonly InputFile[]): FileResult[] {
  return files.map((input) => checkFile(input, work));
}
