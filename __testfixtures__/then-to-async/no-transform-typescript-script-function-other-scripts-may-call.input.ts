// unpyramid-fixture: skip throw-would-become-rejection
// A .ts file with no import or export is a script to TypeScript: its top-level functions are globals
// other files of the program may call, as in a classic .js script. `delay` throws before any promise
// exists; made async, `later` would turn that throw into a rejection its callers elsewhere do not see.
// One decision for .js and .ts: the chain stays.
function delay(millis: number): Promise<void> {
  throw 'no';
}

function later() {
  return delay(500).then(() => 1);
}
