// End to end: the real bin/unpyramid.js (built into dist/) on temporary directories.
// DESIGN.md "CLI contract" and "JSON report"; RELIABILITY.md 1, 5, 9-12, 31-37.
import { spawnSync } from "node:child_process";
import {
  chmodSync,
  existsSync,
  mkdirSync,
  readlinkSync,
  statSync,
  symlinkSync,
  utimesSync,
  writeFileSync,
} from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  BIN,
  bytes,
  cleanupTempDirs,
  copyDir,
  git,
  gitInitCommit,
  identity,
  isSymlink,
  lines,
  runCli,
  snapshot,
  tempDir,
  writeTree,
} from "./helpers/cli";
import { reportProblems, type Report } from "./helpers/report-schema";

// The example from the brief: a file the transform converts.
const SOURCE = `const fs = require('fs');
const path = require('path');
function readConfig(name, cb) {
  fs.readFile(path.join(__dirname, name), 'utf8', (err, text) => {
    if (err) return cb(err);
    cb(null, JSON.parse(text));
  });
}
module.exports = { readConfig };
`;

// What --write makes of SOURCE (read in beforeAll from a real run, so that these tests pin the CLI's
// contract and not the transform's current output; the fixtures pin that).
let CONVERTED = "";

// Has `function` (so it is parsed) but nothing to convert.
const PLAIN = `'use strict';
function add(a, b) {
  return a + b;
}
module.exports = { add };
`;

// A callback site that is left alone (with a reason): a generator cannot become an async function.
const LEFT_ALONE = `const fs = require('fs');
function* load(file, cb) {
  yield file;
  fs.readFile(file, 'utf8', (err, text) => {
    if (err) return cb(err);
    cb(null, text);
  });
}
module.exports = { load };
`;

// Does not parse; has `=>` so the pre-check does not skip it. The `=>` on line 3 is at column 12 (0-based).
const BROKEN = `const fs = require('fs');
function f() {
  const x = => 1;
}
`;

const LONG_AGO = new Date("2001-02-03T04:05:06Z");

/** Put the file's mtime far in the past so that any rewrite shows, whatever the clock's resolution. */
function age(...files: string[]): void {
  for (const file of files) utimesSync(file, LONG_AGO, LONG_AGO);
}

function parseReport(stdout: string): Report {
  const report = JSON.parse(stdout) as Report;
  expect(reportProblems(report)).toEqual([]);
  return report;
}

function fileReport(report: Report, filePath: string) {
  const found = report.files.find((file) => file.path === filePath);
  expect(found, `${filePath} in the report (have: ${report.files.map((f) => f.path).join(", ")})`).toBeDefined();
  return found!;
}

/** Exactly one line on stderr, nothing on stdout, exit 2. */
function expectUsageError(result: { code: number | null; stdout: string; stderr: string }): void {
  expect(result.stdout).toBe("");
  expect(result.stderr.endsWith("\n")).toBe(true);
  expect(result.stderr.split("\n")).toHaveLength(2); // one line, then the final newline
  expect(result.stderr).toMatch(/^unpyramid: \S/);
  expect(result.code).toBe(2);
}

beforeAll(() => {
  expect(existsSync(path.resolve(path.dirname(BIN), "../dist/src/cli/main.js")), "run `npm run build` first").toBe(
    true,
  );
  const dir = tempDir("converted");
  writeTree(dir, { "x.js": SOURCE });
  const result = runCli(["run", "--write"], dir);
  expect(result.code, result.stderr).toBe(0);
  CONVERTED = bytes(path.join(dir, "x.js")).toString("utf8");
  expect(CONVERTED).not.toBe(SOURCE);
  expect(CONVERTED).toMatch(/^function readConfig\(name, cb\) \{\n  callbackify\(readConfigAsync\)\(name, cb\);\n\}$/m);
  expect(CONVERTED).toMatch(/^async function readConfigAsync\(name\) \{$/m);
  expect(CONVERTED).toMatch(/^const fs = require\('fs'\);\nconst path = require\('path'\);\n/);
  expect(CONVERTED).toMatch(/\n\}\n\nmodule\.exports = \{ readConfig \};\n$/);
  expect(CONVERTED).toContain("await fs.promises.readFile(path.join(__dirname, name), 'utf8')");
  expect(CONVERTED).toContain("  return JSON.parse(text);\n}\n");
  expect(CONVERTED).not.toMatch(/\r|\uFEFF|undefined|__HOLE/);
  const check = spawnSync(process.execPath, ["--check", path.join(dir, "x.js")], { encoding: "utf8" });
  expect(check.status, check.stderr).toBe(0);
});

afterAll(() => {
  cleanupTempDirs();
});

describe("dry run and its diff (RELIABILITY 36)", () => {
  it("writes nothing, prints a git diff, and `git apply` of it gives exactly what --write gives", () => {
    const dir = tempDir("dry");
    writeTree(dir, { "x.js": SOURCE });
    const file = path.join(dir, "x.js");
    age(file);
    const before = identity(file);

    const dry = runCli(["run"], dir);
    expect(dry.code).toBe(0);
    expect(dry.stdout.startsWith("diff --git a/x.js b/x.js\n--- a/x.js\n+++ b/x.js\n@@ ")).toBe(true);
    expect(bytes(file).toString("utf8")).toBe(SOURCE);
    expect(identity(file)).toEqual(before);

    const applied = copyDir(dir, "applied");
    git(applied, ["init", "-q", "."]);
    git(applied, ["apply", "--whitespace=nowarn", "-"], { input: dry.stdout });
    const written = copyDir(dir, "written");
    const write = runCli(["run", "--write"], written);
    expect(write.code).toBe(0);

    expect(bytes(path.join(written, "x.js")).toString("utf8")).toBe(CONVERTED);
    expect(bytes(path.join(applied, "x.js")).equals(bytes(path.join(written, "x.js")))).toBe(true);
  });

  it("the diff applies just as well to files with CRLF, mixed endings, a BOM, a #! line, no final newline, U+2028, in subdirectories and with spaces in the name", () => {
    const dir = tempDir("dry-many");
    const noFinal = SOURCE.slice(0, -1);
    writeTree(dir, {
      "crlf.js": SOURCE.replace(/\n/g, "\r\n"),
      "bom.js": `\uFEFF${SOURCE}`,
      "bin/tool.js": `#!/usr/bin/env node\n${SOURCE}`,
      "lib/deep/no-final-newline.js": noFinal,
      "name with spaces.js": SOURCE,
      "mixed.js": SOURCE.replace(/\n(?=const|module)/g, "\r\n"),
      "separator.js": `const banner = \`a\u2028b\`;\n${SOURCE}`,
      "plain.js": PLAIN,
    });
    const before = snapshot(dir);

    const dry = runCli(["run"], dir);
    expect(dry.code).toBe(0);
    expect(snapshot(dir)).toEqual(before);
    expect(dry.stdout.match(/^diff --git /gm)).toHaveLength(7);

    const applied = copyDir(dir, "applied");
    git(applied, ["init", "-q", "."]);
    git(applied, ["apply", "--whitespace=nowarn", "-"], { input: dry.stdout });
    const written = copyDir(dir, "written");
    expect(runCli(["run", "--write"], written).code).toBe(0);

    const afterApply = snapshot(applied);
    const afterWrite = snapshot(written);
    expect([...afterApply.keys()].sort()).toEqual([...afterWrite.keys()].sort());
    for (const [name, content] of afterWrite) expect(afterApply.get(name)?.equals(content), name).toBe(true);
    expect(afterWrite.get("crlf.js")!.toString("utf8")).toBe(CONVERTED.replace(/\n/g, "\r\n"));
    expect(afterWrite.get("lib/deep/no-final-newline.js")!.toString("utf8")).toBe(CONVERTED.slice(0, -1));
  });

  it("run from a subdirectory of a git work tree, the diff applies with `git apply` from that same subdirectory", () => {
    // `git apply` reads `diff --git` paths relative to the top of the work tree (as `git diff` writes them),
    // and silently skips paths outside the current directory.
    const repo = tempDir("subdir");
    writeTree(repo, { "packages/app/x.js": SOURCE, "packages/app/plain.js": PLAIN });
    gitInitCommit(repo);
    const cwd = path.join(repo, "packages/app");

    const dry = runCli(["run"], cwd);
    expect(dry.code).toBe(0);
    expect(dry.stdout).toContain("diff --git ");
    git(cwd, ["apply", "--whitespace=nowarn", "-"], { input: dry.stdout });
    expect(bytes(path.join(cwd, "x.js")).toString("utf8")).toBe(CONVERTED);
    expect(bytes(path.join(cwd, "plain.js")).toString("utf8")).toBe(PLAIN);
  });
});

