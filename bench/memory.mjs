#!/usr/bin/env node
// Peak memory of `unpyramid run` as trees grow (issue 8: bounded on a 100,000-file tree). Generates
// trees of N small files (one in ten has callback sites that convert), runs a dry `run --json` and a
// `run` with the diff over each, and prints the peak resident memory of the whole process (its worker
// threads included) next to N.
//
//   node bench/memory.mjs [--sizes 1000,10000,100000] [--keep]
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const CLI = path.join(ROOT, "bin", "unpyramid.js");
const args = process.argv.slice(2);
const sizes = (args.includes("--sizes") ? args[args.indexOf("--sizes") + 1] : "1000,10000,100000")
  .split(",")
  .map(Number);
const keep = args.includes("--keep");

function tree(count) {
  const dir = mkdtempSync(path.join(os.tmpdir(), `unpyramid-memory-${count}-`));
  for (let i = 0; i < count; i++) {
    const sub = path.join(dir, `d${Math.floor(i / 500)}`);
    if (i % 500 === 0) mkdirSync(sub, { recursive: true });
    const text =
      i % 10 === 0
        ? `const fs = require('fs');\nfunction f${i}(p, cb) {\n  fs.readFile(p, 'utf8', (err, t) => {\n    if (err) return cb(err);\n    cb(null, t.length);\n  });\n}\nmodule.exports = f${i};\n`
        : `'use strict';\nmodule.exports = function add${i}(a, b) {\n  return a + b + ${i};\n};\n`;
    writeFileSync(path.join(sub, `file-${i}.js`), text);
  }
  return dir;
}

/** Peak RSS in MiB and seconds of `unpyramid <args>` in `cwd` (GNU time). */
function measure(cwd, cliArgs) {
  const result = spawnSync("/usr/bin/time", ["-f", "%M %e", process.execPath, CLI, ...cliArgs], {
    cwd,
    encoding: "utf8",
    maxBuffer: 1 << 30,
    env: { ...process.env, CI: "1" },
  });
  const [kb, seconds] = result.stderr.trim().split("\n").pop().split(" ").map(Number);
  return {
    mib: Math.round(kb / 1024),
    seconds,
    stdoutMiB: +(Buffer.byteLength(result.stdout) / 1048576).toFixed(1),
    code: result.status,
  };
}

const rows = [];
for (const size of sizes) {
  const dir = tree(size);
  const json = measure(dir, ["run", "--json", "."]);
  const diff = measure(dir, ["run", "."]);
  rows.push({ files: size, json, diff });
  process.stderr.write(
    `${size} files: --json ${json.mib} MiB peak (${json.seconds} s, report ${json.stdoutMiB} MiB); diff ${diff.mib} MiB peak (${diff.seconds} s)\n`,
  );
  if (!keep) rmSync(dir, { recursive: true, force: true });
}
console.log("| files | peak RSS, run --json | peak RSS, run (diff) | seconds (--json / diff) |");
console.log("| ---: | ---: | ---: | ---: |");
for (const { files, json, diff } of rows)
  console.log(`| ${files} | ${json.mib} MiB | ${diff.mib} MiB | ${json.seconds} / ${diff.seconds} |`);
