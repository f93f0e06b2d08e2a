// Unified diffs in the shape `git apply` takes: a `diff --git` header, a/ and b/ paths, 3 lines of context.
import { FILE_HEADERS_ONLY, formatPatch, structuredPatch } from "diff";

export function unifiedPatch(displayPath: string, before: string, after: string): string {
  const path = displayPath.split("\\").join("/");
  const patch = structuredPatch(`a/${path}`, `b/${path}`, before, after, undefined, undefined, { context: 3 });
  return `diff --git a/${path} b/${path}\n${formatPatch(patch, FILE_HEADERS_ONLY)}`;
}
