// callbacks-to-then: error-first callbacks -> flat promise chains (`.then` / `.catch`), no async/await.
//
// The sites, the judging, the refusals and their reason codes are callbacks-to-async's, run as they
// are (see convertCallbacks); then each function that run made async is written as a plain function
// returning a promise chain (see rewrite/await-to-then). A function whose awaits cannot be written so
// makes its sites refused, with the reason, and the file is converted again without them. Recursion
// is not made into loops here (a loop around an await has no flat chain).
import type { API, ASTPath, FileInfo, Options } from "jscodeshift";
import { findPaths } from "../src/analysis/walk";
import { convertWithRefusals, mayHoldCallbackSite, type FileContext } from "../src/convert/callbacks";
import { lowerToChain } from "../src/rewrite/await-to-then";
import { namesInFile } from "../src/rewrite/module-scope";
import { autoParser } from "../src/parse/parser";
import type { TransformMeta } from "../src/transform-meta";

export const meta: TransformMeta = {
  name: "callbacks-to-then",
  description:
    "error-first callbacks -> flat .then/.catch promise chains (the sites of callbacks-to-async, without async/await)",
  order: 15,
  optIn: true,
  mayApply: mayHoldCallbackSite,
};

export const parser = autoParser;

/** The function returns a promise now, but is not `async`. */
const RISK_NAMES = { "exported-function-now-async": "exported-function-now-returns-promise" };

/** A `Promise` other than the global one is declared somewhere in the file. */
function declaresPromise(j: API["jscodeshift"], root: any): boolean {
  return findPaths(j, root, "Identifier", (node) => node.name === "Promise").some((path: ASTPath<any>) => {
    const parent = path.parentPath?.node;
    return (
      (parent?.type === "VariableDeclarator" && parent.id === path.node) ||
      parent?.type === "ImportSpecifier" ||
      parent?.type === "ImportDefaultSpecifier" ||
      ((parent?.type === "FunctionDeclaration" || parent?.type === "ClassDeclaration") && parent.id === path.node) ||
      (Array.isArray(parent?.params) && parent.params.includes(path.node))
    );
  });
}

/**
 * `void (async () => { ... })();` that now only returns a chain: `void chain;`, without a last
 * `.then(() => {})` (the value goes nowhere).
 */
function unwrapModuleLevelArrows(j: API["jscodeshift"], root: any, lowered: Set<any>): void {
  root
    .find(j.UnaryExpression, { operator: "void" })
    .filter((path: ASTPath<any>) => {
      const call = path.node.argument;
      return (
        path.parentPath.node.type === "ExpressionStatement" &&
        call.type === "CallExpression" &&
        call.arguments.length === 0 &&
        lowered.has(call.callee)
      );
    })
    .forEach((path: ASTPath<any>) => {
      const arrow = path.node.argument.callee;
      const [only] = arrow.body.body;
      if (arrow.body.body.length !== 1 || only.type !== "ReturnStatement") return;
      let chain = only.argument;
      const last = chain.arguments?.[0];
      const emptyThen =
        chain.callee?.property?.name === "then" &&
        chain.arguments.length === 1 &&
        last.params.length === 0 &&
        last.body.type === "BlockStatement" &&
        last.body.body.length === 0 &&
        !last.body.comments?.length;
      if (emptyThen) chain = chain.callee.object;
      path.node.argument = chain;
      if (only.comments?.length)
        path.parentPath.node.comments = [...(path.parentPath.node.comments ?? []), ...only.comments];
    });
}

export default function transform(file: FileInfo, api: API, _options?: Options): string {
  const lowered = new Set<any>();
  const finish = (j: API["jscodeshift"], root: any, ours: any[], context: FileContext) => {
    const failed = new Map<any, string>();
    const options = {
      typescript: context.typescript,
      promiseShadowed: declaresPromise(j, root),
      taken: namesInFile(j, root),
      indent: context.indent,
    };
    for (const fn of ours) {
      const reason = lowerToChain(j, fn, options);
      if (reason) failed.set(fn, reason);
      else lowered.add(fn);
    }
    if (failed.size === 0) unwrapModuleLevelArrows(j, root, lowered);
    return failed;
  };
  return convertWithRefusals(file, api, (refused) => {
    lowered.clear();
    return { transform: meta.name, loops: false, refused, finish, riskNames: RISK_NAMES };
  });
}
