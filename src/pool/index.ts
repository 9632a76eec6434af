// The per-article work of a corpus on every core: input files in batches to a pool of
// worker threads (piscina), results merged in input order, so that the report is the
// same bytes for any number of threads. Small corpora stay in the main thread, where
// starting threads would cost more than it saves.
import { availableParallelism } from "node:os";
import { Piscina } from "piscina";
import type { Setup } from "../api.js";
import type { Config } from "../config/config.js";
import { listInputs, UniqueIds, type IngestOptions, type InputFile } from "../ingest/index.js";
import type { GradedFindings, ReportedStatements } from "../grade/article.js";
import type { JudgedArticle, Skipped } from "../types.js";
import { checkFile, fileWork, type FileResult } from "./per-article.js";

/** Files per task: enough to outweigh the cost of a message, few enough to balance the threads. */
const BATCH = 32;
/**
 * A worker's old-generation heap, in MB. Uncapped, V8 lets each worker's garbage grow towards the
 * machine's memory before collecting; capped, 100,000 articles peak at 1.3 GB instead of 1.6 GB at
 * the same CPU. A batch that does not fit is done again on the main thread.
 */
const WORKER_HEAP_MB = 256;

/** The config as data a worker can receive (its file positions stay in the main thread). */
export type PoolConfig = Omit<Config, "locate">;

export interface PoolOptions extends IngestOptions {
  /** Worker threads; default: the machine's cores. 1 works in the main thread. */
  jobs?: number;
  /** Old-generation heap of each worker, in MB (default WORKER_HEAP_MB). */
  workerHeapMb?: number;
  onProgress?: (done: number, total: number) => void;
}

export interface CheckedCorpus {
  analysed: JudgedArticle[];
  /** Each article's rule findings with the grade they give it (same order as `analysed`). */
  graded: GradedFindings[];
  /** Each article's quotes and attributions as its report entry carries them (same order). */
  statements: ReportedStatements[];
  skipped: Skipped[];
}

export function defaultJobs(): number {
  return availableParallelism();
}

export async function checkCorpus(paths: readonly string[], setup: Setup, options: PoolOptions = {}): Promise<CheckedCorpus> {
  const { files, unreadable } = listInputs(paths, options);
  const ingest = { ...(options.today ? { today: options.today } : {}) };
  const jobs = Math.max(1, options.jobs ?? defaultJobs());
  let done = 0;
  const progress = (count: number) => options.onProgress?.((done += count), files.length);
  const heapMb = options.workerHeapMb ?? WORKER_HEAP_MB;
  const results = jobs === 1 || files.length <= 2 * BATCH ? inMainThread(files, setup, ingest, progress) : await inWorkers(files, setup, ingest, { jobs, heapMb }, progress);
  return merge(results, unreadable);
}

function inMainThread(files: readonly InputFile[], setup: Setup, options: IngestOptions, progress: (count: number) => void): FileResult[] {
  const work = fileWork(setup, options);
  return files.map((input) => {
    const result = checkFile(input, work);
    progress(1);
    return result;
  });
}

async function inWorkers(files: readonly InputFile[], setup: Setup, options: IngestOptions, threads: { jobs: number; heapMb: number }, progress: (count: number) => void): Promise<FileResult[]> {
  const { locate: _, ...config } = setup.config;
  const pool = new Piscina({
    filename: new URL("./worker.js", import.meta.url).href,
    minThreads: threads.jobs,
    maxThreads: threads.jobs,
    resourceLimits: { maxOldGenerationSizeMb: threads.heapMb },
    workerData: { config: config satisfies PoolConfig, options },
  });
  // A worker that fails outside a task (out of heap while starting) fails the pool: what is left is done below.
  let failPool: (error: unknown) => void = () => undefined;
  const poolFailed = new Promise<never>((_, reject) => (failPool = reject));
  poolFailed.catch(() => undefined);
  pool.on("error", (error: unknown) => failPool(error));
  try {
    const batches: Promise<FileResult[]>[] = [];
    for (let i = 0; i < files.length; i += BATCH) {
      const batch = files.slice(i, i + BATCH);
      batches.push(
        Promise.race([pool.run(batch) as Promise<FileResult[]>, poolFailed])
          // Out of a worker's heap (a batch of very large files): the main thread's heap is the process's.
          .catch(() => inMainThread(batch, setup, options, () => undefined))
          .then((r: FileResult[]) => {
            progress(batch.length);
            return r;
          }),
      );
    }
    return (await Promise.all(batches)).flat();
  } finally {
    await pool.destroy();
  }
}

/** Results in input order, each article's id made unique in the run. */
function merge(results: readonly FileResult[], unreadable: Skipped[]): CheckedCorpus {
  const ids = new UniqueIds();
  const out: CheckedCorpus = { analysed: [], graded: [], statements: [], skipped: [...unreadable] };
  for (const { articles, skipped } of results) {
    for (const { analysed, graded, statements } of articles) {
      const id = ids.claim(analysed.article.id);
      const same = id === analysed.article.id;
      out.analysed.push(same ? analysed : { ...analysed, article: { ...analysed.article, id } });
      out.graded.push(graded);
      out.statements.push(statements);
    }
    out.skipped.push(...skipped);
  }
  return out;
}
