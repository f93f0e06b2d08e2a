// recast re-indents every line of a statement it prints at another indentation than the line it began
// on, the continuation lines of a template literal or a `\`-continued string too: their value would
// change. No transform may print that: then-to-async keeps the chains whose block holds such a literal;
// otherwise the file is left as it is, skipped with the reason and the place.
import { describe, expect, it } from "vitest";
import jscodeshift from "jscodeshift";
import callbacksToAsync from "../transforms/callbacks-to-async";
import { parserFor } from "../src/parse/parser";
import { SourceError, transformSource } from "../src/runner/transform-source";

function skipOf(source: string, filename = "file.js"): SourceError {
  try {
    transformSource(source, { filename });
  } catch (error) {
    if (error instanceof SourceError) return error;
    throw error;
  }
  throw new Error("the file was converted");
}

describe("multi-line text the printer would re-indent", () => {
  it("a template literal in a one-line block whose chain would be written out: that chain is kept, the others convert", () => {
    const source =
      "const g = async (p) => { let x = `a\nb`; let t = await p.then((v) => v.text()); return x + t; };\nasync function f(p) {\n  return p.then((v) => v.json());\n}\nmodule.exports = { f, g };\n";
    const result = transformSource(source, { filename: "file.js" });
    expect(result.changed).toBe(true);
    expect(result.code).toContain(
      "const g = async (p) => { let x = `a\nb`; let t = await p.then((v) => v.text()); return x + t; };",
    );
    expect(result.code).toContain("await p;");
    expect(result.sites.map(({ line, outcome, reason }) => ({ line, outcome, reason }))).toEqual([
      { line: 2, outcome: "skipped", reason: "multiline-template-moved" },
      { line: 4, outcome: "converted", reason: undefined },
    ]);
  });

  it("the same literal on a line of its own, at the indentation it keeps: converted, its text as it was", () => {
    const source =
      "async function f(p) {\n  const x = `a\nb`;\n  const t = await p.then((v) => v.text());\n  return x + t;\n}\nmodule.exports = f;\n";
    const result = transformSource(source, { filename: "file.js" });
    expect(result.changed).toBe(true);
    expect(result.code).toContain("const x = `a\nb`;");
  });

  it("a string continued with a backslash, in a one-line function body the conversion spreads over lines: skipped", () => {
    const source =
      "const fs = require('fs');\nfunction load(file, cb) { const banner = 'first\\\n second'; fs.readFile(file, 'utf8', function (err, text) { if (err) return cb(err); cb(null, banner + text); }); }\nload(__filename, function (err, text) { if (err) throw err; console.log(text.length); });\n";
    const error = skipOf(source);
    expect(error.message).toMatch(/^multiline-text-reindented: /);
    expect(error.line).toBe(2);
  });

  it("the place is in the file as read, also when an earlier transform changed the text", () => {
    // promise-wrappers takes a line out (the wrapper becomes a call of fs.promises) before callbacks-to-async meets the literal.
    const source =
      "const fs = require('fs');\nconst read = (f) => new Promise((resolve, reject) => fs.readFile(f, (err, data) => (err ? reject(err) : resolve(data))));\nfunction load(file, cb) { const banner = 'first\\\n second'; fs.readFile(file, 'utf8', function (err, text) { if (err) return cb(err); cb(null, banner + text); }); }\nload(__filename, function (err, text) { if (err) throw err; console.log(text.length); });\nread(__filename);\n";
    const error = skipOf(source);
    expect(error.message).toMatch(/^multiline-text-reindented: /);
    expect(error.line).toBe(3);
  });

  it("run by jscodeshift directly, the transform throws instead of printing the changed text", () => {
    const source =
      "const fs = require('fs');\nfunction load(file, cb) { const banner = 'first\\\n second'; fs.readFile(file, 'utf8', function (err, text) { if (err) return cb(err); cb(null, banner + text); }); }\nload(__filename, function (err, text) { if (err) throw err; console.log(text.length); });\n";
    const j = jscodeshift.withParser(parserFor("file.js"));
    const api = { j, jscodeshift: j, stats: () => {}, report: () => {} };
    expect(() => callbacksToAsync({ path: "file.js", source }, api as never, {})).toThrow(
      /re-indent the text of the multi-line template literal or string at 2:42/,
    );
  });
});
