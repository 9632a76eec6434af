// The per-article work of a corpus on every core: input files in batches to a pool of
// worker threads (piscina), results merged in input order, so that the report is the
// same bytes for any number of threads. Small corpora stay in the main thread, where
// starting threads would cost more than it saves.
import { availableParallelism } from "node:os";
import { Piscina } from "piscina";
import type { Setup } from "../api.js";
import type { Config } from "../config/config.js";
import { listInputs, UniqueIds, type IngestOptions, type InputFile } from "../ingest/index.js";
import type { ArticleReport, JudgedArticle, Skipped } from "../types.js";
import { OverlapIndex } from "../overlap/index.js";
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
  /** Each article's report entry with its article rules' findings, graded (same order as `analysed`). */
  reports: ArticleReport[];
  skipped: Skipped[];
  /** The overlap index of `analysed`, in order, when built as they came (else the corpus step builds it). */
  index?: OverlapIndex;
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
  const merged = new InputOrder(unreadable);
  if (jobs === 1 || files.length <= 2 * BATCH) merged.arrive(0, inMainThread(files, setup, ingest, progress));
  else await inWorkers(files, setup, ingest, { jobs, heapMb }, merged, progress);
  return merged.corpus;
}

function inMainThread(files: readonly InputFile[], setup: Setup, options: IngestOptions, progress: (count: number) => void): FileResult[] {
  const work = fileWork(setup, options);
  return files.map((input) => {
    const result = checkFile(input, work);
    progress(1);
    return result;
  });
}

async function inWorkers(files: readonly InputFile[], setup: Setup, options: IngestOptions, threads: { jobs: number; heapMb: number }, merged: InputOrder, progress: (count: number) => void): Promise<void> {
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
    const batches: Promise<void>[] = [];
    for (let i = 0; i < files.length; i += BATCH) {
      const batch = files.slice(i, i + BATCH);
      batches.push(
        Promise.race([pool.run(batch) as Promise<FileResult[]>, poolFailed])
          // Out of a worker's heap (a batch of very large files): the main thread's heap is the process's.
          .catch(() => inMainThread(batch, setup, options, () => undefined))
          .then((r: FileResult[]) => {
            merged.arrive(i / BATCH, r);
            progress(batch.length);
          }),
      );
    }
    await Promise.all(batches);
  } finally {
    await pool.destroy();
  }
}

/**
 * Results merged in input order as they arrive, each article's id made unique in the run
 * (and its report entry's with it) and its fingerprint added to the overlap index: the
 * main thread, otherwise waiting for the workers, builds the index while they work.
 */
class InputOrder {
  readonly corpus: CheckedCorpus;
  private readonly ids = new UniqueIds();
  private readonly waiting: (readonly FileResult[] | undefined)[] = [];
  private next = 0;

  constructor(unreadable: readonly Skipped[]) {
    this.corpus = { analysed: [], reports: [], skipped: [...unreadable], index: new OverlapIndex() };
  }

  /** The results of the `at`-th part of the input (from 0); merged once every part before it is. */
  arrive(at: number, results: readonly FileResult[]): void {
    this.waiting[at] = results;
    for (let part = this.waiting[this.next]; part; part = this.waiting[this.next]) {
      this.waiting[this.next++] = undefined;
      this.merge(part);
    }
  }

  private merge(results: readonly FileResult[]): void {
    const out = this.corpus;
    for (const { articles, skipped } of results) {
      for (const { analysed, report } of articles) {
        const id = this.ids.claim(analysed.article.id);
        const same = id === analysed.article.id;
        const renamed = same ? analysed : { ...analysed, article: { ...analysed.article, id } };
        out.analysed.push(renamed);
        out.reports.push(same ? report : { ...report, id });
        out.index?.add(renamed);
      }
      out.skipped.push(...skipped);
    }
  }
}
