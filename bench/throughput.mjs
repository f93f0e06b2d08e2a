#!/usr/bin/env node
// Throughput benchmark for `unpyramid run` (DESIGN.md, "Speed"): how long a whole dry run takes
// over a corpus of real JavaScript, next to the floor of one Node process that only parses every
// file with @babel/parser. The design target is a ratio below 1.
//
//   node bench/throughput.mjs [--files N] [--runs N] [--json] [--keep]
//
// Built on Node built-ins only, so it measures the tool and nothing the benchmark pulls in.
import { spawnSync } from "node:child_process";
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  openSync,
  closeSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from "node:fs";
import { createRequire } from "node:module";
import os from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { fileURLToPath } from "node:url";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const SOURCE_ROOT = path.join(ROOT, "node_modules");
const CLI = path.join(ROOT, "bin", "unpyramid.js");
const SELF = fileURLToPath(import.meta.url);
const MAX_FILE_BYTES = 1024 * 1024;
const MAX_ERRORS_SHOWN = 10;

// ---------------------------------------------------------------------------------------------
// Options

function usage(message) {
  process.stderr.write(`${message}\nusage: node bench/throughput.mjs [--files N] [--runs N] [--json] [--keep]\n`);
  process.exit(2);
}

function positiveInteger(flag, value) {
  const number = Number(value);
  if (!Number.isInteger(number) || number < 1) usage(`${flag}: "${value}" is not a whole number of at least 1`);
  return number;
}

function parseOptions(argv) {
  const options = { files: 2500, runs: 3, json: false, keep: false, floorList: null };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === "--files") options.files = positiveInteger(arg, argv[++i]);
    else if (arg === "--runs") options.runs = positiveInteger(arg, argv[++i]);
    else if (arg === "--json") options.json = true;
    else if (arg === "--keep") options.keep = true;
    // Internal: the floor measurement re-runs this script as a fresh child process.
    else if (arg === "--floor-child") options.floorList = argv[++i];
    else usage(`unknown option: ${arg}`);
  }
  return options;
}

// ---------------------------------------------------------------------------------------------
// Corpus

/** Files the benchmark wants: plain JavaScript, not minified bundles, not type declarations. */
function isWanted(name) {
  return /\.(?:js|cjs|mjs)$/.test(name) && !name.endsWith(".min.js") && !name.endsWith(".d.ts");
}

/**
 * Every wanted file under `dir`, as paths relative to it with forward slashes. Dot entries are left
 * out because unpyramid's discovery never reads them (so both sides see the same files), and
 * symlinks are left out because they would only duplicate files (.bin) or lead elsewhere.
 */
function listSources(dir, prefix = "") {
  const found = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name.startsWith(".")) continue;
    const relative = prefix ? `${prefix}/${entry.name}` : entry.name;
    if (entry.isDirectory()) found.push(...listSources(path.join(dir, entry.name), relative));
    else if (entry.isFile() && isWanted(entry.name)) found.push(relative);
  }
  return found;
}

/** The first `count` wanted files in sorted order, skipping files too large to be ordinary source. */
function pickSources(count) {
  const picked = [];
  for (const relative of listSources(SOURCE_ROOT).sort()) {
    if (picked.length === count) break;
    const { size } = statSync(path.join(SOURCE_ROOT, relative));
    if (size <= MAX_FILE_BYTES) picked.push({ relative, size });
  }
  return picked;
}

/** Nested node_modules folders are renamed, since unpyramid always skips anything under one. */
function corpusPath(relative) {
  return relative
    .split("/")
    .map((part) => (part === "node_modules" ? "_node_modules" : part))
    .join(path.sep);
}

/** Copy the picked files into a fresh temp folder; also write the file list the floor reads. */
function buildCorpus(count) {
  const base = mkdtempSync(path.join(os.tmpdir(), "unpyramid-bench-"));
  const dir = path.join(base, "corpus");
  const sources = pickSources(count);
  const files = [];
  for (const { relative } of sources) {
    const target = path.join(dir, corpusPath(relative));
    mkdirSync(path.dirname(target), { recursive: true });
    copyFileSync(path.join(SOURCE_ROOT, relative), target);
    files.push(target);
  }
  const listFile = path.join(base, "files.json");
  writeFileSync(listFile, JSON.stringify(files));
  const bytes = sources.reduce((sum, { size }) => sum + size, 0);
  return { base, dir, listFile, files: files.length, bytes };
}