describe("--check", () => {
  it("exits 1 when a file would change, writing nothing", () => {
    const dir = tempDir("check");
    writeTree(dir, { "x.js": SOURCE, "plain.js": PLAIN });
    const before = snapshot(dir);
    const result = runCli(["run", "--check"], dir);
    expect(result.code).toBe(1);
    expect(result.stdout.startsWith("diff --git a/x.js b/x.js\n")).toBe(true);
    expect(snapshot(dir)).toEqual(before);
  });

  it("exits 0 when nothing would change", () => {
    const dir = tempDir("check-clean");
    writeTree(dir, { "plain.js": PLAIN, "left-alone.js": LEFT_ALONE, "converted.js": CONVERTED });
    const result = runCli(["run", "--check"], dir);
    expect(result.stderr).toMatch(/^unpyramid: 3 files: 0 would change/m);
    expect(result.stdout).toBe("");
    expect(result.code).toBe(0);
  });

  it("--check --write together is a usage error and writes nothing", () => {
    const dir = tempDir("check-write");
    writeTree(dir, { "x.js": SOURCE });
    expectUsageError(runCli(["run", "--check", "--write"], dir));
    expect(bytes(path.join(dir, "x.js")).toString("utf8")).toBe(SOURCE);
  });
});

describe("--json report (RELIABILITY 9)", () => {
  const setup = () => {
    const dir = tempDir("json");
    writeTree(dir, { "changed.js": SOURCE, "plain.js": PLAIN, "lib/broken.js": BROKEN });
    return dir;
  };

  it("matches the schema; a file that does not parse is an error with line:column, exit 3, the others still done", () => {
    const dir = setup();
    const result = runCli(["run", "--json"], dir);
    expect(result.code).toBe(3);
    const report = parseReport(result.stdout);
    expect(report.version).toBe(1);
    expect(report.transforms).toEqual(["promise-wrappers", "async-lib", "callbacks-to-async", "then-to-async"]);
    expect(report.files.map((file) => [file.path, file.status])).toEqual([
      ["changed.js", "changed"],
      ["lib/broken.js", "error"],
      ["plain.js", "unchanged"],
    ]);
    const broken = fileReport(report, "lib/broken.js");
    expect(broken.error).toMatch(/^3:13: /);
    expect(broken.sites).toEqual([]);
    expect(fileReport(report, "changed.js").sites).toEqual([
      expect.objectContaining({
        transform: "callbacks-to-async",
        line: 3,
        column: 0,
        kind: "callback-api",
        outcome: "converted",
        risks: ["throw-reaches-caller", "callback-surface-kept"],
      }),
      expect.objectContaining({
        transform: "callbacks-to-async",
        line: 4,
        column: 2,
        kind: "error-first-callback",
        outcome: "converted",
      }),
    ]);
    expect(report.summary).toEqual({
      files: 3,
      changed: 1,
      unchanged: 1,
      skipped: 0,
      errors: 1,
      sites: { converted: 2, skipped: 0 },
    });
    // The error is named on stderr, with its place.
    expect(result.stderr).toMatch(/lib\/broken\.js:3:1[23]/);
  });

  it("with --write the other files are still converted and the broken one is left byte for byte", () => {
    const dir = setup();
    const result = runCli(["run", "--json", "--write"], dir);
    expect(result.code).toBe(3);
    const report = parseReport(result.stdout);
    expect(report.summary.changed).toBe(1);
    expect(report.summary.errors).toBe(1);
    expect(bytes(path.join(dir, "changed.js")).toString("utf8")).toBe(CONVERTED);
    expect(bytes(path.join(dir, "lib/broken.js")).toString("utf8")).toBe(BROKEN);
    expect(bytes(path.join(dir, "plain.js")).toString("utf8")).toBe(PLAIN);
  });

  it("a skipped site carries its reason; error is absent on changed and unchanged files", () => {
    const dir = tempDir("json-skip");
    writeTree(dir, { "left-alone.js": LEFT_ALONE, "x.js": SOURCE });
    const result = runCli(["run", "--json"], dir);
    expect(result.code).toBe(0);
    const report = parseReport(result.stdout);
    const left = fileReport(report, "left-alone.js");
    expect(left.status).toBe("unchanged");
    expect(left.sites).toEqual([
      {
        transform: "callbacks-to-async",
        line: 4,
        column: 2,
        kind: "error-first-callback",
        outcome: "skipped",
        reason: expect.stringMatching(/^[a-z0-9-]+$/),
        risks: [],
      },
    ]);
    // The reason is summed up on stderr.
    expect(result.stderr).toContain(`sites left as they were, by reason: ${left.sites[0].reason} 1`);
    for (const file of report.files) expect(file).not.toHaveProperty("error");
  });
});

