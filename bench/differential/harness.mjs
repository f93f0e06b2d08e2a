// The differential harness: each program (generated, and the hand-written ones of programs/) runs
// before and after conversion under the conditions users have, and every difference in what it
// prints, its exit code, or (TypeScript) its type-check is reported with what reproduces it.
import { spawn } from "node:child_process";
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  realpathSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import { createRequire } from "node:module";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { createTwoFilesPatch } from "diff";
import { generateProgram } from "./generate.mjs";

const HERE = path.dirname(fileURLToPath(import.meta.url));
export const ROOT = path.resolve(HERE, "..", "..");
const require = createRequire(import.meta.url);
const ts = require("typescript");
const NODE_MODULES = path.join(ROOT, "node_modules");
const DRIVER = path.join(HERE, "driver.mjs");
const PRELOAD = path.join(HERE, "fake-timers-preload.cjs");
export const PROGRAMS_DIR = path.join(HERE, "programs");

export const CONDITIONS = ["plain", "fake-timers", "async-lib", "tsc"];
/** The default transform set, and callbacks-to-then on its own. */
export const VARIANTS = [
  { name: "default", transforms: undefined },
  { name: "then", transforms: ["callbacks-to-then"] },
];
const SOURCE = /\.(js|mjs|cjs|ts|mts|cts)$/;
/** Text that may schedule a timer: the global timers, the timers modules, the async library (retry's interval). */
const TIMERS = /\b(setTimeout|setImmediate|setInterval|timers|async)\b/;
/** Text that may export something. */
const EXPORTS = /\b(module\.exports|exports\.|export)\b/;

// ---- programs ----------------------------------------------------------------------------------------

/** The hand-written programs: a file, or a folder whose entry is main.*; `// differential-driver: [...]` gives the driver's arguments. */
export function loadHandWritten(dir = PROGRAMS_DIR) {
  if (!existsSync(dir)) return [];
  const programs = [];
  for (const name of readdirSync(dir).sort()) {
    const full = path.join(dir, name);
    let files = {};
    let entry;
    if (statSync(full).isDirectory()) {
      for (const file of readdirSync(full).sort()) files[file] = readFileSync(path.join(full, file), "utf8");
      entry = Object.keys(files).find((file) => /^main\./.test(file));
    } else if (SOURCE.test(name)) {
      entry = `main${path.extname(name)}`;
      files = { [entry]: readFileSync(full, "utf8") };
    } else continue;
    const text = files[entry];
    const driverLine = /^\/\/ differential-driver: (.*)$/m.exec(text);
    const checks = /^\/\/ checks: (.*)$/m.exec(text);
    programs.push({
      id: `programs/${name}`,
      capability: "hand-written",
      flavour: entry.endsWith(".ts") ? "ts" : entry.endsWith(".mjs") ? "esm" : "cjs",
      entry,
      files,
      driver: driverLine ? JSON.parse(driverLine[1]) : [],
      shapes: checks ? [checks[1]] : [],
    });
  }
  return programs;
}

// ---- conversion --------------------------------------------------------------------------------------

let api = null;
function transformSource(code, options) {
  api ??= require(path.join(ROOT, "dist", "src", "index.js"));
  return api.transformSource(code, options);
}

/** Converts every source file of the program; a file the tool skips stays as it was. */
function convertProgram(program, variant, convert) {
  const files = {};
  const sites = [];
  let error = null;
  for (const [name, code] of Object.entries(program.files)) {
    if (!SOURCE.test(name)) {
      files[name] = code;
      continue;
    }
    try {
      const result = convert
        ? convert(code, name, variant)
        : transformSource(code, { filename: name, ...(variant.transforms ? { transforms: variant.transforms } : {}) });
      files[name] = result.code;
      for (const site of result.sites ?? []) sites.push({ file: name, ...site });
    } catch (caught) {
      files[name] = code;
      if (!(caught?.name === "SourceError" && caught.skip)) error = `${name}: ${caught?.message ?? caught}`;
    }
  }
  const changed = Object.keys(files).some((name) => files[name] !== program.files[name]);
  return { files, sites, converted: sites.filter((site) => site.outcome === "converted").length, changed, error };
}

// ---- running -----------------------------------------------------------------------------------------