// ---------------------------------------------------------------------------------------------
// The floor: runs in a child process (this script with --floor-child) so that its time includes
// Node's start-up and module loading, as unpyramid's does.

function floorChild(listFile) {
  const require = createRequire(path.join(ROOT, "package.json"));
  const { parse } = require("@babel/parser");
  const files = JSON.parse(readFileSync(listFile, "utf8"));
  let failed = 0;
  for (const file of files) {
    const source = readFileSync(file, "utf8");
    try {
      parse(source, { sourceType: "unambiguous", plugins: ["jsx"], errorRecovery: false });
    } catch {
      failed++;
    }
  }
  process.stdout.write(JSON.stringify({ files: files.length, failed }));
}

function timeFloor(corpus) {
  const started = performance.now();
  const child = spawnSync(process.execPath, [SELF, "--floor-child", corpus.listFile], {
    encoding: "utf8",
    maxBuffer: 1 << 20,
  });
  const seconds = (performance.now() - started) / 1000;
  if (child.status !== 0)
    throw new Error(`floor process failed (exit ${child.status ?? child.signal}):\n${child.stderr}`);
  const { failed } = JSON.parse(child.stdout);
  return { seconds, details: { parseFailures: failed } };
}

// ---------------------------------------------------------------------------------------------
// unpyramid: the JSON report goes to a file so that a pipe's buffer never throttles the run, and
// is only read after the clock stops.

function timeUnpyramid(corpus, extraArgs) {
  const reportFile = path.join(corpus.base, "report.json");
  const errFile = path.join(corpus.base, "stderr.txt");
  const out = openSync(reportFile, "w");
  const err = openSync(errFile, "w");
  const started = performance.now();
  const child = spawnSync(process.execPath, [CLI, "run", "--json", ...extraArgs, corpus.dir], {
    cwd: corpus.base,
    stdio: ["ignore", out, err],
  });
  const seconds = (performance.now() - started) / 1000;
  closeSync(out);
  closeSync(err);
  // Exit 3 only means some files could not be processed; those are reported, not fatal here.
  if (child.status !== 0 && child.status !== 3) {
    throw new Error(
      `unpyramid ${extraArgs.join(" ")} failed (exit ${child.status ?? child.signal}):\n${readFileSync(errFile, "utf8")}`,
    );
  }
  const report = JSON.parse(readFileSync(reportFile, "utf8"));
  const { files, changed, unchanged, skipped, errors } = report.summary;
  const problems = report.files
    .filter((file) => file.status === "error")
    .map(({ path: file, error }) => ({ path: file, error }));
  return {
    seconds,
    details: { exitCode: child.status, summary: { files, changed, unchanged, skipped, errors }, problems },
  };
}

// ---------------------------------------------------------------------------------------------
// Measuring

const CASES = [
  { name: "floor: @babel/parser only", time: timeFloor },
  { name: "unpyramid run --cpus 1", time: (corpus) => timeUnpyramid(corpus, ["--cpus", "1"]) },
  // Workers on every core: the default is cores minus one, which is in-process on a 2-core machine.
  {
    name: `unpyramid run --cpus ${os.availableParallelism()}`,
    time: (corpus) => timeUnpyramid(corpus, ["--cpus", String(os.availableParallelism())]),
  },
];

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/** Rounds interleave the cases, so that drift in the machine's load spreads over all of them. */
function measure(corpus, runs) {
  const results = CASES.map(({ name }) => ({ name, seconds: [], details: null }));
  for (let round = 1; round <= runs; round++) {
    CASES.forEach((testCase, index) => {
      const { seconds, details } = testCase.time(corpus);
      results[index].seconds.push(seconds);
      results[index].details = details; // the last run's; they do not vary between runs
      process.stderr.write(`run ${round}/${runs}  ${testCase.name}: ${seconds.toFixed(2)} s\n`);
    });
  }
  const floor = median(results[0].seconds);
  return results.map((result) => {
    const medianSeconds = median(result.seconds);
    return {
      ...result,
      median: medianSeconds,
      filesPerSecond: corpus.files / medianSeconds,
      ratioToFloor: medianSeconds / floor,
    };
  });
}

// ---------------------------------------------------------------------------------------------
// Output

