// `scan`: what a run would find, without changing anything. For now: the callback sites per file.
import { readFile } from "node:fs/promises";
import path from "node:path";
import { findCallbackSites, type CallbackSite } from "../analysis/scan";
import { withParser, type ParserChoice } from "../parse/parser";
import { discover } from "./discover";

export interface ScanOptions {
  cwd?: string;
  /** Force one parser for every file (default: by extension and `@flow`). */
  parser?: ParserChoice;
  extensions?: readonly string[];
  ignore?: readonly string[];
  gitignore?: boolean;
}

export interface ScanFile {
  path: string;
  sites: CallbackSite[];
  /** Deepest callback nesting in the file (0 when there is no site). */
  maxDepth: number;
  error?: string;
}

export interface ScanReport {
  version: 1;
  files: ScanFile[];
  summary: { files: number; filesWithSites: number; sites: number; maxDepth: number; errors: number };
}

const decoder = new TextDecoder("utf-8", { fatal: true });

export async function scan(paths: readonly string[], options: ScanOptions = {}): Promise<ScanReport> {
  const cwd = path.resolve(options.cwd ?? process.cwd());
  const { files } = discover(paths.length ? paths : ["."], {
    cwd,
    ...(options.extensions ? { extensions: options.extensions } : {}),
    ...(options.ignore ? { ignore: options.ignore } : {}),
    gitignore: options.gitignore !== false,
  });
  const results: ScanFile[] = [];
  for (const { file, display } of files) {
    try {
      const source = decoder.decode(await readFile(file)).replace(/^\uFEFF/, "");
      const sites = withParser(options.parser, () => findCallbackSites(file, source));
      results.push({ path: display, sites, maxDepth: Math.max(0, ...sites.map((site) => site.depth)) });
    } catch (error) {
      const loc = (error as { loc?: { line: number; column: number } }).loc;
      results.push({ path: display, sites: [], maxDepth: 0, error: `${loc ? `${loc.line}:${loc.column + 1}: ` : ""}${(error as Error).message.replace(/\s*\(\d+:\d+\)$/, "")}` });
    }
  }
  return {
    version: 1,
    files: results,
    summary: {
      files: results.length,
      filesWithSites: results.filter((file) => file.sites.length > 0).length,
      sites: results.reduce((sum, file) => sum + file.sites.length, 0),
      maxDepth: Math.max(0, ...results.map((file) => file.maxDepth)),
      errors: results.filter((file) => file.error).length,
    },
  };
}