describe("--write (RELIABILITY 1, 35)", () => {
  it("a second --write changes nothing", () => {
    const dir = tempDir("twice");
    writeTree(dir, { "x.js": SOURCE, "lib/y.js": SOURCE, "plain.js": PLAIN });
    const first = runCli(["run", "--write", "--json"], dir);
    expect(first.code).toBe(0);
    expect(parseReport(first.stdout).summary.changed).toBe(2);
    const afterFirst = snapshot(dir);
    expect(afterFirst.get("x.js")!.toString("utf8")).toBe(CONVERTED);
    age(path.join(dir, "x.js"), path.join(dir, "lib/y.js"));
    const ids = [identity(path.join(dir, "x.js")), identity(path.join(dir, "lib/y.js"))];

    const second = runCli(["run", "--write", "--json"], dir);
    expect(second.code).toBe(0);
    const report = parseReport(second.stdout);
    expect(report.summary.changed).toBe(0);
    expect(report.summary.unchanged).toBe(3);
    expect(snapshot(dir)).toEqual(afterFirst);
    expect([identity(path.join(dir, "x.js")), identity(path.join(dir, "lib/y.js"))]).toEqual(ids);
    expect(runCli(["run", "--check"], dir).code).toBe(0);
  });

  it("never writes an unchanged file: inode and mtime stay", () => {
    const dir = tempDir("unchanged");
    writeTree(dir, {
      "plain.js": PLAIN,
      "left-alone.js": LEFT_ALONE,
      "data.js": "module.exports = [1, 2, 3];\n",
      "x.js": SOURCE,
    });
    const names = ["plain.js", "left-alone.js", "data.js"];
    age(...names.map((name) => path.join(dir, name)));
    const before = names.map((name) => identity(path.join(dir, name)));
    const contents = names.map((name) => bytes(path.join(dir, name)));

    const result = runCli(["run", "--write"], dir);
    expect(result.code).toBe(0);
    expect(bytes(path.join(dir, "x.js")).toString("utf8")).toBe(CONVERTED);
    expect(names.map((name) => identity(path.join(dir, name)))).toEqual(before);
    names.forEach((name, i) => expect(bytes(path.join(dir, name)).equals(contents[i]), name).toBe(true));
  });
});

describe("what a file is made of is kept (RELIABILITY 5, 32)", () => {
  /** The converted text with each line given the line ending the function returns for its 0-based index. */
  const withEndings = (text: string, ending: (index: number, count: number) => string) => {
    const parts = text.split("\n");
    const last = parts.pop()!;
    return parts.map((line, i) => line + ending(i, parts.length)).join("") + last;
  };

  const cases: Record<string, { input: string; expected: () => string }> = {
    "crlf.js": { input: SOURCE.replace(/\n/g, "\r\n"), expected: () => CONVERTED.replace(/\n/g, "\r\n") },
    "bom.js": { input: `\uFEFF${SOURCE}`, expected: () => `\uFEFF${CONVERTED}` },
    "shebang.js": { input: `#!/usr/bin/env node\n${SOURCE}`, expected: () => `#!/usr/bin/env node\n${CONVERTED}` },
    "no-final-newline.js": { input: SOURCE.slice(0, -1), expected: () => CONVERTED.slice(0, -1) },
    "all-of-them.js": {
      input: `\uFEFF#!/usr/bin/env node\r\n${SOURCE.slice(0, -1).replace(/\n/g, "\r\n")}`,
      expected: () => `\uFEFF#!/usr/bin/env node\r\n${CONVERTED.slice(0, -1).replace(/\n/g, "\r\n")}`,
    },
    // The two require lines and the last line end in CRLF, the function's lines in LF. Lines the
    // conversion does not touch keep their own ending; new lines take the file's usual one (LF here).
    "mixed.js": {
      input: withEndings(SOURCE, (i, n) => (i < 2 || i === n - 1 ? "\r\n" : "\n")),
      expected: () => withEndings(CONVERTED, (i, n) => (i < 2 || i === n - 1 ? "\r\n" : "\n")),
    },
    // U+2028 is a line terminator to a parser, and a character of the value inside a template literal.
    "line-separator.js": {
      input: `${SOURCE}const banner = \`a\u2028b\`;\n`,
      expected: () => `${CONVERTED}const banner = \`a\u2028b\`;\n`,
    },
    // A lone CR ends a line too (old Mac files).
    "lone-cr.js": { input: `// old\r// mac\r${SOURCE}`, expected: () => `// old\r// mac\r${CONVERTED}` },
  };

  it.each(Object.keys(cases))("%s: --write keeps it exactly", (name) => {
    const dir = tempDir("envelope");
    writeTree(dir, { [name]: cases[name].input });
    const result = runCli(["run", "--write", "--json"], dir);
    expect(result.code, result.stdout + result.stderr).toBe(0);
    expect(parseReport(result.stdout).files).toEqual([expect.objectContaining({ path: name, status: "changed" })]);
    const written = bytes(path.join(dir, name));
    const expected = cases[name].expected();
    expect(JSON.stringify(written.toString("utf8"))).toBe(JSON.stringify(expected));
    expect(written.equals(Buffer.from(expected, "utf8"))).toBe(true);
  });

  it("an executable file keeps its mode", () => {
    const dir = tempDir("mode");
    writeTree(dir, { "tool.js": `#!/usr/bin/env node\n${SOURCE}` });
    const file = path.join(dir, "tool.js");
    chmodSync(file, 0o755);
    expect(runCli(["run", "--write"], dir).code).toBe(0);
    expect(bytes(file).toString("utf8")).toBe(`#!/usr/bin/env node\n${CONVERTED}`);
    expect(identity(file).mode).toBe(0o755);
  });

  it("a symlink to a file inside the directory stays a link, and its target is converted once", () => {
    const dir = tempDir("symlink");
    writeTree(dir, { "z-target.js": SOURCE });
    symlinkSync("z-target.js", path.join(dir, "a-link.js"));
    mkdirSync(path.join(dir, "sub"));
    symlinkSync("../z-target.js", path.join(dir, "sub/b-link.js"));

    const dry = runCli(["run", "--json"], dir);
    const dryReport = parseReport(dry.stdout);
    expect(dryReport.summary).toMatchObject({ files: 1, changed: 1 });

    const result = runCli(["run", "--write", "--json"], dir);
    expect(result.code).toBe(0);
    expect(parseReport(result.stdout).summary).toMatchObject({ files: 1, changed: 1, errors: 0 });
    expect(isSymlink(path.join(dir, "a-link.js"))).toBe(true);
    expect(readlinkSync(path.join(dir, "a-link.js"))).toBe("z-target.js");
    expect(isSymlink(path.join(dir, "sub/b-link.js"))).toBe(true);
    expect(readlinkSync(path.join(dir, "sub/b-link.js"))).toBe("../z-target.js");
    expect(isSymlink(path.join(dir, "z-target.js"))).toBe(false);
    expect(bytes(path.join(dir, "z-target.js")).toString("utf8")).toBe(CONVERTED);
  });

  it("a symlink to a file outside the directory is never followed: nothing outside written", () => {
    const outside = tempDir("outside");
    writeTree(outside, { "victim.js": SOURCE });
    const dir = tempDir("symlink-out");
    writeTree(dir, { "x.js": SOURCE });
    symlinkSync(path.join(outside, "victim.js"), path.join(dir, "escape.js"));

    const result = runCli(["run", "--write", "--json"], dir);
    expect(result.code).toBe(0);
    const report = parseReport(result.stdout);
    // A directory walk does not follow links; if the link is listed at all, it is as skipped.
    for (const file of report.files) if (file.path === "escape.js") expect(file.status).toBe("skipped");
    expect(fileReport(report, "x.js").status).toBe("changed");
    expect(bytes(path.join(outside, "victim.js")).toString("utf8")).toBe(SOURCE);
    expect(isSymlink(path.join(dir, "escape.js"))).toBe(true);

    // Named on the command line, it is reported with the reason.
    const named = runCli(["run", "--write", "--json", "escape.js"], dir);
    expect(named.code).toBe(0);
    const entry = fileReport(parseReport(named.stdout), "escape.js");
    expect(entry.status).toBe("skipped");
    expect(entry.error).toMatch(/^outside-root: /);
    expect(bytes(path.join(outside, "victim.js")).toString("utf8")).toBe(SOURCE);
    expect(isSymlink(path.join(dir, "escape.js"))).toBe(true);
  });

  it("a U+2029 inside a string literal (which recast cannot parse): skipped with the reason, not a syntax error, left byte for byte", () => {
    const dir = tempDir("separator-string");
    const input = `const s = 'a\u2029b';\n${SOURCE}`;
    writeTree(dir, { "in-string.js": input });
    const result = runCli(["run", "--write", "--json"], dir);
    const entry = fileReport(parseReport(result.stdout), "in-string.js");
    if (entry.status === "changed") {
      expect(bytes(path.join(dir, "in-string.js")).toString("utf8")).toBe(`const s = 'a\u2029b';\n${CONVERTED}`);
    } else {
      expect(entry.status).toBe("skipped");
      expect(entry.error).toMatch(/U\+2028 or U\+2029/);
      expect(result.code).toBe(0);
      expect(bytes(path.join(dir, "in-string.js")).toString("utf8")).toBe(input);
    }
  });

  it("a U+2028 inside a template literal the conversion moves: skipped with the reason and left byte for byte, never silently changed", () => {
    const dir = tempDir("separator-moved");
    const input = SOURCE.replace("cb(null, JSON.parse(text));", "cb(null, JSON.parse(text), `a\u2028b`);");
    writeTree(dir, { "moved.js": input });
    const result = runCli(["run", "--write", "--json"], dir);
    const entry = fileReport(parseReport(result.stdout), "moved.js");
    if (entry.status === "changed") {
      // Acceptable only if the character survived exactly.
      const expected = CONVERTED.replace("cb(null, JSON.parse(text));", "cb(null, JSON.parse(text), `a\u2028b`);");
      expect(bytes(path.join(dir, "moved.js")).toString("utf8")).toBe(expected);
    } else if (entry.status === "unchanged") {
      // A line separator makes the literal span lines: the site is not converted at all.
      expect(entry.sites).toEqual(
        expect.arrayContaining([expect.objectContaining({ outcome: "skipped", reason: "multiline-template-moved" })]),
      );
      expect(result.code).toBe(0);
      expect(bytes(path.join(dir, "moved.js")).toString("utf8")).toBe(input);
    } else {
      expect(entry.status).toBe("skipped");
      expect(entry.error).toMatch(/U\+2028 or U\+2029/);
      expect(result.code).toBe(0);
      expect(bytes(path.join(dir, "moved.js")).toString("utf8")).toBe(input);
    }
  });
});

