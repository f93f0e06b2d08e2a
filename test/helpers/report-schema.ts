// The JSON report of `unpyramid run --json` (DESIGN.md, "JSON report"), as a JSON schema, plus the
// arithmetic a schema cannot say (the summary counts add up to the files and sites listed).
import Ajv, { type ErrorObject } from "ajv";

const count = { type: "integer", minimum: 0 } as const;
/** Stable codes: kebab-case words. */
const code = { type: "string", pattern: "^[a-z0-9]+(-[a-z0-9]+)*$" } as const;

export const reportSchema = {
  $id: "https://unpyramid.invalid/report-v1.json",
  type: "object",
  additionalProperties: false,
  required: ["version", "transforms", "files", "summary"],
  properties: {
    version: { const: 1 },
    transforms: { type: "array", minItems: 1, uniqueItems: true, items: { type: "string", minLength: 1 } },
    files: { type: "array", items: { $ref: "#/definitions/file" } },
    summary: {
      type: "object",
      additionalProperties: false,
      required: ["files", "changed", "unchanged", "skipped", "errors", "sites"],
      properties: {
        files: count,
        changed: count,
        unchanged: count,
        skipped: count,
        errors: count,
        sites: {
          type: "object",
          additionalProperties: false,
          required: ["converted", "skipped"],
          properties: { converted: count, skipped: count },
        },
      },
    },
    // Only when a run found temp files of killed runs beside its files.
    tempFiles: { type: "array", minItems: 1, items: { $ref: "#/definitions/tempFile" } },
  },
  definitions: {
    file: {
      type: "object",
      additionalProperties: false,
      required: ["path", "status", "sites"],
      properties: {
        // Relative, forward slashes.
        path: { type: "string", minLength: 1, not: { pattern: "^/|\\\\" } },
        status: { enum: ["changed", "unchanged", "skipped", "error"] },
        error: { type: "string", minLength: 1 },
        sites: { type: "array", items: { $ref: "#/definitions/site" } },
      },
      // `error` is there exactly when the file was skipped or failed.
      if: { properties: { status: { enum: ["error", "skipped"] } } },
      then: { required: ["error"] },
      else: { not: { required: ["error"] } },
    },
    tempFile: {
      type: "object",
      additionalProperties: false,
      required: ["path", "file", "removed"],
      properties: {
        // `.<name>.unpyramid-<pid>-<8 hex>.tmp`, in the directory of `file`.
        path: { type: "string", pattern: "^([^/\\\\]+/)*\\.[^/\\\\]+\\.unpyramid-[1-9][0-9]*-[0-9a-f]{8}\\.tmp$" },
        file: { type: "string", minLength: 1, not: { pattern: "^/|\\\\" } },
        removed: { type: "boolean" },
        reason: { enum: ["dry-run", "writer-running", "cannot-remove"] },
        error: { type: "string", minLength: 1 },
      },
      // A reason exactly when it is still there; the system's message exactly when removing it failed.
      if: { properties: { removed: { const: true } } },
      then: { not: { anyOf: [{ required: ["reason"] }, { required: ["error"] }] } },
      else: {
        required: ["reason"],
        if: { properties: { reason: { const: "cannot-remove" } } },
        then: { required: ["error"] },
        else: { not: { required: ["error"] } },
      },
    },
    site: {
      type: "object",
      additionalProperties: false,
      required: ["transform", "line", "column", "kind", "outcome", "risks"],
      properties: {
        transform: { type: "string", minLength: 1 },
        line: { type: "integer", minimum: 1 },
        column: { type: "integer", minimum: 0 },
        kind: { enum: ["error-first-callback", "callback-api", "promise-chain", "promise-wrapper", "async-lib"] },
        outcome: { enum: ["converted", "skipped"] },
        reason: code,
        risks: { type: "array", uniqueItems: true, items: code },
      },
      // A reason exactly when the site was left alone.
      if: { properties: { outcome: { const: "skipped" } } },
      then: { required: ["reason"] },
      else: { not: { required: ["reason"] } },
    },
  },
} as const;

const ajv = new Ajv({ allErrors: true, strict: true, strictRequired: false });
const validate = ajv.compile(reportSchema);

export interface ReportSite {
  transform: string;
  line: number;
  column: number;
  kind: string;
  outcome: "converted" | "skipped";
  reason?: string;
  risks: string[];
}
export interface ReportFile {
  path: string;
  status: "changed" | "unchanged" | "skipped" | "error";
  error?: string;
  sites: ReportSite[];
}
export interface ReportTempFile {
  path: string;
  file: string;
  removed: boolean;
  reason?: "dry-run" | "writer-running" | "cannot-remove";
  error?: string;
}
export interface Report {
  version: 1;
  transforms: string[];
  files: ReportFile[];
  summary: {
    files: number;
    changed: number;
    unchanged: number;
    skipped: number;
    errors: number;
    sites: { converted: number; skipped: number };
  };
  tempFiles?: ReportTempFile[];
}

/** Problems with `value` as a report: schema errors, then counts that do not add up. Empty when valid. */
export function reportProblems(value: unknown): string[] {
  if (!validate(value))
    return (validate.errors ?? []).map(
      (e: ErrorObject) => `${e.instancePath || "/"} ${e.message ?? ""} ${JSON.stringify(e.params)}`,
    );
  const report = value as Report;
  const problems: string[] = [];
  const { summary, files } = report;
  const of = (status: ReportFile["status"]) => files.filter((file) => file.status === status).length;
  const expect = (what: string, actual: number, wanted: number) => {
    if (actual !== wanted) problems.push(`summary.${what} is ${actual}, the files say ${wanted}`);
  };
  expect("files", summary.files, files.length);
  expect("changed", summary.changed, of("changed"));
  expect("unchanged", summary.unchanged, of("unchanged"));
  expect("skipped", summary.skipped, of("skipped"));
  expect("errors", summary.errors, of("error"));
  const sites = files.flatMap((file) => file.sites);
  expect("sites.converted", summary.sites.converted, sites.filter((site) => site.outcome === "converted").length);
  expect("sites.skipped", summary.sites.skipped, sites.filter((site) => site.outcome === "skipped").length);
  const paths = files.map((file) => file.path);
  if (new Set(paths).size !== paths.length) problems.push(`a path is listed twice: ${paths.join(", ")}`);
  const sorted = [...paths].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  if (sorted.join("\n") !== paths.join("\n")) problems.push(`files are not in path order: ${paths.join(", ")}`);
  for (const file of files) {
    if (file.status === "changed" && !file.sites.some((site) => site.outcome === "converted"))
      problems.push(`${file.path} changed with no converted site`);
  }
  const temps = (report.tempFiles ?? []).map((temp) => temp.path);
  if (temps.join("\n") !== [...new Set(temps)].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)).join("\n"))
    problems.push(`temp files are not in path order, once each: ${temps.join(", ")}`);
  for (const temp of report.tempFiles ?? []) {
    // The temp file sits beside the file it was written for.
    const dir = temp.file.includes("/") ? temp.file.slice(0, temp.file.lastIndexOf("/") + 1) : "";
    const name = temp.file.slice(dir.length);
    if (!temp.path.startsWith(`${dir}.${name}.unpyramid-`) || temp.path.slice(dir.length).includes("/"))
      problems.push(`${temp.path} is not a temp file of ${temp.file}`);
  }
  return problems;
}
