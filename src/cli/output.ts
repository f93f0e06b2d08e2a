// What the CLI prints: coloured diffs, the summary line, the scan table, the progress line.
import path from "node:path";
import pc from "picocolors";
import type { Report, TempFileReport } from "../report/types";
import { parseTempName } from "../runner/atomic-write";
import type { ScanReport } from "../runner/scan";

export type Colors = ReturnType<typeof pc.createColors>;

/** Colour only on a terminal, never with NO_COLOR, and as --color / --no-color say. */
export function makeColors(stream: NodeJS.WriteStream, flag: boolean | undefined): Colors {
  const enabled = flag ?? (stream.isTTY === true && !("NO_COLOR" in process.env) && process.env.TERM !== "dumb");
  return pc.createColors(enabled);
}

export function colorizePatch(patch: string, c: Colors): string {
  if (!c.isColorSupported) return patch;
  return patch
    .split("\n")
    .map((line) => {
      if (line.startsWith("diff --git") || line.startsWith("--- ") || line.startsWith("+++ ")) return c.bold(line);
      if (line.startsWith("@@")) return c.cyan(line);
      if (line.startsWith("+")) return c.green(line);
      if (line.startsWith("-")) return c.red(line);
      return line;
    })
    .join("\n");
}

export function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? "" : "s"}`;
}

/** One line on stderr for a temp file a killed run left: what became of it, and why. */
export function formatTempFile(temp: TempFileReport, c: Colors): string {
  const left = `the temp file of an unpyramid write to ${temp.file} that never finished (a killed run; ${temp.file} itself is whole)`;
  if (temp.removed) return `removed ${temp.path}: ${left}`;
  switch (temp.reason) {
    case "dry-run":
      return `${c.yellow("warning")} ${temp.path}: ${left}; unpyramid run --write removes it (a dry run writes nothing)`;
    case "writer-running":
      return `${c.yellow("warning")} ${temp.path}: the temp file of an unpyramid write to ${temp.file} by process ${parseTempName(path.basename(temp.path))?.pid}, which is still running; left as it is (remove it by hand if that is no unpyramid)`;
    default:
      return `${c.yellow("warning")} ${temp.path}: ${left}, could not be removed (${temp.error}); remove it by hand`;
  }
}

/** The summary on stderr: temp files of killed runs, totals, the files that failed, and skipped sites grouped by reason. */
export function formatSummary(report: Report, options: { write: boolean; seconds: number; colors: Colors }): string {
  const { summary } = report;
  const c = options.colors;
  const lines: string[] = [];
  for (const temp of report.tempFiles ?? []) lines.push(formatTempFile(temp, c));
  for (const file of report.files) {
    // `path:line:column: message` when the place is known, `path: message` otherwise.
    if (file.status === "error")
      lines.push(`${c.red("error")} ${file.path}:${/^\d+:\d+: /.test(file.error ?? "") ? "" : " "}${file.error}`);
    else if (file.status === "skipped") lines.push(`${c.yellow("skipped")} ${file.path}: ${file.error}`);
  }
  const reasons = new Map<string, number>();
  for (const file of report.files)
    for (const site of file.sites) if (site.reason) reasons.set(site.reason, (reasons.get(site.reason) ?? 0) + 1);
  if (reasons.size) {
    const sorted = [...reasons].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
    lines.push(
      `sites left as they were, by reason: ${sorted.map(([reason, count]) => `${reason} ${count}`).join(", ")}`,
    );
  }
  const verb = options.write ? "changed" : "would change";
  lines.push(
    `unpyramid: ${plural(summary.files, "file")}: ${summary.changed} ${verb}, ${summary.unchanged} unchanged, ${summary.skipped} skipped, ${plural(summary.errors, "error")}; ` +
      `sites: ${summary.sites.converted} converted, ${summary.sites.skipped} left as they were (${options.seconds.toFixed(1)}s)`,
  );
  return `${lines.join("\n")}\n`;
}

export function progressLine(done: number, total: number, file: string): string {
  const width = Math.max(20, (process.stderr.columns || 80) - 20);
  const shown = file.length > width ? `...${file.slice(-(width - 3))}` : file;
  return `\r\x1b[K[${done}/${total}] ${shown}`;
}

/** How many files the summary's table shows. */
const WORST_FILES = 20;

/**
 * Scan as text: totals, the worst files first (deepest nesting, then most sites), the histogram of
 * nesting depth, and per transform what it would convert and skip, with the reasons and risks.
 */
export function formatScan(report: ScanReport, c: Colors): string {
  const { summary } = report;
  const lines: string[] = [];
  lines.push(
    c.bold(
      `${plural(summary.files, "file")}, ${summary.filesWithSites} with sites: ${plural(summary.callbackSites, "callback site")}, ${plural(summary.promiseChains, "promise chain")}, ${plural(summary.asyncLibCalls, "async-lib call")}; deepest nesting ${summary.maxDepth}; ${summary.wouldChange} would change`,
    ),
  );
  const worst = report.files
    .filter((file) => file.callbackSites.length > 0 || file.sites.length > 0)
    .sort(
      (a, b) =>
        b.maxDepth - a.maxDepth ||
        b.callbackSites.length - a.callbackSites.length ||
        b.sites.length - a.sites.length ||
        (a.path < b.path ? -1 : 1),
    );
  if (worst.length) {
    lines.push(
      "",
      c.bold(`Worst files${worst.length > WORST_FILES ? ` (${WORST_FILES} of ${worst.length})` : ""}`),
      "  depth  callbacks  converts  skips  risks  file",
    );
    for (const file of worst.slice(0, WORST_FILES)) {
      const converted = file.sites.filter((site) => site.outcome === "converted");
      const cells = [
        file.maxDepth,
        file.callbackSites.length,
        converted.length,
        file.sites.length - converted.length,
        converted.reduce((sum, site) => sum + site.risks.length, 0),
      ];
      const widths = [5, 9, 8, 5, 5];
      lines.push(`  ${cells.map((cell, i) => String(cell).padStart(widths[i])).join("  ")}  ${file.path}`);
    }
  }
  if (summary.depthHistogram.length) {
    lines.push("", c.bold("Callback sites by nesting depth"));
    const most = Math.max(...summary.depthHistogram);
    summary.depthHistogram.forEach((count, i) =>
      lines.push(
        `  ${String(i + 1).padStart(3)}  ${"#".repeat(Math.max(count ? 1 : 0, Math.round((count / most) * 40))).padEnd(40)}  ${count}`,
      ),
    );
  }
  lines.push("", c.bold("By transform"));
  for (const transform of summary.transforms)
    lines.push(
      `  ${transform.name.padEnd(20)}  ${String(transform.converted).padStart(5)} would convert  ${String(transform.skipped).padStart(5)} would skip`,
    );
  const counted = (title: string, items: ScanReport["summary"]["reasons"]) => {
    if (!items.length) return;
    lines.push("", c.bold(title));
    const width = Math.max(...items.map((item) => item.code.length));
    for (const item of items)
      lines.push(
        `  ${String(item.count).padStart(5)}  ${item.code.padEnd(width)}  ${item.transform}  e.g. ${item.example.path}:${item.example.line}:${item.example.column + 1}`,
      );
  };
  counted("Would skip, by reason (count, reason, transform, first place)", summary.reasons);
  counted("Risks to review in what would convert", summary.risks);
  const failed = report.files.filter((file) => file.error);
  if (failed.length) {
    lines.push("", c.bold("Skipped or not read"));
    for (const file of failed) lines.push(`  ${file.path}: ${file.error}`);
  }
  return `${lines.join("\n")}\n`;
}
