// Preload (`node --require`) for the fake-timers condition: the program runs with
// @sinonjs/fake-timers installed on globalThis, as a test suite with fake timers runs it.
//
// The clock is driven only when the program is idle (no real I/O, no real timer pending): then the
// next fake timer fires, its fake time passes, and so on until none is left. A program whose delays
// all go through the global timers completes exactly as it would in a test that ticks the clock; a
// delay that escapes the clock (a real timer of its own) runs in real time instead, and the report
// at exit, how far the fake clock went and how many fake timers fired, shows it. A test that ticks
// the clock by that much and then expects the work done is the user's view of the same difference.
//
// UNPYRAMID_FAKE_TIMERS_SCOPE=globals (the default) fakes the globals only, which is what jest 29's
// modern timers (fake-timers 10) do and what any clock installed after the module was loaded gives
// a module that took `setTimeout` from `timers/promises` when it loaded; `modules` also lets
// fake-timers 11+ patch the `timers` and `timers/promises` modules (a clock installed first).
"use strict";
const fs = require("node:fs");
const FakeTimers = require("@sinonjs/fake-timers");

const clock = FakeTimers.install({
  toFake: ["setTimeout", "clearTimeout", "setImmediate", "clearImmediate", "setInterval", "clearInterval", "Date"],
  loopLimit: 10000,
});
if ((process.env.UNPYRAMID_FAKE_TIMERS_SCOPE || "globals") === "globals") {
  for (const { methodName, original } of clock.timersModuleMethods || []) require("node:timers")[methodName] = original;
  for (const { methodName, original } of clock.timersPromisesModuleMethods || [])
    require("node:timers/promises")[methodName] = original;
}

let fired = 0;
let driving = false;
process.on("beforeExit", () => {
  if (driving || clock.countTimers() === 0) return;
  driving = true;
  // nextAsync yields to the real event loop (a real setImmediate), which keeps the process alive.
  clock.nextAsync().then(
    () => {
      fired++;
      driving = false;
    },
    (error) => {
      driving = false;
      throw error;
    },
  );
});

// Only at a clean exit: a crash ends the process at a moment that depends on real I/O, and the
// plain output already shows it.
process.on("exit", (code) => {
  if (code === 0)
    fs.writeSync(
      2,
      `[fake-timers] clock advanced ${clock.now} ms, ${fired} timer turns, ${clock.countTimers()} timers left\n`,
    );
});
