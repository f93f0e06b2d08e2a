// Template literals that span lines: recast re-indents the lines of code it moves to another depth, and
// the continuation lines of such a literal are its text, so moving one would change the string.
/* eslint-disable @typescript-eslint/no-explicit-any */
import { walk } from "./walk";

/** `node` holds a template literal (or JSX text) whose text spans more than one line. */
export function hasMultilineText(node: any): boolean {
  let found = false;
  walk(node, (current) => {
    if (found) return false;
    if ((current.type === "TemplateLiteral" || current.type === "JSXText") && current.loc && current.loc.start.line !== current.loc.end.line) found = true;
  });
  return found;
}
