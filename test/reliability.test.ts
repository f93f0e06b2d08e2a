// The torture suite: every item of ../shared/RELIABILITY.md is a test. The printing and input items
// not already tested elsewhere are here (each states its input, runs the real API or CLI, and checks the
// bytes); the semantic items are the transforms' fixtures, named below; the runner items are the CLI
// end-to-end, kill and limits tests, named below. A last test checks that the map covers every item and
// that every test and fixture it names exists.
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { parse } from "@babel/parser";
import { afterAll, describe, expect, it, vi } from "vitest";
import { walk } from "../src/analysis/walk";
import { transformSource } from "../src/runner/transform-source";
import { bytes, cleanupTempDirs, ROOT, runCli, tempDir, writeTree } from "./helpers/cli";

afterAll(cleanupTempDirs);

/** Every node of `code` (parsed as a module, TypeScript when asked) of one type. */
function nodesOf(code: string, type: string, typescript = false): any[] {
  const ast = parse(code, {
    sourceType: "module",
    plugins: typescript ? ["typescript", "decorators"] : [],
    allowAwaitOutsideFunction: true,
  });
  const found: any[] = [];
  walk(ast.program, (node) => void (node.type === type && found.push(node)));
  return found;
}

/** How often `needle` occurs in `text`. */
function occurrences(text: string, needle: string): number {
  return text.split(needle).length - 1;
}

