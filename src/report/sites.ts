// How a transform reports what it did at each site. Under unpyramid's runner the API object carries a
// collector; under plain `jscodeshift -t` the same call goes to jscodeshift's own `api.report`.
import type { API } from "jscodeshift";
import type { Site, SiteKind } from "./types";

export interface SiteLocation {
  loc?: { start: { line: number; column: number } } | null;
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

export function siteReporter(api: API, transform: string): ReportSite {
  const collector = (api as UnpyramidAPI).unpyramid;
  return (node, { kind, reason, risks = [] }) => {
    const start = node.loc?.start ?? { line: 0, column: 0 };
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
