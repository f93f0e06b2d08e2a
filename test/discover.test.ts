// Discovery resolves each directory's real path once and derives a plain file's from it: these check
// that a file reached through a directory link is still the same file, and a link's target still decides.
import { mkdirSync, mkdtempSync, realpathSync, symlinkSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { discover } from "../src/runner/discover";

function tree(): string {
  const dir = realpathSync(mkdtempSync(path.join(os.tmpdir(), "unpyramid-discover-")));
  mkdirSync(path.join(dir, "sub"));
  writeFileSync(path.join(dir, "sub/a.js"), "a();\n");
  writeFileSync(path.join(dir, "sub/b.js"), "b();\n");
  return dir;
}

describe("discover", () => {
  it("a file named through a linked directory and found in the real one is one file", () => {
    const dir = tree();
    symlinkSync("sub", path.join(dir, "linked"), "dir");
    const { files, skipped } = discover(["sub", "linked/a.js"], { cwd: dir, gitignore: false });
    expect(files.map((f) => f.display)).toEqual(["sub/a.js", "sub/b.js"]);
    expect(skipped).toEqual([]);
  });

  it("a file linked to another file inside the tree is read once, under one of its names", () => {
    const dir = tree();
    symlinkSync("a.js", path.join(dir, "sub/c.js"));
    const { files } = discover(["sub/c.js", "sub"], { cwd: dir, gitignore: false });
    expect(files.map((f) => f.display)).toEqual(["sub/b.js", "sub/c.js"]);
    expect(files.find((f) => f.display === "sub/c.js")!.size).toBe(5);
  });

  it("a link to a file outside the roots is never read: named, it is skipped as outside; a walk does not list it", () => {
    const outside = tree();
    const dir = tree();
    symlinkSync(path.join(outside, "sub/a.js"), path.join(dir, "sub/escape.js"));
    const named = discover(["sub/escape.js", "sub/b.js"], { cwd: dir, gitignore: false });
    expect(named.files.map((f) => f.display)).toEqual(["sub/b.js"]);
    expect(named.skipped.map((s) => s.display)).toEqual(["sub/escape.js"]);
    expect(named.skipped[0].reason).toMatch(/^outside-root: /);
    const walked = discover(["sub"], { cwd: dir, gitignore: false });
    expect(walked.files.map((f) => f.display)).toEqual(["sub/a.js", "sub/b.js"]);
  });

  it("a file named through a directory linked to outside the working directory is refused", () => {
    const outside = tree();
    const dir = tree();
    symlinkSync(path.join(outside, "sub"), path.join(dir, "vendor"), "dir");
    expect(() => discover(["vendor/a.js"], { cwd: dir, gitignore: false })).toThrow(
      /leads outside the working directory/,
    );
  });

  it("sizes are the files' own, for the largest-first order", () => {
    const dir = tree();
    writeFileSync(path.join(dir, "sub/big.js"), "x();\n".repeat(100));
    const { files } = discover(["."], { cwd: dir, gitignore: false });
    expect(Object.fromEntries(files.map((f) => [f.display, f.size]))).toEqual({
      "sub/a.js": 5,
      "sub/b.js": 5,
      "sub/big.js": 500,
    });
  });
});