describe("printing (RELIABILITY 2-8)", () => {
  it("RELIABILITY 2: new nodes that need parentheses re-parse to the intended tree", () => {
    // `(await p).member`: the await is the member's object, not `await (p.member)`.
    const member = transformSource(
      "import fs from 'node:fs';\nconst statOf = () => new Promise((resolve, reject) => fs.stat('.', (err, stats) => (err ? reject(err) : resolve(stats))));\nconsole.log((await statOf()).isFile());\n",
      { filename: "a.mjs" },
    );
    expect(member.changed).toBe(true);
    const members = nodesOf(member.code, "MemberExpression").filter((node) => node.object.type === "AwaitExpression");
    expect(members.length).toBeGreaterThan(0);

    // `await (c ? a : b)`: the await takes the whole conditional.
    const conditional = transformSource(
      "const async = require('async');\nconst fs = require('fs');\nconst flag = process.argv.length > 9;\nasync.waterfall([\n  async () => flag ? fs.promises.readFile('a') : 'none',\n], (err, value) => {\n  if (err) return console.log(err.message);\n  console.log(value);\n});\n",
      { filename: "b.js" },
    );
    expect(conditional.changed).toBe(true);
    expect(
      nodesOf(conditional.code, "AwaitExpression").some((node) => node.argument.type === "ConditionalExpression"),
    ).toBe(true);

    // `!(await test)` in an until loop: the negation takes the awaited value.
    const untilInput = path.join(ROOT, "__testfixtures__/async-lib/until-stat-until-found.input.js");
    const negated = transformSource(readFileSync(untilInput, "utf8"), { filename: untilInput });
    expect(negated.changed).toBe(true);
    const nots = nodesOf(negated.code, "UnaryExpression").filter((node) => node.operator === "!");
    expect(nots.some((node) => node.argument.type === "AwaitExpression")).toBe(true);
  });

  it("RELIABILITY 3: a license header, JSDoc, @flow and comments inside converted callbacks survive exactly once; the head stays the head", () => {
    const source = `/*! license: keep me */\n// @flow\n/** Reads the file's length. */\nfunction load(p /*: string */, cb) {\n  // before the read\n  require('fs').readFile(p, 'utf8', (err, text) => {\n    /* inside the callback */\n    if (err) return cb(err); // the error goes back\n    cb(null, text.length); // the value\n  });\n}\nmodule.exports = { load };\nconst fs = require('fs');\nfs.stat('.', (err, stats) => {\n  // a comment in a top-level callback\n  if (err) throw err;\n  console.log(stats.isDirectory()); // trailing\n});\n`;
    const result = transformSource(source, { filename: "load.js" });
    expect(result.changed).toBe(true);
    expect(result.code.startsWith("/*! license: keep me */\n// @flow\n")).toBe(true);
    for (const comment of [
      "/*! license: keep me */",
      "// @flow",
      "/** Reads the file's length. */",
      "/*: string */",
      "// before the read",
      "// a comment in a top-level callback",
      "// trailing",
    ]) {
      expect(occurrences(result.code, comment), comment).toBe(1);
    }
  });

  it("RELIABILITY 4: new code follows the file's quotes, semicolons and tabs", () => {
    const noSemicolons =
      "'use strict'\nconst fs = require(\"fs\")\nfunction f(p, cb) {\n\tfs.readFile(p, 'utf8', (err, t) => {\n\t\tif (err) return cb(err)\n\t\tcb(null, t.length)\n\t})\n}\nmodule.exports = f\n";
    const result = transformSource(noSemicolons, { filename: "f.js" });
    expect(result.changed).toBe(true);
    expect(result.code.startsWith("'use strict'\n")).toBe(true);
    for (const line of result.code.split("\n")) {
      expect(line, "no statement ends in a semicolon").not.toMatch(/;\s*$/);
      expect(line, "indents are tabs").not.toMatch(/^ +\S/);
    }
    expect(result.code).toContain("require('util')");
    const semicolons = transformSource(
      'const fs = require("fs");\nfs.readFile("a", (err, t) => {\n    if (err) throw err;\n    console.log(t);\n});\n',
      { filename: "g.js" },
    );
    expect(semicolons.code).toBe(
      'const fs = require("fs");\nvoid (async () => {\n    const t = await fs.promises.readFile("a");\n    console.log(t);\n})();\n',
    );
  });

  it("RELIABILITY 6: a template literal in a re-indented block keeps its text; JSX text keeps its spaces", () => {
    const source =
      "import * as fs from 'fs';\nexport const C = () => <p>  two  spaces  {1}</p>;\nexport function f(cb: (err: Error | null, n?: number) => void) {\n  fs.readFile('x', 'utf8', (err, t) => {\n    if (err) return cb(err);\n    cb(null, `${t}`.length);\n  });\n}\n";
    const result = transformSource(source, { filename: "c.tsx" });
    expect(result.changed).toBe(true);
    expect(result.code).toContain("<p>  two  spaces  {1}</p>");
    expect(result.code).toContain("`${t}`.length");
    // A multi-line template would change its text if moved to another depth: that site is left alone.
    const multiline =
      "const fs = require('fs');\nfunction f(cb) {\n  fs.readFile('x', 'utf8', (err, t) => {\n    if (err) return cb(err);\n    cb(null, `line one\n   keep   this ${t}`);\n  });\n}\nmodule.exports = f;\n";
    const kept = transformSource(multiline, { filename: "m.js" });
    expect(kept.code).toContain("`line one\n   keep   this ${t}`");
  });

  it("RELIABILITY 7: directives stay first; an added require goes after them and after the requires", () => {
    const source =
      "#!/usr/bin/env node\n'use strict';\n\nconst fs = require('fs');\nconst path = require('path');\nfunction f(p, cb) {\n  fs.readFile(path.join(p), 'utf8', (err, t) => {\n    if (err) return cb(err);\n    cb(null, t.length);\n  });\n}\nmodule.exports = f;\n";
    const result = transformSource(source, { filename: "cli.js" });
    expect(result.changed).toBe(true);
    const lines = result.code.split("\n");
    expect(lines.slice(0, 5)).toEqual([
      "#!/usr/bin/env node",
      "'use strict';",
      "",
      "const fs = require('fs');",
      "const path = require('path');",
    ]);
    expect(lines[5]).toMatch(/^const \{ [a-z, ]+ \} = require\('util'\);$/);
  });

  it("RELIABILITY 8: satisfies, import type, overloads, decorators, <T,> in .tsx, .then<T>() and Flow types survive a conversion beside them", () => {
    const ts =
      "import type { Stats } from 'fs';\nimport * as fs from 'fs';\nconst cfg = { a: 1 } satisfies Record<string, number>;\nfunction over(a: string): string;\nfunction over(a: number): number;\nfunction over(a: any): any { return a; }\nclass Svc {\n  @dec() async run(): Promise<void> {}\n}\nfunction dec(): any { return () => {}; }\nexport function load(p: string): Promise<number> {\n  return fetchIt<string>(p).then<number>((t) => t.length);\n}\ndeclare function fetchIt<T>(p: string): Promise<T>;\nfs.stat('x', (err, s: Stats) => {\n  if (err) throw err;\n  console.log(s.size, cfg, over(1), Svc);\n});\n";
    const result = transformSource(ts, { filename: "a.ts", transforms: ["callbacks-to-async"] });
    expect(result.changed).toBe(true);
    for (const line of ts.split("\n").slice(0, 14)) expect(result.code).toContain(line);
    expect(result.code).toContain("const s: Stats = await fs.promises.stat('x');");
    const tsx =
      "import * as fs from 'fs';\nconst id = <T,>(x: T) => x;\nfs.readFile('x', 'utf8', (err, t) => {\n  if (err) throw err;\n  console.log(id(t));\n});\n";
    const converted = transformSource(tsx, { filename: "b.tsx" });
    expect(converted.changed).toBe(true);
    expect(converted.code).toContain("const id = <T,>(x: T) => x;");
    const flow =
      "// @flow\nconst fs = require('fs');\nfunction size(p: string, cb: (err: ?Error, n?: number) => void): void {\n  fs.stat(p, (err, s) => {\n    if (err) return cb(err);\n    cb(null, s.size);\n  });\n}\nmodule.exports = size;\n";
    const flowed = transformSource(flow, { filename: "size.js" });
    expect(flowed.changed).toBe(true);
    expect(flowed.code).toContain("function size(p: string, cb: (err: ?Error, n?: number) => void): void {");
  });
});

