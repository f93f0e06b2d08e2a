// New statements written as code text in the file's own style and parsed, rather than built node by
// node: recast then keeps their layout (one-line `{ a, b }` patterns, no blank lines around a `try`).
// Holes (`__HOLE_name__` identifiers) are filled with existing nodes, which keep their own formatting.
import type { JSCodeshift } from "jscodeshift";
import { findPaths } from "../analysis/walk";

export const hole = (name: string): string => `__HOLE_${name}__`;

function isHoleStatement(node: any, name: string): boolean {
  return (
    node.type === "ExpressionStatement" && node.expression.type === "Identifier" && node.expression.name === hole(name)
  );
}

/**
 * Parse `code` (module-level statements) and fill its holes: an expression hole with the node given,
 * a hole standing alone as a statement with the statements given (an array).
 */
export function statementsFrom(j: JSCodeshift, code: string, fills: Record<string, any> = {}): any[] {
  // recast spaces statements by the lines around them in their own source: a line break on each side
  // gives one line break next to the file's statements and next to other snippets.
  const program = j(`\n${code}\n`).get().node.program;
  const root = j(program);
  for (const [name, fill] of Object.entries(fills)) {
    if (Array.isArray(fill)) {
      findPaths(j, root, "BlockStatement").forEach((block: any) => {
        const body = block.node.body;
        const at = body.findIndex((statement: any) => isHoleStatement(statement, name));
        if (at !== -1) body.splice(at, 1, ...fill);
      });
    } else {
      findPaths(j, root, "Identifier", (node) => node.name === hole(name)).replaceWith(() => fill);
    }
  }
  return program.body;
}

/** One indentation step in the file's style. */
export function indentUnit(options: { useTabs?: boolean; tabWidth?: number }): string {
  return options.useTabs ? "\t" : " ".repeat(options.tabWidth ?? 2);
}
