// callbacks-to-async: error-first callbacks -> `await` of a promise form, pyramids flattened. The
// pipeline itself (finding the sites, judging them, the rewrite) is src/convert/callbacks.ts, which
// callbacks-to-then and async-lib run too.
import type { API, FileInfo, Options } from "jscodeshift";
import { convertWithRefusals, mayHoldCallbackSite } from "../src/convert/callbacks";
import { autoParser } from "../src/parse/parser";
import type { TransformMeta } from "../src/transform-meta";

export const meta: TransformMeta = {
  name: "callbacks-to-async",
  description:
    "error-first callbacks (Node core APIs, functions of the file, third-party functions) -> await of their promise form, flattening nested calls",
  order: 10,
  mayApply: mayHoldCallbackSite,
};

export const parser = autoParser;

export default function transform(file: FileInfo, api: API, _options?: Options): string {
  return convertWithRefusals(file, api, (refused) => ({ transform: meta.name, loops: true, refused }));
}
