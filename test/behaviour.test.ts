// The test that catches a rewrite that looks right and is wrong: every runnable fixture is executed
// before and after the rewrite, and what it prints and its exit code must be the same.
import { describe, expect, it } from "vitest";
import { fakeClockTurnsOnly } from "../bench/differential/harness.mjs";
import { execute, FAKE_TIMERS } from "./helpers/execute";
import { loadFixtures } from "./helpers/fixtures";

const runnable = loadFixtures().filter((fixture) => fixture.runnable);
/** Programs with a timer in either version: they must also run the same under fake timers (sinon's, replacing the globals). */
const timed = runnable.filter(
  (fixture) =>
    /\b(setTimeout|setImmediate|setInterval)\b/.test(fixture.input + fixture.expected) &&
    fixture.input !== fixture.expected,
);

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

  // A test suite with fake timers drives the delays through the globals it replaced: a converted delay
  // that escaped them (Node's own timers) would run in real time, and the clock's report at exit says so.
  for (const fixture of timed) {
    it(`${fixture.transform}/${fixture.name}${fixture.ext} prints the same under fake timers`, () => {
      const before = execute(fixture.input, fixture.ext, 15000, FAKE_TIMERS);
      expect(before.stderr, "the fake clock reports at a clean exit").toMatch(/\[fake-timers\] clock advanced/);
      const after = execute(fixture.expected, fixture.ext, 15000, FAKE_TIMERS);
      // By nature (README): code that ran inside a timer's callback now runs as a microtask after it, so
      // a zero-delay timer it starts is stamped a fake ms apart (fake-timers delays those started during
      // a tick by one): the same output and timer turns, the clock at most a ms per turn apart.
      const stderr = fakeClockTurnsOnly(before.stderr, after.stderr) ? before.stderr : after.stderr;
      expect({ ...after, stderr }).toEqual(before);
    });
  }
});
