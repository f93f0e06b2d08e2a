#!/usr/bin/env node
// The corpus run (RELIABILITY; issue "torture suite, kill test and fuzz run"): every transform set over
// thousands of real JavaScript and TypeScript files, checking that nothing crashes, nothing hangs (a
// per-file time limit: the worker running a file past it is ended), every output parses, every output
// is idempotent, and `unpyramid run --json` gives the same report with --cpus 1 and the default.
//
//   node bench/fuzz.mjs [--files N] [--seed S] [--local] [--timeout-ms T] [--json] [--keep]
//
// The corpus: the project's own node_modules, plus (unless --local) pinned packages fetched with
// `npm pack` from the registry (callback-era code and TypeScript sources). --files N takes a seeded
// sample of N files. Exit 1 when any failure count is not zero.
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { fileURLToPath } from "node:url";
import { Worker, isMainThread, parentPort } from "node:worker_threads";
import { buildCorpus } from "./corpus.mjs";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const CLI = path.join(ROOT, "bin", "unpyramid.js");
const SELF = fileURLToPath(import.meta.url);
/** The transform sets run over every file: the default set, and the opt-in chain transform. */
const SETS = [null, ["callbacks-to-then"]];

if (!isMainThread) worker();
else await main();

function worker() {
  import(path.join(ROOT, "dist", "src", "index.js")).then((api) =>
    import(path.join(ROOT, "dist", "src", "parse", "parser.js")).then((parser) => {
      const { transformSource, SourceError } = api.default ?? api;
      const { parseFile } = parser.default ?? parser;
      parentPort.on("message", ({ file, id }) => {
        const results = [];
        const source = readFileSync(file, "utf8");
        for (const transforms of SETS) {
          const started = performance.now();
          let outcome;
          try {
            const result = transformSource(source, { filename: file, ...(transforms ? { transforms } : {}) });
            outcome = { status: result.changed ? "changed" : "unchanged" };
            if (result.changed) {
              // Checked here too, not only by transformSource's own verification.
              try {
                parseFile(file, result.code.replace(/^\uFEFF/, "").replace(/^#!/, "//"));
              } catch (error) {
                outcome = { status: "unparseable-output", detail: String(error.message) };
              }
              if (outcome.status === "changed") {
                const again = transformSource(result.code, { filename: file, ...(transforms ? { transforms } : {}) });
                if (again.changed) outcome = { status: "not-idempotent" };
              }
            }
          } catch (error) {
            const message = String(error?.message ?? error);
            if (error instanceof SourceError && error.skip) outcome = { status: "skipped", detail: message };
            else if (/^the converted code does not parse/.test(message))
              outcome = { status: "unparseable-output", detail: message };
            else if (/^a second pass would change/.test(message))
              outcome = { status: "not-idempotent", detail: message };
            else {
              let inputParses = true;
              try {
                parseFile(file, source.replace(/^\uFEFF/, "").replace(/^#!/, "//"));
              } catch {
                inputParses = false;
              }
              outcome = inputParses
                ? {
                    status: "crash",
                    detail: String(error?.stack ?? error)
                      .split("\n")
                      .slice(0, 4)
                      .join(" | "),
                  }
                : { status: "input-unparseable" };
            }
          }
          results.push({
            set: transforms ? transforms.join(",") : "default",
            ms: performance.now() - started,
            ...outcome,
          });
        }
        parentPort.postMessage({ id, results });
      });
      parentPort.postMessage({ ready: true });
    }),
  );
}

function parseOptions(argv) {
  const options = { files: 0, seed: 1, local: false, timeoutMs: 20000, json: false, keep: false };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === "--files") options.files = Number(argv[++i]);
    else if (arg === "--seed") options.seed = Number(argv[++i]);
    else if (arg === "--timeout-ms") options.timeoutMs = Number(argv[++i]);
    else if (arg === "--local") options.local = true;
    else if (arg === "--json") options.json = true;
    else if (arg === "--keep") options.keep = true;
    else {
      process.stderr.write(
        `unknown option ${arg}\nusage: node bench/fuzz.mjs [--files N] [--seed S] [--local] [--timeout-ms T] [--json] [--keep]\n`,
      );
      process.exit(2);
    }
  }
  return options;
}

function percentile(sorted, p) {
  return sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] : 0;
}

async function runAll(files, timeoutMs) {
  const threads = Math.max(1, os.availableParallelism());
  const records = [];
  let next = 0;
  const lane = () =>
    new Promise((resolve) => {
      let current = null;
      let timer = null;
      let w = null;
      const start = () => {
        w = new Worker(SELF);
        w.on("message", (message) => {
          if (message.ready) return feed();
          clearTimeout(timer);
          for (const result of message.results) records.push({ file: current, ...result });
          feed();
        });
        w.on("error", (error) => {
          clearTimeout(timer);
          records.push({ file: current, set: "all", ms: 0, status: "crash", detail: `worker died: ${error.message}` });
          start();
        });
      };
      const feed = () => {
        if (next >= files.length) {
          w.terminate();
          return resolve();
        }
        current = files[next++];
        timer = setTimeout(() => {
          // Past the limit: the file is a hang; its worker is ended and a new one takes the next file.
          records.push({ file: current, set: "all", ms: timeoutMs, status: "hang" });
          w.removeAllListeners();
          w.terminate();
          start();
        }, timeoutMs);
        w.postMessage({ file: current, id: next });
      };
      start();
    });
  await Promise.all(Array.from({ length: threads }, lane));
  return records;
}

async function main() {
  const options = parseOptions(process.argv.slice(2));
  if (!existsSync(path.join(ROOT, "dist", "src", "index.js"))) {
    process.stderr.write("dist/ is missing: run `npm run build` first\n");
    process.exit(2);
  }
  const work = mkdtempSync(path.join(os.tmpdir(), "unpyramid-fuzz-"));
  const { corpus, files } = buildCorpus({
    root: ROOT,
    work,
    local: options.local,
    files: options.files,
    seed: options.seed,
  });
  const started = performance.now();
  const records = await runAll(files, options.timeoutMs);
  const seconds = (performance.now() - started) / 1000;
  const count = (status) => records.filter((record) => record.status === status).length;
  const perFile = new Map();
  for (const record of records) perFile.set(record.file, (perFile.get(record.file) ?? 0) + record.ms);
  const times = [...perFile.values()].sort((a, b) => a - b);
  const slowest = [...perFile]
    .sort((a, b) => b[1] - a[1])
    .slice(0, 3)
    .map(([file, ms]) => ({ file: path.relative(corpus, file), ms: +ms.toFixed(0) }));

  // The same report in-process and in workers.
  const cli = (cpus) =>
    spawnSync(process.execPath, [CLI, "run", "--json", ...(cpus ? ["--cpus", String(cpus)] : []), "."], {
      cwd: corpus,
      encoding: "utf8",
      maxBuffer: 1 << 30,
      env: { ...process.env, CI: "1" },
    });
  const one = cli(1);
  const many = cli(Math.max(2, os.availableParallelism()));
  const sameReport = one.stdout.length > 0 && one.stdout === many.stdout;

  const failures = records.filter((record) =>
    ["crash", "hang", "unparseable-output", "not-idempotent"].includes(record.status),
  );
  const summary = {
    files: files.length,
    transformSets: SETS.map((set) => (set ? set.join(",") : "default")),
    changed: count("changed"),
    unchanged: count("unchanged"),
    skipped: count("skipped"),
    inputUnparseable: count("input-unparseable"),
    crashes: count("crash"),
    hangs: count("hang"),
    unparseableOutputs: count("unparseable-output"),
    nonIdempotentOutputs: count("not-idempotent"),
    sameReportCpus1AndDefault: sameReport,
    perFileMs: {
      p50: +percentile(times, 50).toFixed(1),
      p99: +percentile(times, 99).toFixed(1),
      max: +(times.at(-1) ?? 0).toFixed(1),
    },
    slowest,
    peakRssMiB: Math.round(process.resourceUsage().maxRSS / 1024),
    seconds: +seconds.toFixed(1),
    failures: failures.map(({ file, set, status, detail }) => ({
      file: path.relative(corpus, file),
      set,
      status,
      ...(detail ? { detail } : {}),
    })),
  };
  if (options.json) process.stdout.write(`${JSON.stringify(summary, null, 2)}\n`);
  else {
    /** @type {[string, string | number][]} */
    const rows = [
      ["files", summary.files],
      ["transform sets", summary.transformSets.join(" + ")],
      ["changed / unchanged / skipped", `${summary.changed} / ${summary.unchanged} / ${summary.skipped} (file x set)`],
      ["inputs that do not parse", summary.inputUnparseable],
      ["crashes", summary.crashes],
      ["hangs (over the time limit)", `${summary.hangs} (limit ${options.timeoutMs} ms)`],
      ["unparseable outputs", summary.unparseableOutputs],
      ["non-idempotent outputs", summary.nonIdempotentOutputs],
      ["--cpus 1 report = default report", summary.sameReportCpus1AndDefault ? "yes" : "NO"],
      [
        "per-file time p50 / p99 / max",
        `${summary.perFileMs.p50} / ${summary.perFileMs.p99} / ${summary.perFileMs.max} ms (both sets)`,
      ],
      ["slowest files", summary.slowest.map(({ file, ms }) => `${file} ${ms} ms`).join(", ")],
      ["peak memory (this process and its workers)", `${summary.peakRssMiB} MiB`],
      ["wall time", `${summary.seconds} s`],
    ];
    const width = Math.max(...rows.map(([k]) => k.length));
    for (const [k, v] of rows) process.stdout.write(`${k.padEnd(width)}  ${v}\n`);
    for (const failure of summary.failures.slice(0, 50))
      process.stdout.write(
        `FAIL ${failure.status} ${failure.set} ${failure.file}${failure.detail ? `: ${failure.detail}` : ""}\n`,
      );
  }
  if (options.keep) process.stderr.write(`kept: ${work}\n`);
  else rmSync(work, { recursive: true, force: true });
  process.exit(failures.length || !sameReport ? 1 : 0);
}
