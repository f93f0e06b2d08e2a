#!/usr/bin/env node
// The differential run (issue 19): seeded programs in the shapes callback-era code has, and the
// hand-written ones of programs/, run before and after conversion (the default transforms, and
// callbacks-to-then) under the conditions users have; every difference is printed with what
// reproduces it. Exit 1 when there is any, or when a conversion failed.
//
//   node bench/differential/run.mjs [--seed S] [--programs N] [--conditions plain,fake-timers,async-lib,tsc]
//                                   [--only ID,...] [--no-hand-written] [--jobs J] [--timeout-ms T] [--json] [--keep]
import { existsSync } from "node:fs";
import path from "node:path";
import { CONDITIONS, ROOT, loadHandWritten, runHarness } from "./harness.mjs";
import { generateProgram } from "./generate.mjs";

const USAGE =
  "usage: node bench/differential/run.mjs [--seed S] [--programs N] [--conditions plain,fake-timers,async-lib,tsc] [--only ID,...] [--no-hand-written] [--jobs J] [--timeout-ms T] [--json] [--keep]";

function parseOptions(argv) {
  const options = {
    seed: 1,
    count: 200,
    conditions: CONDITIONS,
    handWritten: true,
    json: false,
    keep: false,
    only: null,
    jobs: undefined,
    timeoutMs: 10000,
  };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === "--seed") options.seed = Number(argv[++i]);
    else if (arg === "--programs") options.count = Number(argv[++i]);
    else if (arg === "--conditions") options.conditions = argv[++i].split(",");
    else if (arg === "--only") options.only = argv[++i].split(",");
    else if (arg === "--jobs") options.jobs = Number(argv[++i]);
    else if (arg === "--timeout-ms") options.timeoutMs = Number(argv[++i]);
    else if (arg === "--no-hand-written") options.handWritten = false;
    else if (arg === "--json") options.json = true;
    else if (arg === "--keep") options.keep = true;
    else {
      process.stderr.write(`unknown option ${arg}\n${USAGE}\n`);
      process.exit(2);
    }
  }
  const unknown = options.conditions.filter((c) => !CONDITIONS.includes(c));
  if (unknown.length || !Number.isInteger(options.seed) || !Number.isInteger(options.count) || options.count < 0) {
    process.stderr.write(`bad option value${unknown.length ? `: ${unknown.join(", ")}` : ""}\n${USAGE}\n`);
    process.exit(2);
  }
  return options;
}

/** `--only 1/17,programs/fs-write-array.js`: those programs alone (seed/index of a generated one). */
function selected(options) {
  if (!options.only) return undefined;
  const hand = loadHandWritten();
  return options.only.map((id) => {
    const generated = /^(\d+)\/(\d+)$/.exec(id);
    if (generated) return generateProgram(Number(generated[1]), Number(generated[2]));
    const program = hand.find((p) => p.id === id || p.id === `programs/${id}`);
    if (!program) {
      process.stderr.write(`no program ${id}\n`);
      process.exit(2);
    }
    return program;
  });
}

function block(title, text) {
  const body = text === "" ? "(empty)" : text.replace(/\n$/, "");
  return `  ${title}:\n${body
    .split("\n")
    .map((line) => `    | ${line}`)
    .join("\n")}\n`;
}

function describeRun(run) {
  if (run.diagnostics) return block("diagnostics", run.diagnostics.join("\n"));
  return `  exit ${run.timedOut ? "TIMED OUT" : run.code}${run.signal ? ` (${run.signal})` : ""}\n${block("stdout", run.stdout)}${block("stderr", run.stderr)}`;
}

