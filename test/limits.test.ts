// Issue 8, limits: a per-file time limit and a worker heap limit. The file past a limit is reported
// (skipped as time-limit, or an error naming the dead worker) and left byte for byte; every other file
// is converted; the counts add up.
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { bytes, cleanupTempDirs, runCli, tempDir, writeTree } from "./helpers/cli";

afterAll(cleanupTempDirs);

const SMALL =
  "const fs = require('fs');\nfs.readFile('x', (err, t) => {\n  if (err) throw err;\n  console.log(t);\n});\n";

/** 30 small files that convert, and one more (named to come last, when the worker is warm). */
function tree(label: string, last: string): string {
  const dir = tempDir(label);
  writeTree(dir, {
    ...Object.fromEntries(Array.from({ length: 30 }, (_, i) => [`small-${String(i).padStart(2, "0")}.js`, SMALL])),
    "z-last.js": last,
  });
  return dir;
}

/** Hundreds of callback-API functions: seconds of work for the transforms. */
function slowFile(functions: number): string {
  let text = "const fs = require('fs');\n";
  for (let i = 0; i < functions; i++)
    text += `function f${i}(p, cb) {\n  fs.readFile(p, 'utf8', (err, t) => {\n    if (err) return cb(err);\n    fs.stat(p, (err, st) => {\n      if (err) return cb(err);\n      cb(null, t.length + st.size + ${i});\n    });\n  });\n}\n`;
  return `${text}module.exports = { ${Array.from({ length: functions }, (_, i) => `f${i}`).join(", ")} };\n`;
}

/** A file with a site and a large literal: its syntax tree needs far more heap than a small file's. */
function heavyFile(): string {
  const items = Array.from({ length: 250_000 }, (_, i) => (i % 2 ? '"ab"' : "{a:1}"));
  return `${SMALL}const data = [${items.join(",")}];\n`;
}

function summaryOf(stdout: string) {
  return JSON.parse(stdout) as {
    summary: Record<string, unknown>;
    files: { path: string; status: string; error?: string }[];
  };
}

describe("limits (issue 8)", () => {
  it("--max-file-time: a file past it is skipped as time-limit and left as it was; the others convert", () => {
    const slow = slowFile(300);
    const dir = tree("time-limit", slow);
    const result = runCli(["run", "--write", "--json", "--cpus", "2", "--max-file-time", "2s", "."], dir);
    expect(result.code).toBe(0);
    const report = summaryOf(result.stdout);
    expect(report.summary).toMatchObject({ files: 31, changed: 30, skipped: 1, errors: 0 });
    const last = report.files.find((file) => file.path === "z-last.js")!;
    expect(last.status).toBe("skipped");
    expect(last.error).toMatch(/^time-limit: the file took more than 2 s/);
    expect(bytes(path.join(dir, "z-last.js")).toString("utf8")).toBe(slow);
    expect(bytes(path.join(dir, "small-00.js")).toString("utf8")).not.toBe(SMALL);
    expect(result.stderr).toMatch(/^skipped z-last\.js: time-limit: /m);
  }, 60_000);

  it("--worker-memory: a worker that runs out of heap is reported for its file, the pool goes on, the counts add up, exit 3", () => {
    const heavy = heavyFile();
    const dir = tree("worker-memory", heavy);
    const result = runCli(["run", "--write", "--json", "--cpus", "2", "--worker-memory", "48", "."], dir);
    expect(result.code).toBe(3);
    const report = summaryOf(result.stdout);
    expect(report.summary).toMatchObject({ files: 31, changed: 30, skipped: 0, errors: 1 });
    const last = report.files.find((file) => file.path === "z-last.js")!;
    expect(last.status).toBe("error");
    expect(last.error).toMatch(/^worker failed: .*memory.*; the file was left unchanged$/);
    expect(bytes(path.join(dir, "z-last.js")).toString("utf8")).toBe(heavy);
    for (let i = 0; i < 30; i++)
      expect(bytes(path.join(dir, `small-${String(i).padStart(2, "0")}.js`)).toString("utf8")).not.toBe(SMALL);
  }, 60_000);

  it("bad limits are usage errors", () => {
    const dir = tree("bad-limits", SMALL);
    for (const args of [
      ["--max-file-time", "soon"],
      ["--max-file-time", "0"],
      ["--max-file-time", "0.4ms"],
      ["--max-file-time", "36000m"],
      ["--worker-memory", "8"],
      ["--worker-memory", "lots"],
      ["--worker-memory", "0x20"],
      ["--worker-memory", "1e2"],
      ["--worker-memory", "99999999999"],
    ]) {
      const result = runCli(["run", ...args, "."], dir);
      expect(result.code).toBe(2);
      expect(result.stderr).toMatch(/^unpyramid: --(max-file-time|worker-memory): /);
    }
  });
});
