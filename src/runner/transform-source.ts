// One text in, one text out: every selected transform in order, then the verify step.
import { diffLines } from "diff";
import jscodeshift from "jscodeshift";
import { parseFile, parserFor, plainAst, withParser, type ParserChoice } from "../parse/parser";
import { ReindentedTextError } from "../rewrite/print";
import { resolveTransforms, type TransformModule } from "../registry";
import type { UnpyramidAPI } from "../report/sites";
import type { Site } from "../report/types";
import { closeEnvelope, openEnvelope } from "./envelope";

export interface TransformSourceOptions {
  /** Decides the parser (by extension, `@flow` pragma) and appears in messages. */
  filename: string;
  /** Force one parser (`--parser`); default `auto`. */
  parser?: ParserChoice;
  /** Transform names, in order; default: all, in the default order. */
  transforms?: readonly string[];
}

export interface TransformSourceResult {
  code: string;
  changed: boolean;
  sites: Site[];
}

/** A failure tied to a place in the file. */
export class SourceError extends Error {
  /** `skip`: the file is fine but unpyramid cannot convert it (reported as skipped, not as an error). */
  constructor(
    message: string,
    readonly line?: number,
    readonly column?: number,
    readonly skip = false,
  ) {
    super(message);
    this.name = "SourceError";
  }
  /** `line:column: message` when the place is known; the column counts from 1, as editors do. */
  get located(): string {
    return this.line !== undefined ? `${this.line}:${(this.column ?? 0) + 1}: ${this.message}` : this.message;
  }
}

function toSourceError(error: unknown, what: string): SourceError {
  if (error instanceof SourceError) return error;
  const loc = (error as { loc?: { line: number; column: number } }).loc;
  const message = error instanceof Error ? error.message.replace(/\s*\(\d+:\d+\)$/, "") : String(error);
  return new SourceError(`${what}: ${message}`, loc?.line, loc?.column);
}

// jscodeshift.withParser builds a whole new core each time: build one per parser and keep it.
const jscodeshiftByParser = new Map<object, ReturnType<typeof jscodeshift.withParser>>();
function jscodeshiftFor(parser: ReturnType<typeof parserFor>): ReturnType<typeof jscodeshift.withParser> {
  let j = jscodeshiftByParser.get(parser);
  if (!j) {
    j = jscodeshift.withParser(parser);
    jscodeshiftByParser.set(parser, j);
  }
  return j;
}

/**
 * Lines of `text` (1-based) as lines of `original`: an unchanged line is itself, a line an earlier
 * transform wrote is the first line of what it replaced (or the line it was put before).
 */
function originalLines(original: string, text: string): (line: number) => number {
  const lastLine = original.split("\n").length;
  const map: number[] = [0];
  let oldLine = 1;
  let replacedFrom: number | null = null;
  for (const change of diffLines(original, text)) {
    const count = change.count ?? 0;
    if (change.removed) {
      replacedFrom ??= oldLine;
      oldLine += count;
    } else if (change.added) {
      for (let k = 0; k < count; k++) map.push(Math.min(replacedFrom ?? oldLine, lastLine));
    } else {
      replacedFrom = null;
      for (let k = 0; k < count; k++) map.push(oldLine + k);
      oldLine += count;
    }
  }
  return (line) => map[line] ?? Math.min(line, lastLine);
}

