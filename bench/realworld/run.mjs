#!/usr/bin/env node
// Real-world benchmark: convert the sources of pinned callback-era npm packages with
// `unpyramid run --write`, and run each package's own tests before and after.
// Plain Node ESM; uses only Node built-ins plus npm, git, tar and bash from the machine.
// See README.md beside this file.

import { spawn } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync, mkdirSync, symlinkSync, rmSync, existsSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { performance } from "node:perf_hooks";

const here = path.dirname(fileURLToPath(import.meta.url));
const repo = path.resolve(here, "../..");
const unpyramidBin = path.join(repo, "bin", "unpyramid.js");

const { values: opts } = parseArgs({
  options: {
    out: { type: "string" },
    only: { type: "string" },
    packages: { type: "string", default: path.join(here, "packages.json") },
    timeout: { type: "string", default: "300" },
    keep: { type: "boolean", default: false },
    transforms: { type: "string" },
    help: { type: "boolean", default: false },
  },
});

if (opts.help) {
  process.stdout
    .write(`node bench/realworld/run.mjs [--out results.json] [--only a,b] [--timeout seconds] [--keep] [--packages file] [--transforms a,b]
  --out FILE      write the JSON results to FILE
  --only LIST     only these packages (comma-separated names)
  --timeout S     limit for each install, each test run and each unpyramid run (default 300)
  --keep          keep the temp folders (their paths are printed)
  --packages F    package list (default: packages.json beside this script)
  --transforms L  run only these transforms, in this order (unpyramid's -t; default: the default set)
Exit code: 1 when some package has more failing (or fewer passing) tests after conversion than before;
2 when no regression but some package could not be set up; else 0.
`);
  process.exit(0);
}

const timeoutMs = Number(opts.timeout) * 1000;
if (!(timeoutMs > 0)) throw new Error(`--timeout: not a number of seconds: ${opts.timeout}`);
if (!existsSync(path.join(repo, "dist"))) {
  console.error("dist/ is missing: run `npm run build` in the repository first");
  process.exit(2);
}

const list = JSON.parse(readFileSync(opts.packages, "utf8")).packages;
const only = opts.only
  ? new Set(
      opts.only
        .split(",")
        .map((s) => s.trim())
        .filter(Boolean),
    )
  : null;
const selected = only ? list.filter((p) => only.has(p.name) || only.has(`${p.name}@${p.version}`)) : list;
if (selected.length === 0) {
  console.error("no package selected");
  process.exit(2);
}

const log = (...a) => console.error("[bench]", ...a);

// ---------------------------------------------------------------- processes

const MAX_OUTPUT = 32 * 1024 * 1024;

/**
 * Run a command; never rejects. Kills the whole process group on timeout.
 * @param {string} cmd
 * @param {string[]} args
 * @param {{ cwd?: string, env?: NodeJS.ProcessEnv, timeout?: number, logFile?: string }} [options]
 */
function run(cmd, args, { cwd, env, timeout = timeoutMs, logFile } = {}) {
  return new Promise((resolve) => {
    const start = performance.now();
    let out = "";
    let err = "";
    let all = "";
    let timedOut = false;
    let child;
    try {
      child = spawn(cmd, args, { cwd, env: env ?? process.env, stdio: ["ignore", "pipe", "pipe"], detached: true });
    } catch (e) {
      resolve({ code: -1, signal: null, timedOut, stdout: "", stderr: String(e), all: String(e), ms: 0 });
      return;
    }
    const add = (which) => (chunk) => {
      const s = chunk.toString("utf8");
      if (which === "out" && out.length < MAX_OUTPUT) out += s;
      if (which === "err" && err.length < MAX_OUTPUT) err += s;
      if (all.length < MAX_OUTPUT) all += s;
    };
    child.stdout.on("data", add("out"));
    child.stderr.on("data", add("err"));
    const timer = setTimeout(() => {
      timedOut = true;
      try {
        process.kill(-child.pid, "SIGKILL");
      } catch {
        child.kill("SIGKILL");
      }
    }, timeout);
    child.on("error", (e) => {
      err += String(e);
      all += String(e);
    });
    child.on("close", (code, signal) => {
      clearTimeout(timer);
      // Children of a test runner may outlive it (a detached process group): end them.
      try {
        process.kill(-child.pid, "SIGKILL");
      } catch {
        // The group has already ended.
      }
      const ms = performance.now() - start;
      if (logFile)
        writeFileSync(
          logFile,
          `$ ${cmd} ${args.join(" ")}\n(exit ${code}${signal ? ` ${signal}` : ""}${timedOut ? " TIMEOUT" : ""})\n${all}`,
        );
      resolve({ code: code ?? -1, signal, timedOut, stdout: out, stderr: err, all, ms });
    });
  });
}

