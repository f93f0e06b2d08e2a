// New code follows the file's own style: quotes, indentation unit, tabs vs spaces.
import type { Collection } from "jscodeshift";
import type { Options } from "recast";
// eslint-disable-next-line @typescript-eslint/no-require-imports -- recast's FastPath is internal, with no types and no ES export
const FastPath = require("recast/lib/fast-path").default;
import { multilineTexts, type MultilineText } from "../analysis/templates";
import { walk } from "../analysis/walk";
import { parseFile, plainAst } from "../parse/parser";

export function printOptionsFor(source: string): Options {
  // Indents of code lines; a block comment's continuation lines (` * text`, ` */`) say nothing.
  const indents = source.match(/^[ \t]+(?=[^\s*])/gm) ?? [];
  const tabbed = indents.filter((indent) => indent.startsWith("\t")).length;
  const useTabs = tabbed > indents.length / 2;
  // The smallest common space indent is the unit (2 or 4 in practice).
  let tabWidth = 4;
  const widths = indents.filter((indent) => !indent.includes("\t")).map((indent) => indent.length);
  if (widths.length) {
    const counts = new Map<number, number>();
    // The largest usual unit that every indent is a multiple of: 4 before 2 (a 4-space file passes both).
    for (const width of widths)
      for (const unit of [4, 2, 3]) if (width % unit === 0) counts.set(unit, (counts.get(unit) ?? 0) + 1);
    tabWidth = [4, 2, 3].find((unit) => (counts.get(unit) ?? 0) === widths.length) ?? 2;
  }
  const singles = (source.match(/(^|[=(,:\s])'/g) ?? []).length;
  const doubles = (source.match(/(^|[=(,:\s])"/g) ?? []).length;
  // arrowParensAlways: an arrow recast prints anew keeps `(x) =>` rather than turning it into `x =>`.
  return {
    quote: singles > doubles ? "single" : "double",
    tabWidth,
    useTabs,
    lineTerminator: "\n",
    wrapColumn: 120,
    arrowParensAlways: true,
  };
}

/**
 * Print a changed file. recast reprints each directive of a changed Program as its own text (which
 * ends in `;`) followed by another `;`, and drops the blank line after the last one: the extra `;` is
 * removed and the blank line put back here.
 */
export function printFile(root: Collection<any>, source: string, filename = "file.js"): string {
  const options = printOptionsFor(source);
  let output = root.toSource(options);
  if (options.useTabs) output = tabsOnNewLines(output, source, filename, options.tabWidth ?? 4);
  const directives: { start?: number; end?: number }[] = root.get().node.program?.directives ?? [];
  for (const { start, end } of directives) {
    if (start === undefined || end === undefined) continue;
    // `'use strict';` printed `'use strict';;`, and `'use strict'` (no semicolon) `'use strict';`.
    const text = source.slice(start, end);
    output = output.replace(`${text};`, text);
  }
  output = semicolonsAsInSource(output, source, filename);
  const last = directives[directives.length - 1];
  if (last?.start !== undefined && last.end !== undefined && /^;?[ \t]*\r?\n[ \t]*\r?\n/.test(source.slice(last.end))) {
    const text = source.slice(last.start, last.end);
    const at = output.indexOf(`${text}\n`);
    if (at !== -1 && output[at + text.length + 1] !== "\n")
      output = `${output.slice(0, at + text.length + 1)}\n${output.slice(at + text.length + 1)}`;
  }
  const changedText = reindentedText(output, source, filename);
  if (changedText) throw new ReindentedTextError(changedText.line, changedText.column);
  return output;
}

/**
 * The printer changed the text of a literal that spans lines: the file must be left as it is. recast
 * re-indents every line of a statement it puts at another indentation than the line it began on (a
 * statement of a one-line block that now gets lines of its own, code moved into a new block), and the
 * continuation lines of a template literal are part of its value.
 */
export class ReindentedTextError extends Error {
  constructor(
    /** Where the literal is in the text the transform read. */
    readonly line: number,
    readonly column: number,
  ) {
    super(
      `the printer would re-indent the text of the multi-line template literal or string at ${line}:${column + 1}, which changes its value`,
    );
    this.name = "ReindentedTextError";
  }
}

/**
 * A multi-line literal of `output` whose text is not one of `source`'s (as many times as there): the
 * first of `source`'s that went missing, where the printer changed one. Null when every one is kept.
 * Transforms add no multi-line literals and may drop some (a wrapper's callback), so this can only
 * find text the printer changed.
 */
function reindentedText(output: string, source: string, filename: string): MultilineText | null {
  if (!/[`\u2028\u2029]|\\[\r\n]/.test(source)) return null;
  let before: MultilineText[];
  let after: MultilineText[];
  try {
    before = multilineTexts(plainAst(filename, source).program);
    // Memoised: the runner's check that the output parses, and its second pass, read this same parse.
    after = multilineTexts(plainAst(filename, output).program);
  } catch {
    return null; // output that does not parse is the runner's to report
  }
  const unmatched = new Map<string, number>();
  for (const { raw } of before) unmatched.set(raw, (unmatched.get(raw) ?? 0) + 1);
  let changed = false;
  for (const { raw } of after) {
    const left = unmatched.get(raw) ?? 0;
    if (left === 0) changed = true;
    else unmatched.set(raw, left - 1);
  }
  if (!changed) return null;
  // Where: the literals keep their order, so the first of the output's that is not next in the source's
  // (after those a transform dropped) stands where the source's next one stood.
  let next = 0;
  for (const { raw } of after) {
    const at = before.findIndex((text, index) => index >= next && text.raw === raw);
    if (at === -1) break;
    next = at + 1;
  }
  return before[Math.min(next, before.length - 1)] ?? { raw: "", line: 1, column: 0 };
}

/** Statements that end in a `;` the file may leave out (ASI). */
const SEMICOLON_STATEMENTS = new Set([
  "ExpressionStatement",
  "VariableDeclaration",
  "ReturnStatement",
  "ThrowStatement",
  "BreakStatement",
  "ContinueStatement",
  "ImportDeclaration",
  "ExportNamedDeclaration",
  "ExportDefaultDeclaration",
  "ExportAllDeclaration",
  "DoWhileStatement",
  "DebuggerStatement",
]);

/** The statement nodes of `ast` that could end in a semicolon, with whether they do. */
function semicolonStatements(ast: any, text: string): { end: number; has: boolean }[] {
  const found: { end: number; has: boolean }[] = [];
  walk(ast.program, (node) => {
    if (!SEMICOLON_STATEMENTS.has(node.type) || node.end === undefined) return;
    // An export of a declaration (`export function f() {}`) ends with the declaration, not a semicolon.
    if (
      (node.type === "ExportNamedDeclaration" || node.type === "ExportDefaultDeclaration") &&
      node.declaration &&
      !/Expression$|VariableDeclaration/.test(node.declaration.type)
    )
      return;
    found.push({ end: node.end, has: text[node.end - 1] === ";" });
  });
  return found;
}

/**
 * recast ends every statement it prints with a semicolon. In a file written without them (standard
 * style), a new line's `;` goes, unless the next line starts with a character that would join the two
 * statements (ASI: ( [ \` + - /).
 */
function semicolonsAsInSource(output: string, source: string, filename: string): string {
  let sourceAst: any;
  let outputAst: any;
  try {
    // The transform read this same text a moment ago: the memoised plain parse serves (a `#!` line parses).
    sourceAst = plainAst(filename, source);
  } catch {
    return output;
  }
  const inSource = semicolonStatements(sourceAst, source);
  if (inSource.length < 2 || inSource.some((statement) => statement.has)) return output;
  try {
    outputAst = parseFile(filename, output.replace(/^#!/, "//"));
  } catch {
    return output;
  }
  const original = new Set(source.split(/\r?\n/));
  const lineOf = (offset: number) =>
    output.slice(
      output.lastIndexOf("\n", offset - 1) + 1,
      output.indexOf("\n", offset) === -1 ? undefined : output.indexOf("\n", offset),
    );
  const cut = semicolonStatements(outputAst, output)
    .filter(({ end, has }) => has && !original.has(lineOf(end - 1)))
    .filter(({ end }) => /^\s*(?:$|[^([`+\-/\s])/.test(output.slice(end)))
    .filter(({ end }) => /^[ \t]*(?:\r?\n|$)/.test(output.slice(end)))
    .map(({ end }) => end - 1)
    .sort((a, b) => b - a);
  let result = output;
  for (const at of cut) result = result.slice(0, at) + result.slice(at + 1);
  try {
    parseFile(filename, result.replace(/^#!/, "//"));
  } catch {
    return output;
  }
  return result;
}

/**
 * recast indents some new or moved lines with spaces even when told to use tabs (the first statement put
 * in place of another, a statement moved into a new block). In a tab-indented file, a line that is new
 * (not a line of the source) gets its leading whitespace as tabs, except inside a template literal or a
 * comment, whose text must stay as it is.
 */
function tabsOnNewLines(output: string, source: string, filename: string, tabWidth: number): string {
  let ast: any;
  try {
    ast = parseFile(filename, output);
  } catch {
    return output;
  }
  const kept: [number, number][] = (ast.comments ?? []).map((comment: any) => [comment.start, comment.end]);
  walk(ast.program, (node) => void (node.type === "TemplateLiteral" && kept.push([node.start, node.end])));
  const inKept = (offset: number) => kept.some(([start, end]) => offset > start && offset < end);
  const original = new Set(source.split(/\r?\n/));
  let offset = 0;
  const lines = output.split("\n").map((line) => {
    const start = offset;
    offset += line.length + 1;
    const indent = /^[ \t]*/.exec(line)![0];
    if (!indent.includes(" ") || indent.length === line.length || original.has(line) || inKept(start)) return line;
    let columns = 0;
    for (const char of indent) columns = char === "\t" ? columns + tabWidth - (columns % tabWidth) : columns + 1;
    return "\t".repeat(Math.floor(columns / tabWidth)) + " ".repeat(columns % tabWidth) + line.slice(indent.length);
  });
  return lines.join("\n");
}

/**
 * recast's rule for parentheses wants some that JavaScript never needs, and a file that changes gets
 * every statement holding such an expression reprinted with them (`[...a ? b : c]` -> `[...(a ? b : c)]`),
 * lines nobody asked to change. Where the grammar is certain they are not needed, say so: a spread's
 * argument (an AssignmentExpression in the grammar), a thrown sequence, and `await` as the operand of a
 * unary operator or of a binary or logical one other than `**` (it binds tighter than all of them). Parentheses the source
 * had are kept either way.
 */
const needsParens = FastPath.prototype.needsParens;
if (!needsParens.relaxed) {
  FastPath.prototype.needsParens = function relaxedNeedsParens(this: any, assumeExpressionContext?: boolean): boolean {
    const node = this.getNode();
    const parent = this.getParentNode();
    const name = this.getName();
    if (node && parent && this.getValue() === node && !node.extra?.parenthesized) {
      const spread = (parent.type === "SpreadElement" || parent.type === "SpreadProperty") && name === "argument";
      if (
        spread &&
        !(node.type === "AssignmentExpression" && node.left.type === "ObjectPattern") &&
        [
          "ConditionalExpression",
          "AssignmentExpression",
          "YieldExpression",
          "AwaitExpression",
          "BinaryExpression",
          "LogicalExpression",
        ].includes(node.type)
      )
        return false;
      if (node.type === "SequenceExpression" && parent.type === "ThrowStatement") return false;
      if (
        node.type === "AwaitExpression" &&
        (parent.type === "BinaryExpression" || parent.type === "LogicalExpression") &&
        parent.operator !== "**"
      )
        return false;
      if (node.type === "AwaitExpression" && parent.type === "UnaryExpression") return false;
    }
    return needsParens.call(this, assumeExpressionContext);
  };
  FastPath.prototype.needsParens.relaxed = true;
}