/** TypeScript runs compiled to JavaScript of the module kind it is written in, as test/helpers/execute.ts does. */
function runnable(name, code) {
  if (!/\.(ts|mts|cts)$/.test(name)) return { name, code };
  const esm =
    name.endsWith(".mts") ||
    (/^\s*(import|export)\s/m.test(code) && !/^\s*import\s+[\w$]+\s*=\s*require\(/m.test(code));
  const output = ts.transpileModule(code, {
    compilerOptions: {
      target: ts.ScriptTarget.ES2022,
      module: esm ? ts.ModuleKind.ESNext : ts.ModuleKind.CommonJS,
      esModuleInterop: true,
    },
    fileName: name,
  });
  return { name: name.replace(/\.[mc]?ts$/, esm ? ".mjs" : ".cjs"), code: output.outputText };
}

function layOut(work, label, files) {
  const dir = path.join(work, label);
  mkdirSync(dir, { recursive: true });
  let entryMap = {};
  for (const [name, code] of Object.entries(files)) {
    const out = runnable(name, code);
    entryMap[name] = out.name;
    mkdirSync(path.dirname(path.join(dir, out.name)), { recursive: true });
    writeFileSync(path.join(dir, out.name), out.code);
  }
  symlinkSync(NODE_MODULES, path.join(dir, "node_modules"), "dir");
  return { dir, entryMap };
}

function spawnNode(args, cwd, timeoutMs) {
  return new Promise((resolve) => {
    const env = { PATH: process.env.PATH ?? "" };
    if (process.env.UNPYRAMID_FAKE_TIMERS_SCOPE)
      env.UNPYRAMID_FAKE_TIMERS_SCOPE = process.env.UNPYRAMID_FAKE_TIMERS_SCOPE;
    const child = spawn(process.execPath, args, { cwd, env, stdio: ["ignore", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    let timedOut = false;
    child.stdout.setEncoding("utf8").on("data", (chunk) => (stdout += chunk));
    child.stderr.setEncoding("utf8").on("data", (chunk) => (stderr += chunk));
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill("SIGKILL");
    }, timeoutMs);
    child.on("close", (code, signal) => {
      clearTimeout(timer);
      resolve({ stdout, stderr, code, signal: timedOut ? null : signal, timedOut });
    });
  });
}

/**
 * What may differ between any two runs, and between a program and its conversion by nature of being
 * another text: temp paths, stack frames, the source excerpt above an uncaught error, pids. An error
 * printed as `[Error: m] {` (no stack: the callback APIs' errors) and as `Error: m` with frames is
 * the same error.
 */
export function normalizeOutput(text, dirs) {
  let out = text;
  for (const dir of dirs) out = out.split(dir).join("<dir>");
  const lines = out.split("\n");
  const kept = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    // The excerpt: `file:line`, the code line, the caret line, a blank line.
    if (
      /^(<dir>\/\S+|node:internal\/\S+|file:\/\/\S+):\d+$/.test(line) &&
      i + 2 < lines.length &&
      /^\s*\^+\s*$/.test(lines[i + 2])
    ) {
      i += 2;
      if (lines[i + 1] === "") i++;
      continue;
    }
    if (/^\s+at /.test(line)) {
      if (/ \{$/.test(line) && kept.length) kept[kept.length - 1] += " {";
      continue;
    }
    if (/^Node\.js v/.test(line)) continue;
    kept.push(line.replace(/^\[(\w*Error(?:: [^\]]*)?)\]( \{)?$/, "$1$2").replace(/\(node:\d+\)/g, "(node:PID)"));
  }
  return kept.join("\n");
}

function outcome(result, dirs) {
  return {
    code: result.code,
    signal: result.signal,
    timedOut: result.timedOut,
    stdout: normalizeOutput(result.stdout, dirs),
    stderr: normalizeOutput(result.stderr, dirs),
  };
}

function same(a, b) {
  return (
    a.code === b.code &&
    a.signal === b.signal &&
    a.timedOut === b.timedOut &&
    a.stdout === b.stdout &&
    a.stderr === b.stderr
  );
}

class Runner {
  constructor({ work, timeoutMs, keep }) {
    this.work = work;
    this.timeoutMs = timeoutMs;
    this.keep = keep;
    this.counter = 0;
  }

  async run(files, entry, condition, calls) {
    const label = `run-${++this.counter}`;
    const { dir, entryMap } = layOut(this.work, label, files);
    const dirs = [dir, realpathSync(dir)];
    const main = path.join(dir, entryMap[entry]);
    let args;
    if (condition === "plain") args = [main];
    else if (condition === "fake-timers") args = ["--require", PRELOAD, main];
    else {
      const jobFile = path.join(this.work, `${label}.job.json`);
      writeFileSync(jobFile, JSON.stringify(calls));
      args = [DRIVER, "call", main, jobFile];
    }
    const result = await spawnNode(args, dir, this.timeoutMs);
    if (!this.keep) rmSync(dir, { recursive: true, force: true });
    return { ...outcome(result, dirs), raw: result };
  }
}

/** Runs input and outputs in one condition; a difference is confirmed by running both again. */
async function compareCondition(runner, program, variants, condition, job) {
  const changed = variants.filter((v) => v.changed);
  if (!changed.length) return [];
  let calls = job;
  let listTo;
  if (condition === "async-lib") {
    // The input's run lists the callback APIs its exports show; every other run calls those.
    listTo = path.join(runner.work, `list-${++runner.counter}.json`);
    calls = { spec: job, listTo };
  }
  const before = await runner.run(program.files, program.entry, condition, calls);
  if (listTo) {
    if (!existsSync(listTo))
      return [
        {
          condition,
          variant: changed[0].name,
          stable: false,
          before: strip(before),
          after: strip(before),
          note: "the driver could not list the input's exports",
        },
      ];
    calls = { calls: JSON.parse(readFileSync(listTo, "utf8")) };
    if (!calls.calls.length) return [];
  }
  const found = [];
  const seen = new Map();
  let before2 = null;
  const again = new Map();
  for (const variant of changed) {
    // callbacks-to-then often writes what the default set writes: one run for both.
    const key = JSON.stringify(variant.files);
    const after = seen.get(key) ?? (await runner.run(variant.files, program.entry, condition, calls));
    seen.set(key, after);
    if (same(before, after)) continue;
    // Again, both: an input that prints differently from run to run is the generator's fault; an
    // output that does (a late crash racing the rest) differs from its input all the same.
    before2 ??= await runner.run(program.files, program.entry, condition, calls);
    const after2 = again.get(key) ?? (await runner.run(variant.files, program.entry, condition, calls));
    again.set(key, after2);
    const stable = same(before, before2) && !same(before, after2);
    found.push({ condition, variant: variant.name, stable, before: strip(before), after: strip(after) });
  }
  return found;
}

function strip({ raw, ...rest }) {
  void raw;
  return rest;
}

// ---- tsc --strict --noEmit ----------------------------------------------------------------------------

const TSC_OPTIONS = {
  strict: true,
  noEmit: true,
  target: ts.ScriptTarget.ES2022,
  module: ts.ModuleKind.ESNext,
  moduleResolution: ts.ModuleResolutionKind.Bundler,
  esModuleInterop: true,
  skipLibCheck: true,
  types: ["node"],
  typeRoots: [path.join(NODE_MODULES, "@types")],
};

/** One TypeScript program over every TS file of every program and variant (in memory): their diagnostics, by file. */
function typeCheck(entries) {
  const virtual = new Map();
  // All files are checked in one program: a script (no import or export) would share its top-level
  // names with every other script there, so each is checked as a module of its own (`export {}` added
  // on its last line, after every line a diagnostic can name).
  const isScript = (code) => !/^\s*(import|export)\b/m.test(code);
  for (const { key, name, code } of entries)
    virtual.set(path.join(ROOT, ".differential-tsc", key, name), isScript(code) ? `${code}\nexport {};\n` : code);
  const host = ts.createCompilerHost(TSC_OPTIONS);
  const readFile = host.readFile.bind(host);
  const fileExists = host.fileExists.bind(host);
  const getSourceFile = host.getSourceFile.bind(host);
  host.readFile = (name) => virtual.get(path.resolve(name)) ?? readFile(name);
  host.fileExists = (name) => virtual.has(path.resolve(name)) || fileExists(name);
  host.getSourceFile = (name, version) =>
    virtual.has(path.resolve(name))
      ? ts.createSourceFile(name, virtual.get(path.resolve(name)), version, true)
      : getSourceFile(name, version);
  const program = ts.createProgram([...virtual.keys()], TSC_OPTIONS, host);
  const byFile = new Map([...virtual.keys()].map((name) => [name, []]));
  for (const d of ts.getPreEmitDiagnostics(program)) {
    if (!d.file) continue;
    const list = byFile.get(path.resolve(d.file.fileName));
    if (!list) continue;
    const { line } = d.file.getLineAndCharacterOfPosition(d.start ?? 0);
    list.push({ text: `TS${d.code}: ${ts.flattenDiagnosticMessageText(d.messageText, " ")}`, line: line + 1 });
  }
  const result = new Map();
  for (const { key, name } of entries)
    result.set(`${key}/${name}`, byFile.get(path.join(ROOT, ".differential-tsc", key, name)));
  return result;
}

// ---- the whole run -----------------------------------------------------------------------------------

async function pool(items, jobs, work) {
  let next = 0;
  const lane = async () => {
    while (next < items.length) {
      const i = next++;
      await work(items[i], i);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(jobs, items.length)) }, lane));
}

