#!/usr/bin/env node
// Speed, side by side on one corpus (issue 9): `unpyramid run --json` with the default workers, with
// --cpus 1 and with a worker per core; the floor (one Node process that reads and parses every file
// with @babel/parser, nothing else); and jscodeshift's own CLI running unpyramid's callbacks-to-async
// transform (--dry) on the same files. Each case runs several times; the table gives medians and ratios. TypeScript's
// convertToAsyncFunction beside then-to-async on the chain files is bench/then-vs-typescript.mjs.
//
//   node bench/speed.mjs [--files N] [--runs N] [--local] [--json]
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { fileURLToPath } from "node:url";
import { buildCorpus } from "./corpus.mjs";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const CLI = path.join(ROOT, "bin", "unpyramid.js");
const args = process.argv.slice(2);
const option = (name, fallback) => (args.includes(name) ? args[args.indexOf(name) + 1] : fallback);
const files = Number(option("--files", "0"));
const runs = Number(option("--runs", "3"));
const local = args.includes("--local");

const work = mkdtempSync(path.join(os.tmpdir(), "unpyramid-speed-"));
const { corpus, files: list } = buildCorpus({ root: ROOT, work, local, files, seed: 1 });
const listFile = path.join(work, "files.txt");
writeFileSync(listFile, list.join("\n"));

const FLOOR = `
const { readFileSync } = require("node:fs");
const { parse } = require(${JSON.stringify(path.join(ROOT, "node_modules/@babel/parser"))});
let failed = 0;
for (const file of readFileSync(process.argv[1], "utf8").split("\\n")) {
  const typescript = /\\.[cm]?tsx?$/.test(file);
  try {
    parse(readFileSync(file, "utf8"), { sourceType: "unambiguous", errorRecovery: true, plugins: typescript ? ["typescript", ...(file.endsWith("x") ? ["jsx"] : [])] : ["jsx", "flow"] });
  } catch { failed++; }
}
process.stdout.write(String(failed));
`;

const cases = [
  { name: "floor: @babel/parser only, 1 process", command: [process.execPath, "-e", FLOOR, listFile] },
  { name: "unpyramid run --json (default workers)", command: [process.execPath, CLI, "run", "--json", "."] },
  { name: "unpyramid run --json --cpus 1", command: [process.execPath, CLI, "run", "--json", "--cpus", "1", "."] },
  // The default keeps a core for the main thread (DESIGN.md): this is every core working on files.
  {
    name: `unpyramid run --json --cpus ${os.availableParallelism()} (a worker per core)`,
    command: [process.execPath, CLI, "run", "--json", "--cpus", String(os.availableParallelism()), "."],
  },
  // The same one transform jscodeshift runs below.
  {
    name: "unpyramid run --json -t callbacks-to-async",
    command: [process.execPath, CLI, "run", "--json", "-t", "callbacks-to-async", "."],
  },
  {
    name: "jscodeshift CLI, callbacks-to-async --dry",
    command: [
      process.execPath,
      path.join(ROOT, "node_modules/jscodeshift/bin/jscodeshift.js"),
      "-t",
      path.join(ROOT, "dist/transforms/callbacks-to-async.js"),
      "--dry",
      "--silent",
      "--extensions=js,jsx,mjs,cjs,ts,tsx,mts,cts",
      "--ignore-pattern=**/node_modules/**",
      ".",
    ],
  },
];

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const rows = [];
for (const c of cases) {
  const seconds = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    const result = spawnSync(c.command[0], c.command.slice(1), {
      cwd: corpus,
      encoding: "utf8",
      maxBuffer: 1 << 30,
      env: { ...process.env, CI: "1" },
    });
    seconds.push((performance.now() - started) / 1000);
    if (result.status !== 0 && result.status !== 3)
      throw new Error(`${c.name} exited ${result.status}: ${result.stderr.slice(0, 2000)}`);
    process.stderr.write(`${c.name}: ${seconds.at(-1).toFixed(2)} s\n`);
  }
  rows.push({ name: c.name, median: median(seconds), seconds });
}
const floor = rows[0].median;
const jscodeshift = rows.find((row) => row.name.startsWith("jscodeshift")).median;
const table = rows.map((row) => ({
  ...row,
  xFloor: row.median / floor,
  jscodeshiftOverThis: jscodeshift / row.median,
}));
if (args.includes("--json"))
  process.stdout.write(
    `${JSON.stringify({ files: list.length, cores: os.availableParallelism(), runs, cases: table }, null, 2)}\n`,
  );
else {
  console.log(
    `${list.length} files (${local ? "node_modules only" : "node_modules + pinned packages"}), ${os.availableParallelism()} cores, median of ${runs}`,
  );
  console.log("| case | median s | x floor | jscodeshift / this |");
  console.log("| --- | ---: | ---: | ---: |");
  for (const row of table)
    console.log(
      `| ${row.name} | ${row.median.toFixed(2)} | ${row.xFloor.toFixed(2)} | ${row.jscodeshiftOverThis.toFixed(2)} |`,
    );
}
rmSync(work, { recursive: true, force: true });
