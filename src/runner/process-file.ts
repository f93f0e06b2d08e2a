// One file on disk: read strictly, transform, verify, and (when asked) write atomically.
// Runs in a worker thread or in-process; returns only small data (the report and, when asked, a patch).
import { readFileSync } from "node:fs";
import { readFile, stat } from "node:fs/promises";
import { surveyFile, type FileSurvey } from "../analysis/scan";
import { withParser, type ParserChoice } from "../parse/parser";
import { unifiedPatch } from "../report/patch";
import type { FileReport } from "../report/types";
import { writeFileAtomic } from "./atomic-write";
import { SourceError, transformSource } from "./transform-source";

export interface FileTask {
  /** Absolute path. */
  file: string;
  /** The path shown to people and in the report (relative to the working directory). */
  display: string;
  /** The path the diff names (a/<path>, b/<path>); default: display. */
  patchPath?: string;
  transforms: readonly string[];
  /** `--parser`; default `auto`. */
  parser?: ParserChoice;
  write: boolean;
  /** Compute a unified diff for changed files. */
  patch: boolean;
  maxFileBytes: number;
  /** Also read the file's callback sites, chains and functions off a plain parse (`scan`). */
  survey?: boolean;
}

export interface FileOutcome {
  report: FileReport;
  patch?: string;
  survey?: FileSurvey;
}

const strictUtf8 = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });

/** The offset of the first byte that does not start a well-formed UTF-8 sequence (WHATWG rules), or -1. */
function firstInvalidUtf8(bytes: Uint8Array): number {
  for (let i = 0; i < bytes.length;) {
    const lead = bytes[i];
    if (lead < 0x80) {
      i++;
      continue;
    }
    let length: number;
    let low = 0x80;
    let high = 0xbf;
    if (lead >= 0xc2 && lead <= 0xdf) length = 2;
    else if (lead >= 0xe0 && lead <= 0xef) {
      length = 3;
      if (lead === 0xe0) low = 0xa0;
      if (lead === 0xed) high = 0x9f;
    } else if (lead >= 0xf0 && lead <= 0xf4) {
      length = 4;
      if (lead === 0xf0) low = 0x90;
      if (lead === 0xf4) high = 0x8f;
    } else return i;
    for (let k = 1; k < length; k++) {
      const next = bytes[i + k];
      if (next === undefined || next < (k === 1 ? low : 0x80) || next > (k === 1 ? high : 0xbf)) return i;
    }
    i += length;
  }
  return -1;
}

/** Explain which byte is not UTF-8 without echoing it: `line:column` (column from 1, as editors count, in UTF-16 units). */
function utf8Failure(bytes: Uint8Array): string {
  const offset = Math.max(0, firstInvalidUtf8(bytes));
  const before = Buffer.from(bytes.subarray(0, offset)).toString("utf8");
  const line = before.split("\n").length;
  const column = before.length - before.lastIndexOf("\n") - 1;
  return `${line}:${column + 1}: not valid UTF-8 (byte 0x${bytes[offset]?.toString(16).padStart(2, "0")} at offset ${offset}); unpyramid only rewrites UTF-8 files: convert it, or exclude it with --ignore`;
}

/** What a worker thread is handed: the task and, when the main thread read the file, what it read. */
export interface WorkerTask {
  task: FileTask;
  read?: { bytes: Uint8Array; source: string };
}

/** A file read and decoded, or the outcome that says why it is not converted. */
export type ReadOutcome = { bytes: Uint8Array; source: string } | { outcome: FileOutcome };

/** Read a task's file strictly (size, binary, UTF-8): the text to convert, or why there is none. */
export function readTask(task: FileTask): ReadOutcome {
  const report: FileReport = { path: task.display, status: "unchanged", sites: [] };
  let bytes: Buffer;
  try {
    // Synchronously: for the small files most trees are made of, several times faster than fs/promises
    // (one call instead of open, stat, read and close through the event loop).
    bytes = readFileSync(task.file);
  } catch (error) {
    return {
      outcome: { report: { ...report, status: "error", error: `cannot read the file: ${(error as Error).message}` } },
    };
  }
  if (bytes.length > task.maxFileBytes) {
    return {
      outcome: {
        report: {
          ...report,
          status: "skipped",
          error: `file-too-large: ${bytes.length} bytes is over the ${task.maxFileBytes}-byte limit (--max-file-size)`,
        },
      },
    };
  }
  if (bytes.includes(0)) {
    return { outcome: { report: { ...report, status: "skipped", error: "binary-file: the file contains NUL bytes" } } };
  }
  try {
    return { bytes, source: strictUtf8.decode(bytes) };
  } catch {
    return { outcome: { report: { ...report, status: "skipped", error: utf8Failure(bytes) } } };
  }
}

export async function processFile(task: FileTask): Promise<FileOutcome> {
  const read = readTask(task);
  return "outcome" in read ? read.outcome : processSource(task, read.bytes, read.source);
}

/** Convert a file already read by readTask (in this thread or another), verify, and write when asked. */
export async function processSource(task: FileTask, bytes: Uint8Array, source: string): Promise<FileOutcome> {
  const report: FileReport = { path: task.display, status: "unchanged", sites: [] };
  let result;
  let survey: FileSurvey | undefined;
  try {
    result = transformSource(source, {
      filename: task.file,
      transforms: task.transforms,
      ...(task.parser ? { parser: task.parser } : {}),
    });
    if (task.survey) survey = withParser(task.parser, () => surveyFile(task.file, source.replace(/^\uFEFF/, "")));
  } catch (error) {
    const message =
      error instanceof SourceError ? error.located : `internal error: ${(error as Error)?.stack ?? String(error)}`;
    return {
      report: { ...report, status: error instanceof SourceError && error.skip ? "skipped" : "error", error: message },
    };
  }
  report.sites = result.sites;
  if (!result.changed) return { report, ...(survey ? { survey } : {}) };
  report.status = "changed";

  if (task.write) {
    // A file someone made read-only is theirs to protect: an atomic rename would replace it anyway.
    const mode = (await stat(task.file).catch(() => null))?.mode ?? 0o644;
    if ((mode & 0o222) === 0) {
      return {
        report: {
          ...report,
          status: "skipped",
          error: "read-only: the file is not writable; make it writable (chmod u+w) to convert it",
        },
      };
    }
    // Someone else may have written the file while we worked: never clobber their change.
    const now = await readFile(task.file).catch(() => null);
    if (!now || !now.equals(bytes)) {
      return {
        report: {
          ...report,
          status: "error",
          error: "the file changed on disk while unpyramid was converting it; nothing was written, run unpyramid again",
        },
      };
    }
    try {
      // Keeps the file's mode and owner; a symlink's target is written, the link stays a link.
      await writeFileAtomic(task.file, result.code);
    } catch (error) {
      return { report: { ...report, status: "error", error: `cannot write the file: ${(error as Error).message}` } };
    }
  }
  return {
    report,
    ...(survey ? { survey } : {}),
    ...(task.patch ? { patch: unifiedPatch(task.patchPath ?? task.display, source, result.code) } : {}),
  };
}
