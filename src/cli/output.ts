// What the CLI prints: coloured diffs, the summary line, the scan table, the progress line.
import path from "node:path";
import pc from "picocolors";
import type { Report } from "../report/types";
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

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? "" : "s"}`;
}

/** The summary on stderr: totals, the files that failed, and skipped sites grouped by reason. */
export function formatSummary(report: Report, options: { write: boolean; seconds: number; colors: Colors }): string {
  const { summary } = report;
  const c = options.colors;
  const lines: string[] = [];
  for (const file of report.files) {
    // `path:line:column: message` when the place is known, `path: message` otherwise.
    if (file.status === "error") lines.push(`${c.red("error")} ${file.path}:${/^\d+:\d+: /.test(file.error ?? "") ? "" : " "}${file.error}`);
    else if (file.status === "skipped") lines.push(`${c.yellow("skipped")} ${file.path}: ${file.error}`);
  }
  const reasons = new Map<string, number>();
  for (const file of report.files) for (const site of file.sites) if (site.reason) reasons.set(site.reason, (reasons.get(site.reason) ?? 0) + 1);
  if (reasons.size) {
    const sorted = [...reasons].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
    lines.push(`sites left as they were, by reason: ${sorted.map(([reason, count]) => `${reason} ${count}`).join(", ")}`);
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

/** Scan as text: one line per site, grouped by file, deepest files first. */
export function formatScan(report: ScanReport): string {
  const files = report.files.filter((file) => file.sites.length > 0 || file.error);
  files.sort((a, b) => b.maxDepth - a.maxDepth || b.sites.length - a.sites.length || (a.path < b.path ? -1 : 1));
  const lines: string[] = [];
  for (const file of files) {
    if (file.error) {
      lines.push(`${file.path}:${file.error}`);
      continue;
    }
    lines.push(`${file.path}: ${plural(file.sites.length, "callback site")}, deepest nesting ${file.maxDepth}`);
    for (const site of file.sites) lines.push(`  ${file.path.split(path.sep).join("/")}:${site.line}:${site.column + 1}  ${site.callee}  depth ${site.depth}`);
  }
  return lines.length ? `${lines.join("\n")}\n` : "";
}
