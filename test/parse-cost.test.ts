// What a file costs: recast (a parse with tokens, and a copy of the tree) only where a transform
// converts something; one plain parse shared by the transforms and the verify step; and the text
// pre-check that lets the main thread answer a file without handing it to a worker.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { beforeEach, describe, expect, it } from "vitest";
import jscodeshift from "jscodeshift";
import { findPaths, someNode } from "../src/analysis/walk";
import { forgetPlainAst, parseFile, recordingParses } from "../src/parse/parser";
import { mayTransform, transformSource } from "../src/runner/transform-source";

const ROOT = path.resolve(__dirname, "..");

/** The run, and how often the input and the output were parsed, plainly and for recast. */
function counted(source: string, filename = "file.js") {
  forgetPlainAst();
  const { value: result, parses } = recordingParses(() => transformSource(source, { filename }));
  // recast hands the parser the text with leading tabs expanded: compared without the whitespace.
  const same = (a: string, b: string) => (a === b ? true : a.replace(/\s+/g, "") === b.replace(/\s+/g, ""));
  const count = (text: string, tokens: boolean) =>
    parses.filter((parse) => parse.tokens === tokens && same(parse.source, text)).length;
  return {
    result,
    plain: count(source, false),
    recast: count(source, true),
    outputPlain: count(result.code, false),
    outputRecast: count(result.code, true),
  };
}

beforeEach(() => forgetPlainAst());

describe("parses per file", () => {
  it("a file whose core call is refused is judged on one plain parse, never read by recast", () => {
    // A core call: the survey cannot settle it, so the whole pipeline runs (on the plain parse) and refuses it.
    const source = `const fs = require('fs');\nfunction load(done) {\n\tfs.readFile('a', function (err, data) {\n\t\tif (err) return done(err);\n\t\tdone(null, data);\n\t});\n\tmore();\n}\nmodule.exports = load;\n`;
    const { result, plain, recast } = counted(source);
    expect(result.changed).toBe(false);
    expect(result.sites.map(({ line, column, outcome, reason }) => ({ line, column, outcome, reason }))).toEqual([
      { line: 3, column: 1, outcome: "skipped", reason: "not-in-tail-position" },
    ]);
    expect({ plain, recast }).toEqual({ plain: 1, recast: 0 });
  });

  it("a file that converts is read by recast once; its input and its output are each parsed plainly once", () => {
    const source = `const fs = require('fs');\nfunction load(done) {\n  fs.readFile('a', function (err, data) {\n    if (err) return done(err);\n    done(null, data);\n  });\n}\nmodule.exports = load;\n`;
    const { result, plain, recast, outputPlain, outputRecast } = counted(source);
    expect(result.changed).toBe(true);
    // The input's plain parse serves every transform and the printer; the output's, the verify step and the second pass.
    expect({ plain, recast, outputPlain, outputRecast }).toEqual({
      plain: 1,
      recast: 1,
      outputPlain: 1,
      outputRecast: 0,
    });
  });

  it("a named callback inlined by a dry pass that would convert is put back before recast reads the file", () => {
    const source = `const fs = require('fs');\nfunction load(done) {\n  fs.readFile('a', onRead);\n  function onRead(err, data) {\n    if (err) return done(err);\n    done(null, data);\n  }\n}\nload(function () {});\n`;
    const { result, plain, recast } = counted(source);
    expect(result.changed).toBe(true);
    expect({ plain, recast }).toEqual({ plain: 1, recast: 1 });
    expect(result.code).toContain("await fs.promises.readFile('a')");
  });

  it("the same file gives the same sites whichever path judged them", () => {
    // Refused sites (tab-indented) before a core call that converts, and before one that does not: the
    // refusals come from the recast pass in the first file and from the plain one in the second, at the
    // same places (a tab counts as one column) with the same reasons.
    const head = `const fs = require('fs');\nfunction a(cb) {\n\tif (x) {\n\t\tlib.get(1, function (err, v) {\n\t\t\tif (err) return cb(err);\n\t\t\tcb(null, v);\n\t\t});\n\t\tmore();\n\t}\n}\n`;
    const call = `\tfs.readFile(__filename, function (err, d) {\n\t\tif (err) return cb(err);\n\t\tcb(null, d);\n\t});\n`;
    // (Exported, so neither site can convert in an async function of its own: other modules' try may catch what they throw.)
    const exports = "module.exports = { a, b };\n";
    const converts = counted(`${head}function b(cb) {\n${call}}\n${exports}`);
    const refused = counted(`${head}function b(cb) {\n${call}\tmore();\n}\n${exports}`);
    expect({ converts: converts.recast, refused: refused.recast }).toEqual({ converts: 1, refused: 0 });
    const inHead = (sites: typeof converts.result.sites) => sites.filter((site) => site.line <= 10);
    expect(inHead(refused.result.sites)).toEqual([
      expect.objectContaining({ line: 4, column: 2, outcome: "skipped", reason: "not-in-tail-position" }),
    ]);
    expect(inHead(converts.result.sites)).toEqual(inHead(refused.result.sites));
  });
});