async function must(cmd, args, o) {
  const r = await run(cmd, args, o);
  if (r.code !== 0) {
    const tail = (r.stderr.trim() ? r.stderr : r.all)
      .split("\n")
      .filter((l) => l.trim() && !/complete log of this run|^npm error\s*$/.test(l))
      .slice(-15)
      .join("\n");
    throw new Error(`${cmd} ${args.join(" ")} failed (exit ${r.code}${r.timedOut ? ", timed out" : ""}):\n${tail}`);
  }
  return r;
}

// ---------------------------------------------------------------- test output

// eslint-disable-next-line no-control-regex -- ESC starts the colour codes this strips
const stripAnsi = (s) => s.replace(/\x1b\[[0-9;?]*[A-Za-z]/g, "");

/**
 * Pass/fail counts from a test run's output. In order:
 * - tap 0.x's summary line `total ....... 168/178`;
 * - TAP lines `ok ...` / `not ok ...` at any indentation (nested subtests count too);
 * - mocha's `N passing` / `N failing`;
 * - nodeunit's `OK: N assertions` / `FAILURES: F/T assertions failed`;
 * - vows' `N honored ∙ B broken ∙ E errored`.
 * Returns null counts when the output says nothing countable (the exit code still counts).
 */
function countTests(output) {
  const text = stripAnsi(output);
  const lines = text.split(/\r?\n/);
  const total = lines
    .map((l) => /^total \.*\s*(\d+)\/(\d+)\s*$/.exec(l.trim()))
    .filter(Boolean)
    .pop();
  if (total) return { passed: +total[1], failed: +total[2] - +total[1], counted: "tap0-total" };
  let passed = 0;
  let failed = 0;
  for (const l of lines) {
    if (/^\s*ok\b/.test(l)) passed++;
    else if (/^\s*not ok\b/.test(l)) failed++;
  }
  if (passed + failed > 0) return { passed, failed, counted: "tap-lines" };
  const passing = /(\d+) passing/.exec(text);
  const failing = /(\d+) failing/.exec(text);
  if (passing || failing)
    return { passed: passing ? +passing[1] : 0, failed: failing ? +failing[1] : 0, counted: "mocha" };
  const nuOk = /OK: (\d+) assertions/.exec(text);
  if (nuOk) return { passed: +nuOk[1], failed: 0, counted: "nodeunit" };
  const nuFail = /FAILURES: (\d+)\/(\d+) assertions failed/.exec(text);
  if (nuFail) return { passed: +nuFail[2] - +nuFail[1], failed: +nuFail[1], counted: "nodeunit" };
  // vows: `✓ OK » 187 honored`, `✗ Broken » 180 honored ∙ 7 broken ∙ 1 errored`.
  const honored = /(\d+) honored/.exec(text);
  if (honored) {
    const broken = /(\d+) broken/.exec(text);
    const errored = /(\d+) errored/.exec(text);
    return { passed: +honored[1], failed: (broken ? +broken[1] : 0) + (errored ? +errored[1] : 0), counted: "vows" };
  }
  return { passed: null, failed: null, counted: "exit-code" };
}

/** The `not ok` lines, without their numbers and timings, each with the lines that follow it. */
function failingTests(output) {
  const lines = stripAnsi(output).split(/\r?\n/);
  const result = new Map();
  lines.forEach((l, i) => {
    const m = /^\s*not ok\s+(?:\d+\s*)?-?\s*(.*?)(?:\s*#\s*time=.*)?$/.exec(l);
    if (!m) return;
    const key = m[1].trim() || "(unnamed)";
    if (!result.has(key)) result.set(key, lines.slice(i, i + 25).join("\n"));
  });
  return result;
}

function testEnv(dir) {
  const env = { ...process.env };
  delete env.NODE_ENV;
  delete env.NODE_OPTIONS;
  for (const k of Object.keys(env)) if (k.startsWith("npm_") || k.startsWith("TAP")) delete env[k];
  env.PATH = `${path.join(dir, "node_modules", ".bin")}${path.delimiter}${env.PATH}`;
  env.NO_COLOR = "1";
  env.FORCE_COLOR = "0";
  env.TAP_COLORS = "0";
  env.NO_UPDATE_NOTIFIER = "1";
  return env;
}

async function runTests(pkg, dir, logFile) {
  const r = await run("bash", ["-c", pkg.test], { cwd: dir, env: testEnv(dir), logFile });
  const c = countTests(r.all);
  return {
    exitCode: r.code,
    timedOut: r.timedOut,
    passed: c.passed,
    failed: c.failed,
    counted: c.counted,
    seconds: +(r.ms / 1000).toFixed(1),
    output: r.all,
  };
}

/** More failures, fewer passes, or a clean exit turned into a failing one. */
function regressed(before, after) {
  if (before.exitCode === 0 && after.exitCode !== 0) return true;
  if (before.failed != null && after.failed != null && after.failed > before.failed) return true;
  if (before.passed != null && after.passed != null && after.passed < before.passed) return true;
  return false;
}

// ---------------------------------------------------------------- one package

const git = (dir, ...args) =>
  must(
    "git",
    [
      "-c",
      "user.name=bench",
      "-c",
      "user.email=bench@localhost",
      "-c",
      "commit.gpgsign=false",
      "-c",
      "core.hooksPath=/dev/null",
      ...args,
    ],
    {
      cwd: dir,
    },
  );

/**
 * Put the work tree back as it was unpacked, undoing what a test run left behind: remove what git
 * does not track (except node_modules), then unpack the tarball again over the tree, which also
 * restores the files' modification times (a `git checkout` would stamp them "now", and some tests
 * compare fixture mtimes), then write back the converted files, if any.
 */
async function restoreTree(dir, tgz, converted = new Map()) {
  await git(dir, "clean", "-q", "-f", "-d", "-x", "-e", "/node_modules");
  await must("tar", ["xzf", tgz, "--no-same-owner", "-C", path.dirname(dir)]);
  for (const [file, content] of converted) writeFileSync(path.join(dir, file), content);
}

async function benchPackage(pkg, root) {
  const id = `${pkg.name}@${pkg.version}`;
  const work = mkdtempSync(path.join(root, `${pkg.name.replace(/[@/]/g, "_")}-`));
  const dir = path.join(work, "package");
  const logs = path.join(work, "logs");
  mkdirSync(logs);
  const result = {
    name: pkg.name,
    version: pkg.version,
    sources: pkg.sources,
    test: pkg.test,
    note: pkg.note ?? null,
    work,
  };
  /** @type {NodeJS.ProcessEnv} */
  const npmEnv = { ...process.env, NO_UPDATE_NOTIFIER: "1" };
  delete npmEnv.NODE_ENV;

  try {
    log(`${id}: npm pack`);
    const packed = await must("npm", ["pack", id, "--pack-destination", work, "--json"], {
      cwd: work,
      env: npmEnv,
      logFile: path.join(logs, "pack.log"),
    });
    const tgz = path.join(work, JSON.parse(packed.stdout)[0].filename);
    await must("tar", ["xzf", tgz, "--no-same-owner", "-C", work]);
    if (!existsSync(path.join(dir, "package.json"))) throw new Error(`${tgz} has no package/ folder`);

    // Commit the tarball's files before installing, so a later `git clean` restores exactly them.
    await git(dir, "init", "-q");
    writeFileSync(path.join(dir, ".git", "info", "exclude"), "/node_modules\n");
    await git(dir, "add", "-A", "-f");
    await git(dir, "commit", "-q", "--no-verify", "-m", id);

    log(`${id}: npm install`);
    const inst = await run("npm", ["install", "--ignore-scripts", "--no-audit", "--no-fund", "--include=dev"], {
      cwd: dir,
      env: npmEnv,
      logFile: path.join(logs, "install.log"),
    });
    if (inst.code !== 0)
      throw new Error(
        `npm install failed (exit ${inst.code}${inst.timedOut ? ", timed out" : ""}), see ${logs}/install.log`,
      );
    if (pkg.extraInstall?.length) {
      await must("npm", ["install", "--no-save", "--ignore-scripts", "--no-audit", "--no-fund", ...pkg.extraInstall], {
        cwd: dir,
        env: npmEnv,
        logFile: path.join(logs, "install-extra.log"),
      });
    }
    if (pkg.selfLink) {
      const link = path.join(dir, "node_modules", pkg.name);
      if (!existsSync(link)) {
        mkdirSync(path.dirname(link), { recursive: true });
        symlinkSync(path.relative(path.dirname(link), dir) || ".", link, "dir");
      }
    }
    await restoreTree(dir, tgz);

    log(`${id}: tests before`);
    result.before = await runTests(pkg, dir, path.join(logs, "test-before.log"));
    await restoreTree(dir, tgz);

    log(`${id}: unpyramid run --write`);
    const transforms = opts.transforms ? ["--transform", opts.transforms] : [];
    const up = await run(
      process.execPath,
      [unpyramidBin, "run", "--write", "--allow-dirty", "--json", ...pkg.sources, ...transforms],
      {
        cwd: dir,
        env: npmEnv,
        logFile: path.join(logs, "unpyramid.log"),
      },
    );
    result.unpyramidSeconds = +(up.ms / 1000).toFixed(2);
    result.unpyramidExit = up.code;
    if (up.code !== 0 && up.code !== 3)
      throw new Error(
        `unpyramid exited ${up.code}${up.timedOut ? " (timed out)" : ""}:\n${up.stderr.trim().split("\n").slice(-15).join("\n")}`,
      );
    let report;
    try {
      report = JSON.parse(up.stdout);
    } catch (e) {
      throw new Error(`unpyramid's report is not JSON: ${e.message}`);
    }
    Object.assign(result, summarise(report));
    result.diff = (await git(dir, "diff")).stdout;
    const changedFiles = (await git(dir, "diff", "--name-only", "-z")).stdout.split("\0").filter(Boolean);
    const converted = new Map(changedFiles.map((f) => [f, readFileSync(path.join(dir, f))]));
    await git(dir, "add", "-A");
    await git(dir, "commit", "-q", "--no-verify", "--allow-empty", "-m", "unpyramid");

    log(`${id}: tests after`);
    result.after = await runTests(pkg, dir, path.join(logs, "test-after.log"));
    result.regression = regressed(result.before, result.after);
    if (result.regression) {
      // One more run, to tell a flaky test from a broken conversion.
      log(`${id}: tests after, again (the first run looked worse than before)`);
      await restoreTree(dir, tgz, converted);
      const again = await runTests(pkg, dir, path.join(logs, "test-after-2.log"));
      if (!regressed(result.before, again)) {
        result.flaky = { firstAfter: strip(result.after) };
        result.after = again;
        result.regression = false;
      }
    }
    if (result.regression) {
      const was = failingTests(result.before.output);
      const now = failingTests(result.after.output);
      result.newFailures = [...now].filter(([k]) => !was.has(k)).map(([name, excerpt]) => ({ name, excerpt }));
      if (result.newFailures.length === 0)
        result.newFailures = [
          { name: "(no new `not ok` line)", excerpt: result.after.output.split("\n").slice(-40).join("\n") },
        ];
    }
  } catch (e) {
    result.error = e.message;
    log(`${id}: ERROR ${e.message}`);
  }
  if (result.before) result.before = strip(result.before);
  if (result.after) result.after = strip(result.after);
  return result;
}

const strip = ({ output: _output, ...rest }) => rest;

function summarise(report) {
  const s = {
    files: report.summary?.files ?? report.files.length,
    filesChanged: report.summary?.changed ?? report.files.filter((f) => f.status === "changed").length,
    fileErrors: [],
    sites: 0,
    converted: 0,
    skipped: 0,
    skipReasons: {},
    risks: {},
    sitesByFile: {},
  };
  for (const f of report.files) {
    if (f.status === "error") s.fileErrors.push({ path: f.path, message: f.message ?? f.error ?? null });
    const sites = f.sites ?? [];
    s.sitesByFile[f.path] = sites.map((x) => ({
      line: x.line,
      column: x.column,
      kind: x.kind,
      outcome: x.outcome,
      reason: x.reason,
      risks: x.risks,
    }));
    for (const site of sites) {
      s.sites++;
      if (site.outcome === "converted") s.converted++;
      else {
        s.skipped++;
        const r = site.reason ?? "(no reason)";
        s.skipReasons[r] = (s.skipReasons[r] ?? 0) + 1;
      }
      for (const risk of site.risks ?? []) s.risks[risk] = (s.risks[risk] ?? 0) + 1;
    }
  }
  return s;
}

// ---------------------------------------------------------------- table

const sorted = (counts) => Object.entries(counts).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
const fmtCounts = (counts, top = Infinity) => {
  const e = sorted(counts);
  if (e.length === 0) return "-";
  const shown = e.slice(0, top).map(([k, n]) => `${k} ${n}`);
  if (e.length > top) shown.push(`+${e.length - top} more`);
  return shown.join(", ");
};
const fmtTests = (t) => {
  if (!t) return "-";
  const counts = t.passed == null ? `exit ${t.exitCode}` : `${t.passed} / ${t.failed}`;
  const flags = [];
  if (t.timedOut) flags.push("TIMEOUT");
  else if (t.passed != null && t.exitCode !== 0) flags.push(`exit ${t.exitCode}`);
  return flags.length ? `${counts} (${flags.join(", ")})` : counts;
};
/** The first line of an error and, when it has more, its last line. */
const shortError = (msg) => {
  const l = msg
    .split("\n")
    .map((x) => x.trim())
    .filter(Boolean);
  const s = l.length > 1 ? `${l[0]} ... ${l[l.length - 1]}` : (l[0] ?? "");
  return s.length > 200 ? `${s.slice(0, 200)}...` : s;
};
const cell = (s) => String(s).replace(/\|/g, "\\|").replace(/\n/g, " ");

function table(results) {
  const rows = [];
  rows.push(
    "| package | files (changed) | sites | converted | skipped (top reasons) | risks | tests before (pass / fail) | tests after (pass / fail) | unpyramid s |",
  );
  rows.push("| --- | ---: | ---: | ---: | --- | --- | --- | --- | ---: |");
  const tot = {
    packages: 0,
    files: 0,
    changed: 0,
    sites: 0,
    converted: 0,
    skipped: 0,
    risks: {},
    reasons: {},
    bp: 0,
    bf: 0,
    ap: 0,
    af: 0,
    secs: 0,
  };
  for (const r of results) {
    const name = `${r.name}@${r.version}`;
    if (r.error && r.files == null) {
      rows.push(
        `| ${name} | ERROR: ${cell(shortError(r.error))} | - | - | - | - | ${cell(fmtTests(r.before))} | - | - |`,
      );
      continue;
    }
    tot.packages++;
    tot.files += r.files;
    tot.changed += r.filesChanged;
    tot.sites += r.sites;
    tot.converted += r.converted;
    tot.skipped += r.skipped;
    tot.secs += r.unpyramidSeconds;
    for (const [k, n] of Object.entries(r.risks)) tot.risks[k] = (tot.risks[k] ?? 0) + n;
    for (const [k, n] of Object.entries(r.skipReasons)) tot.reasons[k] = (tot.reasons[k] ?? 0) + n;
    for (const [t, p, f] of [
      [r.before, "bp", "bf"],
      [r.after, "ap", "af"],
    ]) {
      if (t?.passed != null) {
        tot[p] += t.passed;
        tot[f] += t.failed;
      }
    }
    let after = fmtTests(r.after);
    if (r.regression) after = `**${after} REGRESSION**`;
    else if (r.flaky) after += " (flaky: 2nd run)";
    if (r.error) after += ` ERROR: ${shortError(r.error)}`;
    rows.push(
      `| ${name} | ${r.files} (${r.filesChanged}) | ${r.sites} | ${r.converted} | ${cell(r.skipped ? `${r.skipped}: ${fmtCounts(r.skipReasons, 3)}` : "0")} | ${cell(fmtCounts(r.risks))} | ${cell(fmtTests(r.before))} | ${cell(after)} | ${r.unpyramidSeconds.toFixed(2)} |`,
    );
  }
  rows.push(
    `| **total (${tot.packages} of ${results.length} packages)** | ${tot.files} (${tot.changed}) | ${tot.sites} | ${tot.converted} | ${tot.skipped} | ${cell(fmtCounts(tot.risks))} | ${tot.bp} / ${tot.bf} | ${tot.ap} / ${tot.af} | ${tot.secs.toFixed(2)} |`,
  );
  return { text: rows.join("\n"), tot };
}

// ---------------------------------------------------------------- main

const root = mkdtempSync(path.join(tmpdir(), "unpyramid-realworld-"));
log(`work folder: ${root}`);
const started = performance.now();
const results = [];
for (const pkg of selected) {
  const r = await benchPackage(pkg, root);
  results.push(r);
  const t = (x) => (x ? fmtTests(x) : "-");
  log(
    `${pkg.name}@${pkg.version}: sites ${r.sites ?? "-"}, converted ${r.converted ?? "-"}; tests ${t(r.before)} -> ${t(r.after)}${r.regression ? " REGRESSION" : ""}`,
  );
}

const { text, tot } = table(results);
const lines = [];
lines.push(
  `## unpyramid on real-world callback packages (${new Date().toISOString().slice(0, 10)}, Node ${process.version})`,
);
lines.push("");
lines.push(text);
lines.push("");
lines.push(`All skip reasons: ${fmtCounts(tot.reasons)}`);
lines.push(`All risks: ${fmtCounts(tot.risks)}`);
const regressions = results.filter((r) => r.regression);
const broken = results.filter((r) => r.error);
const flaky = results.filter((r) => r.flaky);
if (flaky.length)
  lines.push(
    `Flaky after conversion (a 2nd run matched the baseline): ${flaky.map((r) => `${r.name}@${r.version}`).join(", ")}`,
  );
if (broken.length)
  lines.push(
    `Could not be benchmarked: ${broken.map((r) => `${r.name}@${r.version} (${shortError(r.error)})`).join("; ")}`,
  );
const fileErrors = results.flatMap((r) =>
  (r.fileErrors ?? []).map((e) => `${r.name}: ${e.path}${e.message ? `: ${e.message}` : ""}`),
);
if (fileErrors.length) lines.push(`Files unpyramid reported as errors: ${fileErrors.join("; ")}`);
lines.push(
  `Regressions (tests passed before, fail after): ${regressions.length ? regressions.map((r) => `${r.name}@${r.version}`).join(", ") : "none"}`,
);
for (const r of regressions) {
  lines.push("");
  lines.push(`### ${r.name}@${r.version}: tests ${fmtTests(r.before)} -> ${fmtTests(r.after)}`);
  lines.push("");
  lines.push("New failures:");
  lines.push("```");
  for (const f of r.newFailures) lines.push(f.excerpt);
  lines.push("```");
  lines.push("Conversion (git diff):");
  lines.push("```diff");
  lines.push(r.diff.length > 20000 ? `${r.diff.slice(0, 20000)}\n... (cut; full diff in the JSON results)` : r.diff);
  lines.push("```");
}
lines.push("");
lines.push(
  `Total wall time ${((performance.now() - started) / 1000).toFixed(0)} s; per-package timeout ${opts.timeout} s.`,
);
process.stdout.write(`${lines.join("\n")}\n`);

if (opts.out) {
  const json = {
    date: new Date().toISOString(),
    node: process.version,
    timeoutSeconds: Number(opts.timeout),
    totals: tot,
    packages: results,
  };
  writeFileSync(opts.out, `${JSON.stringify(json, null, 2)}\n`);
  log(`results written to ${opts.out}`);
}
if (opts.keep) log(`kept: ${root}`);
else rmSync(root, { recursive: true, force: true });

process.exitCode = regressions.length ? 1 : broken.length ? 2 : 0;