describe("inputs that are not plain UTF-8 JavaScript (RELIABILITY 10-12)", () => {
  it("a Latin-1 file is skipped with a message and left byte for byte", () => {
    const dir = tempDir("latin1");
    // 0xE9 is "é" in Latin-1 and not valid UTF-8; the rest is a site the transform would convert.
    const latin1 = Buffer.concat([
      Buffer.from("// Caf"),
      Buffer.from([0xe9]),
      Buffer.from(` config loader\n${SOURCE}`),
    ]);
    writeTree(dir, { "latin1.js": latin1, "x.js": SOURCE });
    const file = path.join(dir, "latin1.js");
    age(file);
    const before = identity(file);

    const result = runCli(["run", "--write", "--json"], dir);
    expect(result.code).toBe(0);
    const report = parseReport(result.stdout);
    const entry = fileReport(report, "latin1.js");
    expect(entry.status).toBe("skipped");
    // Where, and which byte: line 1, column 7 (messages count columns from 1, as editors do), byte 0xe9 at offset 6.
    expect(entry.error).toMatch(/^1:7: not valid UTF-8 \(byte 0xe9 at offset 6\)/);
    expect(entry.sites).toEqual([]);
    expect(bytes(file).equals(latin1)).toBe(true);
    expect(identity(file)).toEqual(before);
    expect(bytes(path.join(dir, "x.js")).toString("utf8")).toBe(CONVERTED);
    expect(result.stderr).toMatch(/^skipped latin1\.js: .*UTF-8/m);
  });

  it("a bad byte further in is placed on the right line", () => {
    const dir = tempDir("latin1-line");
    const text = Buffer.concat([
      Buffer.from("const fs = require('fs');\n// na"),
      Buffer.from([0xef]),
      Buffer.from(`ve\n${SOURCE.slice(SOURCE.indexOf("\n") + 1)}`),
    ]);
    writeTree(dir, { "later.js": text });
    const report = parseReport(runCli(["run", "--json"], dir).stdout);
    expect(fileReport(report, "later.js").error).toMatch(/^2:6: not valid UTF-8 \(byte 0xef at offset 31\)/);
  });

  it("a 0-byte .js file is fine and not written", () => {
    const dir = tempDir("empty");
    writeTree(dir, { "empty.js": "" });
    const file = path.join(dir, "empty.js");
    age(file);
    const before = identity(file);
    const result = runCli(["run", "--write", "--json"], dir);
    expect(result.code).toBe(0);
    expect(parseReport(result.stdout).files).toEqual([{ path: "empty.js", status: "unchanged", sites: [] }]);
    expect(bytes(file).length).toBe(0);
    expect(identity(file)).toEqual(before);
  });

  it("package.json is not parsed as code, by directory, by glob or when named", () => {
    const dir = tempDir("pkg");
    // Not valid JSON and not valid JavaScript: any attempt to parse it would fail.
    const pkg = '{ "name": "legacy", "main": "index.js", => function (\n';
    writeTree(dir, { "package.json": pkg, "index.js": SOURCE });
    for (const args of [
      ["run", "--json"],
      ["run", "--json", "*"],
      ["run", "--json", "**/*"],
    ]) {
      const result = runCli(args, dir);
      expect(result.code, args.join(" ")).toBe(0);
      expect(parseReport(result.stdout).files.map((file) => file.path)).toEqual(["index.js"]);
    }
    const named = runCli(["run", "--json", "package.json", "index.js"], dir);
    expect(named.code).toBe(0);
    const entry = fileReport(parseReport(named.stdout), "package.json");
    expect(entry.status).toBe("skipped");
    expect(entry.error).toMatch(/not-source/);
    expect(bytes(path.join(dir, "package.json")).toString("utf8")).toBe(pkg);
  });

  it("node_modules and .gitignored files are not touched; --no-gitignore takes the ignored ones", () => {
    const dir = tempDir("ignored");
    writeTree(dir, {
      ".gitignore": "build/\n*.generated.js\n",
      "x.js": SOURCE,
      "node_modules/dep/index.js": SOURCE,
      "lib/node_modules/inner/index.js": SOURCE,
      "build/out.js": SOURCE,
      "lib/api.generated.js": SOURCE,
    });
    const result = runCli(["run", "--write", "--json"], dir);
    expect(result.code).toBe(0);
    expect(parseReport(result.stdout).files.map((file) => file.path)).toEqual(["x.js"]);
    for (const name of [
      "node_modules/dep/index.js",
      "lib/node_modules/inner/index.js",
      "build/out.js",
      "lib/api.generated.js",
    ]) {
      expect(bytes(path.join(dir, name)).toString("utf8"), name).toBe(SOURCE);
    }
    expect(bytes(path.join(dir, "x.js")).toString("utf8")).toBe(CONVERTED);

    const all = runCli(["run", "--json", "--no-gitignore"], dir);
    expect(all.code).toBe(0);
    expect(parseReport(all.stdout).files.map((file) => [file.path, file.status])).toEqual([
      ["build/out.js", "changed"],
      ["lib/api.generated.js", "changed"],
      ["x.js", "unchanged"],
    ]);
  });
});