describe("input (RELIABILITY 11)", () => {
  it("a minified file, a deeply nested one and an oversized one: handled or skipped with a reason, never a crash; bytes kept", () => {
    const dir = tempDir("torture-input");
    const minified =
      "const fs=require('fs');function a(p,c){fs.readFile(p,'utf8',(e,t)=>{if(e)return c(e);c(null,t.length)})}module.exports=a;" +
      "var x=1;".repeat(20_000) +
      "\n";
    const deep = `const fs = require('fs');\nconst v = ${"[".repeat(20_000)}${"]".repeat(20_000)};\nfs.readFile('x', (err, t) => { if (err) throw err; console.log(t, v); });\n`;
    const large = `const fs = require('fs');\n${"// padding\n".repeat(300_000)}fs.readFile('x', (err, t) => { if (err) throw err; console.log(t); });\n`;
    writeTree(dir, { "min.js": minified, "deep.js": deep, "large.js": large });
    const result = runCli(["run", "--write", "--json", "--cpus", "1", "."], dir);
    const report = JSON.parse(result.stdout) as { files: { path: string; status: string; error?: string }[] };
    const status = Object.fromEntries(report.files.map((file) => [file.path, file]));
    expect(status["min.js"].status).toBe("changed");
    expect(status["deep.js"]).toMatchObject({ status: "skipped" });
    expect(status["deep.js"].error).toMatch(/^too-deeply-nested: /);
    expect(bytes(path.join(dir, "deep.js")).toString("utf8")).toBe(deep);
    expect(status["large.js"]).toMatchObject({ status: "skipped" });
    expect(status["large.js"].error).toMatch(/^file-too-large: /);
    expect(bytes(path.join(dir, "large.js")).toString("utf8")).toBe(large);
    expect(result.code).toBe(0);
  });
});

describe("runner (RELIABILITY 33)", () => {
  it("a file changed by someone else while it was converted is not clobbered: reported, their bytes kept", async () => {
    const dir = tempDir("torture-race");
    const file = path.join(dir, "x.js");
    const source =
      "const fs = require('fs');\nfs.readFile('a', (err, t) => {\n  if (err) throw err;\n  console.log(t);\n});\n";
    const theirs = "// edited by someone else\n" + source;
    writeFileSync(file, source);
    // The transform runs; meanwhile someone saves the file.
    vi.resetModules();
    vi.doMock("../src/runner/transform-source", async (importOriginal) => {
      const real = await importOriginal<typeof import("../src/runner/transform-source")>();
      return {
        ...real,
        transformSource: (...args: Parameters<typeof real.transformSource>) => {
          writeFileSync(file, theirs);
          return real.transformSource(...args);
        },
      };
    });
    const { processFile } = await import("../src/runner/process-file");
    const outcome = await processFile({
      file,
      display: "x.js",
      transforms: ["callbacks-to-async"],
      write: true,
      patch: false,
      maxFileBytes: 1 << 20,
    });
    vi.doUnmock("../src/runner/transform-source");
    expect(outcome.report.status).toBe("error");
    expect(outcome.report.error).toMatch(/changed on disk while unpyramid was converting it; nothing was written/);
    expect(readFileSync(file, "utf8")).toBe(theirs);
  });
});

