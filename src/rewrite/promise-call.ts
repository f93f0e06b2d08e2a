// Builders for the promise form of a callback call: the core module's twin, or util.promisify.
import type { ASTPath, JSCodeshift } from "jscodeshift";
import { corePromiseRoute, type CoreTarget } from "../analysis/core-api";
import type { CallbackApi } from "../knowledge/node-core";
import { utilPromisify, type ModuleContext } from "./module-scope";

/** `a.b.c` (or `this.b.c`) as nodes. */
export function memberFrom(j: JSCodeshift, text: string): any {
  const [first, ...rest] = text.split(".");
  return rest.reduce(
    (object: any, name) => j.memberExpression(object, j.identifier(name)),
    first === "this" ? j.thisExpression() : j.identifier(first),
  );
}

/** `fs.promises.readFile(args)`: the twin reached through the module's local name. */
export function twinCall(j: JSCodeshift, namespace: string, api: CallbackApi, args: any[]): any {
  if (api.promise.kind !== "twin") throw new Error(`${api.module}.${api.name} has no promise twin`);
  return j.callExpression(memberFrom(j, `${namespace}.${api.promise.promisesProperty}.${api.name}`), args);
}

/**
 * `promisify(api)(args)`, or `promisify(db.query).call(db, args)` for a method (it keeps its object as
 * `this`). `callee` is the function as written; the file gets a promisify binding if it has none.
 */
export function promisifiedCall(
  j: JSCodeshift,
  context: ModuleContext,
  callee: any,
  receiver: string | null,
  args: any[],
): any {
  const promisified = j.callExpression(memberFrom(j, utilPromisify(j, context)), [callee]);
  if (receiver)
    return j.callExpression(j.memberExpression(promisified, j.identifier("call")), [memberFrom(j, receiver), ...args]);
  return j.callExpression(promisified, args);
}

/** The promise call of an error-first core API at `path` (see corePromiseRoute): its twin, or promisify. */
export function corePromiseCall(
  j: JSCodeshift,
  context: ModuleContext,
  target: CoreTarget,
  args: any[],
  path: ASTPath<any>,
): any {
  return corePromiseRoute(target, args, path) === "twin"
    ? twinCall(j, target.namespace!, target.api, args)
    : promisifiedCall(j, context, memberFrom(j, target.local), null, args);
}
