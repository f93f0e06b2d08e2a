// The transforms unpyramid knows, in the order `run` applies them by default.
import type { Transform } from "jscodeshift";
import * as callbacksToAsync from "../transforms/callbacks-to-async";
import * as thenToAsync from "../transforms/then-to-async";

export interface TransformMeta {
  /** The name used with `-t`. */
  name: string;
  /** One line for `unpyramid list`. */
  description: string;
  /** Position in the default order (lower runs first). */
  order: number;
  /**
   * A cheap text test: false means the file cannot contain a site, so it is not parsed at all.
   * It must never say false for a file that has one.
   */
  mayApply(source: string): boolean;
}

export interface TransformModule {
  default: Transform;
  meta: TransformMeta;
}

const modules: TransformModule[] = [callbacksToAsync as unknown as TransformModule, thenToAsync as unknown as TransformModule];

export const registry: readonly TransformModule[] = [...modules].sort((a, b) => a.meta.order - b.meta.order);

export const transformNames: readonly string[] = registry.map((module) => module.meta.name);

export class UnknownTransformError extends Error {
  constructor(readonly transformName: string) {
    super(`unknown transform "${transformName}"; known transforms: ${transformNames.join(", ")} (see \`unpyramid list\`)`);
    this.name = "UnknownTransformError";
  }
}

/** Resolve names to modules, in the order given; no names means all, in the default order. */
export function resolveTransforms(names?: readonly string[]): TransformModule[] {
  if (!names || names.length === 0) return [...registry];
  return names.map((name) => {
    const module = registry.find((candidate) => candidate.meta.name === name);
    if (!module) throw new UnknownTransformError(name);
    return module;
  });
}
