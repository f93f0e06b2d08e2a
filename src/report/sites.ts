// How a transform reports what it did at each site. Under unpyramid's runner the API object carries a
// collector; under plain `jscodeshift -t` the same call goes to jscodeshift's own `api.report`.
import type { API } from "jscodeshift";
import type { Site, SiteKind } from "./types";

export interface SiteLocation {
  loc?: { start: { line: number; column: number } } | null;
  /** Babel's character offset: preferred, since recast's columns count a tab as several. */
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

/** Line (1-based) and column (0-based) of a character offset. */
export function offsetLocator(source: string): (offset: number) => { line: number; column: number } {
  const lineStarts = [0];
  for (let i = source.indexOf("\n"); i !== -1; i = source.indexOf("\n", i + 1)) lineStarts.push(i + 1);
  return (offset) => {
    let low = 0;
    let high = lineStarts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (lineStarts[mid]! <= offset) low = mid;
      else high = mid - 1;
    }
    return { line: low + 1, column: offset - lineStarts[low]! };
  };
}

export function siteReporter(api: API, transform: string, source?: string): ReportSite {
  const collector = (api as UnpyramidAPI).unpyramid;
  let locate: ((offset: number) => { line: number; column: number }) | null = null;
  return (node, { kind, reason, risks = [] }) => {
    let start = node.loc?.start ?? { line: 0, column: 0 };
    if (typeof node.start === "number" && source !== undefined) start = (locate ??= offsetLocator(source))(node.start);
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
      api.report(`${site.line}:${site.column} ${transform} ${site.outcome}${reason ? ` ${reason}` : ""}${site.risks.length ? ` risks: ${site.risks.join(", ")}` : ""}`);
    }
  };
}
