// `scan`: the refactor-planning report. Every transform runs in dry mode (the same run as `unpyramid run`,
// workers included) and a plain parse of each file adds what no transform reports on its own: every
// error-first callback, how deep the pyramids go, promise chains, calls of the `async` library, and the
// named function each of them is in. Nothing is written. The report is sorted and holds no timings:
// scanning the same tree twice gives the same report.
import type { CallbackSite, NamedFunction, SurveyedCall } from "../analysis/scan";
import type { ParserChoice } from "../parse/parser";
import type { FileStatus, Site } from "../report/types";
import { run } from "./run";

/** The scan report's schema version (README: "Scan report"). 2 added transforms, functions and totals. */
export const SCAN_REPORT_VERSION = 2 as const;

export interface ScanOptions {
  cwd?: string;
  /** Transform names, in order. Default: the default set, in the default order. */
  transforms?: readonly string[];
  /** Force one parser for every file (default: by extension and `@flow`). */
  parser?: ParserChoice;
  extensions?: readonly string[];
  ignore?: readonly string[];
  gitignore?: boolean;
  cpus?: number;
  maxFileBytes?: number;
  maxFileMs?: number;
  workerMemoryMb?: number;
  /** Keep each changed file's proposed diff in `patch` (the HTML page shows them). */
  patches?: boolean;
  /** Called once per file, in path order (progress). */
  onFile?: (done: number, total: number, path: string) => void;
}

export interface ScanFunction {
  /** The name people know it by (`load`, `Store.prototype.get`, `Cache.read`); `(top level)` for module code. */
  name: string;
  line: number;
  callbackSites: number;
  maxDepth: number;
  promiseChains: number;
  asyncLibCalls: number;
  /** Transform sites in it, by outcome. */
  converted: number;
  skipped: number;
}

export interface ScanFile {
  path: string;
  /** `changed`: a run would change it. */
  status: FileStatus;
  error?: string;
  callbackSites: (CallbackSite & { function: string | null })[];
  /** Deepest callback nesting in the file (0 when there is none). */
  maxDepth: number;
  promiseChains: SurveyedCall[];
  asyncLibCalls: (SurveyedCall & { name: string })[];
  /** What each transform would convert and skip, and the risks of what it converts (the run report's sites). */
  sites: Site[];
  /** Functions with any of the above, in source order. */
  functions: ScanFunction[];
  /** The proposed diff, when asked for and the file would change. */
  patch?: string;
}

export interface ReasonCount {
  transform: string;
  code: string;
  count: number;
  /** The first place, in path order. */
  example: { path: string; line: number; column: number };
}

export interface ScanSummary {
  files: number;
  filesWithSites: number;
  /** Files a run would change. */
  wouldChange: number;
  callbackSites: number;
  maxDepth: number;
  /** Callback sites by nesting depth: `depthHistogram[d - 1]` sites at depth d. */
  depthHistogram: number[];
  promiseChains: number;
  asyncLibCalls: number;
  /** Per transform, in the run's order. */
  transforms: { name: string; converted: number; skipped: number }[];
  /** Why sites would be skipped, most frequent first. */
  reasons: ReasonCount[];
  /** Risks of converted sites, most frequent first. */
  risks: ReasonCount[];
  /** Files skipped (too large, binary, not UTF-8) and files that could not be parsed. */
  skipped: number;
  errors: number;
}

export interface ScanReport {
  version: typeof SCAN_REPORT_VERSION;
  transforms: string[];
  files: ScanFile[];
  summary: ScanSummary;
}

const TOP_LEVEL = "(top level)";

export async function scan(paths: readonly string[], options: ScanOptions = {}): Promise<ScanReport> {
  const surveyed = new Map<
    string,
    Pick<ScanFile, "callbackSites" | "promiseChains" | "asyncLibCalls" | "functions" | "patch">
  >();
  const report = await run(paths, {
    ...(options.cwd ? { cwd: options.cwd } : {}),
    ...(options.transforms ? { transforms: options.transforms } : {}),
    ...(options.parser ? { parser: options.parser } : {}),
    ...(options.extensions ? { extensions: options.extensions } : {}),
    ...(options.ignore ? { ignore: options.ignore } : {}),
    ...(options.gitignore === false ? { gitignore: false } : {}),
    ...(options.cpus ? { cpus: options.cpus } : {}),
    ...(options.maxFileBytes ? { maxFileBytes: options.maxFileBytes } : {}),
    ...(options.maxFileMs !== undefined ? { maxFileMs: options.maxFileMs } : {}),
    ...(options.workerMemoryMb ? { workerMemoryMb: options.workerMemoryMb } : {}),
    write: false,
    patches: options.patches === true,
    survey: true,
    onFile: (outcome, done, total) => {
      const survey = outcome.survey;
      if (survey) {
        const { report: file } = outcome;
        surveyed.set(file.path, {
          callbackSites: survey.callbackSites,
          promiseChains: survey.promiseChains,
          asyncLibCalls: survey.asyncLibCalls,
          functions: functionsOf(survey.functions, survey, file.sites),
          ...(outcome.patch ? { patch: outcome.patch } : {}),
        });
      }
      options.onFile?.(done, total, outcome.report.path);
    },
  });
  const files: ScanFile[] = report.files.map((file) => {
    const found = surveyed.get(file.path);
    const callbackSites = found?.callbackSites ?? [];
    return {
      path: file.path,
      status: file.status,
      ...(file.error ? { error: file.error } : {}),
      callbackSites,
      maxDepth: Math.max(0, ...callbackSites.map((site) => site.depth)),
      promiseChains: found?.promiseChains ?? [],
      asyncLibCalls: found?.asyncLibCalls ?? [],
      sites: file.sites,
      functions: found?.functions ?? [],
      ...(found?.patch ? { patch: found.patch } : {}),
    };
  });
  return {
    version: SCAN_REPORT_VERSION,
    transforms: report.transforms,
    files,
    summary: summaryOf(files, report.transforms),
  };
}

