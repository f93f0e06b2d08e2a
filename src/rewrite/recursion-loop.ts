// A loop written as recursion (see analysis/recursion-loop) -> its step's body in a `while (true)` where the
// first call was, the parameters declared before it with the first call's arguments, and the next call
// becoming their assignment at the end of each turn.
import type { JSCodeshift } from "jscodeshift";
import type { RecursionLoop } from "../analysis/recursion-loop";
import { freeName } from "./module-scope";

/** `taken`: every name of the file (temporaries get free ones). */
export function loopFromRecursion(j: JSCodeshift, body: any[], loop: RecursionLoop, taken: Set<string>): void {
  const { step, declaration, start, initial, next } = loop;
  const names: string[] = step.params.map((param: any) => param.name);
  // `let i: number = 0`: a parameter's type goes with it.
  const declared = (param: any) =>
    Object.assign(j.identifier(param.name), param.typeAnnotation ? { typeAnnotation: param.typeAnnotation } : {});
  const valueAt = (args: any[], i: number) => args[i] ?? j.identifier("undefined");
  const statements: any[] = [];
  if (names.length)
    statements.push(
      j.variableDeclaration(
        "let",
        step.params.map((param: any, i: number) => j.variableDeclarator(declared(param), initial[i] ?? null)),
      ),
    );
  const turn = step.body.body.slice(0, -1);
  // Fresh on each turn, as each call's were (analysis/recursion-loop checked they can be).
  for (const statement of turn)
    if (statement.type === "VariableDeclaration" && statement.kind === "var") statement.kind = "let";
  // All the next call's arguments are computed before any parameter changes, as for a call: through
  // `const` temporaries when more than one changes (a statement never starts with `[` or `(`, which a
  // file without semicolons would join to the line before).
  const changed = names
    .map((name, i) => ({ name, value: valueAt(next, i) }))
    .filter(({ name, value }) => !(value.type === "Identifier" && value.name === name));
  if (changed.length === 1)
    turn.push(j.expressionStatement(j.assignmentExpression("=", j.identifier(changed[0].name), changed[0].value)));
  if (changed.length > 1) {
    const temporaries = changed.map(({ name }) => freeName(`next${name[0].toUpperCase()}${name.slice(1)}`, taken));
    turn.push(
      j.variableDeclaration(
        "const",
        changed.map(({ value }, i) => j.variableDeclarator(j.identifier(temporaries[i]), value)),
      ),
    );
    changed.forEach(({ name }, i) =>
      turn.push(j.expressionStatement(j.assignmentExpression("=", j.identifier(name), j.identifier(temporaries[i])))),
    );
  }
  const forever = j.whileStatement(j.booleanLiteral(true), j.blockStatement(turn));
  statements.push(forever);
  // Moved as text only: recast would look their old positions up in the new statement's lines.
  const moved = [...(declaration?.comments ?? []), ...(start.comments ?? [])].filter(
    (comment: any) => comment.leading !== false,
  );
  statements[0].comments = moved.map(({ type, value }: any) => ({ type, value, leading: true, trailing: false }));
  body.splice(body.indexOf(start), 1, ...statements);
  if (declaration) body.splice(body.indexOf(declaration), 1);
}