function patchOf(program, variant) {
  return Object.keys(program.files)
    .filter((name) => variant.files[name] !== program.files[name])
    .map((name) =>
      createTwoFilesPatch(`a/${name}`, `b/${name}`, program.files[name], variant.files[name], "", "", { context: 3 }),
    )
    .join("");
}

/**
 * @param options.seed, options.count   generated programs seed/0 .. seed/count-1
 * @param options.handWritten           also the programs of bench/differential/programs (default true)
 * @param options.programs              programs to run instead of generating them
 * @param options.convert               (code, filename, variant) -> { code, sites }: a conversion other than transformSource (the test plants one)
 */
export async function runHarness(options = {}) {
  const {
    seed = 1,
    count = 50,
    conditions = CONDITIONS,
    handWritten = true,
    convert,
    keep = false,
    timeoutMs = 10000,
    jobs = Math.max(2, os.availableParallelism() * 2),
    onProgram,
  } = options;
  let programs = options.programs;
  if (!programs) {
    programs = [];
    for (let i = 0; i < count; i++) programs.push(generateProgram(seed, i));
    if (handWritten) programs.push(...loadHandWritten());
  }
  const work = mkdtempSync(path.join(os.tmpdir(), "unpyramid-diff-"));
  const runner = new Runner({ work, timeoutMs, keep });
  const started = Date.now();
  const records = programs.map((program) => {
    const variants = VARIANTS.map((variant) => ({
      name: variant.name,
      transforms: variant.transforms,
      ...convertProgram(program, variant, convert),
    }));
    return { program, variants, differences: [], shadowed: [], notes: [] };
  });
  const converted = Date.now();

  if (conditions.includes("tsc")) {
    const entries = [];
    for (const [i, record] of records.entries()) {
      for (const [name, code] of Object.entries(record.program.files)) {
        if (!/\.(ts|mts|cts)$/.test(name)) continue;
        entries.push({ key: `${i}/input`, name, code });
        for (const variant of record.variants)
          if (variant.changed) entries.push({ key: `${i}/${variant.name}`, name, code: variant.files[name] });
      }
    }
    if (entries.length) {
      const diagnostics = typeCheck(entries);
      for (const [i, record] of records.entries()) {
        for (const name of Object.keys(record.program.files)) {
          if (!/\.(ts|mts|cts)$/.test(name)) continue;
          const before = diagnostics.get(`${i}/input/${name}`);
          if (before.length)
            record.notes.push(
              `input does not type-check: ${name}: ${before.map((d) => `${d.line}: ${d.text}`).join("; ")}`,
            );
          const known = new Set(before.map((d) => d.text));
          for (const variant of record.variants) {
            if (!variant.changed) continue;
            const added = diagnostics.get(`${i}/${variant.name}/${name}`).filter((d) => !known.has(d.text));
            if (added.length) {
              record.differences.push({
                condition: "tsc",
                variant: variant.name,
                stable: true,
                before: { diagnostics: before.map((d) => `${name}:${d.line}: ${d.text}`) },
                after: {
                  diagnostics: diagnostics
                    .get(`${i}/${variant.name}/${name}`)
                    .map((d) => `${name}:${d.line}: ${d.text}`),
                },
              });
            }
          }
        }
      }
    }
  }

  const checked = Date.now();
  await pool(records, jobs, async (record) => {
    const { program, variants } = record;
    for (const variant of variants)
      if (variant.error) record.notes.push(`${variant.name} conversion failed: ${variant.error}`);
    for (const condition of ["plain", "fake-timers"]) {
      if (!conditions.includes(condition)) continue;
      // Without a timer in any version, fake timers change nothing: the plain run says it all.
      if (
        condition === "fake-timers" &&
        ![program, ...variants].some((v) => Object.values(v.files).some((code) => TIMERS.test(code)))
      )
        continue;
      const found = await compareCondition(runner, program, variants, condition);
      // What plain runs already show is not a difference of fake timers: counted once, under plain.
      const plainly = new Set(
        record.differences.filter((d) => d.condition === "plain" && d.stable).map((d) => d.variant),
      );
      for (const d of found)
        (condition === "fake-timers" && plainly.has(d.variant) && d.stable ? record.shadowed : record.differences).push(
          d,
        );
    }
    if (conditions.includes("async-lib") && Object.values(program.files).some((code) => EXPORTS.test(code))) {
      record.differences.push(...(await compareCondition(runner, program, variants, "async-lib", program.driver)));
    }
    onProgram?.(record);
  });
  if (!keep) rmSync(work, { recursive: true, force: true });

  for (const record of records) {
    for (const difference of record.differences) {
      const variant = record.variants.find((v) => v.name === difference.variant);
      difference.patch = patchOf(record.program, variant);
      difference.sites = variant.sites
        .filter((site) => site.outcome === "converted")
        .map(
          (site) =>
            `${site.file}:${site.line}:${site.column} ${site.kind}${site.risks?.length ? ` [${site.risks.join(", ")}]` : ""}`,
        );
    }
  }
  for (const record of records) {
    for (const difference of record.differences) {
      const variant = record.variants.find((v) => v.name === difference.variant);
      const because = difference.stable ? acceptedBecause(difference, variant.sites) : null;
      if (because) difference.accepted = because;
    }
  }
  const accepted = records.flatMap((record) =>
    record.differences.filter((d) => d.accepted).map((d) => ({ program: record.program, ...d })),
  );
  const confirmed = records.flatMap((record) =>
    record.differences.filter((d) => d.stable && !d.accepted).map((d) => ({ program: record.program, ...d })),
  );
  const unstable = records.flatMap((record) =>
    record.differences.filter((d) => !d.stable).map((d) => ({ program: record.program, ...d })),
  );
  const byCondition = Object.fromEntries(conditions.map((c) => [c, confirmed.filter((d) => d.condition === c).length]));
  const summary = {
    seed: options.programs ? null : seed,
    programs: records.length,
    generated: records.filter((r) => r.program.capability !== "hand-written").length,
    handWritten: records.filter((r) => r.program.capability === "hand-written").length,
    changed: Object.fromEntries(
      VARIANTS.map((v) => [v.name, records.filter((r) => r.variants.find((x) => x.name === v.name).changed).length]),
    ),
    sitesConverted: Object.fromEntries(
      VARIANTS.map((v) => [
        v.name,
        records.reduce((sum, r) => sum + r.variants.find((x) => x.name === v.name).converted, 0),
      ]),
    ),
    byCapability: Object.fromEntries(
      [...new Set(records.map((r) => r.program.capability))].map((capability) => {
        const mine = records.filter((r) => r.program.capability === capability);
        const ids = new Set(mine.map((r) => r.program.id));
        return [
          capability,
          {
            programs: mine.length,
            sitesConverted: Object.fromEntries(
              VARIANTS.map((v) => [
                v.name,
                mine.reduce((sum, r) => sum + r.variants.find((x) => x.name === v.name).converted, 0),
              ]),
            ),
            differences: confirmed.filter((d) => ids.has(d.program.id)).length,
          },
        ];
      }),
    ),
    programsWithDifferences: new Set(confirmed.map((d) => d.program.id)).size,
    differences: confirmed.length,
    byCondition,
    unstable: unstable.length,
    // Differences the README lists among those every conversion makes by nature, by its name for them.
    accepted: Object.fromEntries(
      [...new Set(accepted.map((d) => d.accepted))]
        .sort()
        .map((because) => [because, accepted.filter((d) => d.accepted === because).length]),
    ),
    alsoUnderFakeTimers: records.reduce((sum, r) => sum + r.shadowed.length, 0),
    notes: records.reduce((sum, r) => sum + r.notes.length, 0),
    // A conversion that throws (an output that does not verify: the tool leaves the file and asks for a report).
    conversionErrors: records.reduce((sum, r) => sum + r.variants.filter((v) => v.error).length, 0),
    seconds: +((Date.now() - started) / 1000).toFixed(1),
    phases: {
      convert: +((converted - started) / 1000).toFixed(1),
      tsc: +((checked - converted) / 1000).toFixed(1),
      runs: +((Date.now() - checked) / 1000).toFixed(1),
    },
    work: keep ? work : undefined,
  };
  return { summary, records, differences: confirmed, unstable, accepted };
}

