// Seeded random callback programs for the function-contract analysis (issue 21): functions of the
// file written in the shapes callback-era code has (expression bodies, ternaries, if/else chains,
// early returns, `cb(x); return;`, switch, timers and deferrals, core I/O, delegation to another of
// the file's functions, straight or wrapped; declarations, function expressions, arrows, object
// methods), called from a pyramid 2 to 6 deep whose callbacks handle errors at random (return, if/else,
// falling through, reading the error in an expression), run several times with failures injected.
// Each run prints into its own buffer, printed at exit: runs overlap in time, and independent chains
// may finish in another order after conversion (README), while each run's own order must hold.
import { Random, programSeed } from "../differential/random.mjs";

const NAMES = ["lookup", "fetchUser", "readConfig", "compute", "resolveName", "loadItem", "checkQuota", "scaleUp"];
const LEAF_SHAPES = [
  "ternary-timer",
  "if-else-immediate",
  "early-return-next-tick",
  "call-then-return",
  "switch",
  "core-io",
  "deferral-arguments",
  "micro-task",
  "delegation",
  "wrapped-delegation",
  "core-handoff",
];
const DEFINITIONS = ["declaration", "function-expression", "arrow", "method"];
const HANDLINGS = ["return-log", "block-return", "if-else", "fall-through", "read-in-expression"];
// Where a level's call stands: a statement, `return f(...)`, or the braceless branch of an `if` that ends the function.
const PLACES = ["statement", "returned", "else-branch"];
// How `main` is started: a statement, returned from a timer's arrow, or from a `forEach` callback.
const STARTS = ["statement", "timer-arrow", "for-each"];

/** One leaf function: `name(x, cb)` fails when `x % mod === rest`, else calls back with `x * factor + 1`. */
function leafBody(rng, leaf, earlier, ts) {
  const cond = `x % ${leaf.mod} === ${leaf.rest}`;
  const error = `new Error(${JSON.stringify(`${leaf.name} refused `)} + x)`;
  const value = `x * ${leaf.factor} + 1`;
  const delay = rng.int(0, 3);
  switch (leaf.shape) {
    case "ternary-timer":
      return [`setTimeout(() => (${cond} ? cb(${error}) : cb(null, ${value})), ${delay});`];
    case "if-else-immediate":
      return [
        "setImmediate(function () {",
        `  if (${cond}) {`,
        `    cb(${error});`,
        `  } else if (x < 0) {`,
        `    cb(new Error("negative"));`,
        "  } else {",
        `    cb(null, ${value});`,
        "  }",
        "});",
      ];
    case "early-return-next-tick":
      return ["process.nextTick(() => {", `  if (${cond}) return cb(${error});`, `  cb(null, ${value});`, "});"];
    case "call-then-return":
      return [
        "setImmediate(() => {",
        `  if (${cond}) {`,
        `    cb(${error});`,
        "    return;",
        "  }",
        `  cb(null, ${value});`,
        "});",
      ];
    case "switch":
      return [
        "setImmediate(() => {",
        `  switch (x % ${leaf.mod}) {`,
        `    case ${leaf.rest}:`,
        `      cb(${error});`,
        "      break;",
        `    case ${(leaf.rest + 1) % leaf.mod}:`,
        `    default:`,
        `      cb(null, ${value});`,
        "  }",
        "});",
      ];
    case "core-io":
      return [
        `fs.stat(".", (err${ts ? ": Error | null" : ""}) => {`,
        "  if (err) return cb(err);",
        `  if (${cond}) return cb(${error});`,
        `  cb(null, ${value});`,
        "});",
      ];
    case "deferral-arguments":
      return [`if (${cond}) setImmediate(cb, ${error});`, `else setImmediate(cb, null, ${value});`];
    case "micro-task":
      return [`queueMicrotask(() => (${cond} ? cb(${error}) : cb(null, ${value})));`];
    case "delegation":
      return [`${earlier.ref}(x + ${leaf.factor}, cb);`];
    case "core-handoff":
      // The caller's callback handed to a core API as it is: it gets `(null, "7")` from value.txt.
      return [
        `fs.stat(".", (err) => {`,
        "  if (err) return cb(err);",
        `  if (${cond}) return cb(${error});`,
        '  fs.readFile("value.txt", "utf8", cb);',
        "});",
      ];
    case "wrapped-delegation":
      return ts
        ? [
            `${earlier.ref}(x, (err: Error | null, v?: number) => (err ? cb(err) : cb(null, (v as number) * ${leaf.factor})));`,
          ]
        : [`${earlier.ref}(x, (err, v) => (err ? cb(err) : cb(null, v * ${leaf.factor})));`];
    default:
      throw new Error(`unknown shape ${leaf.shape}`);
  }
}

function indent(lines, by = "  ") {
  return lines.map((line) => (line ? by + line : line));
}

function leafText(rng, leaf, earlier, ts) {
  const params = ts ? "x: number, cb: (err: Error | null, value?: number) => void" : "x, cb";
  const body = indent(leafBody(rng, leaf, earlier, ts));
  switch (leaf.definition) {
    case "declaration":
      return [`function ${leaf.name}(${params})${ts ? ": void" : ""} {`, ...body, "}"];
    case "function-expression":
      return [`const ${leaf.name} = function (${params})${ts ? ": void" : ""} {`, ...body, "};"];
    case "arrow":
      return [`const ${leaf.name} = (${params})${ts ? ": void" : ""} => {`, ...body, "};"];
    case "method":
      return [
        `const ${leaf.object} = {`,
        ...indent([`${leaf.name}(${params})${ts ? ": void" : ""} {`, ...body, "},"]),
        "};",
      ];
    default:
      throw new Error(`unknown definition ${leaf.definition}`);
  }
}

