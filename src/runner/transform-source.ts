// One text in, one text out: every selected transform in order, then the verify step.
import jscodeshift from "jscodeshift";
import type { API } from "jscodeshift";
import { parseFile, parserFor } from "../parse/parser";
import { resolveTransforms, type TransformModule } from "../registry";
import type { UnpyramidAPI } from "../report/sites";
import type { Site } from "../report/types";
import { closeEnvelope, openEnvelope } from "./envelope";

export interface TransformSourceOptions {
  /** Decides the parser (by extension, `@flow` pragma) and appears in messages. */
  filename: string;
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
  constructor(message: string, readonly line?: number, readonly column?: number) {
    super(message);
    this.name = "SourceError";
  }
  /** `line:column: message` when the place is known. */
  get located(): string {
    return this.line !== undefined ? `${this.line}:${this.column ?? 0}: ${this.message}` : this.message;
  }
}

function toSourceError(error: unknown, what: string): SourceError {
  if (error instanceof SourceError) return error;
  const loc = (error as { loc?: { line: number; column: number } }).loc;
  const message = error instanceof Error ? error.message.replace(/\s*\(\d+:\d+\)$/, "") : String(error);
  return new SourceError(`${what}: ${message}`, loc?.line, loc?.column);
}

function runTransforms(code: string, filename: string, modules: TransformModule[], sites: Site[] | null): string {
  const j = jscodeshift.withParser(parserFor(filename));
  let current = code;
  for (const module of modules) {
    if (!module.meta.mayApply(current)) continue;
    const api: UnpyramidAPI = {
      j,
      jscodeshift: j,
      stats: () => {},
      report: () => {},
      unpyramid: { site: (site: Site) => sites?.push(site) },
    } as API as UnpyramidAPI;
    let output: unknown;
    try {
      output = module.default({ path: filename, source: current }, api, {});
      if (output instanceof Promise) throw new Error(`transform ${module.meta.name} returned a promise; unpyramid transforms are synchronous`);
    } catch (error) {
      if ((error as { loc?: unknown }).loc !== undefined || error instanceof SyntaxError) throw toSourceError(error, "cannot parse");
      const where = error instanceof Error && error.stack ? error.stack.split("\n")[1]?.trim() : "";
      throw new SourceError(`internal error in transform ${module.meta.name}: ${(error as Error)?.message ?? error} ${where}; the file was left unchanged, please report it`);
    }
    if (typeof output === "string" && output !== current) current = output;
  }
  return current;
}

/**
 * Transform one source text. Throws SourceError when the input does not parse, a transform fails,
 * or the output does not verify (does not parse, or a second pass would change it again).
 */
export function transformSource(source: string, options: TransformSourceOptions): TransformSourceResult {
  const modules = resolveTransforms(options.transforms);
  const { code, envelope } = openEnvelope(source);
  const sites: Site[] = [];
  const output = runTransforms(code, options.filename, modules, sites);
  if (output === code) return { code: source, changed: false, sites };

  try {
    parseFile(options.filename, output);
  } catch (error) {
    throw toSourceError(error, "the converted code does not parse, so the file was left unchanged (please report it)");
  }
  const secondPass = runTransforms(output, options.filename, modules, null);
  if (secondPass !== output) {
    throw new SourceError("a second pass would change the converted code again, so the file was left unchanged (please report it)");
  }
  const text = closeEnvelope(output, envelope);
  return { code: text, changed: text !== source, sites };
}