describe("bad usage (RELIABILITY 37)", () => {
  const cases: Record<string, string[]> = {
    "unknown flag": ["run", "--frobnicate", "."],
    "unknown transform": ["run", "-t", "nope", "."],
    "unknown transform among known ones": ["run", "-t", "callbacks-to-async,nope", "."],
    "missing path": ["run", "does-not-exist"],
    "missing path (scan)": ["scan", "does-not-exist"],
    "unknown command": ["frobnicate"],
    "no command": [],
    "--cpus 0": ["run", "--cpus", "0", "."],
    "--cpus not a number": ["run", "--cpus", "many", "."],
    "--max-file-size not a size": ["run", "--max-file-size", "huge", "."],
  };
  it.each(Object.keys(cases))("%s: one line on stderr, nothing on stdout, exit 2, nothing written", (name) => {
    const dir = tempDir("usage");
    writeTree(dir, { "x.js": SOURCE });
    const result = runCli([...cases[name], ...(cases[name][0] === "run" ? ["--write"] : [])], dir);
    expectUsageError(result);
    expect(bytes(path.join(dir, "x.js")).toString("utf8")).toBe(SOURCE);
  });

  it("the messages say what is wrong", () => {
    const dir = tempDir("usage-msg");
    writeTree(dir, { "x.js": SOURCE });
    expect(runCli(["run", "--frobnicate"], dir).stderr).toMatch(/frobnicate/);
    expect(runCli(["run", "-t", "nope"], dir).stderr).toMatch(/"nope".*callbacks-to-async/);
    expect(runCli(["run", "does-not-exist"], dir).stderr).toMatch(/not found: does-not-exist/);
  });
});

describe("bad input (issue 8: paths)", () => {
  it("a directory that leads outside the working directory through a symlink: one line, exit 2, nothing written there", () => {
    const outside = tempDir("outside-dir");
    writeTree(outside, { "victim.js": SOURCE });
    const dir = tempDir("link-dir");
    writeTree(dir, { "x.js": SOURCE });
    symlinkSync(outside, path.join(dir, "vendor"), "dir");
    for (const command of [
      ["run", "--write", "vendor"],
      ["scan", "vendor"],
      ["run", "--write", "vendor/victim.js", "vendor"],
    ]) {
      const result = runCli(command, dir);
      expectUsageError(result);
      expect(result.stderr).toMatch(
        /^unpyramid: vendor(\/victim\.js)? leads outside the working directory through a symlink/,
      );
    }
    // A file named through the linked directory, on the command line or on stdin: the same.
    for (const [command, input] of [
      [["run", "--write", "vendor/victim.js"], undefined],
      [["run", "--write", "-"], "vendor/victim.js\n"],
    ] as const) {
      const result = runCli(command, dir, input ? { input } : {});
      expectUsageError(result);
      expect(result.stderr).toMatch(
        /^unpyramid: vendor\/victim\.js leads outside the working directory through a symlink/,
      );
    }
    expect(bytes(path.join(outside, "victim.js")).toString("utf8")).toBe(SOURCE);
    expect(bytes(path.join(dir, "x.js")).toString("utf8")).toBe(SOURCE);
  });

  it("an empty directory, or one with no source file: one line that says what was looked for, exit 2", () => {
    const dir = tempDir("empty");
    mkdirSync(path.join(dir, "nothing"));
    writeTree(dir, { "docs/readme.md": "# hi\n" });
    for (const target of ["nothing", "docs"]) {
      const result = runCli(["run", target], dir);
      expectUsageError(result);
      expect(result.stderr).toMatch(new RegExp(`^unpyramid: no source files in ${target} \\(looked for \\.js `));
    }
    expectUsageError(runCli(["scan", "nothing"], dir));
  });

  it("`-` reads the paths from stdin, one per line (CRLF too); with none it is a usage error", () => {
    const dir = tempDir("stdin-list");
    writeTree(dir, { "a.js": SOURCE, "b.js": SOURCE, "c.js": SOURCE });
    const result = runCli(["run", "--write", "--json", "-"], dir, { input: "a.js\r\n\nc.js\n" });
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout).files.map((file: { path: string }) => file.path)).toEqual(["a.js", "c.js"]);
    expect(bytes(path.join(dir, "b.js")).toString("utf8")).toBe(SOURCE);
    expect(bytes(path.join(dir, "a.js")).toString("utf8")).not.toBe(SOURCE);
    const scan = runCli(["scan", "--json", "-"], dir, { input: "b.js\n" });
    expect(JSON.parse(scan.stdout).files.map((file: { path: string }) => file.path)).toEqual(["b.js"]);
    const none = runCli(["run", "-"], dir, { input: "" });
    expectUsageError(none);
    expect(none.stderr).toMatch(/stdin had none/);
    expectUsageError(runCli(["run", "-"], dir, { input: "missing.js\n" }));
  });
});

