// How a transform reports what it did at each site. Under unpyramid's runner the API object carries a
// collector; under plain `jscodeshift -t` the same call goes to jscodeshift's own `api.report`.
import type { API } from "jscodeshift";
import type { Site, SiteKind } from "./types";

export interface SiteLocation {
  /** recast's `loc` also carries `lines`; its columns count leading tabs as tab stops. */
  loc?: { start: { line: number; column: number }; lines?: unknown } | null;
  /** Babel's character offset, for nodes of a plain parse (recast parses a copy with the tabs expanded). */
  start?: number | null;
}

export interface SiteReport {
  kind: SiteKind;
  /** Set when the site is left alone. */
  reason?: string;
  risks?: string[];
}

export type ReportSite = (node: SiteLocation, report: SiteReport) => void;

/** The extra member unpyramid's runner adds to jscodeshift's API object. */
export interface UnpyramidAPI extends API {
  unpyramid?: { site(site: Site): void };
}

/** Where each line of `source` starts (character offsets), at every line terminator Babel and recast count: CRLF, CR, LF, U+2028, U+2029. */
function lineStartsOf(source: string): number[] {
  const starts = [0];
  for (const match of source.matchAll(/\r\n?|[\n\u2028\u2029]/g)) starts.push(match.index + match[0].length);
  return starts;
}

/** Line (1-based) and column (0-based) of a character offset. */
export function offsetLocator(source: string): (offset: number) => { line: number; column: number } {
  const lineStarts = lineStartsOf(source);
  return (offset) => {
    let low = 0;
    let high = lineStarts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (lineStarts[mid] <= offset) low = mid;
      else high = mid - 1;
    }
    return { line: low + 1, column: offset - lineStarts[low] };
  };
}

/**
 * The character column of a recast position on a line starting at `offset`: recast parses the source
 * with each line's leading whitespace expanded (tabs to stops of `tabWidth`) and counts columns there.
 */
function recastColumn(source: string, offset: number, column: number, tabWidth: number): number {
  let width = 0;
  let index = offset;
  for (; index < source.length && width < column; index++) {
    const code = source.charCodeAt(index);
    if (code === 9) width = (Math.floor(width / tabWidth) + 1) * tabWidth;
    else if (code === 32) width++;
    else if (code !== 11 && code !== 12 && code !== 13 && code !== 0xfeff) break;
  }
  return index - offset + (column - width);
}

/** `tabWidth`: the one recast parsed the source with (recast's default is 4). */
export function siteReporter(api: API, transform: string, source?: string, tabWidth = 4): ReportSite {
  const collector = (api as UnpyramidAPI).unpyramid;
  let locate: ((offset: number) => { line: number; column: number }) | null = null;
  let lineStarts: number[] | null = null;
  return (node, { kind, reason, risks = [] }) => {
    let start = node.loc?.start ?? { line: 0, column: 0 };
    if (node.loc?.lines && source !== undefined) {
      const offset = (lineStarts ??= lineStartsOf(source))[start.line - 1] ?? 0;
      start = { line: start.line, column: recastColumn(source, offset, start.column, tabWidth) };
    } else if (typeof node.start === "number" && source !== undefined)
      start = (locate ??= offsetLocator(source))(node.start);
    const site: Site = {
      transform,
      line: start.line,
      column: start.column,
      kind,
      outcome: reason ? "skipped" : "converted",
      ...(reason ? { reason } : {}),
      risks: [...risks],
    };
    if (collector) collector.site(site);
    else if (typeof api.report === "function") {
      api.report(
        `${site.line}:${site.column} ${transform} ${site.outcome}${reason ? ` ${reason}` : ""}${site.risks.length ? ` risks: ${site.risks.join(", ")}` : ""}`,
      );
    }
  };
}

/**
 * A reporter that keeps the sites until `flush`, then reports them in the file's order: for a transform
 * that judges its sites in several passes or writes them inside-out.
 */
export function bufferedSiteReporter(
  api: API,
  transform: string,
  source: string,
  tabWidth = 4,
): { report: ReportSite; flush: () => void } {
  const reportSite = siteReporter(api, transform, source, tabWidth);
  const reports: Parameters<ReportSite>[] = [];
  return {
    report: (node, data) => void reports.push([node, data]),
    flush: () => {
      for (const args of reports.sort(([a], [b]) => ((a as any).start ?? 0) - ((b as any).start ?? 0)))
        reportSite(...args);
      reports.length = 0;
    },
  };
}
