// A whole run: discover, check git, process every file (in workers or in-process), report in path order.
import { existsSync, realpathSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { Piscina } from "piscina";
import type { ParserChoice } from "../parse/parser";
import { resolveTransforms } from "../registry";
import { REPORT_VERSION, summarize, type FileReport, type Report } from "../report/types";
import { sweepTempFiles } from "./atomic-write";
import { discover, type DiscoveredFile } from "./discover";
import { uncommittedFiles, workTreeTop } from "./git";
import { processFile, readTask, type FileOutcome, type FileTask, type WorkerTask } from "./process-file";
import { mayTransform } from "./transform-source";

export interface RunOptions {
  /** Paths are resolved against this directory, and reported relative to it. Default: process.cwd(). */
  cwd?: string;
  /** Transform names, in order. Default: all, in the default order. */
  transforms?: readonly string[];
  /** Force one parser for every file (`--parser`). Default: `auto`, by extension and `@flow`. */
  parser?: ParserChoice;
  /** Write changed files in place (atomically). Default: false (dry run). */
  write?: boolean;
  /** Worker threads. 1 runs in-process. Default: cores minus one, at least 1. */
  cpus?: number;
  extensions?: readonly string[];
  ignore?: readonly string[];
  /** Honour .gitignore (default true). */
  gitignore?: boolean;
  /** Let `write` touch files with uncommitted changes. */
  allowDirty?: boolean;
  /** Files larger than this are skipped. Default: 2 MiB. */
  maxFileBytes?: number;
  /**
   * A file that takes longer than this (milliseconds) is given up, its worker ended, and it is reported
   * as skipped (`time-limit`). Default: 60 s. Only files processed in worker threads can be stopped:
   * `cpus: 1` and runs of fewer than 24 files work in-process, where nothing can interrupt a file.
   */
  maxFileMs?: number;
  /** Heap limit of each worker thread in MiB (a file that needs more is reported, not the run lost). Default: Node's. */
  workerMemoryMb?: number;
  /** Compute a unified diff for each changed file (passed to onFile). */
  patches?: boolean;
  /** Survey every file too (callback sites, chains, functions), handed to onFile: what `scan` reads. */
  survey?: boolean;
  /** Called once per file, in path order, as results arrive. */
  onFile?: (outcome: FileOutcome, done: number, total: number) => void;
}

export class DirtyWorkTreeError extends Error {
  constructor(readonly files: string[]) {
    const shown = files.slice(0, 3).join(", ") + (files.length > 3 ? `, and ${files.length - 3} more` : "");
    super(
      `${files.length} target file(s) have uncommitted changes (${shown}); commit or stash them first so the conversion can be reviewed and undone, or pass --allow-dirty`,
    );
    this.name = "DirtyWorkTreeError";
  }
}

export const DEFAULT_MAX_FILE_BYTES = 2 * 1024 * 1024;
export const DEFAULT_MAX_FILE_MS = 60_000;

/** Below this many files, starting worker threads costs more than it saves. */
const MIN_FILES_FOR_WORKERS = 24;

/** Cores minus one (the main thread reads, dispatches and prints), at least 1: in-process on 2 cores. */
export function defaultCpus(): number {
  return Math.max(1, (os.availableParallelism?.() ?? os.cpus().length) - 1);
}

function workerFile(): string {
  // Under the TypeScript sources (tests), the workers still run the built JavaScript.
  return __filename.endsWith(".ts")
    ? path.resolve(__dirname, "../../dist/src/runner/worker.js")
    : path.join(__dirname, "worker.js");
}

function real(file: string): string {
  try {
    return realpathSync(file);
  } catch {
    return file;
  }
}

export async function run(paths: readonly string[], options: RunOptions = {}): Promise<Report> {
  const cwd = path.resolve(options.cwd ?? process.cwd());
  const transforms = resolveTransforms(options.transforms).map((module) => module.meta.name);
  const { files, skipped } = discover(paths.length ? paths : ["."], {
    cwd,
    ...(options.extensions ? { extensions: options.extensions } : {}),
    ...(options.ignore ? { ignore: options.ignore } : {}),
    gitignore: options.gitignore !== false,
  });

  if (options.write && !options.allowDirty) {
    const dirty = uncommittedFiles(
      files.map((f) => real(f.file)),
      cwd,
    );
    if (dirty.length)
      throw new DirtyWorkTreeError(dirty.map((file) => path.relative(cwd, file).split(path.sep).join("/")));
  }

  // Temp files of writes a killed run never finished, beside the files of this run: --write removes them
  // before it writes anything; a dry run writes nothing, so it only reports them.
  const tempFiles = sweepTempFiles(writtenDirs(files), { remove: options.write === true, display: displayFrom(cwd) });

  // `git apply` reads the paths of a `diff --git` relative to the top of the work tree (as `git diff`
  // writes them) and skips, silently, those outside the directory it runs in: name them from the top.
  const top = options.patches ? workTreeTop(cwd) : null;
  const tasks: FileTask[] = files.map(({ file, display }) => ({
    file,
    display,
    ...(top ? { patchPath: patchPath(top, file, display) } : {}),
    transforms,
    ...(options.parser && options.parser !== "auto" ? { parser: options.parser } : {}),
    write: options.write === true,
    patch: options.patches === true,
    maxFileBytes: options.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES,
    ...(options.survey ? { survey: true } : {}),
  }));
  // Workers when there are enough files, unless --cpus 1 asks for one thread in-process: the default
  // on a 2-core machine is one worker thread, which a per-file time limit can stop.
  const cpus = Math.max(1, Math.floor(options.cpus ?? defaultCpus()));
  const useWorkers = options.cpus !== 1 && tasks.length >= MIN_FILES_FOR_WORKERS && existsSync(workerFile());
  const limits = {
    maxFileMs: options.maxFileMs ?? DEFAULT_MAX_FILE_MS,
    ...(options.workerMemoryMb ? { workerMemoryMb: options.workerMemoryMb } : {}),
  };
  // Workers take the largest files first: one big file started last would keep every other core waiting.
  const order = tasks.map((_, index) => index);
  if (useWorkers) order.sort((a, b) => files[b].size - files[a].size || a - b);
  const reports = await processInOrder(tasks, order, useWorkers ? cpus : 0, limits, options.onFile);

  for (const { display, reason } of skipped)
    reports.push({ path: display, status: "skipped", error: reason, sites: [] });
  reports.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  return {
    version: REPORT_VERSION,
    transforms,
    files: reports,
    summary: summarize(reports),
    ...(tempFiles.length ? { tempFiles } : {}),
  };
}

/** The directories the files are written in (a link's target's, for a link): where their temp files are. */
function writtenDirs(files: readonly DiscoveredFile[]): Set<string> {
  return new Set(files.map(({ file, target }) => path.dirname(target ?? file)));
}

/** A path as the report names files: relative to the working directory (or its real path), with `/`. */
function displayFrom(cwd: string): (file: string) => string {
  const realCwd = real(cwd);
  return (file) => {
    let relative = path.relative(cwd, file);
    if (relative.startsWith("..")) {
      const fromReal = path.relative(realCwd, file);
      if (!fromReal.startsWith("..")) relative = fromReal;
    }
    return relative.split(path.sep).join("/");
  };
}

/** A counting semaphore: `acquire()` resolves to a release function once one of `count` slots is free. */
function workerSlots(count: number): () => Promise<() => void> {
  let free = count;
  const waiting: (() => void)[] = [];
  const release = () => {
    const next = waiting.shift();
    if (next) next();
    else free++;
  };
  return () => {
    if (free > 0) {
      free--;
      return Promise.resolve(release);
    }
    return new Promise((resolve) => waiting.push(() => resolve(release)));
  };
}

function patchPath(top: string, file: string, display: string): string {
  const relative = path.relative(top, path.join(real(path.dirname(file)), path.basename(file)));
  if (relative === "" || relative.startsWith("..") || path.isAbsolute(relative)) return display;
  return relative.split(path.sep).join("/");
}

/** Process tasks (taken in `order`) with a bounded window in flight, handing outcomes on in task order (threads 0: in-process). */
async function processInOrder(
  tasks: FileTask[],
  order: readonly number[],
  threads: number,
  limits: { maxFileMs: number; workerMemoryMb?: number },
  onFile: RunOptions["onFile"],
): Promise<FileReport[]> {
  const pool =
    threads > 0
      ? new Piscina({
          filename: workerFile(),
          minThreads: threads,
          maxThreads: threads,
          idleTimeout: 1000,
          ...(limits.workerMemoryMb ? { resourceLimits: { maxOldGenerationSizeMb: limits.workerMemoryMb } } : {}),
        })
      : null;
  const reports: FileReport[] = new Array(tasks.length);
  const ready = new Map<number, FileOutcome>();
  let flushed = 0;
  const flush = () => {
    while (ready.has(flushed)) {
      const outcome = ready.get(flushed)!;
      ready.delete(flushed);
      reports[flushed] = outcome.report;
      flushed++;
      onFile?.(outcome, flushed, tasks.length);
    }
  };
  // A worker per file in flight, no more: the time limit runs from the hand-over, so it is the file's own.
  const slots = pool ? workerSlots(threads) : null;
  const one = async (index: number) => {
    const task = tasks[index];
    let outcome: FileOutcome;
    try {
      if (!pool || !slots) outcome = await processFile(task);
      else {
        // Read here: most files of a repository fail every transform's text pre-check, and answering
        // those here saves a round trip to a worker each (the workers get the files that may change).
        const read = readTask(task);
        if ("outcome" in read) outcome = read.outcome;
        else if (!task.survey && !mayTransform(read.source, task.transforms))
          outcome = { report: { path: task.display, status: "unchanged", sites: [] } };
        else {
          const release = await slots();
          try {
            outcome = await pool.run({ task, read } satisfies WorkerTask, {
              signal: AbortSignal.timeout(limits.maxFileMs),
            });
          } finally {
            release();
          }
        }
      }
    } catch (error) {
      // Past the time limit the worker is ended (a file never half-written: writes are atomic renames).
      if ((error as Error)?.name === "AbortError" || (error as Error)?.name === "TimeoutError") {
        outcome = {
          report: {
            path: task.display,
            status: "skipped",
            error: `time-limit: the file took more than ${limits.maxFileMs / 1000} s and was given up, unchanged (--max-file-time)`,
            sites: [],
          },
        };
      } else {
        // A worker that died (crash, out of memory): its file is reported, the counts still add up.
        outcome = {
          report: {
            path: task.display,
            status: "error",
            error: `worker failed: ${(error as Error)?.message ?? error}; the file was left unchanged`,
            sites: [],
          },
        };
      }
    }
    ready.set(index, outcome);
    flush();
  };
  try {
    // With workers, a few files in flight keep them fed while this thread reads and answers the files
    // no transform applies to (in-process, the window only bounds what is held at once).
    const window = pool ? threads + 4 : 4;
    let next = 0;
    const lanes = Array.from({ length: Math.min(window, tasks.length) }, async () => {
      while (next < order.length) await one(order[next++]);
    });
    await Promise.all(lanes);
  } finally {
    await pool?.destroy();
  }
  return reports;
}
