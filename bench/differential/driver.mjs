// The async-library condition: code of another module that calls a program's exported callback APIs
// by reference through the `async` library, as users do (`async.mapSeries(files, lib.touch, done)`).
// async 3 calls a function it sees as async (an AsyncFunction) without a callback and awaits it, so
// an export that became async changes for these callers even when it kept its callback parameter.
//
//   node driver.mjs list <module>              the callback APIs among the exports, as JSON
//   node driver.mjs call <module> <job.json>   calls each one, printing what reaches the final callback
//
// job.json is { calls } (what to call), or { spec, listTo } for the input: the callback APIs its
// exports show, with the program's own arguments from `spec` where it gives them, are written to
// `listTo` (the calls every converted version then gets) and called.
//
// A path names where a function is: "default" (module.exports or the default export), "name",
// "default.name", "Class.name" (a static method), "new Class.name" / "new .name" (a prototype
// method, through an instance made without arguments).
import fs from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { pathToFileURL } from "node:url";
import util from "node:util";
import { SETUP_FILES } from "./setup.mjs";

const CALLBACK_NAMES = /^(cb|callback|done|next|cont|fn|callb)$/;

async function load(file) {
  const absolute = path.resolve(file);
  if (absolute.endsWith(".mjs")) {
    const ns = await import(pathToFileURL(absolute).href);
    return { default: ns.default, named: ns };
  }
  const require = createRequire(absolute);
  const exports = require(absolute);
  return {
    default: exports,
    named: exports && (typeof exports === "object" || typeof exports === "function") ? exports : {},
  };
}

/** The parameter names of a function, from its source; a rest parameter as `...name`. */
function parameters(fn) {
  const text = Function.prototype.toString.call(fn);
  const open = text.indexOf("(");
  if (open < 0) return [];
  let depth = 0;
  let end = open;
  for (let i = open; i < text.length; i++) {
    const ch = text[i];
    if (ch === "(" || ch === "{" || ch === "[") depth++;
    else if (ch === ")" || ch === "}" || ch === "]") depth--;
    if (depth === 0) {
      end = i;
      break;
    }
  }
  const inside = text.slice(open + 1, end);
  const names = [];
  let current = "";
  depth = 0;
  for (const ch of inside) {
    if (ch === "(" || ch === "{" || ch === "[") depth++;
    else if (ch === ")" || ch === "}" || ch === "]") depth--;
    if (ch === "," && depth === 0) {
      names.push(current);
      current = "";
    } else current += ch;
  }
  if (current.trim()) names.push(current);
  return names.map((raw) => {
    const name = raw.trim().split("=")[0].trim();
    return { name, hasDefault: raw.includes("=") };
  });
}

function isCallbackApi(fn) {
  const params = parameters(fn);
  const last = params[params.length - 1];
  if (!last) return null;
  if (last.name.startsWith("...")) return { arity: null, params: params.map((p) => p.name) };
  if (!CALLBACK_NAMES.test(last.name)) return null;
  return { arity: params.length - 1, params: params.map((p) => p.name + (p.hasDefault ? " = ..." : "")) };
}

/** Every function reachable from the exports: functions, object methods, static and prototype methods. */
function enumerate(mod) {
  const found = [];
  const seen = new Set();
  const visit = (value, where, depth) => {
    if (value == null || depth > 1 || seen.has(value)) return;
    if (typeof value !== "function" && typeof value !== "object") return;
    seen.add(value);
    if (typeof value === "function") {
      const api = isCallbackApi(value);
      if (api && !/^class\b/.test(Function.prototype.toString.call(value))) found.push({ path: where, ...api });
      // Static methods (own properties) and prototype methods.
      for (const key of Object.getOwnPropertyNames(value)) {
        if (["length", "name", "prototype", "arguments", "caller"].includes(key)) continue;
        const d = Object.getOwnPropertyDescriptor(value, key);
        if (d && typeof d.value === "function") visit(d.value, `${where}.${key}`, depth + 1);
      }
      if (value.prototype && /^class\b/.test(Function.prototype.toString.call(value))) {
        for (const key of Object.getOwnPropertyNames(value.prototype)) {
          if (key === "constructor") continue;
          const d = Object.getOwnPropertyDescriptor(value.prototype, key);
          if (d && typeof d.value === "function") {
            const api = isCallbackApi(d.value);
            if (api) found.push({ path: `new ${where === "default" ? "" : where}.${key}`, ...api });
          }
        }
      }
      return;
    }
    for (const key of Object.keys(value)) {
      if (typeof value[key] === "function" || (value[key] && typeof value[key] === "object" && depth === 0))
        visit(value[key], where === "default" && depth === 0 && !key ? key : `${where}.${key}`, depth + 1);
    }
  };
  if (mod.default !== undefined) visit(mod.default, "default", 0);
  for (const key of Object.keys(mod.named)) {
    if (key === "default") continue;
    const value = mod.named[key];
    if (value === mod.default) continue;
    if (typeof value === "function") visit(value, key, 0);
  }
  // "default.f" of a CommonJS module is reached as "f" too: name it the short way.
  return found.map((entry) => ({ ...entry, path: entry.path.replace(/^default\.(?!.*\.)/, "") }));
}