/** Everything found, grouped by the innermost named function around it. */
function functionsOf(
  named: NamedFunction[],
  survey: Pick<ScanFile, "callbackSites" | "promiseChains" | "asyncLibCalls">,
  sites: Site[],
): ScanFunction[] {
  const byKey = new Map<string, ScanFunction>();
  const entry = (name: string | null, line: number) => {
    const known = name === null ? null : named.find((fn) => fn.name === name && fn.line <= line && line <= fn.endLine);
    const key = known ? `${known.name}@${known.line}` : TOP_LEVEL;
    let found = byKey.get(key);
    if (!found)
      byKey.set(
        key,
        (found = {
          name: known?.name ?? TOP_LEVEL,
          line: known?.line ?? 1,
          callbackSites: 0,
          maxDepth: 0,
          promiseChains: 0,
          asyncLibCalls: 0,
          converted: 0,
          skipped: 0,
        }),
      );
    return found;
  };
  for (const site of survey.callbackSites) {
    const fn = entry(site.function, site.line);
    fn.callbackSites++;
    fn.maxDepth = Math.max(fn.maxDepth, site.depth);
  }
  for (const chain of survey.promiseChains) entry(chain.function, chain.line).promiseChains++;
  for (const call of survey.asyncLibCalls) entry(call.function, call.line).asyncLibCalls++;
  for (const site of sites) {
    // The innermost named function whose text holds the site.
    const around = named.filter(
      (fn) =>
        (fn.line < site.line || (fn.line === site.line && fn.column <= site.column)) &&
        (site.line < fn.endLine || (site.line === fn.endLine && site.column < fn.endColumn)),
    );
    const inner = around[around.length - 1];
    const fn = entry(inner?.name ?? null, inner?.line ?? site.line);
    if (site.outcome === "converted") fn.converted++;
    else fn.skipped++;
  }
  return [...byKey.values()].sort((a, b) => a.line - b.line || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

function summaryOf(files: ScanFile[], transforms: string[]): ScanSummary {
  const callbackSites = files.flatMap((file) => file.callbackSites);
  const maxDepth = Math.max(0, ...callbackSites.map((site) => site.depth));
  const depthHistogram = Array.from(
    { length: maxDepth },
    (_, i) => callbackSites.filter((site) => site.depth === i + 1).length,
  );
  const reasons = new Map<string, ReasonCount>();
  const risks = new Map<string, ReasonCount>();
  const count = (into: Map<string, ReasonCount>, transform: string, code: string, path: string, site: Site) => {
    const key = `${transform}\0${code}`;
    const found = into.get(key);
    if (found) found.count++;
    else into.set(key, { transform, code, count: 1, example: { path, line: site.line, column: site.column } });
  };
  for (const file of files) {
    for (const site of file.sites) {
      if (site.outcome === "skipped" && site.reason) count(reasons, site.transform, site.reason, file.path, site);
      if (site.outcome === "converted")
        for (const risk of site.risks) count(risks, site.transform, risk, file.path, site);
    }
  }
  const byCount = (a: ReasonCount, b: ReasonCount) =>
    b.count - a.count || (a.code < b.code ? -1 : a.code > b.code ? 1 : 0) || (a.transform < b.transform ? -1 : 1);
  return {
    files: files.length,
    filesWithSites: files.filter((file) => file.callbackSites.length > 0 || file.sites.length > 0).length,
    wouldChange: files.filter((file) => file.status === "changed").length,
    callbackSites: callbackSites.length,
    maxDepth,
    depthHistogram,
    promiseChains: files.reduce((sum, file) => sum + file.promiseChains.length, 0),
    asyncLibCalls: files.reduce((sum, file) => sum + file.asyncLibCalls.length, 0),
    transforms: transforms.map((name) => {
      const sites = files.flatMap((file) => file.sites.filter((site) => site.transform === name));
      return {
        name,
        converted: sites.filter((site) => site.outcome === "converted").length,
        skipped: sites.filter((site) => site.outcome === "skipped").length,
      };
    }),
    reasons: [...reasons.values()].sort(byCount),
    risks: [...risks.values()].sort(byCount),
    skipped: files.filter((file) => file.status === "skipped").length,
    errors: files.filter((file) => file.status === "error").length,
  };
}
