// RELIABILITY 31: `unpyramid run --write` killed with SIGKILL at random moments. After every kill each
// file is byte for byte its original or its fully converted form (never partial, never lost), the only
// other files are unpyramid's own recognisable temp files, and a rerun finishes the job and removes
// them. `KILLS=200 npx vitest run test/kill.test.ts` runs the long version; npm test runs a short seeded one.
import { spawn } from "node:child_process";
import { cpSync, readdirSync, readFileSync, rmSync } from "node:fs";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { BIN, cleanupTempDirs, cliEnv, runCli, tempDir, writeTree } from "./helpers/cli";

afterAll(cleanupTempDirs);

const KILLS = Number(process.env.KILLS ?? 6);
const FILES = Number(process.env.KILL_FILES ?? 300);

/** The temp file of an atomic write, as the README names it: `.<name>.unpyramid-<pid>-<8 hex>.tmp` beside `<name>`. */
const TEMP_FILE = /^(.*\/)?\.([^/]+)\.unpyramid-[1-9]\d*-[0-9a-f]{8}\.tmp$/;

/** The file a temp file of ours was written for, or null when `file` is not one. */
function tempTarget(file: string): string | null {
  const match = TEMP_FILE.exec(file);
  return match ? `${match[1] ?? ""}${match[2]}` : null;
}

/** A small deterministic generator (mulberry32): the same kills for the same seed. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Files of several kinds: pyramids that convert, callback APIs, async-lib flows, and files left alone. */
function source(i: number): [string, string] {
  switch (i % 5) {
    case 0:
      return [
        `lib/copy-${i}.js`,
        `const fs = require('fs');\nfunction copy${i}(from, to, cb) {\n  fs.readFile(from, 'utf8', (err, text) => {\n    if (err) return cb(err);\n    fs.writeFile(to, text + '${i}', (err) => {\n      if (err) return cb(err);\n      cb(null, text.length);\n    });\n  });\n}\nmodule.exports = { copy${i} };\n`,
      ];
    case 1:
      return [
        `lib/main-${i}.js`,
        `const fs = require('fs');\nfs.readFile(__filename, 'utf8', (err, text) => {\n  if (err) throw err;\n  console.log(text.length + ${i});\n});\n`,
      ];
    case 2:
      return [
        `src/flow-${i}.js`,
        `const async = require('async');\nconst fs = require('fs');\nasync.waterfall([\n  (cb) => fs.readFile('in-${i}.txt', 'utf8', cb),\n  (text, cb) => cb(null, text.trim()),\n], (err, text) => {\n  if (err) return console.error(err.message);\n  console.log(text);\n});\n`,
      ];
    case 3:
      return [
        `src/chain-${i}.ts`,
        `export async function load${i}(get: () => Promise<string>): Promise<number> {\n  return get().then((text) => text.length);\n}\n`,
      ];
    default:
      return [`plain/add-${i}.js`, `'use strict';\nmodule.exports = (a, b) => a + b + ${i};\n`];
  }
}

function files(dir: string): Map<string, Buffer> {
  const out = new Map<string, Buffer>();
  const visit = (at: string) => {
    for (const entry of readdirSync(at, { withFileTypes: true })) {
      const full = path.join(at, entry.name);
      if (entry.isDirectory()) visit(full);
      else out.set(path.relative(dir, full).split(path.sep).join("/"), readFileSync(full));
    }
  };
  visit(dir);
  return out;
}

/** Start `run --write` and SIGKILL it after `ms`; resolves when it is gone, with whether it had finished. */
function killedRun(cwd: string, ms: number): Promise<{ finished: boolean }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [BIN, "run", "--write", "--cpus", "2", "."], {
      cwd,
      env: cliEnv(),
      stdio: "ignore",
    });
    let finished = false;
    const timer = setTimeout(() => child.kill("SIGKILL"), ms);
    child.on("exit", (code, signal) => {
      clearTimeout(timer);
      finished = signal === null && code !== null;
      resolve({ finished });
    });
  });
}

