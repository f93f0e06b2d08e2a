// The JSON report contract (DESIGN.md, "JSON report"). Field names here are the public schema.

export type SiteKind = "error-first-callback" | "callback-api" | "promise-chain" | "promise-wrapper" | "async-lib";
export type SiteOutcome = "converted" | "skipped";

export interface Site {
  transform: string;
  line: number;
  column: number;
  kind: SiteKind;
  outcome: SiteOutcome;
  /** A stable code, only when skipped. */
  reason?: string;
  /** Stable codes for behaviour a reviewer should check. */
  risks: string[];
}

export type FileStatus = "changed" | "unchanged" | "skipped" | "error";

export interface FileReport {
  path: string;
  status: FileStatus;
  /** Only when status is error (what went wrong, with line:column when known) or skipped (why). */
  error?: string;
  sites: Site[];
}

export interface Summary {
  files: number;
  changed: number;
  unchanged: number;
  skipped: number;
  errors: number;
  sites: { converted: number; skipped: number };
}

/**
 * A temp file of an unpyramid write that never finished (a killed run), found beside a file of the run.
 * `--write` removes it before writing anything; a dry run only reports it.
 */
export interface TempFileReport {
  /** The temp file, as `path` of a file is given: `lib/.a.js.unpyramid-4242-0b1c2d3e.tmp`. */
  path: string;
  /** The file it was written for: `lib/a.js`. */
  file: string;
  removed: boolean;
  /** Why it is still there, when it is: a dry run writes nothing; the process that made it is running; removing it failed. */
  reason?: "dry-run" | "writer-running" | "cannot-remove";
  /** With `cannot-remove`: the system's message. */
  error?: string;
}

export interface Report {
  version: 1;
  transforms: string[];
  files: FileReport[];
  summary: Summary;
  /** Only when there are any, sorted by path. */
  tempFiles?: TempFileReport[];
}

export const REPORT_VERSION = 1 as const;

export function summarize(files: FileReport[]): Summary {
  const summary: Summary = {
    files: files.length,
    changed: 0,
    unchanged: 0,
    skipped: 0,
    errors: 0,
    sites: { converted: 0, skipped: 0 },
  };
  for (const file of files) {
    if (file.status === "error") summary.errors++;
    else summary[file.status]++;
    for (const site of file.sites) summary.sites[site.outcome]++;
  }
  return summary;
}
