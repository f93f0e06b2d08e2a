// `api(args, cb)` with `cb` handed on as it is becomes `api(args, function (err, data) { if (err)
// return cb(err); cb(null, data); })`: a callback literal that calls `cb` as the API would (the error
// alone on failure, `null` and the values on success), so the call converts as any with a literal does.
import type * as t from "@babel/types";
import type { API, ASTPath } from "jscodeshift";
import { freeName } from "./module-scope";

/**
 * Hand the call's last argument, a name, a literal that forwards to it; `results` name the values the
 * API passes after a null error. The literal's parameters avoid only the handed name: the conversion
 * renames what its variables would shadow, as for any literal. Returns the way back, for when the
 * conversion does not go through after all.
 */
export function forwardHandedCallback(
  j: API["jscodeshift"],
  call: ASTPath<t.CallExpression>,
  results: readonly string[],
): { undo: () => void } {
  const index = call.node.arguments.length - 1;
  const handed = call.node.arguments[index] as t.Identifier;
  const names = new Set([handed.name]);
  const error = freeName("err", names);
  const values = results.map((result) => freeName(result, names));
  const forward = (args: Parameters<typeof j.callExpression>[1]) => j.callExpression(j.identifier(handed.name), args);
  const literal = j.functionExpression(
    null,
    [error, ...values].map((name) => j.identifier(name)),
    j.blockStatement([
      j.ifStatement(j.identifier(error), j.returnStatement(forward([j.identifier(error)]))),
      j.expressionStatement(forward([j.nullLiteral(), ...values.map((name) => j.identifier(name))])),
    ]),
  );
  call.get("arguments", index).replace(literal);
  return { undo: () => call.get("arguments", index).replace(handed) };
}