/** The function at `where`, with the object it is called on. */
function resolve(mod, where) {
  const instance = where.startsWith("new ");
  const parts = (instance ? where.slice(4) : where).split(".");
  let holder =
    parts[0] === "" || parts[0] === "default" ? mod.default : (mod.named[parts[0]] ?? mod.default?.[parts[0]]);
  let receiver = null;
  if (instance) {
    if (typeof holder !== "function") return { error: `${parts[0] || "default"} is not a class` };
    holder = new holder();
  }
  for (const key of parts.slice(1)) {
    if (holder == null) return { error: `${where}: ${key} of ${holder}` };
    receiver = holder;
    holder = holder[key];
  }
  if (typeof holder !== "function") return { error: `${where} is ${holder === undefined ? "missing" : typeof holder}` };
  return { fn: receiver ? holder.bind(receiver) : holder, raw: holder };
}

/** What reached a callback, without times, absolute paths or object identities. */
function show(value) {
  if (value instanceof Error) {
    const { code } = /** @type {NodeJS.ErrnoException} */ (value);
    return `Error(${JSON.stringify(value.message)}${code ? ` ${code}` : ""})`;
  }
  if (value instanceof fs.Stats) return `Stats(size=${value.size})`;
  if (Buffer.isBuffer(value)) return `Buffer(${JSON.stringify(value.toString("utf8"))})`;
  if (Array.isArray(value)) return `[${value.map(show).join(", ")}]`;
  if (value && typeof value === "object") {
    if (typeof value.then === "function") return "Promise";
    return `{${Object.keys(value)
      .sort()
      .map((key) => `${key}: ${show(value[key])}`)
      .join(", ")}}`;
  }
  if (typeof value === "function") return "function";
  return util.inspect(value);
}

function setup() {
  fs.mkdirSync("sub", { recursive: true });
  for (const [file, text] of SETUP_FILES) fs.writeFileSync(file, text);
}

async function callAll(mod, calls, asyncLib) {
  const say = (line) => process.stdout.write(`[driver] ${line}\n`);
  for (const call of calls) {
    const target = resolve(mod, call.path);
    const args = call.args ?? Array.from({ length: call.arity ?? 1 }, () => "data.txt");
    const label = `${call.path}(${args.map((a) => JSON.stringify(a)).join(", ")})`;
    if (target.error) {
      say(`${label}: ${target.error}`);
      continue;
    }
    // By reference, in the shape of the arguments: mapSeries for one, series for none, waterfall
    // with async.constant for more.
    const via = args.length === 1 ? "mapSeries" : args.length === 0 ? "series" : "waterfall";
    say(`${label} via async.${via}`);
    await new Promise((resolveCall) => {
      let returned = false;
      let finals = 0;
      const final = (err, result) => {
        finals++;
        say(
          `${call.path} final #${finals} ${returned ? "after" : "before"} the call returned: err=${err ? show(err) : String(err)} result=${show(result)}`,
        );
        if (finals === 1) setImmediate(resolveCall);
      };
      // Idle with the final callback still owed: say so and go on with the next call.
      const idle = () => {
        if (finals === 0) {
          say(`${call.path} final callback not called`);
          process.removeListener("beforeExit", idle);
          resolveCall();
        }
      };
      process.on("beforeExit", idle);
      try {
        if (via === "mapSeries") asyncLib.mapSeries(args, target.fn, final);
        else if (via === "series") asyncLib.series([target.fn], final);
        else asyncLib.waterfall([asyncLib.constant(...args), target.fn], final);
      } catch (error) {
        say(`${call.path} threw synchronously: ${show(error)}`);
      }
      returned = true;
      say(`${call.path} call returned`);
    }).then(() => process.removeAllListeners("beforeExit"));
  }
  say("done");
}

async function main() {
  const [mode, file, callsFile] = process.argv.slice(2);
  const mod = await load(file);
  if (mode === "list") {
    process.stdout.write(JSON.stringify(enumerate(mod)));
    return;
  }
  const job = JSON.parse(fs.readFileSync(callsFile, "utf8"));
  let calls = job.calls;
  if (!calls) {
    calls = enumerate(mod).map((entry) => ({
      path: entry.path,
      args:
        job.spec.find((d) => d.path === entry.path)?.args ?? Array.from({ length: entry.arity ?? 1 }, () => "data.txt"),
    }));
    for (const wanted of job.spec) if (!calls.some((c) => c.path === wanted.path)) calls.push(wanted);
    fs.writeFileSync(job.listTo, JSON.stringify(calls));
  }
  if (!calls.length) return;
  setup();
  const asyncLib = createRequire(path.resolve(file))("async");
  await callAll(mod, calls, asyncLib);
}

main().catch((error) => {
  process.stderr.write(`[driver] failed: ${error?.stack ?? error}\n`);
  process.exitCode = 1;
});