describe("--write in a git work tree (DESIGN: refuses on uncommitted changes)", () => {
  it("refuses (exit 2, file untouched) when the target has uncommitted changes; --allow-dirty writes it", () => {
    const dir = tempDir("dirty");
    writeTree(dir, { "x.js": SOURCE, "clean.js": SOURCE });
    gitInitCommit(dir);
    const dirty = `${SOURCE}// a local edit\n`;
    writeFileSync(path.join(dir, "x.js"), dirty);
    const before = snapshot(dir);

    const refused = runCli(["run", "--write"], dir);
    expectUsageError(refused);
    expect(refused.stderr).toMatch(/x\.js/);
    expect(refused.stderr).toMatch(/--allow-dirty/);
    expect(snapshot(dir)).toEqual(before);

    // A clean target alone is fine.
    const cleanOnly = runCli(["run", "--write", "clean.js"], dir);
    expect(cleanOnly.code).toBe(0);
    expect(bytes(path.join(dir, "clean.js")).toString("utf8")).toBe(CONVERTED);
    expect(bytes(path.join(dir, "x.js")).toString("utf8")).toBe(dirty);

    const allowed = runCli(["run", "--write", "--allow-dirty"], dir);
    expect(allowed.code).toBe(0);
    expect(bytes(path.join(dir, "x.js")).toString("utf8")).toBe(`${CONVERTED}// a local edit\n`);
  });

  it("an untracked target counts as uncommitted; a dry run is never refused", () => {
    const dir = tempDir("untracked");
    writeTree(dir, { "clean.js": PLAIN });
    gitInitCommit(dir);
    writeTree(dir, { "new.js": SOURCE });
    expectUsageError(runCli(["run", "--write"], dir));
    expect(bytes(path.join(dir, "new.js")).toString("utf8")).toBe(SOURCE);
    expect(runCli(["run"], dir).code).toBe(0);
  });
});

describe("worker count (RELIABILITY 35)", () => {
  it("--cpus 1 and --cpus 2 give the same report, diff and files over 40 files", () => {
    const dir = tempDir("cpus");
    const files: Record<string, string | Buffer> = {};
    for (let i = 0; i < 40; i++) {
      const name = `pkg${i % 3}/file-${String(i).padStart(2, "0")}.js`;
      switch (i % 5) {
        case 0:
          files[name] = SOURCE.replace("readConfig", `readConfig${i}`).replace("readConfig }", `readConfig${i} }`);
          break;
        case 1:
          files[name] = PLAIN;
          break;
        case 2:
          files[name] = LEFT_ALONE;
          break;
        case 3:
          files[name] = i === 13 ? BROKEN : `module.exports = ${i};\n`;
          break;
        default:
          files[name] =
            i === 4
              ? Buffer.concat([Buffer.from("// caf"), Buffer.from([0xe9]), Buffer.from(`\n${SOURCE}`)])
              : SOURCE.replace(/\n/g, "\r\n");
      }
    }
    writeTree(dir, files);
    const one = runCli(["run", "--json", "--cpus", "1"], dir);
    const two = runCli(["run", "--json", "--cpus", "2"], dir);
    expect(one.code).toBe(3);
    expect(two.code).toBe(3);
    const reportOne = parseReport(one.stdout);
    expect(reportOne.summary).toMatchObject({ files: 40, errors: 1, skipped: 1 });
    expect(reportOne.summary.changed).toBe(15);
    expect(parseReport(two.stdout)).toEqual(reportOne);
    expect(two.stdout).toBe(one.stdout);

    const diffOne = runCli(["run", "--cpus", "1"], dir);
    const diffTwo = runCli(["run", "--cpus", "2"], dir);
    expect(diffOne.stdout.match(/^diff --git /gm)).toHaveLength(15);
    expect(diffTwo.stdout).toBe(diffOne.stdout);

    const a = copyDir(dir, "cpus1");
    const b = copyDir(dir, "cpus2");
    expect(runCli(["run", "--write", "--cpus", "1"], a).code).toBe(3);
    expect(runCli(["run", "--write", "--cpus", "2"], b).code).toBe(3);
    expect(snapshot(b)).toEqual(snapshot(a));
    expect(snapshot(a).get("pkg0/file-00.js")!.toString("utf8")).toContain("async function readConfig0");
  });
});

