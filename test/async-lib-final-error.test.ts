// The README's rule for async-lib final callbacks that read their error any other way: for every flow
// whose library passes `null` on success (NULL_ERROR_ON_SUCCESS) the call converts and prints the same,
// on success and on failure; waterfall and retry, which pass on the last task's falsy error, stay.
import { describe, expect, it } from "vitest";
import { NULL_ERROR_ON_SUCCESS } from "../src/knowledge/async-lib";
import { transformSource } from "../src/runner/transform-source";
import { execute } from "./helpers/execute";

/** A call of `flow` whose one task fails when `fail` is true, with a final callback printing `err` itself. */
const path = (fail: boolean) => (fail ? "'/no/such/file'" : "__filename");
const CALLS: Record<string, (fail: boolean) => string> = {
  series: (fail) => `async.series([function (cb) { fs.access(${path(fail)}, cb); }], final);`,
  parallel: (fail) => `async.parallel([function (cb) { fs.access(${path(fail)}, cb); }], final);`,
  auto: (fail) => `async.auto({ a: function (cb) { fs.access(${path(fail)}, cb); } }, final);`,
  each: (fail) => `async.each([1, 2], function (x, cb) { fs.access(${path(fail)}, cb); }, final);`,
  eachSeries: (fail) => `async.eachSeries([1, 2], function (x, cb) { fs.access(${path(fail)}, cb); }, final);`,
  eachLimit: (fail) => `async.eachLimit([1, 2], 1, function (x, cb) { fs.access(${path(fail)}, cb); }, final);`,
  map: (fail) => `async.map([1, 2], function (x, cb) { fs.access(${path(fail)}, cb); }, final);`,
  mapSeries: (fail) => `async.mapSeries([1, 2], function (x, cb) { fs.access(${path(fail)}, cb); }, final);`,
  mapLimit: (fail) => `async.mapLimit([1, 2], 1, function (x, cb) { fs.access(${path(fail)}, cb); }, final);`,
  whilst: (fail) =>
    `let n = 0;\n  async.whilst(function (cb) { cb(null, n < 2); }, function (cb) { n++; fs.access(${path(fail)}, cb); }, final);`,
  until: (fail) =>
    `let n = 0;\n  async.until(function (cb) { cb(null, n >= 2); }, function (cb) { n++; fs.access(${path(fail)}, cb); }, final);`,
};

function program(call: string): string {
  // The final callback reads its error as a value (prints it, compares it with null).
  const final = "function (err) { console.log('done', err === null, err && err.code); }";
  return `const async = require('async');\nconst fs = require('fs');\nfunction run() {\n  ${call.replace("final);", `${final});`)}\n}\nrun();\n`;
}

describe("async-lib: a final callback reading its error any other way", () => {
  it("lists a call for every flow of the rule", () => {
    expect(Object.keys(CALLS).sort()).toEqual([...NULL_ERROR_ON_SUCCESS].sort());
  });

  for (const [flow, call] of Object.entries(CALLS)) {
    for (const fail of [false, true]) {
      it(`${flow}${fail ? ", failing" : ""}: converts and prints the same`, () => {
        const source = program(call(fail));
        const result = transformSource(source, { filename: "main.js", transforms: ["async-lib"] });
        const site = result.sites.find((s) => s.transform === "async-lib");
        expect(site?.outcome, `${site?.reason}`).toBe("converted");
        const before = execute(source, ".js");
        expect(before.stdout).toContain("done");
        expect(execute(result.code, ".js")).toEqual(before);
      });
    }
  }

  for (const flow of ["waterfall", "retry"]) {
    it(`${flow} stays: it passes on the last task's falsy error`, () => {
      const call =
        flow === "waterfall"
          ? "async.waterfall([function (cb) { setImmediate(() => cb()); }], final);"
          : "async.retry(2, function (cb) { setImmediate(() => cb()); }, final);";
      const result = transformSource(program(call), { filename: "main.js", transforms: ["async-lib"] });
      expect(result.changed).toBe(false);
      expect(result.sites.find((s) => s.transform === "async-lib")?.reason).toBe("error-handling-not-recognized");
    });
  }
});
