// callbacks-to-then writes promise chains and nothing else: no `await`, no function made async, and on
// the seed pyramids no error-first callback literal left (issue 5's "done when").
import { copyFileSync, readFileSync } from "node:fs";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { isErrorFirstCallbackLiteral } from "../src/analysis/error-first";
import { walk } from "../src/analysis/walk";
import { parseFile } from "../src/parse/parser";
import { transformSource } from "../src/runner/transform-source";
import { cleanupTempDirs, runCli, tempDir } from "./helpers/cli";
import { FIXTURE_ROOT, loadFixtures } from "./helpers/fixtures";

function facts(filename: string, code: string): { awaits: number; asyncFunctions: number; errorFirstLiterals: number } {
  const counts = { awaits: 0, asyncFunctions: 0, errorFirstLiterals: 0 };
  walk(parseFile(filename, code), (node: any) => {
    if (node.type === "AwaitExpression") counts.awaits++;
    if (/Function|Method/.test(node.type) && node.async) counts.asyncFunctions++;
    if (isErrorFirstCallbackLiteral(node)) counts.errorFirstLiterals++;
  });
  return counts;
}

afterAll(cleanupTempDirs);

describe("callbacks-to-then output", () => {
  const fixtures = loadFixtures().filter((fixture) => fixture.transform === "callbacks-to-then" && fixture.hasOutput);

  it("has fixtures that convert", () => {
    expect(fixtures.length).toBeGreaterThanOrEqual(30);
  });

  for (const fixture of fixtures) {
    it(`${fixture.name}${fixture.ext}: no await, no function made async`, () => {
      const before = facts(fixture.inputPath, fixture.input);
      const after = facts(fixture.inputPath, fixture.expected);
      expect(after.awaits).toBe(0);
      expect(after.asyncFunctions).toBeLessThanOrEqual(before.asyncFunctions);
    });
  }

  it("reports the same refusals as callbacks-to-async, with the same reason codes, where both refuse", () => {
    const refusals = (transform: string, file: string) =>
      transformSource(readFileSync(file, "utf8"), { filename: file, transforms: [transform] })
        .sites.filter((site) => site.outcome === "skipped")
        .map((site) => `${site.line}:${site.column} ${site.reason}`);
    // exported-function-keeps-callback is about async functions (which the `async` library calls without
    // a callback): callbacks-to-then writes none, so it converts those.
    const asyncOnly = (candidate: { expectedSkips: string[] }) =>
      candidate.expectedSkips.some(
        (reason) => reason === "exported-function-keeps-callback" || reason === "method-callers-not-visible",
      );
    for (const fixture of loadFixtures().filter(
      (candidate) => candidate.transform === "callbacks-to-async" && !candidate.hasOutput && !asyncOnly(candidate),
    )) {
      expect(refusals("callbacks-to-then", fixture.inputPath), fixture.name).toEqual(
        refusals("callbacks-to-async", fixture.inputPath),
      );
    }
  });
});

describe("unpyramid run -t callbacks-to-then on the seed pyramids", () => {
  const seeds = [
    "seed-exists-readfile-writefile-in-function.input.js",
    "seed-getdata-chain-error-first.input.js",
    "seed-getdata-value-callbacks.input.js",
    "seed-top-level-exists-readfile-writefile.input.js",
  ];

  it("leaves no error-first callback literal and no await", () => {
    const dir = tempDir("seeds");
    for (const seed of seeds)
      copyFileSync(path.join(FIXTURE_ROOT, "callbacks-to-then", seed), path.join(dir, seed.replace(".input", "")));
    const result = runCli(["run", "-t", "callbacks-to-then", "--write", "."], dir);
    expect(result.code, result.stderr).toBe(0);
    for (const seed of seeds) {
      const file = path.join(dir, seed.replace(".input", ""));
      const written = readFileSync(file, "utf8");
      expect(written, `${seed} was converted`).not.toBe(
        readFileSync(path.join(FIXTURE_ROOT, "callbacks-to-then", seed), "utf8"),
      );
      expect(facts(file, written), seed).toEqual({ awaits: 0, asyncFunctions: 0, errorFirstLiterals: 0 });
    }
  });
});
