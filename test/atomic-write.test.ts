// The atomic write of src/runner/atomic-write.ts: its temp file's name says whose it is and which file
// it was for, a write that fails leaves nothing behind, and the sweep tells a killed run's temp file from
// a live write's. (Mode, read-only files, symlinks, a file changed by someone else, and what a run
// reports of the sweep are tested end to end in cli.e2e and reliability.)
import {
  chownSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  statSync,
  utimesSync,
  writeFileSync,
} from "node:fs";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { parseTempName, sweepTempFiles, tempPath, writeFileAtomic } from "../src/runner/atomic-write";
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
    for (const name of [
      "a.js.1452125327",
      "a.js.tmp",
      ".a.js.tmp",
      ".a.js.unpyramid-12-0b1c2d3.tmp",
      ".a.js.unpyramid-12-0B1C2D3E.tmp",
      ".a.js.unpyramid-0-0b1c2d3e.tmp",
      "a.js.unpyramid-12-0b1c2d3e.tmp",
      ".a.js.unpyramid-12-0b1c2d3e.tmp~",
      "..unpyramid-12-0b1c2d3e.tmp",
    ]) {
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

describe("sweep", () => {
  const display = (dir: string) => (file: string) => path.relative(dir, file);

  it("with our own process id: one made before this process started is a killed run's, one made since is a live write's", () => {
    const dir = tempDir("sweep-own");
    const old = `.a.js.unpyramid-${process.pid}-0b1c2d3e.tmp`;
    const live = `.a.js.unpyramid-${process.pid}-12345678.tmp`;
    writeFileSync(path.join(dir, "a.js"), "a\n");
    writeFileSync(path.join(dir, old), "");
    writeFileSync(path.join(dir, live), "");
    // A process before this one had our id (ids are reused, and in containers often the same).
    const before = new Date(Date.now() - process.uptime() * 1000 - 60_000);
    utimesSync(path.join(dir, old), before, before);
    expect(sweepTempFiles([dir], { remove: true, display: display(dir) })).toEqual([
      { path: old, file: "a.js", removed: true },
      { path: live, file: "a.js", removed: false, reason: "writer-running" },
    ]);
    expect(existsSync(path.join(dir, old))).toBe(false);
    expect(existsSync(path.join(dir, live))).toBe(true);
  });

  it("with a running process's id: left while it could be a write, removed once it is too old to be one", () => {
    const dir = tempDir("sweep-running");
    const fresh = `.a.js.unpyramid-${process.ppid}-0b1c2d3e.tmp`;
    const stale = `.a.js.unpyramid-${process.ppid}-12345678.tmp`;
    writeFileSync(path.join(dir, "a.js"), "a\n");
    writeFileSync(path.join(dir, fresh), "");
    writeFileSync(path.join(dir, stale), "");
    const hourAgo = new Date(Date.now() - 3_600_000);
    utimesSync(path.join(dir, stale), hourAgo, hourAgo);
    expect(sweepTempFiles([dir, dir], { remove: true, display: display(dir) })).toEqual([
      { path: fresh, file: "a.js", removed: false, reason: "writer-running" },
      { path: stale, file: "a.js", removed: true },
    ]);
  });

  it.runIf(process.getuid?.() === 0)("as root, the file keeps its owner and group", async () => {
    const dir = tempDir("atomic-owner");
    const file = path.join(dir, "a.js");
    writeFileSync(file, "old\n");
    chownSync(file, 4321, 4322);
    await writeFileAtomic(file, "new\n");
    expect(statSync(file)).toMatchObject({ uid: 4321, gid: 4322 });
    expect(readFileSync(file, "utf8")).toBe("new\n");
  });
});