describe("list and scan", () => {
  it("list prints each transform with a description on stdout", () => {
    const result = runCli(["list"], tempDir("list"));
    expect(result.code).toBe(0);
    expect(result.stderr).toBe("");
    expect(lines(result.stdout)).toHaveLength(5);
    expect(result.stdout).toMatch(
      /^promise-wrappers\s+\S.*\nasync-lib\s+\S.*\ncallbacks-to-async\s+\S.*\ncallbacks-to-then\s+\(only with -t\) \S.*\nthen-to-async\s+\S.*\n$/,
    );
  });

  it("run without -t leaves the opt-in callbacks-to-then out; -t callbacks-to-then runs it alone", () => {
    const dir = tempDir("opt-in");
    writeTree(dir, {
      "a.js":
        "const fs = require('fs');\nfunction f(cb) {\n  fs.readFile('a', (err, t) => {\n    if (err) return cb(err);\n    cb(null, t.length);\n  });\n}\nmodule.exports = f;\n",
    });
    const all = JSON.parse(runCli(["run", "--json", "."], dir).stdout);
    expect(all.transforms).toEqual(["promise-wrappers", "async-lib", "callbacks-to-async", "then-to-async"]);
    const chained = runCli(["run", ".", "-t", "callbacks-to-then"], dir);
    expect(chained.code).toBe(0);
    expect(chained.stdout).toMatch(/\+\s+return fs\.promises\.readFile\('a'\)\.then\(\(t\) => \{/);
    expect(chained.stdout).not.toMatch(/await/);
  });

  it("-t and --ignore take one value: the paths after them are paths; given again, they add one", () => {
    const dir = tempDir("t-then-path");
    writeTree(dir, {
      "a.js":
        "const fs = require('fs');\nfunction f(cb) {\n  fs.readFile('a', (err, t) => {\n    if (err) return cb(err);\n    cb(null, t.length);\n  });\n}\nmodule.exports = f;\n",
      "b.js": "const fs = require('fs');\nfs.readFile('b', () => {});\n",
    });
    const one = runCli(["run", "--json", "-t", "callbacks-to-async", "a.js"], dir);
    expect(one.code).toBe(0);
    const report = JSON.parse(one.stdout);
    expect(report.transforms).toEqual(["callbacks-to-async"]);
    expect(report.files.map((file: { path: string }) => file.path)).toEqual(["a.js"]);
    const two = JSON.parse(
      runCli(["run", "--json", "-t", "async-lib", "-t", "callbacks-to-async", "a.js"], dir).stdout,
    );
    expect(two.transforms).toEqual(["async-lib", "callbacks-to-async"]);
    // --ignore too: the path after it is a path, and it repeats.
    const ignored = JSON.parse(runCli(["run", "--json", "--ignore", "b.js", "."], dir).stdout);
    expect(ignored.files.map((file: { path: string }) => file.path)).toEqual(["a.js"]);
    const both = JSON.parse(
      runCli(["run", "--json", "--ignore", "a.js", "--ignore", "b.js", "a.js", "b.js"], dir).stdout,
    );
    expect(both.files.map((file: { path: string }) => file.path)).toEqual(["a.js", "b.js"]);
  });

  it("scan prints the summary (worst files, histogram, reasons) and changes nothing; --json has the sites per file", () => {
    const dir = tempDir("scan");
    writeTree(dir, { "x.js": SOURCE, "lib/left-alone.js": LEFT_ALONE, "plain.js": PLAIN });
    const before = snapshot(dir);
    const text = runCli(["scan"], dir);
    expect(text.code).toBe(0);
    expect(text.stdout).toMatch(
      /^3 files, 2 with sites: 2 callback sites, 0 promise chains, 0 async-lib calls; deepest nesting 1; 1 would change$/m,
    );
    expect(text.stdout).toMatch(/^\s+1\s+1\s+2\s+0\s+2\s+x\.js$/m);
    expect(text.stdout).toMatch(/^\s+1\s+1\s+0\s+1\s+0\s+lib\/left-alone\.js$/m);
    expect(text.stdout).not.toMatch(/plain\.js/);
    expect(text.stdout).toMatch(/^\s+1\s+#{40}\s+2$/m);
    expect(text.stdout).toMatch(
      /^\s+1\s+enclosing-function-is-generator\s+callbacks-to-async\s+e\.g\. lib\/left-alone\.js:4:3$/m,
    );
    expect(text.stderr).toMatch(
      /^unpyramid scan: 3 files, 2 with sites, 2 callback sites, deepest nesting 1, 1 would change \(\d+\.\ds\)$/m,
    );

    const json = runCli(["scan", "--json"], dir);
    expect(json.code).toBe(0);
    const report = JSON.parse(json.stdout);
    expect(report.version).toBe(2);
    expect(report.summary).toMatchObject({
      files: 3,
      filesWithSites: 2,
      callbackSites: 2,
      maxDepth: 1,
      depthHistogram: [2],
      wouldChange: 1,
    });
    expect(report.files.find((file: { path: string }) => file.path === "x.js").callbackSites).toEqual([
      expect.objectContaining({ line: 4, callee: "fs.readFile", function: "readConfig" }),
    ]);
    expect(snapshot(dir)).toEqual(before);
  });

  it("scan reports a file that does not parse with its place and exits 3", () => {
    const dir = tempDir("scan-broken");
    writeTree(dir, { "broken.js": BROKEN, "x.js": SOURCE });
    const result = runCli(["scan", "--json"], dir);
    expect(result.code).toBe(3);
    const report = JSON.parse(result.stdout);
    expect(report.summary.errors).toBe(1);
    expect(report.files.find((file: { path: string }) => file.path === "broken.js").error).toMatch(/^3:13: /);
  });
});

describe("stdout carries only data", () => {
  it("dry run: the diff on stdout, the summary on stderr", () => {
    const dir = tempDir("streams");
    writeTree(dir, { "x.js": SOURCE, "left-alone.js": LEFT_ALONE });
    const result = runCli(["run"], dir);
    expect(result.code).toBe(0);
    expect(result.stdout.startsWith("diff --git a/x.js b/x.js\n")).toBe(true);
    expect(result.stdout).not.toMatch(/unpyramid|left as they were|by reason/);
    // Every stdout line is part of a unified diff.
    for (const line of result.stdout.split("\n").slice(0, -1))
      expect(line).toMatch(/^(diff --git |--- |\+\+\+ |@@ |[ +\-\\])/);
    expect(result.stdout.endsWith("\n")).toBe(true);
    const errLines = lines(result.stderr);
    expect(errLines.at(-1)).toMatch(
      /^unpyramid: 2 files: 1 would change, 1 unchanged, 0 skipped, 0 errors; sites: 2 converted, 1 left as they were \(\d+\.\ds\)$/,
    );
    expect(result.stderr).not.toContain("diff --git");
    expect(result.stderr).not.toMatch(/\x1b\[/);
    expect(result.stdout).not.toMatch(/\x1b\[/);
  });

  it("--json: stdout is exactly one JSON document, and nothing else", () => {
    const dir = tempDir("streams-json");
    writeTree(dir, { "x.js": SOURCE });
    const json = runCli(["run", "--json"], dir);
    expect(json.code).toBe(0);
    expect(() => JSON.parse(json.stdout)).not.toThrow();
    expect(json.stdout).not.toContain("diff --git");
    expect(lines(json.stderr).at(-1)).toMatch(/^unpyramid: /);

    const written = runCli(["run", "--write", "--json"], dir);
    expect(written.code).toBe(0);
    expect(JSON.parse(written.stdout).summary.changed).toBe(1);
    expect(lines(written.stderr).at(-1)).toMatch(/^unpyramid: 1 file: 1 changed,/);
  });

  it("--color forces colour on the diff; NO_COLOR alone keeps it plain", () => {
    const dir = tempDir("color");
    writeTree(dir, { "x.js": SOURCE });
    expect(runCli(["run", "--color"], dir).stdout).toMatch(/\x1b\[/);
    expect(runCli(["run", "--no-color"], dir).stdout).not.toMatch(/\x1b\[/);
  });
});

describe("--write, read-only files and --parser", () => {
  it("--write prints no diff: stdout stays empty, the summary goes to stderr", () => {
    const dir = tempDir("write-quiet");
    writeTree(dir, { "a.js": SOURCE });
    const result = runCli(["run", "--write"], dir);
    expect(result.code).toBe(0);
    expect(result.stdout).toBe("");
    expect(result.stderr).toMatch(/^unpyramid: 1 file: 1 changed/m);
    expect(bytes(path.join(dir, "a.js")).toString()).toBe(CONVERTED);
  });

  it("a read-only file is skipped with the reason and left byte for byte", () => {
    const dir = tempDir("read-only");
    writeTree(dir, { "ro.js": SOURCE });
    const file = path.join(dir, "ro.js");
    chmodSync(file, 0o444);
    const result = runCli(["run", "--write", "--json"], dir);
    expect(result.code).toBe(0);
    const entry = parseReport(result.stdout).files[0];
    expect(entry.status).toBe("skipped");
    expect(entry.error).toMatch(/^read-only: /);
    expect(bytes(file).toString()).toBe(SOURCE);
    expect(statSync(file).mode & 0o777).toBe(0o444);
  });

  it("--parser ts reads TypeScript in a .js file; without it the file is an error", () => {
    const dir = tempDir("parser");
    const typed = SOURCE.replace(
      "function readConfig(name, cb)",
      "function readConfig(name: string, cb: Function): void",
    );
    writeTree(dir, { "typed.js": typed });
    const auto = runCli(["run", "--json"], dir);
    expect(auto.code).toBe(3);
    expect(parseReport(auto.stdout).files[0].status).toBe("error");
    const forced = runCli(["run", "--json", "--parser", "ts"], dir);
    expect(forced.code).toBe(0);
    expect(parseReport(forced.stdout).files[0].status).toBe("changed");
    const bad = runCli(["run", "--parser", "coffee"], dir);
    expect(bad.code).toBe(2);
    expect(bad.stderr.trim().split("\n")).toHaveLength(1);
  });
});

describe("temp files a killed run left (issue 19)", () => {
  /** The id of a process that has ended. */
  function deadPid(): number {
    const done = spawnSync(process.execPath, ["-e", ""]);
    expect(done.status).toBe(0);
    return done.pid;
  }

  it("a --write rerun removes them, names each on stderr and in the JSON report; look-alikes are never touched", () => {
    const dir = tempDir("temp-files");
    const pid = deadPid();
    const ours = {
      "lib/a.js": `lib/.a.js.unpyramid-${pid}-0b1c2d3e.tmp`,
      "lib/b.js": `lib/.b.js.unpyramid-${pid}-12345678.tmp`,
    };
    // Files unpyramid did not make, or cannot vouch for: other names, a temp name whose file is gone, a
    // directory and a link of our shape, and one in a directory that holds no file of the run.
    const theirs = {
      "lib/a.js.1452125327": "a user's file, named as write-file-atomic names its temp files\n",
      "lib/a.js.tmp": "a user's .tmp\n",
      "lib/.a.js.tmp": "a user's hidden .tmp\n",
      [`lib/.a.js.unpyramid-${pid}-0B1C2D3E.tmp`]: "upper-case hex is not ours\n",
      [`lib/a.js.unpyramid-${pid}-0b1c2d3e.tmp`]: "no leading dot\n",
      [`lib/.gone.js.unpyramid-${pid}-0b1c2d3e.tmp`]: "lib/gone.js does not exist\n",
      "docs/readme.md": "# docs\n",
      [`docs/.readme.md.unpyramid-${pid}-0b1c2d3e.tmp`]: "no file of the run is in docs/\n",
    };
    writeTree(dir, {
      "lib/a.js": SOURCE,
      "lib/b.js": PLAIN,
      [ours["lib/a.js"]]: SOURCE.slice(0, 40),
      [ours["lib/b.js"]]: "",
      ...theirs,
    });
    mkdirSync(path.join(dir, `lib/.b.js.unpyramid-${pid}-aaaaaaaa.tmp`));
    symlinkSync("a.js", path.join(dir, `lib/.a.js.unpyramid-${pid}-bbbbbbbb.tmp`));

    const result = runCli(["run", "--write", "--json"], dir);
    expect(result.code, result.stderr).toBe(0);
    const report = parseReport(result.stdout);
    expect(report.tempFiles).toEqual([
      { path: ours["lib/a.js"], file: "lib/a.js", removed: true },
      { path: ours["lib/b.js"], file: "lib/b.js", removed: true },
    ]);
    const removed = lines(result.stderr).filter((line) => line.startsWith("removed "));
    expect(removed).toEqual([
      `removed ${ours["lib/a.js"]}: the temp file of an unpyramid write to lib/a.js that never finished (a killed run; lib/a.js itself is whole)`,
      `removed ${ours["lib/b.js"]}: the temp file of an unpyramid write to lib/b.js that never finished (a killed run; lib/b.js itself is whole)`,
    ]);
    expect(lines(result.stderr).at(-1)).toMatch(/^unpyramid: 2 files: 1 changed, 1 unchanged/);
    for (const temp of Object.values(ours)) expect(existsSync(path.join(dir, temp)), temp).toBe(false);
    for (const [name, content] of Object.entries(theirs))
      expect(bytes(path.join(dir, name)).toString(), name).toBe(content);
    expect(statSync(path.join(dir, `lib/.b.js.unpyramid-${pid}-aaaaaaaa.tmp`)).isDirectory()).toBe(true);
    expect(isSymlink(path.join(dir, `lib/.a.js.unpyramid-${pid}-bbbbbbbb.tmp`))).toBe(true);
    expect(bytes(path.join(dir, "lib/a.js")).toString()).toBe(CONVERTED);

    // Nothing left to remove: the report has no tempFiles at all, and stderr says nothing of them.
    const again = runCli(["run", "--write", "--json"], dir);
    expect(again.code).toBe(0);
    expect(parseReport(again.stdout)).not.toHaveProperty("tempFiles");
    expect(again.stderr).not.toMatch(/unpyramid-\d+-/);
  });

  it("a dry run (and --check) leaves them and warns on stderr; the diff on stdout is as without them", () => {
    const dir = tempDir("temp-files-dry");
    const temp = `.x.js.unpyramid-${deadPid()}-0b1c2d3e.tmp`;
    writeTree(dir, { "x.js": SOURCE });
    const clean = runCli(["run"], dir);
    writeTree(dir, { [temp]: SOURCE });
    const before = snapshot(dir);

    const dry = runCli(["run"], dir);
    expect(dry.code).toBe(0);
    expect(dry.stdout).toBe(clean.stdout);
    expect(lines(dry.stderr)[0]).toBe(
      `warning ${temp}: the temp file of an unpyramid write to x.js that never finished (a killed run; x.js itself is whole); unpyramid run --write removes it (a dry run writes nothing)`,
    );
    const json = runCli(["run", "--json"], dir);
    expect(parseReport(json.stdout).tempFiles).toEqual([
      { path: temp, file: "x.js", removed: false, reason: "dry-run" },
    ]);
    const check = runCli(["run", "--check"], dir);
    expect(check.code).toBe(1);
    expect(check.stderr).toContain(`warning ${temp}: `);
    expect(snapshot(dir)).toEqual(before);
  });

  it("one whose writer is still running is left, even by --write, and said so", () => {
    const dir = tempDir("temp-files-live");
    // This test's own process stands for an unpyramid run that is still writing x.js.
    const temp = `.x.js.unpyramid-${process.pid}-0b1c2d3e.tmp`;
    writeTree(dir, { "x.js": SOURCE, [temp]: "half" });
    const result = runCli(["run", "--write", "--json"], dir);
    expect(result.code).toBe(0);
    expect(parseReport(result.stdout).tempFiles).toEqual([
      { path: temp, file: "x.js", removed: false, reason: "writer-running" },
    ]);
    expect(result.stderr).toContain(
      `warning ${temp}: the temp file of an unpyramid write to x.js by process ${process.pid}, which is still running; left as it is`,
    );
    expect(bytes(path.join(dir, temp)).toString()).toBe("half");
    expect(bytes(path.join(dir, "x.js")).toString()).toBe(CONVERTED);
  });

  it("for a file reached through a symlink, the one beside the link's target is removed", () => {
    const dir = tempDir("temp-files-link");
    const temp = `real/.target.js.unpyramid-${deadPid()}-0b1c2d3e.tmp`;
    writeTree(dir, { "real/target.js": SOURCE, [temp]: "" });
    symlinkSync("real/target.js", path.join(dir, "link.js"));
    const result = runCli(["run", "--write", "--json", "link.js"], dir);
    expect(result.code).toBe(0);
    expect(parseReport(result.stdout).tempFiles).toEqual([{ path: temp, file: "real/target.js", removed: true }]);
    expect(existsSync(path.join(dir, temp))).toBe(false);
    expect(isSymlink(path.join(dir, "link.js"))).toBe(true);
    expect(bytes(path.join(dir, "real/target.js")).toString()).toBe(CONVERTED);
  });
});