/** Where each item of RELIABILITY.md is tested: test titles (in test/*.ts) and fixtures (`transform/case`). */
const COVERAGE: Record<number, { tests?: string[]; fixtures?: string[] }> = {
  1: { tests: ["never writes an unchanged file: inode and mtime stay"] },
  2: { tests: ["RELIABILITY 2: new nodes that need parentheses"] },
  3: {
    tests: ["RELIABILITY 3: a license header"],
    fixtures: ["callbacks-to-async/comments-kept", "callbacks-to-async/file-head-comments-after-blank-lines-kept"],
  },
  4: {
    tests: ["RELIABILITY 4: new code follows"],
    fixtures: [
      "callbacks-to-async/tab-indented-file-new-lines-use-tabs",
      "callbacks-to-async/top-level-no-semicolons-guarded",
    ],
  },
  5: { tests: ["the diff applies just as well to files with CRLF"] },
  6: {
    tests: ["RELIABILITY 6: a template literal", "a template literal in a one-line block whose chain is written out"],
    fixtures: ["callbacks-to-async/multiline-template-in-callback-inner-site-left"],
  },
  7: {
    tests: ["RELIABILITY 7: directives stay first"],
    fixtures: [
      "callbacks-to-async/blank-line-after-use-strict-kept",
      "callbacks-to-async/top-level-call-after-directive-without-semicolon",
    ],
  },
  8: { tests: ["RELIABILITY 8: satisfies"], fixtures: ["callbacks-to-async/flow-return-type-becomes-promise"] },
  9: { tests: ["matches the schema; a file that does not parse is an error with line:column"] },
  10: { tests: ["a Latin-1 file is skipped with a message and left byte for byte"] },
  11: {
    tests: [
      "a minified file, a deeply nested one and an oversized one",
      "a 0-byte .js file is fine and not written",
      "--max-file-time: a file past it",
    ],
  },
  12: { tests: ["package.json is not parsed as code"] },
  13: {
    fixtures: [
      "callbacks-to-async/no-transform-user-callback-called-synchronously",
      "callbacks-to-async/callback-called-synchronously-on-cache-hit-stays-synchronous",
      "async-lib/no-transform-completion-may-be-synchronous",
    ],
  },
  14: {
    fixtures: [
      "callbacks-to-async/no-transform-user-callback-called-twice",
      "async-lib/no-transform-task-calls-back-twice",
    ],
  },
  15: { fixtures: ["callbacks-to-async/no-transform-if-err-without-return"] },
  16: {
    fixtures: [
      "callbacks-to-async/exec-stdout-stderr",
      "callbacks-to-async/read-multiple-results-bytesread-buffer",
      "callbacks-to-async/exec-output-read-on-error-inner-site-left",
    ],
  },
  17: {
    fixtures: [
      "callbacks-to-async/exists-becomes-access-check",
      "callbacks-to-async/no-transform-event-listeners-and-process-on",
      "callbacks-to-async/no-transform-express-error-middleware",
      "callbacks-to-async/no-transform-seed-settimeout",
    ],
  },
  18: { fixtures: ["callbacks-to-async/no-transform-emitter-once"] },
  19: {
    fixtures: [
      "callbacks-to-async/no-transform-callback-uses-this",
      "callbacks-to-async/method-call-promisify-keeps-this",
      "callbacks-to-async/no-transform-user-definition-uses-arguments",
    ],
  },
  20: {
    fixtures: [
      "callbacks-to-async/no-transform-result-used-in-condition",
      "callbacks-to-async/no-transform-user-api-result-used",
    ],
  },
  21: { fixtures: ["callbacks-to-async/throw-err-rethrows", "callbacks-to-async/ignored-error-stays-ignored"] },
  22: {
    fixtures: [
      "callbacks-to-async/no-transform-user-callback-passed-on",
      "callbacks-to-async/function-promisified-by-its-callers-keeps-its-body",
    ],
  },
  23: {
    fixtures: [
      "callbacks-to-async/callback-api-exported-keeps-callback-surface",
      "callbacks-to-async/callback-api-esm-exported-declaration-keeps-surface",
    ],
  },
  24: { fixtures: ["callbacks-to-async/no-transform-user-optional-argument-overload"] },
  25: {
    fixtures: [
      "callbacks-to-async/fan-out-pending-counter-becomes-promise-all",
      "callbacks-to-async/recursion-loop-step-function-becomes-while",
      "async-lib/each-limit-keeps-limit",
    ],
  },
  26: { fixtures: ["then-to-async/then-ok-err-err-does-not-see-what-ok-throws"] },
  27: { fixtures: ["then-to-async/finally-passes-value-and-error"] },
  28: {
    fixtures: [
      "then-to-async/no-transform-middle-step-returns-early",
      "callbacks-to-async/name-collision-callback-parameter-renamed",
      "callbacks-to-async/no-transform-constructor",
    ],
  },
  29: {
    fixtures: [
      "callbacks-to-async/callback-api-function-returns-and-throws",
      "callbacks-to-async/no-transform-returns-value",
      "callbacks-to-async/no-transform-definition-throws",
    ],
  },
  30: { fixtures: ["then-to-async/floating-chain-runs-after-the-code-that-follows"] },
  31: { tests: ["leaves every file whole, old or new"] },
  32: {
    tests: [
      "a read-only file is skipped with the reason and left byte for byte",
      "an executable file keeps its mode",
      "a symlink to a file inside the directory stays a link",
    ],
  },
  33: { tests: ["a file changed by someone else while it was converted is not clobbered"] },
  34: { tests: ["--worker-memory: a worker that runs out of heap is reported for its file"] },
  35: {
    tests: [
      "--cpus 1 and --cpus 2 give the same report, diff and files over 40 files",
      "a second --write changes nothing",
    ],
  },
  36: { tests: ["writes nothing, prints a git diff, and `git apply` of it gives exactly what --write gives"] },
  37: { tests: ["one line on stderr, nothing on stdout, exit 2, nothing written"] },
  38: {
    tests: ["the promise twin only where it has the same contract (every argument kind that differs)"],
    fixtures: [
      "callbacks-to-async/writefile-data-twin-only-where-provably-a-string-or-buffer",
      "callbacks-to-async/no-transform-exists-path-may-be-invalid",
      "callbacks-to-async/no-transform-readdir-recursive-calls-back-synchronously",
    ],
  },
  39: {
    tests: ["prints the same under fake timers", "catches a planted difference in each condition"],
    fixtures: ["callbacks-to-async/timer-delay-in-pyramid", "promise-wrappers/no-transform-promisify-settimeout-kept"],
  },
  40: {
    tests: ["an exported function that takes a callback keeps it (every way to export)"],
    fixtures: [
      "callbacks-to-async/exported-default-callback-parameter-keeps-surface-in-place",
      "callbacks-to-async/exported-class-static-method-keeps-callback-surface",
      "callbacks-to-async/exported-object-method-assigned-gets-callback-surface",
      "callbacks-to-async/prototype-method-keeps-callback-surface",
      "callbacks-to-async/no-transform-exported-function-calls-back-synchronously-keeps-callback",
      "callbacks-to-async/no-transform-prototype-method-calls-back-synchronously",
    ],
  },
};

