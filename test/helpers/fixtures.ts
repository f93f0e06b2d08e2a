// Finding fixtures: __testfixtures__/<transform>/<case>.input.<ext> with an optional <case>.output.<ext>
// (no output file: the input must come back unchanged). The folder `default-order` runs every
// transform in the default order, as `unpyramid run` does. Pragmas in the input's comments:
//   unpyramid-fixture: runnable           the input and output are programs whose behaviour must match
//   unpyramid-fixture: skip <reason>      the run must report a site skipped with that reason code
//   unpyramid-fixture: risk <code>        the run must report a converted site carrying that risk
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";

export const FIXTURE_ROOT = path.resolve(__dirname, "../../__testfixtures__");

export interface Fixture {
  transform: string;
  /** What the fixture runs: its folder's transform, or all of them in the default order (undefined). */
  transforms: string[] | undefined;
  name: string;
  ext: string;
  inputPath: string;
  outputPath: string;
  input: string;
  /** The expected output: the output file, or the input when there is none. */
  expected: string;
  hasOutput: boolean;
  runnable: boolean;
  expectedRisks: string[];
  expectedSkips: string[];
}

export function loadFixtures(): Fixture[] {
  const fixtures: Fixture[] = [];
  for (const transform of readdirSync(FIXTURE_ROOT).sort()) {
    const dir = path.join(FIXTURE_ROOT, transform);
    for (const file of readdirSync(dir).sort()) {
      const match = /^(.+)\.input(\.[a-z]+)$/.exec(file);
      if (!match) continue;
      const [, name, ext] = match as unknown as [string, string, string];
      const inputPath = path.join(dir, file);
      const outputPath = path.join(dir, `${name}.output${ext}`);
      const input = readFileSync(inputPath, "utf8");
      const hasOutput = existsSync(outputPath);
      fixtures.push({
        transform,
        transforms: transform === "default-order" ? undefined : [transform],
        name,
        ext,
        inputPath,
        outputPath,
        input,
        expected: hasOutput ? readFileSync(outputPath, "utf8") : input,
        hasOutput,
        runnable: /unpyramid-fixture:\s*runnable/.test(input),
        expectedSkips: [...input.matchAll(/unpyramid-fixture:\s*skip\s+([a-z0-9-]+)/g)].map((m) => m[1]),
        expectedRisks: [...input.matchAll(/unpyramid-fixture:\s*risk\s+([a-z0-9-]+)/g)].map((m) => m[1]),
      });
    }
  }
  return fixtures;
}

/** Output files whose input is gone: a fixture that silently stopped being tested. */
export function orphanOutputs(): string[] {
  const orphans: string[] = [];
  for (const transform of readdirSync(FIXTURE_ROOT)) {
    const dir = path.join(FIXTURE_ROOT, transform);
    for (const file of readdirSync(dir)) {
      const match = /^(.+)\.output(\.[a-z]+)$/.exec(file);
      if (match && !existsSync(path.join(dir, `${match[1]}.input${match[2]}`)))
        orphans.push(path.join(transform, file));
    }
  }
  return orphans;
}