function corpusLine(corpus) {
  return `corpus: ${corpus.files} files, ${(corpus.bytes / 1024 / 1024).toFixed(1)} MB`;
}

/** Things that make the numbers mean less than they seem to. */
function warnings(corpus, wanted, results) {
  const notes = [];
  if (corpus.files < wanted)
    notes.push(`only ${corpus.files} files match in node_modules, fewer than --files ${wanted}`);
  for (const result of results.slice(1)) {
    const { files } = result.details.summary;
    if (files !== corpus.files)
      notes.push(`${result.name} read ${files} files, not ${corpus.files}: discovery filtered some out`);
  }
  const [, single, parallel] = results.map((result) => JSON.stringify(result.details.summary));
  if (single !== parallel) notes.push(`the two unpyramid runs disagree: ${single} vs ${parallel}`);
  return notes;
}

function table(rows) {
  const widths = rows[0].map((_, column) => Math.max(...rows.map((row) => row[column].length)));
  return rows
    .map((row) =>
      row
        .map((cell, column) => (column === 0 ? cell.padEnd(widths[column]) : cell.padStart(widths[column])))
        .join("  "),
    )
    .join("\n");
}

function formatTable(corpus, runs, results, notes) {
  const header = ["case", "median s", "files/s", "x floor", "files", "changed", "unchanged", "skipped", "errors"];
  const rows = results.map((result) => {
    const summary = result.details.summary;
    const counts = summary
      ? [summary.files, summary.changed, summary.unchanged, summary.skipped, summary.errors].map(String)
      : [String(corpus.files), "-", "-", "-", `${result.details.parseFailures} unparsed`];
    return [
      result.name,
      result.median.toFixed(2),
      result.filesPerSecond.toFixed(0),
      result.ratioToFloor.toFixed(2),
      ...counts,
    ];
  });
  const lines = [
    `${corpusLine(corpus)}; median of ${runs} run(s); node ${process.version}, ${os.availableParallelism()} cpus`,
    "",
    table([header, ...rows]),
  ];
  const problems = results.at(-1).details.problems;
  if (problems.length) {
    lines.push(
      "",
      `files unpyramid could not process (first ${Math.min(problems.length, MAX_ERRORS_SHOWN)} of ${problems.length}):`,
    );
    for (const { path: file, error } of problems.slice(0, MAX_ERRORS_SHOWN)) lines.push(`  ${file}: ${error}`);
  }
  for (const note of notes) lines.push("", `note: ${note}`);
  return `${lines.join("\n")}\n`;
}

function formatJson(corpus, runs, results, notes) {
  return `${JSON.stringify(
    {
      node: process.version,
      cpus: os.availableParallelism(),
      runs,
      corpus: { files: corpus.files, bytes: corpus.bytes },
      results: results.map(({ name, seconds, median: medianSeconds, filesPerSecond, ratioToFloor, details }) => ({
        name,
        seconds,
        median: medianSeconds,
        filesPerSecond,
        ratioToFloor,
        ...(details.summary
          ? { exitCode: details.exitCode, summary: details.summary, errors: details.problems }
          : { parseFailures: details.parseFailures }),
      })),
      notes,
    },
    null,
    2,
  )}\n`;
}

// ---------------------------------------------------------------------------------------------

function main() {
  const options = parseOptions(process.argv.slice(2));
  if (options.floorList) return floorChild(options.floorList);
  if (!existsSync(path.join(ROOT, "dist", "src", "cli", "main.js")))
    usage("dist/ is missing: run `npm run build` first");

  const corpus = buildCorpus(options.files);
  const cleanUp = () =>
    options.keep
      ? process.stderr.write(`corpus kept in ${corpus.dir}\n`)
      : rmSync(corpus.base, { recursive: true, force: true });
  // Ctrl-C between runs should not leave thousands of files in the temp folder.
  process.once("SIGINT", () => {
    cleanUp();
    process.exit(130);
  });
  try {
    process.stderr.write(`${corpusLine(corpus)} in ${corpus.dir}\n`);
    const results = measure(corpus, options.runs);
    const notes = warnings(corpus, options.files, results);
    process.stdout.write(
      options.json
        ? formatJson(corpus, options.runs, results, notes)
        : formatTable(corpus, options.runs, results, notes),
    );
  } finally {
    cleanUp();
  }
}

main();
