// Seeded random callback programs (bench/contracts) in the shapes real callback code is written in:
// every pyramid comes out flat, and every program prints the same before and after conversion
// (plainly, under fake timers, and type-checked for TypeScript), with the default transforms and
// with callbacks-to-then. The generator is deterministic, and the flatness check can fail.
import { describe, expect, it } from "vitest";
import { callbackLiteralsLeft, checkContractPrograms } from "../bench/contracts/check.mjs";
import { generateContractProgram } from "../bench/contracts/generate.mjs";
import { runHarness } from "../bench/differential/harness.mjs";

const SEED = 1;
const COUNT = 40;

describe("contract programs (bench/contracts)", () => {
  it("the generator is deterministic and covers every shape", () => {
    const once = Array.from({ length: COUNT }, (_, i) => generateContractProgram(SEED, i));
    expect(Array.from({ length: COUNT }, (_, i) => generateContractProgram(SEED, i))).toEqual(once);
    const shapes = new Set(once.flatMap((program) => program.shapes));
    for (const shape of [
      "leaf-ternary-timer",
      "leaf-switch",
      "leaf-core-io",
      "leaf-delegation",
      "leaf-wrapped-delegation",
      "definition-method",
      "definition-arrow",
      "handling-fall-through",
      "handling-read-in-expression",
      "leaf-core-handoff",
      "place-returned",
      "place-else-branch",
      "start-timer-arrow",
      "start-for-each",
    ])
      expect(shapes).toContain(shape);
    expect(new Set(once.map((program) => program.flavour))).toEqual(new Set(["cjs", "esm", "ts"]));
  });

  it("the flatness check sees a callback left in main", () => {
    const left = callbackLiteralsLeft(
      "function main() {\n  lookup(1, function (err, v) {\n    if (err) return;\n  });\n}\n",
      "main.js",
    );
    expect(left).toEqual({ main: 1, elsewhere: 0 });
  });

  it(`seed ${SEED}, ${COUNT} programs: every pyramid flat, no difference before and after`, async () => {
    const result = await checkContractPrograms({ seed: SEED, count: COUNT, runHarness });
    expect(result.summary.flat).toBe(COUNT);
    expect({ notFlat: result.notFlat, differences: result.differences }).toEqual({ notFlat: [], differences: [] });
    // What remains is inside the file's callback functions, never in the pyramid: a function that keeps
    // its callback while its callers await promisify of it (a real difference: README).
    const allowed = ["enclosing-function-is-promisified"];
    expect(Object.keys(result.summary.refusals).filter((reason) => !allowed.includes(reason))).toEqual([]);
    expect(result.summary.converted).toBeGreaterThan(COUNT * 3);
  }, 240_000);
});