// ---- differences the README accepts -------------------------------------------------------------------

/** Codes of the errors Node's APIs throw at once for an argument they refuse. */
const ARGUMENT_ERRORS =
  /^ERR_(INVALID_ARG_TYPE|INVALID_ARG_VALUE|OUT_OF_RANGE|INVALID_URL|INVALID_URL_SCHEME|INVALID_FILE_URL_PATH|INVALID_FILE_URL_HOST|MISSING_ARGS)$/;

/** The uncaught error a run died of (exit 1): its code, else its message, from the first error line on stderr. */
function uncaughtError(run) {
  if (run.code !== 1 || run.timedOut) return null;
  const match =
    /^(\w*Error)(?: \[(\w+)\])?: (.*?)(?: \{)?$/m.exec(run.stderr) ??
    /^Uncaught (\w*Error)(?: \[(\w+)\])?: (.*?)(?: \{)?$/m.exec(run.stderr);
  if (!match) return null;
  const code = match[2] ?? /^\s+code: '(\w+)'/m.exec(run.stderr)?.[1] ?? null;
  return { code, message: match[3] };
}

const FAKE_CLOCK = /^\[fake-timers\] clock advanced (\d+) ms, (\d+) timer turns, (\d+) timers left$/m;

/**
 * Two runs' stderr differ only in the fake clock's report, by at most one fake ms per timer turn, with
 * as many turns and timers left (see "fake-clock-turn" below).
 */
export function fakeClockTurnsOnly(before, after) {
  const [b, a] = [FAKE_CLOCK.exec(before), FAKE_CLOCK.exec(after)];
  if (!b || !a || before.replace(FAKE_CLOCK, "") !== after.replace(FAKE_CLOCK, "")) return false;
  return b[2] === a[2] && b[3] === a[3] && Math.abs(Number(b[1]) - Number(a[1])) <= Number(b[2]);
}

/**
 * The README's name for a difference that every conversion makes by nature and that it lists, when
 * this difference is exactly that one, or null:
 * - "argument-error-reaches-error-handling": an argument error a callback API threw at once (an
 *   uncaught crash, or a throw the driver caught at the call) now reaches the error handling of the
 *   call, which goes on from there as the program says (the output up to the error is the same);
 * - "throw-reaches-caller": the same for any error, where the conversion reported that risk on the site;
 * - "fake-clock-turn": under fake timers, code that ran inside a timer's callback now runs as a
 *   microtask after it, so a zero-delay timer it starts is stamped one fake ms earlier (fake-timers
 *   delays one started during a tick by 1 ms): the same output and timer turns, the fake clock at most
 *   one ms per turn apart.
 */
function acceptedBecause(difference, sites) {
  const { before, after, condition } = difference;
  if (!before || !after || before.diagnostics) return null;
  if (condition === "fake-timers") {
    if (before.stdout !== after.stdout || before.code !== after.code) return null;
    return fakeClockTurnsOnly(before.stderr, after.stderr) ? "fake-clock-turn" : null;
  }
  // Where the error showed before: an uncaught crash (the output stops there), or a throw the async
  // library's driver caught at the call (the output goes on after its line).
  const thrown = /^\[driver\] .* threw synchronously: \w*Error\("(.*)" (\w+)\)$/m.exec(before.stdout);
  const error = uncaughtError(before) ?? (thrown ? { code: thrown[2], message: thrown[1] } : null);
  const upTo = thrown ? before.stdout.slice(0, thrown.index) : before.stdout;
  if (!error || !after.stdout.startsWith(upTo)) return null;
  // An argument error now goes where the call's errors go, and the program goes on from there as its
  // error handling says (it may print it, or recover with a value): what follows may differ.
  if (error.code && ARGUMENT_ERRORS.test(error.code)) return "argument-error-reaches-error-handling";
  // Any other error must show after it, by its code or its message, where the risk was reported.
  const shown = `${after.stdout}\n${after.stderr}`;
  if (!(error.code && shown.includes(error.code)) && !(error.message && shown.includes(error.message))) return null;
  return sites.some((site) => site.outcome === "converted" && site.risks?.includes("throw-reaches-caller"))
    ? "throw-reaches-caller"
    : null;
}
