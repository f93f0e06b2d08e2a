#!/usr/bin/env node
// The `any` types of the TypeScript sources, tests and declarations, counted on their syntax trees
// (each `any` keyword in a type). Syntax tree nodes pass as `any` where they are not typed yet; the
// count may only go down: it fails above the ceiling in .ci/any-ceiling, and says so when the ceiling
// can be lowered (lower it in the same commit).
import { parse } from "@babel/parser";
import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const DIRS = ["src", "transforms", "test", "bench"];

function files(dir) {
  return readdirSync(path.join(ROOT, dir), { recursive: true, encoding: "utf8" })
    .filter((file) => /\.(ts|mts|cts)$/.test(file) && !file.split(path.sep).includes("programs"))
    .map((file) => path.join(dir, file));
}

function countAny(node) {
  if (!node || typeof node.type !== "string") return 0;
  let count = node.type === "TSAnyKeyword" ? 1 : 0;
  for (const [key, value] of Object.entries(node)) {
    if (key === "loc" || key.endsWith("Comments")) continue;
    if (Array.isArray(value)) for (const item of value) count += countAny(item);
    else if (value && typeof value === "object") count += countAny(value);
  }
  return count;
}

const counts = DIRS.flatMap(files).map((file) => {
  const source = readFileSync(path.join(ROOT, file), "utf8");
  const ast = parse(source, {
    sourceType: "module",
    plugins: [["typescript", { dts: file.endsWith(".d.mts") || file.endsWith(".d.ts") }]],
  });
  return [file, countAny(ast.program)];
});
const total = counts.reduce((sum, [, count]) => sum + count, 0);
const ceiling = Number(readFileSync(path.join(ROOT, ".ci/any-ceiling"), "utf8").trim());
const worst = counts
  .filter(([, count]) => count > 0)
  .sort((a, b) => b[1] - a[1])
  .slice(0, 5);
process.stdout.write(
  `any types: ${total} (ceiling ${ceiling}); most in ${worst.map(([file, count]) => `${file} ${count}`).join(", ")}\n`,
);
if (total > ceiling) {
  process.stderr.write(
    `any types: ${total} is above the ceiling of ${ceiling}: type the new code (@babel/types' nodes and guards) instead of adding any.\n`,
  );
  process.exit(1);
}
if (total < ceiling)
  process.stdout.write(`any types: ${ceiling - total} fewer than the ceiling; lower .ci/any-ceiling to ${total}.\n`);