async function main() {
  const options = parseOptions(process.argv.slice(2));
  if (!existsSync(path.join(ROOT, "dist", "src", "index.js"))) {
    process.stderr.write("dist/ is missing: run `npm run build` first\n");
    process.exit(2);
  }
  let done = 0;
  const result = await runHarness({
    seed: options.seed,
    count: options.count,
    conditions: options.conditions,
    handWritten: options.handWritten,
    programs: selected(options),
    keep: options.keep,
    jobs: options.jobs,
    timeoutMs: options.timeoutMs,
    onProgram: () => {
      done++;
      if (!options.json && process.stderr.isTTY) process.stderr.write(`\r${done} programs`);
    },
  });
  if (!options.json && process.stderr.isTTY) process.stderr.write("\n");
  const { summary, differences, unstable, records, accepted } = result;
  if (options.json) {
    const strip = ({ program, ...rest }) => ({
      program: program.id,
      capability: program.capability,
      files: program.files,
      ...rest,
    });
    const notes = records.filter((r) => r.notes.length).map((r) => ({ program: r.program.id, notes: r.notes }));
    process.stdout.write(
      `${JSON.stringify({ summary, differences: differences.map(strip), unstable: unstable.map(strip), accepted: accepted.map(strip), notes }, null, 2)}\n`,
    );
  } else {
    const out = [];
    for (const d of differences) {
      out.push(
        `\n=== DIFFERENCE ${d.program.id} (${d.program.capability}, ${d.program.flavour}) condition ${d.condition}, ${d.variant === "then" ? "-t callbacks-to-then" : "default transforms"}`,
      );
      out.push(`  reproduce: node bench/differential/run.mjs --only ${d.program.id} --conditions ${d.condition}`);
      if (d.program.shapes.length) out.push(`  shapes: ${d.program.shapes.join(" ")}`);
      if (d.sites.length) out.push(`  converted: ${d.sites.join("; ")}`);
      for (const [name, text] of Object.entries(d.program.files))
        out.push(block(`input ${name}`, text).replace(/\n$/, ""));
      out.push(block("conversion", d.patch).replace(/\n$/, ""));
      out.push(
        "  BEFORE",
        describeRun(d.before).replace(/\n$/, ""),
        "  AFTER",
        describeRun(d.after).replace(/\n$/, ""),
      );
    }
    for (const d of unstable)
      out.push(
        `\nUNSTABLE ${d.program.id} condition ${d.condition} (${d.variant}): the program prints differently from run to run; not counted`,
      );
    for (const record of records) for (const note of record.notes) out.push(`NOTE ${record.program.id}: ${note}`);
    out.push(
      "",
      `programs            ${summary.programs} (${summary.generated} generated, seed ${summary.seed ?? "-"}; ${summary.handWritten} hand-written)`,
      `changed             ${summary.changed.default} by the default transforms, ${summary.changed.then} by callbacks-to-then`,
      `sites converted     ${summary.sitesConverted.default} default, ${summary.sitesConverted.then} callbacks-to-then`,
      `differences         ${summary.differences} in ${summary.programsWithDifferences} programs: ${Object.entries(
        summary.byCondition,
      )
        .map(([c, n]) => `${c} ${n}`)
        .join(", ")}`,
      `                    (and ${summary.alsoUnderFakeTimers} plain differences seen again under fake timers, not counted twice)`,
      `accepted            ${
        Object.entries(summary.accepted)
          .map(([because, n]) => `${because} ${n}`)
          .join(", ") || "none"
      } (differences the README lists among those every conversion makes)`,
      ...Object.entries(summary.byCapability).map(
        ([capability, c]) =>
          `  ${capability.padEnd(18)}${String(c.programs).padStart(4)} programs, ${c.sitesConverted.default} + ${c.sitesConverted.then} sites converted, ${c.differences} differences`,
      ),
      `unstable programs   ${summary.unstable}`,
      `conversion errors   ${summary.conversionErrors}`,
      `notes               ${summary.notes}`,
      `wall time           ${summary.seconds} s (conversion ${summary.phases.convert} s, tsc ${summary.phases.tsc} s, runs ${summary.phases.runs} s)`,
    );
    if (summary.work) out.push(`kept: ${summary.work}`);
    process.stdout.write(`${out.join("\n")}\n`);
  }
  // A conversion error is a bug of the tool too, though the file it leaves behaves as before.
  process.exit(summary.differences > 0 || summary.conversionErrors > 0 ? 1 : 0);
}

await main();
