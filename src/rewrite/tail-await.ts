// Builders for turning `api(args, (err, value) => { <check>; ...rest })` at the end of a function into
// `const value = await promiseCall;` (or a try/catch around exactly that await when the callback
// handled the error) followed by `rest`.
import type { JSCodeshift } from "jscodeshift";
import type { ErrorHandling } from "../analysis/error-first";
import { countReferences } from "../analysis/error-first";
import { assignedNames } from "../analysis/patterns";
import { hole, statementsFrom } from "./snippet";

/** A callback value parameter and, when the promise yields an object, the key it comes from. */
export interface ResultBinding {
  name: string;
  key: string | null;
  /** The parameter's type annotation as written (`: Buffer | string`), kept on the new declaration. */
  type?: string;
}

export interface TailAwaitPlan {
  /** The expression that produces the promise. */
  promiseCall: any;
  /** The callback's value parameters, in order. */
  results: ResultBinding[];
  errorName: string;
  handling: Exclude<ErrorHandling, { kind: "unrecognized" }>;
  /** The callback body after the error check. */
  rest: any[];
  /** Catch parameters get `: any` (TypeScript files). */
  typedCatch: boolean;
  /** One indentation step in the file's style. */
  indent: string;
}

/** The text a value is bound to: a name, or `{ key: name, ... }`. */
function bindingText(used: ResultBinding[]): string {
  if (used.length === 1 && used[0].key === null) return `${used[0].name}${used[0].type ?? ""}`;
  return `{ ${used.map(({ name, key }) => (key === null || key === name ? name : `${key}: ${name}`)).join(", ")} }`;
}

/**
 * The declaration of a value the code after the try reads whether or not the await succeeded (the
 * callback read it on error too, as undefined). TypeScript would type it `T | undefined` (or an implicit
 * any) and reject the reads the callback's typed parameter allowed: a declared type is asserted
 * assigned (`st!: fs.Stats`), and an inferred one is `any`, as a caught error is.
 */
function readAfterTry({ name, type }: ResultBinding, typescript: boolean): string {
  if (!typescript) return `${name}${type ?? ""}`;
  return type ? `${name}!${type}` : `${name}: any`;
}

/** The statements that replace the call statement. */
export function buildTailAwait(j: JSCodeshift, plan: TailAwaitPlan): any[] {
  const { handling, rest, indent } = plan;
  // A value read in the error handler too: it was undefined there, and must still be declared.
  const handlerBody = handling.kind === "handled-exit" ? handling.handler : [];
  const used = plan.results.filter(
    ({ name }) => countReferences({ type: "Program", body: [...rest, ...handlerBody] }, name) > 0,
  );
  const fills = { promise: plan.promiseCall, handler: handling.kind === "handled-exit" ? handling.handler : [] };
  const awaited = `await ${hole("promise")}`;

  if (handling.kind === "rethrow") {
    if (used.length === 0) return [...statementsFrom(j, `${awaited};`, fills), ...rest];
    const assigned = assignedNames(rest);
    const kind = used.some(({ name }) => assigned.has(name)) ? "let" : "const";
    return [...statementsFrom(j, `${kind} ${bindingText(used)} = ${awaited};`, fills), ...rest];
  }

  if (handling.kind === "captured") {
    // `let err = null, data; try { data = await p; } catch (caught) { err = caught; }` then the whole body.
    const err = plan.errorName;
    const caught = err === "caught" ? "caught2" : "caught";
    const errDeclaration = `${err}${plan.typedCatch ? ": any" : ""}${handling.successError === "null" ? " = null" : ""}`;
    const declared = [errDeclaration, ...used.map((binding) => readAfterTry(binding, plan.typedCatch))];
    const target = used.length ? bindingText(used.map(({ type: _type, ...binding }) => binding)) : null;
    const attempt = !target
      ? `${awaited};`
      : target.startsWith("{")
        ? `(${target} = ${awaited});`
        : `${target} = ${awaited};`;
    const code = `let ${declared.join(", ")};\ntry {\n${indent}${attempt}\n} catch (${caught}) {\n${indent}${err} = ${caught};\n}`;
    return [...statementsFrom(j, code, fills), ...rest];
  }

  let code = "";
  let attempt = `${awaited};`;
  if (used.length) {
    // Read after the try whatever happened (an ignored error, a handler that goes on), or only where it succeeded.
    const readAfter = handling.kind === "ignored" || (handling.kind === "handled-exit" && handling.fallsThrough);
    code += `let ${used.map((binding) => (readAfter ? readAfterTry(binding, plan.typedCatch) : `${binding.name}${binding.type ?? ""}`)).join(", ")};\n`;
    const target = bindingText(used.map(({ type: _type, ...binding }) => binding));
    attempt = target.startsWith("{") ? `(${target} = ${awaited});` : `${target} = ${awaited};`;
  }
  const clause =
    handling.kind === "handled-exit"
      ? `catch (${plan.errorName}${plan.typedCatch ? ": any" : ""}) {\n${indent}${hole("handler")};\n}`
      : "catch {}";
  code += `try {\n${indent}${attempt}\n} ${clause}`;
  return [...statementsFrom(j, code, fills), ...rest];
}
