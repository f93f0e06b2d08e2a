// The test that catches a rewrite that looks right and is wrong: every runnable fixture is executed
// before and after the rewrite, and what it prints and its exit code must be the same.
import { describe, expect, it } from "vitest";
import { execute } from "./helpers/execute";
import { loadFixtures } from "./helpers/fixtures";

const runnable = loadFixtures().filter((fixture) => fixture.runnable);

describe("behaviour of runnable fixtures", () => {
  it("there are runnable fixtures", () => {
    expect(runnable.length).toBeGreaterThan(0);
  });

  for (const fixture of runnable) {
    it(`${fixture.transform}/${fixture.name}${fixture.ext} prints the same before and after`, () => {
      const before = execute(fixture.input, fixture.ext);
      // A fixture that prints nothing proves nothing.
      expect(before.stdout.trim(), "the input program printed nothing").not.toBe("");
      const after = execute(fixture.expected, fixture.ext);
      expect(after).toEqual(before);
    });
  }
});