function runTransforms(code: string, filename: string, modules: TransformModule[], sites: Site[] | null): string {
  const j = jscodeshiftFor(parserFor(filename, code));
  let current = code;
  for (const module of modules) {
    if (!module.meta.mayApply(current)) continue;
    // A transform after one that changed the text reports places in that text: they are put back on
    // the lines of the file as it was, so that every site of the report points into the same file.
    const input = current;
    let toOriginal: ((line: number) => number) | null = null;
    const lineInFile = (line: number): number => {
      if (input === code) return line;
      toOriginal ??= originalLines(code, input);
      return toOriginal(line);
    };
    const place = (site: Site): Site => (input === code ? site : { ...site, line: lineInFile(site.line) });
    const api: UnpyramidAPI = {
      j,
      jscodeshift: j,
      stats: () => {},
      report: () => {},
      unpyramid: { site: (site: Site) => sites?.push(place(site)) },
    };
    let output: unknown;
    try {
      output = module.default({ path: filename, source: current }, api, {});
      if (output instanceof Promise)
        throw new Error(`transform ${module.meta.name} returned a promise; unpyramid transforms are synchronous`);
    } catch (error) {
      if ((error as { loc?: unknown }).loc !== undefined || error instanceof SyntaxError)
        throw toSourceError(error, "cannot parse");
      if (error instanceof ReindentedTextError) {
        throw new SourceError(
          "multiline-text-reindented: converting the file would re-indent the lines of this multi-line template literal or string, which changes its value (a limit of the printer, recast); the file was left unchanged",
          lineInFile(error.line),
          error.column,
          true,
        );
      }
      // Code nested thousands deep (generated data, some minified bundles) overflows the parser's or a
      // transform's recursion: nothing is wrong with the file, it is just beyond what is read.
      if (error instanceof RangeError && /call stack/i.test(error.message)) {
        throw new SourceError(
          "too-deeply-nested: the code nests deeper than the parser and the transforms can follow (the stack ran out); the file was left unchanged",
          undefined,
          undefined,
          true,
        );
      }
      const where = error instanceof Error && error.stack ? error.stack.split("\n")[1]?.trim() : "";
      throw new SourceError(
        `internal error in transform ${module.meta.name}: ${(error as Error)?.message ?? error} ${where}; the file was left unchanged, please report it`,
      );
    }
    if (typeof output === "string" && output !== current) current = output;
  }
  return current;
}

/**
 * Whether any of the transforms could change `source`: false means transformSource would return it
 * unchanged with no sites, so the file need not be handed to a worker at all.
 */
export function mayTransform(source: string, transforms?: readonly string[]): boolean {
  const { code } = openEnvelope(source);
  return resolveTransforms(transforms).some((module) => module.meta.mayApply(code));
}

/**
 * Transform one source text. Throws SourceError when the input does not parse, a transform fails,
 * or the output does not verify (does not parse, or a second pass would change it again).
 */
export function transformSource(source: string, options: TransformSourceOptions): TransformSourceResult {
  return withParser(options.parser, () => transformWithParser(source, options));
}

function transformWithParser(source: string, options: TransformSourceOptions): TransformSourceResult {
  const modules = resolveTransforms(options.transforms);
  const { code, envelope } = openEnvelope(source);
  const sites: Site[] = [];
  let output: string;
  try {
    output = runTransforms(code, options.filename, modules, sites);
  } catch (error) {
    throw lineSeparatorLimit(error, options.filename, code) ?? error;
  }
  if (output === code) return { code: source, changed: false, sites };

  // Put the envelope back first and verify what will be written: recast prints U+2028/U+2029 (which
  // may sit inside string and template literals) as line breaks, and the envelope restores them.
  const text = closeEnvelope(output, envelope);
  if (countSeparators(text) !== countSeparators(source)) {
    throw new SourceError(
      "unsupported-line-separator: a U+2028 or U+2029 character in code the conversion moves would be printed as a line break (recast); the file was left unchanged",
      undefined,
      undefined,
      true,
    );
  }
  const written = openEnvelope(text).code;
  try {
    // Memoised: the second pass below reads the same parse.
    plainAst(options.filename, written);
  } catch (error) {
    throw toSourceError(error, "the converted code does not parse, so the file was left unchanged (please report it)");
  }
  const secondPass = runTransforms(written, options.filename, modules, null);
  if (secondPass !== written) {
    throw new SourceError(
      "a second pass would change the converted code again, so the file was left unchanged (please report it)",
    );
  }
  return { code: text, changed: text !== source, sites };
}

/**
 * recast splits lines at U+2028/U+2029 and parses the rejoined text, so a file with one inside a string
 * literal (valid JavaScript since ES2019) fails to parse under the transforms only. Say so, instead of
 * reporting a syntax error in a file that has none.
 */
function lineSeparatorLimit(error: unknown, filename: string, code: string): SourceError | null {
  if (!(error instanceof SourceError) || !/[\u2028\u2029]/.test(code)) return null;
  try {
    parseFile(filename, code);
  } catch {
    return null; // a real syntax error
  }
  return new SourceError(
    "unsupported-line-separator: a U+2028 or U+2029 character inside a string literal cannot be kept by the printer (recast); the file was left unchanged (write it as \\u2028 to convert the file)",
    error.line,
    error.column,
    true,
  );
}

function countSeparators(text: string): number {
  let count = 0;
  for (const char of text) if (char === "\u2028" || char === "\u2029") count++;
  return count;
}