/**
 * Items of RELIABILITY.md about features that do not exist yet, with the open issue that builds them.
 * Each says how the test knows the feature is still missing: once it exists, the item must be mapped.
 */
const NOT_BUILT: Record<number, { issue: number; stillMissing: () => boolean }> = {
  // A change that spans files: every file is converted on its own (no package index yet).
  41: { issue: 23, stillMissing: () => !existsSync(path.join(ROOT, "src/analysis/package-index.ts")) },
  // `--verify CMD`: the CLI has no such option yet.
  42: { issue: 25, stillMissing: () => !readFileSync(path.join(ROOT, "src/cli/main.ts"), "utf8").includes('"verify"') },
};

describe("RELIABILITY.md coverage", () => {
  it("every item is mapped to tests or fixtures that exist", () => {
    const items = [...readFileSync(path.join(ROOT, "../shared/RELIABILITY.md"), "utf8").matchAll(/^(\d+)\. /gm)].map(
      (match) => Number(match[1]),
    );
    expect(items.length).toBeGreaterThanOrEqual(37);
    for (const item of items) {
      const pending = NOT_BUILT[item];
      if (pending)
        expect(
          pending.stillMissing(),
          `RELIABILITY ${item}: issue ${pending.issue} built it; map it to its tests`,
        ).toBe(true);
      else expect(COVERAGE[item], `RELIABILITY ${item} has no test`).toBeDefined();
    }
    const testSources = readdirSync(path.join(ROOT, "test"))
      .filter((name) => name.endsWith(".test.ts"))
      .map((name) => readFileSync(path.join(ROOT, "test", name), "utf8"))
      .join("\n");
    const fixtures = new Set(
      readdirSync(path.join(ROOT, "__testfixtures__")).flatMap((transform) =>
        readdirSync(path.join(ROOT, "__testfixtures__", transform)).map(
          (name) => `${transform}/${name.replace(/\.input\.[a-z]+$|\.output\.[a-z]+$/, "")}`,
        ),
      ),
    );
    for (const [item, { tests = [], fixtures: names = [] }] of Object.entries(COVERAGE)) {
      for (const title of tests)
        expect(testSources.includes(title), `RELIABILITY ${item}: no test titled "${title}"`).toBe(true);
      for (const name of names) expect(fixtures.has(name), `RELIABILITY ${item}: no fixture ${name}`).toBe(true);
    }
  });
});
