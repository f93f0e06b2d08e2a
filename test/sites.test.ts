// Where a site is reported: the same line and character column whichever path the transform takes
// (the plain parse when nothing can convert, recast otherwise), tabs included.
import { describe, expect, it } from "vitest";
import { transformSource } from "../src/runner/transform-source";

// (Exported: code out of sight may catch what its call throws, so it cannot convert in an async function of its own.)
const skippedSite = `\tif (x) {\n\t\tlib.get(1, function (err, v) {\n\t\t\tif (err) return cb(err);\n\t\t\tcb(null, v);\n\t\t});\n\t\tmore();\n\t}\n`;

function sitesOf(source: string) {
  return transformSource(source, { filename: "file.js" }).sites.map(({ line, column, outcome, reason }) => ({
    line,
    column,
    outcome,
    reason,
  }));
}

describe("site locations", () => {
  it("counts a tab as one column on the plain-parse path", () => {
    const source = `function a(cb) {\n${skippedSite}}\nmodule.exports = a;\n`;
    expect(sitesOf(source)).toEqual([{ line: 3, column: 2, outcome: "skipped", reason: "not-in-tail-position" }]);
  });

  it("counts a tab as one column when recast parses the file (it expands tabs to tab stops)", () => {
    // (The skipped site reads `this`, so it stays in a function that converts.)
    const site = skippedSite.replace("cb(null, v)", "cb(null, this)");
    const source = `const fs = require('fs');\nfunction a(cb) {\n${site}\tfs.readFile(__filename, function (err, d) {\n\t\tif (err) return cb(err);\n\t\tcb(null, d);\n\t});\n}\n`;
    const sites = sitesOf(source);
    expect(sites).toContainEqual({ line: 4, column: 2, outcome: "skipped", reason: "callback-uses-this" });
    expect(sites).toContainEqual({ line: 10, column: 1, outcome: "converted", reason: undefined });
  });

  it("counts a space-indented line after a tab-indented one right", () => {
    const source = `const fs = require('fs');\nfunction a(cb) {\n\tx();\n    \tlib.get(1, function (err, v) {\n\t\tif (err) return cb(err);\n\t});\n\tmore();\n\tfs.readFile(__filename, function (err, d) {\n\t\tif (err) return cb(err);\n\t\tcb(null, d);\n\t});\n}\nmodule.exports = a;\n`;
    expect(sitesOf(source)).toContainEqual({ line: 4, column: 5, outcome: "skipped", reason: "not-in-tail-position" });
  });

  it("counts a lone CR, U+2028 and U+2029 as line breaks on the plain-parse path, as Babel and recast do", () => {
    const body = `function a(cb) {\n${skippedSite}}\nmodule.exports = a;\n`;
    for (const separator of ["\r", "\u2028", "\u2029"]) {
      expect(sitesOf(`// one${separator}// two\n${body}`)).toEqual([
        { line: 5, column: 2, outcome: "skipped", reason: "not-in-tail-position" },
      ]);
    }
  });
});

describe("which calls are sites", () => {
  // A file that converts something, so the report comes from the full analysis (recast path).
  const converting = `const fs = require('fs');\nfunction done(err) { console.log(err); }\nfunction b() {\n  fs.readFile(__filename, function (err, d) {\n    if (err) return console.log(err);\n    console.log(d.length);\n  });\n}\nb();\n`;

  it("a core call whose last argument holds no function has no callback: no site", () => {
    const source = `${converting}function a(file, mode) {\n  fs.chmod(file, mode);\n}\na('x', 0o644);\n`;
    expect(sitesOf(source).filter(({ line }) => line === 11)).toEqual([]);
  });

  it("a core call handing on a name that is called elsewhere, or named like a callback, is a site", () => {
    const source = `${converting}function a(file, then) {\n  fs.unlink(file, then);\n  then = null;\n  setTimeout(() => then && then(), 1);\n}\nmodule.exports = a;\n`;
    expect(sitesOf(source).filter(({ line }) => line === 11)).toEqual([
      { line: 11, column: 2, outcome: "skipped", reason: "named-callback-not-inlinable" },
    ]);
  });
});