describe("killed with SIGKILL mid-run (RELIABILITY 31)", () => {
  it(
    `leaves every file whole, old or new, over ${KILLS} kills of a ${FILES}-file run; a rerun finishes`,
    async () => {
      const originals = tempDir("kill-originals");
      writeTree(originals, Object.fromEntries(Array.from({ length: FILES }, (_, i) => source(i))));
      const before = files(originals);

      // The fully converted form of every file, and how long a whole run takes.
      const converted = tempDir("kill-converted");
      cpSync(originals, converted, { recursive: true });
      const started = Date.now();
      const full = runCli(["run", "--write", "--cpus", "2", "."], converted);
      const duration = Date.now() - started;
      expect(full.code).toBe(0);
      const after = files(converted);
      const changing = [...before.keys()].filter((file) => !before.get(file)!.equals(after.get(file)!));
      expect(changing.length).toBeGreaterThan(FILES / 2);

      const next = random(20261201);
      let midRun = 0;
      let partial = 0;
      let tempFiles = 0;
      // Files nobody asked for: neither the tree's own nor a recognisable temp file of ours (all kills, then one check).
      const strays: string[] = [];
      for (let kill = 0; kill < KILLS; kill++) {
        const dir = tempDir("kill-run");
        cpSync(originals, dir, { recursive: true });
        const { finished } = await killedRun(dir, Math.floor(next() * duration * 1.1));
        if (!finished) midRun++;
        const now = files(dir);
        let done = 0;
        for (const [file, original] of before) {
          const bytes = now.get(file);
          expect(bytes, `${file} is missing after kill ${kill}`).toBeDefined();
          const whole = bytes!.equals(original) || bytes!.equals(after.get(file)!);
          expect(whole, `${file} is neither its original nor its converted form after kill ${kill}`).toBe(true);
          if (!bytes!.equals(original)) done++;
        }
        if (done > 0 && done < changing.length) partial++;
        // Anything else in the tree is the temp file of a write the kill interrupted, named so that
        // unpyramid knows it for its own: `.<name>.unpyramid-<pid>-<hex>.tmp` beside a file of the tree.
        const temps: string[] = [];
        for (const file of now.keys()) {
          if (before.has(file)) continue;
          const target = tempTarget(file);
          if (target !== null && before.has(target)) temps.push(file);
          else strays.push(`${file} (kill ${kill})`);
        }
        tempFiles += temps.length;

        // A rerun converts the rest, and removes the temp files, naming each on stderr; the tree then
        // equals the one converted in one go, with no other file.
        const rerun = runCli(["run", "--write", "--cpus", "2", "."], dir);
        expect(rerun.code).toBe(0);
        for (const temp of temps)
          expect(rerun.stderr, `the rerun of kill ${kill} names ${temp}`).toContain(`removed ${temp}: `);
        const finishedTree = files(dir);
        for (const [file, bytes] of after)
          expect(finishedTree.get(file)!.equals(bytes), `${file} after the rerun of kill ${kill}`).toBe(true);
        expect(
          [...finishedTree.keys()].filter((file) => !after.has(file)),
          `files left after the rerun of kill ${kill}`,
        ).toEqual([]);
        rmSync(dir, { recursive: true, force: true });
      }
      console.log(
        `kill test: ${KILLS} kills, ${midRun} mid-run, ${partial} with part of the files written, ${tempFiles} temp files of ours (all removed by the reruns), ${strays.length} stray files`,
      );
      expect(strays, "files nobody asked for, left by a kill").toEqual([]);
      // The kills did land in the middle of runs, some after part of the files were written.
      expect(midRun).toBeGreaterThan(0);
      if (KILLS >= 6) expect(partial).toBeGreaterThan(0);
    },
    60_000 + KILLS * 30_000,
  );
});
