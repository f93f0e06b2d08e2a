// The transforms unpyramid knows, in the order `run` applies them by default.
import type { TransformModule } from "./transform-meta";
import * as asyncLib from "../transforms/async-lib";
import * as callbacksToAsync from "../transforms/callbacks-to-async";
import * as callbacksToThen from "../transforms/callbacks-to-then";
import * as promiseWrappers from "../transforms/promise-wrappers";
import * as thenToAsync from "../transforms/then-to-async";

export type { TransformMeta, TransformModule } from "./transform-meta";

const modules: TransformModule[] = [promiseWrappers, asyncLib, callbacksToAsync, callbacksToThen, thenToAsync];

export const registry: readonly TransformModule[] = [...modules].sort((a, b) => a.meta.order - b.meta.order);

export const transformNames: readonly string[] = registry.map((module) => module.meta.name);

export class UnknownTransformError extends Error {
  constructor(readonly transformName: string) {
    super(
      `unknown transform "${transformName}"; known transforms: ${transformNames.join(", ")} (see \`unpyramid list\`)`,
    );
    this.name = "UnknownTransformError";
  }
}

/** Resolve names to modules, in the order given; no names means all but the opt-in ones, in the default order. */
export function resolveTransforms(names?: readonly string[]): TransformModule[] {
  if (!names || names.length === 0) return registry.filter((module) => !module.meta.optIn);
  return names.map((name) => {
    const module = registry.find((candidate) => candidate.meta.name === name);
    if (!module) throw new UnknownTransformError(name);
    return module;
  });
}
