// Parser choice per file. One place decides how a file is read, so the runner, the analysis and
// the transforms (also under plain `jscodeshift -t`) all see the same tree.
import * as babel from "@babel/parser";
import type { ParserOptions, ParserPlugin } from "@babel/parser";
import type { File } from "@babel/types";

export type FileKind = "js" | "ts" | "tsx" | "flow";

/** Extensions unpyramid reads as source code, by default. */
export const SOURCE_EXTENSIONS = [".js", ".jsx", ".mjs", ".cjs", ".ts", ".tsx", ".mts", ".cts"] as const;

const COMMON_PLUGINS: ParserPlugin[] = [
  "asyncGenerators",
  "bigInt",
  "classProperties",
  "classPrivateProperties",
  "classPrivateMethods",
  "classStaticBlock",
  "dynamicImport",
  "exportDefaultFrom",
  "exportNamespaceFrom",
  "importMeta",
  "logicalAssignment",
  "nullishCoalescingOperator",
  "numericSeparator",
  "objectRestSpread",
  "optionalCatchBinding",
  "optionalChaining",
  "topLevelAwait",
  "explicitResourceManagement",
  ["importAttributes", { deprecatedAssertSyntax: true }],
];

function extensionOf(filename: string): string {
  const match = /\.[^./\\]+$/.exec(filename);
  return match ? match[0].toLowerCase() : "";
}

/** `@flow` pragma in the file's leading comments. */
export function hasFlowPragma(source: string): boolean {
  const head = source.slice(0, 2048);
  return /^\s*(?:#![^\n]*\n\s*)?(?:\/\/[^\n]*\n\s*|\/\*[\s\S]*?\*\/\s*)*?(?:\/\/|\/\*+)[^\n]*@(?:flow|noflow)\b/.test(
    head,
  );
}

/** `--parser`: one parser for every file, or `auto` (by extension and `@flow`). */
export type ParserChoice = "auto" | FileKind;
export const PARSER_CHOICES: readonly ParserChoice[] = ["auto", "js", "flow", "ts", "tsx"];

let forcedKind: FileKind | null = null;

/** Run `work` with every parse inside it using `choice` (synchronous work only). */
export function withParser<T>(choice: ParserChoice | undefined, work: () => T): T {
  if (!choice || choice === "auto") return work();
  const previous = forcedKind;
  forcedKind = choice;
  try {
    return work();
  } finally {
    forcedKind = previous;
  }
}

export function fileKindOf(filename: string, source: string): FileKind {
  if (forcedKind) return forcedKind;
  const ext = extensionOf(filename);
  if (ext === ".ts" || ext === ".mts" || ext === ".cts") return "ts";
  if (ext === ".tsx") return "tsx";
  return hasFlowPragma(source) ? "flow" : "js";
}

function sourceTypeOf(filename: string): ParserOptions["sourceType"] {
  const ext = extensionOf(filename);
  if (ext === ".mjs" || ext === ".mts") return "module";
  if (ext === ".cjs" || ext === ".cts") return "script";
  return "unambiguous";
}

export function pluginsFor(kind: FileKind): ParserPlugin[] {
  switch (kind) {
    case "ts":
      return [...COMMON_PLUGINS, "typescript", "decorators-legacy"];
    case "tsx":
      return [...COMMON_PLUGINS, "typescript", "jsx", "decorators-legacy"];
    case "flow":
      return [...COMMON_PLUGINS, ["flow", { all: true }], "flowComments", "jsx", "decorators-legacy"];
    case "js":
      return [...COMMON_PLUGINS, "jsx", "decorators-legacy"];
  }
}

/** Babel options for one file. `tokens` is what recast needs to reprint faithfully. */
export function babelOptionsFor(filename: string, source: string, tokens = true): ParserOptions {
  return {
    sourceType: sourceTypeOf(filename),
    allowImportExportEverywhere: true,
    allowReturnOutsideFunction: true,
    allowAwaitOutsideFunction: true,
    allowSuperOutsideMethod: true,
    allowUndeclaredExports: true,
    errorRecovery: false,
    startLine: 1,
    tokens,
    plugins: pluginsFor(fileKindOf(filename, source)),
  };
}

export interface ParseRecord {
  source: string;
  /** For recast (with tokens: several times dearer than a plain parse). */
  tokens: boolean;
}

let parseLog: ParseRecord[] | null = null;

/**
 * Run `work` and return every parse it made: the tests hold the transforms to one plain parse of a
 * text and to recast only where something converts.
 */
export function recordingParses<T>(work: () => T): { value: T; parses: ParseRecord[] } {
  const previous = parseLog;
  const parses: ParseRecord[] = [];
  parseLog = parses;
  try {
    return { value: work(), parses };
  } finally {
    parseLog = previous;
  }
}

/** Parse once for analysis (no tokens: cheaper) or for recast (tokens). Throws Babel's SyntaxError. */
export function parseFile(filename: string, source: string, tokens = false): File {
  parseLog?.push({ source, tokens });
  return babel.parse(source, babelOptionsFor(filename, source, tokens));
}

let lastPlain: { filename: string; source: string; kind: FileKind; ast: File } | null = null;

/**
 * A plain parse (no tokens) for analysis, memoised for the last text: every transform that asks
 * about the same text shares one parse. Throws Babel's SyntaxError.
 */
export function plainAst(filename: string, source: string): File {
  const kind = fileKindOf(filename, source);
  if (lastPlain && lastPlain.source === source && lastPlain.filename === filename && lastPlain.kind === kind)
    return lastPlain.ast;
  const ast = parseFile(filename, source, false);
  lastPlain = { filename, source, kind, ast };
  return ast;
}

/** Drop the memoised plain parse: someone changed the tree, so it no longer stands for its text. */
export function forgetPlainAst(): void {
  lastPlain = null;
}

export interface JscodeshiftParser {
  parse(source: string, options?: unknown): any;
}

const parsers = new Map<string, JscodeshiftParser>();

/** A jscodeshift/recast parser for a file name: one per parser configuration, shared. */
export function parserFor(filename: string, source = ""): JscodeshiftParser {
  const key = `${fileKindOf(filename, source)} ${sourceTypeOf(filename)}`;
  let parser = parsers.get(key);
  if (!parser) {
    parser = { parse: (text: string) => parseFile(filename, text, true) };
    parsers.set(key, parser);
  }
  return parser;
}

/**
 * The parser a transform exports for plain `jscodeshift -t`, which gives the parser no file name:
 * Flow when the file says `@flow`, else JS+JSX, else TypeScript, else TSX (first that parses).
 */
export const autoParser: JscodeshiftParser = {
  parse(source: string) {
    const candidates = hasFlowPragma(source) ? ["file.flow.js"] : ["file.js", "file.ts", "file.tsx"];
    let firstError: unknown;
    for (const name of candidates) {
      try {
        return parseFile(name, source, true);
      } catch (error) {
        firstError ??= error;
      }
    }
    throw firstError;
  },
};

export default autoParser;