/** The pyramid: each level calls a leaf with the value so far, handles its error as `handling` says. */
function pyramid(rng, steps, level, ts, shapes) {
  if (level === steps.length) return [`log(run, "result", v${level});`];
  const leaf = steps[level];
  const handling = rng.pick(HANDLINGS);
  shapes.add(`handling-${handling}`);
  const v = `v${level + 1}`;
  const input = level === 0 ? "start" : `(v${level} ?? 0) + ${level}`;
  const rest = pyramid(rng, steps, level + 1, ts, shapes);
  const label = JSON.stringify(`${leaf.name} failed:`);
  let inner;
  if (handling === "return-log") inner = [`if (err) return log(run, ${label}, err.message);`, ...rest];
  else if (handling === "block-return")
    inner = ["if (err) {", `  log(run, ${label}, err.message);`, "  return;", "}", ...rest];
  else if (handling === "if-else")
    inner = ["if (err) {", `  log(run, ${label}, err.message);`, "} else {", ...indent(rest), "}"];
  else if (handling === "fall-through") inner = [`if (err) log(run, ${label}, err.message);`, ...rest];
  else inner = [`log(run, ${JSON.stringify(leaf.name)}, err ? "error " + err.message : ${v});`, ...rest];
  const params = ts
    ? `(err: Error | null, ${v}?: number) =>`
    : rng.chance(0.5)
      ? `function (err, ${v})`
      : `(err, ${v}) =>`;
  const call = [`${leaf.ref}(${input}, ${params} {`, ...indent(inner), "});"];
  const place = rng.pick(PLACES);
  shapes.add(`place-${place}`);
  if (place === "returned") return [`return ${call[0]}`, ...call.slice(1)];
  // (Inputs are never negative: the branch with the call is the one that runs.)
  if (place === "else-branch")
    return [`if (${level === 0 ? "start" : `v${level}`} === -1) log(run, "negative");`, "else", ...indent(call)];
  return call;
}

/** The runs of `main`, started as STARTS says (a timer's or forEach's callback returns what main returns). */
function startLines(rng, starts, shapes) {
  const how = rng.pick(STARTS);
  shapes.add(`start-${how}`);
  if (how === "timer-arrow") return starts.map((start, run) => `setTimeout(() => main(${run}, ${start}), 0);`);
  if (how === "for-each") return [`[${starts.join(", ")}].forEach((start, run) => main(run, start));`];
  return starts.map((start, run) => `main(${run}, ${start});`);
}

/** Program `index` of `seed`: `{ id, capability, flavour, entry, files, driver, shapes, seed }` for the harness. */
export function generateContractProgram(seed, index) {
  const rng = new Random(programSeed(seed, 1000003 + index));
  const flavour = rng.weighted([
    [4, "cjs"],
    [2, "esm"],
    [2, "ts"],
  ]);
  const ts = flavour === "ts";
  const shapes = new Set();
  const names = rng.shuffle(NAMES).slice(0, rng.int(2, 4));
  const leaves = [];
  for (const [i, name] of names.entries()) {
    // (TypeScript: the handed callback takes a number, and value.txt gives a string.)
    const shapesHere = LEAF_SHAPES.filter((s) => (i > 0 || !s.includes("delegation")) && !(ts && s === "core-handoff"));
    const shape = rng.pick(shapesHere);
    const definition = rng.pick(DEFINITIONS);
    const object = `${name}Service`;
    const leaf = {
      name,
      shape,
      definition,
      object,
      ref: definition === "method" ? `${object}.${name}` : name,
      mod: rng.int(3, 7),
      rest: rng.int(0, 2),
      factor: rng.int(2, 5),
    };
    shapes.add(`leaf-${shape}`).add(`definition-${definition}`);
    leaves.push(leaf);
  }
  const depth = rng.int(2, 6);
  const steps = Array.from({ length: depth }, () => rng.pick(leaves));
  const starts = Array.from({ length: rng.int(2, 4) }, () => rng.int(0, 20));
  const lines = [`// contract program ${seed}/${index}: ${flavour}, depth ${depth}`];
  if (flavour === "esm") lines.push('import fs from "node:fs";');
  else if (ts) lines.push('import * as fs from "fs";');
  else lines.push('const fs = require("fs");');
  lines.push(
    "",
    `const output${ts ? ": Record<string, string[]>" : ""} = {};`,
    `function log(run${ts ? ": number" : ""}, ...parts${ts ? ": unknown[]" : ""}) {`,
    '  (output[run] ??= []).push(parts.join(" "));',
    "}",
    'process.on("exit", () => {',
    '  for (const run of Object.keys(output)) console.log(`run ${run}\\n${output[run].join("\\n")}`);',
    "});",
    "",
  );
  for (const [i, leaf] of leaves.entries()) {
    const earlier = leaves[rng.int(0, Math.max(0, i - 1))];
    lines.push(...leafText(rng, leaf, earlier, ts), "");
  }
  lines.push(
    `function main(run${ts ? ": number" : ""}, start${ts ? ": number" : ""}) {`,
    ...indent(pyramid(rng, steps, 0, ts, shapes)),
    "}",
    "",
    'fs.writeFileSync("value.txt", "7");',
    ...startLines(rng, starts, shapes),
    "",
  );
  const entry = flavour === "esm" ? "main.mjs" : ts ? "main.ts" : "main.js";
  return {
    id: `contracts/${seed}/${index}`,
    seed,
    index,
    capability: "contracts",
    flavour,
    entry,
    files: { [entry]: lines.join("\n") },
    driver: [],
    shapes: [...shapes].sort(),
  };
}