describe("what a dry pass leaves behind", () => {
  it("a fan-out refused half-way (its scope rescan fails in a binding-less catch) does not leave the shared parse rewritten", () => {
    // The chain at the end must still be judged on the file as read, by then-to-async, after the dry pass.
    const source =
      "const fs = require('fs');\n\nlet statAll;\ntry {\n  statAll = require('fast-stat-all');\n} catch {\n  statAll = function (files, cb) {\n    let pending = files.length;\n    const results = [];\n    if (pending === 0) return cb(null, results);\n    files.forEach((file, i) => {\n      fs.stat(file, (err, stat) => {\n        if (err) return cb(err);\n        results[i] = stat;\n        if (--pending === 0) cb(null, results);\n      });\n    });\n  };\n}\n\nmodule.exports.statAll = statAll;\n\nmodule.exports.stat = function (file) {\n  return fs.promises\n    .stat(file)\n    .then((info) => info.size)\n    .catch((err) => -1);\n};\n";
    const { result } = counted(source);
    expect(result.sites.filter((site) => site.transform === "then-to-async").map(({ outcome }) => outcome)).toEqual([
      "converted",
    ]);
    expect(result.code).toContain("const info = await fs.promises.stat(file);");
  });
});

describe("a fan-out whose scope cannot be rebuilt", () => {
  it("is put back whole when another site of the file converts (not printed half-written)", () => {
    const source = `const fs = require('fs');\nlet statAll;\ntry {\n  statAll = require('fast-stat-all');\n} catch {\n  statAll = function (files, cb) {\n    let pending = files.length;\n    const results = [];\n    if (pending === 0) return cb(null, results);\n    files.forEach((file, i) => {\n      fs.stat(file, (err, stat) => {\n        if (err) return cb(err);\n        results[i] = stat;\n        if (--pending === 0) cb(null, results);\n      });\n    });\n  };\n}\nmodule.exports.statAll = statAll;\nfunction readList(file, cb) {\n  fs.readFile(file, 'utf8', function (err, text) {\n    if (err) return cb(err);\n    cb(null, text.split('\\n'));\n  });\n}\nmodule.exports.readList = readList;\n`;
    const { result } = counted(source);
    expect(result.changed).toBe(true);
    expect(result.code).not.toContain("Promise.all");
    expect(result.code).toContain(
      "files.forEach((file, i) => {\n      fs.stat(file, (err, stat) => {\n        if (err) return cb(err);",
    );
  });
});

describe("findPaths and someNode", () => {
  // Decorators (ast-types' visitor skips a class property's, and takes a method's after its body), a
  // method's key and parameters, import specifiers: the same nodes, in the same order, as find.
  const source = `import { a as b, c } from "m";\nimport { Get, Field } from "./web";\nclass K extends Base {\n  @Field(e => e.x) prop = f(1);\n  constructor(@Inject(g(2)) private readonly other: any) { super(); }\n  @Get(h(3)) method(p, q = r(4)) { return s(p.q, this.z); }\n}\nconst o = { m(x) { return t(x); }, [u(5)]: v => w(v) };\n`;
  const j = jscodeshift.withParser({ parse: (text: string) => parseFile("file.ts", text, true) });
  for (const type of ["Identifier", "CallExpression", "Function", "MemberExpression", "ArrowFunctionExpression"]) {
    it(`finds what root.find(j.${type}) finds, in its order`, () => {
      const root = j(source);
      const expected = root.find((j as any)[type]).nodes();
      expect(expected.length).toBeGreaterThan(0);
      expect(findPaths(j, root, type).nodes()).toEqual(expected);
      expect(someNode(j, root, type, (node) => node === expected.at(-1))).toBe(true);
      expect(someNode(j, root, type, () => false)).toBe(false);
    });
  }
});

describe("the text pre-check", () => {
  // Inputs of every kind the transforms see (fixtures, which have sites) and files of the project's own
  // dependencies (most of which have none): where the pre-check says no transform applies, the full
  // run must agree, byte for byte and with no site.
  const fixtures = readdirSync(path.join(ROOT, "__testfixtures__"), { recursive: true, encoding: "utf8" })
    .filter((file) => /\.input\.[cm]?[jt]sx?$/.test(file))
    .map((file) => path.join(ROOT, "__testfixtures__", file));
  const dependencies = [
    "diff/libcjs/index.js",
    "yargs/build/lib/yargs-factory.js",
    "picocolors/picocolors.js",
    "ignore/index.js",
    "graceful-fs/polyfills.js",
    "piscina/dist/index.js",
    "tinyglobby/dist/index.cjs",
    "recast/lib/printer.js",
    "ast-types/lib/path-visitor.js",
    "jscodeshift/src/Runner.js",
  ].map((file) => path.join(ROOT, "node_modules", file));

  it("a file the pre-check turns away is one the transforms leave unchanged, with no site", () => {
    let turnedAway = 0;
    for (const file of [...fixtures, ...dependencies]) {
      const source = readFileSync(file, "utf8");
      if (mayTransform(source)) continue;
      turnedAway++;
      const result = transformSource(source, { filename: file });
      expect({ file, changed: result.changed, sites: result.sites }).toEqual({ file, changed: false, sites: [] });
    }
    expect(turnedAway).toBeGreaterThan(0);
  });

  it("every fixture that a transform changes passes the pre-check of that transform", () => {
    for (const file of fixtures) {
      const transform = path.basename(path.dirname(file));
      const output = file.replace(".input.", ".output.");
      if (
        transform === "default-order" ||
        !existsSync(output) ||
        readFileSync(output, "utf8") === readFileSync(file, "utf8")
      )
        continue;
      expect({ file, may: mayTransform(readFileSync(file, "utf8"), [transform]) }).toEqual({ file, may: true });
    }
  });
});
