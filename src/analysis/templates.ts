// Template literals that span lines: recast re-indents the lines of code it moves to another depth, and
// the continuation lines of such a literal are its text, so moving one would change the string.
import { walk } from "./walk";

/** `node` holds a template literal, a string continued with `\` at a line's end, or JSX text, that spans more than one line. */
export function hasMultilineText(node: any): boolean {
  let found = false;
  walk(node, (current) => {
    if (found) return false;
    if (
      (current.type === "TemplateLiteral" || current.type === "JSXText" || current.type === "StringLiteral") &&
      current.loc &&
      current.loc.start.line !== current.loc.end.line
    )
      found = true;
  });
  return found;
}

export interface MultilineText {
  /** The text as written between its delimiters (a template element's raw text, a string's raw source), U+2028/U+2029 read as `\n`. */
  raw: string;
  line: number;
  column: number;
}

/**
 * Every piece of literal text that spans lines: template literal parts, and strings continued with a
 * `\` at a line's end. Their continuation lines are part of the value, so no printer may re-indent them.
 */
export function multilineTexts(node: any): MultilineText[] {
  const found: MultilineText[] = [];
  walk(node, (current, parent) => {
    const written =
      current.type === "TemplateElement"
        ? current.value?.raw
        : current.type === "StringLiteral" || current.type === "DirectiveLiteral"
          ? current.extra?.raw
          : undefined;
    // recast prints a U+2028/U+2029 as a line break (the runner puts it back): both count as one.
    const raw = typeof written === "string" ? written.replace(/[\u2028\u2029]/g, "\n") : undefined;
    if (raw === undefined || !/[\r\n]/.test(raw)) return;
    // A template's place is its opening backtick.
    const loc = current.type === "TemplateElement" ? parent?.loc : current.loc;
    found.push({ raw, line: loc?.start.line ?? 0, column: loc?.start.column ?? 0 });
  });
  return found;
}
