// The atomic write of src/runner/atomic-write.ts: its temp file's name says whose it is and which file
// it was for, and a write that fails leaves nothing behind. (Mode, read-only files, symlinks and a file
// changed by someone else are tested end to end in cli.e2e and reliability.)
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { parseTempName, tempPath, writeFileAtomic } from "../src/runner/atomic-write";
import { cleanupTempDirs, tempDir } from "./helpers/cli";

afterAll(cleanupTempDirs);

describe("atomic write", () => {
  it("names its temp file .<name>.unpyramid-<pid>-<8 hex>.tmp beside the file, and reads that name back", () => {
    const temp = tempPath("/x/lib/a.b.js");
    expect(path.dirname(temp)).toBe("/x/lib");
    expect(path.basename(temp)).toMatch(new RegExp(`^\\.a\\.b\\.js\\.unpyramid-${process.pid}-[0-9a-f]{8}\\.tmp$`));
    expect(parseTempName(path.basename(temp))).toEqual({ target: "a.b.js", pid: process.pid });
    expect(tempPath("/x/a.js")).not.toBe(tempPath("/x/a.js"));
    // Only that exact shape is ours: write-file-atomic's names, a user's .tmp, near misses.
    for (const name of ["a.js.1452125327", "a.js.tmp", ".a.js.tmp", ".a.js.unpyramid-12-0b1c2d3.tmp", ".a.js.unpyramid-12-0B1C2D3E.tmp", ".a.js.unpyramid-0-0b1c2d3e.tmp", "a.js.unpyramid-12-0b1c2d3e.tmp", ".a.js.unpyramid-12-0b1c2d3e.tmp~", "..unpyramid-12-0b1c2d3e.tmp"]) {
      expect(parseTempName(name), name).toBeNull();
    }
  });

  it("writes the file whole, and a write that fails leaves the directory as it was", async () => {
    const dir = tempDir("atomic");
    writeFileSync(path.join(dir, "a.js"), "old\n");
    await writeFileAtomic(path.join(dir, "a.js"), "new\n");
    expect(readFileSync(path.join(dir, "a.js"), "utf8")).toBe("new\n");
    // A directory cannot be replaced by a file: the rename fails, and the temp file goes.
    mkdirSync(path.join(dir, "sub.js"));
    await expect(writeFileAtomic(path.join(dir, "sub.js"), "x")).rejects.toThrow();
    expect(readdirSync(dir).sort()).toEqual(["a.js", "sub.js"]);
    expect(readdirSync(path.join(dir, "sub.js"))).toEqual([]);
  });
});
