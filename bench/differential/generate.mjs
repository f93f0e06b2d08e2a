// The seeded generator of the differential harness: small runnable programs in the shapes callback-era
// code has, one capability of a transform each. Fixtures show a case; these sample the class.
//
// A program is { id, seed, index, capability, flavour, entry, files, driver, shapes }: `files` maps a
// file name to its text (every .js/.mjs/.ts file is converted), `driver` lists the exported callback
// APIs the async-library condition calls ({ path, args }), `shapes` names what the program exercises.
//
// Every program is deterministic: its steps run one after another (a step starts in the callback of
// the one before), it works on files it creates in its working directory, its delays are 1-20 ms,
// and it prints values, never times, absolute paths or fs.Stats objects.
import { Random, programSeed } from "./random.mjs";
import { setupSource } from "./setup.mjs";

export const CAPABILITIES = ["callbacks", "async-lib", "then", "wrappers"];

/** What `data` the write ops and wrappers pass: the callback API and fs.promises differ on some. */
const DATA_KINDS = {
  string: { js: '"text"', ts: '"text"' },
  buffer: { js: 'Buffer.from("buf")', ts: 'Buffer.from("buf")' },
  uint8array: { js: "new Uint8Array([104, 105])", ts: "new Uint8Array([104, 105])" },
  array: { js: '["a", "b"]', ts: null },
  set: { js: 'new Set(["x", "y"])', ts: null },
  generator: { js: '(function* () { yield "g1"; yield "g2"; })()', ts: null },
  number: { js: "42", ts: null },
  stream: { js: 'fs.createReadStream("data.txt")', ts: null },
};

const INPUT_FILES = ["data.txt", "data.txt", "conf.json", "sub/x.txt", "missing.txt"];
const OUTPUT_FILES = ["out.txt", "copy.txt", "sub/new.txt", "nodir/out.txt"];

function q(text) {
  return JSON.stringify(text);
}

function indent(text, by = "  ") {
  return text
    .split("\n")
    .map((line) => (line ? by + line : line))
    .join("\n");
}

class Builder {
  constructor(rng, flavour, capability) {
    this.rng = rng;
    this.flavour = flavour;
    this.ts = flavour === "ts";
    this.capability = capability;
    this.shapes = new Set();
    this.units = [];
    this.used = new Set();
    this.fs = "fs";
    this.exportStyle = "none";
    // `exports.f = function` or `module.exports.f = function`.
    this.exportsObject = rng.chance(0.5) ? "exports" : "module.exports";
  }

  shape(name) {
    this.shapes.add(name);
  }

  fresh(base) {
    let name = base;
    for (let i = 2; this.used.has(name); i++) name = `${base}${i}`;
    this.used.add(name);
    return name;
  }

  /** `: T` in TypeScript, nothing in JavaScript. */
  t(type) {
    return this.ts ? `: ${type}` : "";
  }

  cbType(valueType) {
    return `(err: Error | null, value?: ${valueType}) => void`;
  }

  ms() {
    return this.rng.int(1, 20);
  }

  dataKind() {
    const kinds = Object.keys(DATA_KINDS).filter((k) => !this.ts || DATA_KINDS[k].ts);
    const kind = this.rng.chance(0.5) ? "string" : this.rng.pick(kinds);
    this.shape(`data-${kind}`);
    return { kind, code: DATA_KINDS[kind][this.ts ? "ts" : "js"] };
  }

  // ---- error handling of one callback level --------------------------------------------------

  /**
   * The lines that handle `err` in a callback of a function whose callback is `cb`, then `rest`.
   * `fallback` is a value of the function's type for handlers that recover.
   */
  handled(errName, rest, { cb, fallback, coreApi, label }) {
    // Only a core API's error has a code in TypeScript's eyes (NodeJS.ErrnoException).
    const detail = coreApi || !this.ts ? `${errName}.code || ${errName}.message` : `${errName}.message`;
    const style = this.rng.weighted([
      [5, "return-cb"],
      [2, "throw"],
      [2, "log-return-cb"],
      [1, "log-return"],
      [1, "if-else"],
      [coreApi || !this.ts ? 1 : 0, "enoent"],
      [coreApi ? 1 : 0, "ignored"],
      [coreApi && rest.length === 1 && /^cb\(null, .*\);$/.test(rest[0]) ? 2 : 0, "ternary"],
    ]);
    this.shape(`error-${style}`);
    switch (style) {
      case "return-cb":
        return [`if (${errName}) return ${cb}(${errName});`, ...rest];
      case "throw":
        return [`if (${errName}) throw ${errName};`, ...rest];
      case "log-return-cb":
        return [
          `if (${errName}) {`,
          `  console.log(${q(`${label}: recovered`)}, ${detail});`,
          `  return ${cb}(null, ${fallback});`,
          "}",
          ...rest,
        ];
      case "log-return":
        return [`if (${errName}) {`, `  console.log(${q(`${label}: gave up`)}, ${detail});`, "  return;", "}", ...rest];
      case "if-else":
        return [`if (${errName}) {`, `  ${cb}(${errName});`, "} else {", ...rest.map((line) => `  ${line}`), "}"];
      case "enoent":
        return [
          `if (${errName} && ${errName}.code === "ENOENT") return ${cb}(null, ${fallback});`,
          `if (${errName}) return ${cb}(${errName});`,
          ...rest,
        ];
      case "ignored":
        return rest;
      case "ternary":
        return [rest[0].replace(/^cb\(null, (.*)\);$/, `cb(null, ${errName} ? ${fallback} : $1);`)];
    }
    throw new Error(style);
  }

  // ---- units: functions that take a callback ---------------------------------------------------

  /** A pyramid of fs calls on `p` (read side) and `out` (write side), ending in a call of `cb`. */
  pyramidUnit(name) {
    const rng = this.rng;
    const depth = rng.int(1, 3);
    const values = []; // { expr, type, fallback }
    const hasOut = rng.chance(0.5);
    const ops = [];
    for (let i = 0; i < depth; i++) {
      const op = rng.weighted([
        [4, "readFile"],
        [1, "readFileBuffer"],
        [3, "stat"],
        [2, "readdir"],
        [2, "exists"],
        [hasOut ? 3 : 0, "writeFile"],
        [hasOut ? 1 : 0, "appendFile"],
        [hasOut ? 1 : 0, "unlink"],
        [hasOut ? 1 : 0, "mkdir"],
        [1, "access"],
      ]);
      ops.push(op);
    }
    const level = (i) => {
      if (i === ops.length) return this.finish(values, name, "cb");
      const op = ops[i];
      this.shape(`fs-${op}`);
      const err = "err";
      const label = `${name}/${op}`;
      const fallbackFor = () => this.fallbackOf(values);
      let call;
      let param;
      let after = [];
      switch (op) {
        case "readFile":
          param = this.fresh("text");
          call = `${this.fs}.readFile(p, "utf8", function (${err}, ${param}) {`;
          after = [
            () =>
              values.push(
                { expr: `${param}.length`, type: "number", fallback: "-1" },
                { expr: `${param}.trim()`, type: "string", fallback: '""' },
                { expr: `[${param}.length, p]`, type: "[number, string]", fallback: '[0, ""]' },
              ),
          ];
          break;
        case "readFileBuffer":
          param = this.fresh("buf");
          call = `${this.fs}.readFile(p, function (${err}, ${param}) {`;
          after = [() => values.push({ expr: `${param}.length`, type: "number", fallback: "-1" })];
          break;
        case "stat":
          param = this.fresh("st");
          call = `${this.fs}.stat(p, function (${err}, ${param}) {`;
          after = [
            () =>
              values.push(
                { expr: `${param}.size`, type: "number", fallback: "-1" },
                { expr: `${param}.isFile()`, type: "boolean", fallback: "false" },
                { expr: `[${param}.size, p]`, type: "[number, string]", fallback: '[0, ""]' },
              ),
          ];
          break;
        case "readdir":
          param = this.fresh("names");
          call = `${this.fs}.readdir("sub", function (${err}, ${param}) {`;
          after = [
            () =>
              values.push(
                { expr: `${param}.length`, type: "number", fallback: "-1" },
                { expr: `${param}.sort().join(",")`, type: "string", fallback: '""' },
              ),
          ];
          break;
        case "exists": {
          param = this.fresh("found");
          const lines = [`${this.fs}.exists(p, function (${param}) {`];
          values.push(
            { expr: param, type: "boolean", fallback: "false" },
            { expr: `${param} ? "yes" : "no"`, type: "string", fallback: '""' },
          );
          lines.push(indent(level(i + 1).join("\n")), "});");
          return lines;
        }
        case "writeFile": {
          const data = this.dataKind();
          call = `${this.fs}.writeFile(out, ${data.code}, function (${err}) {`;
          break;
        }
        case "appendFile":
          call = `${this.fs}.appendFile(out, "more", function (${err}) {`;
          break;
        case "unlink":
          call = `${this.fs}.unlink(out, function (${err}) {`;
          break;
        case "mkdir":
          call = `${this.fs}.mkdir(out + ".d", function (${err}) {`;
          break;
        case "access":
          call = `${this.fs}.access(p, function (${err}) {`;
          break;
      }
      const fallback = fallbackFor();
      for (const f of after) f();
      const rest = level(i + 1);
      return [call, indent(this.handled(err, rest, { cb: "cb", fallback, coreApi: true, label }).join("\n")), "});"];
    };
    const body = level(0);
    const params = [{ name: "p", type: "string" }];
    if (hasOut) params.push({ name: "out", type: "string" });
    return this.unit(name, params, body, "pyramid");
  }

  /** A fallback of the type the unit will have: decided when the unit finishes, so kept lazy. */
  fallbackOf() {
    return "FALLBACK";
  }

  /** The last act of a pyramid: call back with one of the values, now or after a delay. */
  finish(values) {
    const rng = this.rng;
    const value = values.length ? rng.pick(values) : { expr: "p.length", type: "number", fallback: "-1" };
    this.pending = value;
    const call = `cb(null, ${value.expr});`;
    const how = rng.weighted([
      [5, "now"],
      [2, "setTimeout-block"],
      [2, "setTimeout-arrow"],
      [1, "setImmediate"],
      [1, "nextTick"],
    ]);
    this.shape(`finish-${how}`);
    switch (how) {
      case "now":
        return [call];
      case "setTimeout-block":
        return ["setTimeout(() => {", `  ${call}`, `}, ${this.ms()});`];
      case "setTimeout-arrow":
        return [`setTimeout(() => ${call.slice(0, -1)}, ${this.ms()});`];
      case "setImmediate":
        return ["setImmediate(function () {", `  ${call}`, "});"];
      case "nextTick":
        return [`process.nextTick(() => ${call.slice(0, -1)});`];
    }
    throw new Error(how);
  }

  /** A function of the file that calls back from a timer, sometimes synchronously, twice or with an error. */
  timerUnit(name, { plain = false } = {}) {
    const rng = this.rng;
    const scheduler = rng.pick(["setTimeout", "setTimeout", "setImmediate", "nextTick", "queueMicrotask"]);
    this.shape(`timer-${scheduler}`);
    const lines = [];
    let twist = rng.weighted([
      [4, "plain"],
      [2, "sync-path"],
      [1, "twice"],
      [2, "error"],
      [1, "sync-error"],
    ]);
    if (plain) twist = "plain";
    this.shape(`timer-${twist}`);
    if (twist === "sync-path") lines.push('if (p === "data.txt") return cb(null, p.length);');
    if (twist === "sync-error") lines.push('if (p === "missing.txt") return cb(new Error("refused " + p));');
    let inner;
    if (twist === "twice") inner = ["cb(null, p.length);", "cb(null, p.length + 1);"];
    else if (twist === "error")
      inner = ['if (p === "missing.txt") return cb(new Error("no such thing: " + p));', "cb(null, p.length);"];
    else inner = ["cb(null, p.length);"];
    const body = indent(inner.join("\n"));
    if (scheduler === "setTimeout") lines.push("setTimeout(function () {", body, `}, ${this.ms()});`);
    else if (scheduler === "setImmediate") lines.push("setImmediate(() => {", body, "});");
    else if (scheduler === "nextTick") lines.push("process.nextTick(function () {", body, "});");
    else lines.push("queueMicrotask(() => {", body, "});");
    this.pending = { expr: "p.length", type: "number", fallback: "-1" };
    const unit = this.unit(name, [{ name: "p", type: "string" }], lines, "timer");
    unit.twice = twist === "twice";
    return unit;
  }

  /** A function that calls one or two earlier units of the file in a pyramid. */
  callerUnit(name, callees) {
    const rng = this.rng;
    const chosen = rng.shuffle(callees).slice(0, rng.int(1, Math.min(2, callees.length)));
    const params = [{ name: "p", type: "string" }];
    const values = [];
    const level = (i) => {
      if (i === chosen.length) {
        const pick =
          values.length > 1 && rng.chance(0.5)
            ? {
                expr: `[${values.map((v) => v.name).join(", ")}]`,
                type: `[${values.map((v) => v.type).join(", ")}]`,
                fallback: `[${values.map((v) => v.fallback).join(", ")}]`,
              }
            : rng.pick(values.map((v) => ({ expr: v.name, type: v.type, fallback: v.fallback })));
        this.pending = pick;
        return ["cb(null, " + pick.expr + ");"];
      }
      const callee = chosen[i];
      const param = this.fresh(`r${i}`);
      const args = callee.params.map((x) => (x.name === "p" ? "p" : q(rng.pick(OUTPUT_FILES))));
      // The error-first callback of a function of the file: typed from the callee in TypeScript.
      const typed = this.ts ? `(err: Error | null, ${param}?: ${callee.valueType})` : `function (err, ${param})`;
      const open = this.ts
        ? `${callee.ref}(${[...args, ""].join(", ")}${typed} => {`
        : `${callee.ref}(${[...args, ""].join(", ")}${typed} {`;
      values.push({ name: this.ts ? `${param}!` : param, type: callee.valueType, fallback: callee.fallback });
      const rest = level(i + 1);
      const handled = this.handled("err", rest, {
        cb: "cb",
        fallback: "FALLBACK",
        coreApi: false,
        label: `${name}/${callee.name}`,
      });
      return [open, indent(handled.join("\n")), "});"];
    };
    const body = level(0);
    this.shape("calls-file-function");
    return this.unit(name, params, body, "caller");
  }

  /** Records a unit; FALLBACK placeholders get a value of the type the unit turned out to have. */
  unit(name, params, body, kind) {
    const value = this.pending ?? { type: "number", fallback: "-1" };
    this.pending = null;
    const text = body.join("\n").split("FALLBACK").join(value.fallback);
    // How code of the file reaches it depends on how it leaves the module (decided before any unit).
    const exported = this.exportStyle !== "none" && this.rng.chance(0.5);
    const style = this.exportStyle;
    let ref = name;
    if (style === "module.exports = obj" || style === "export default obj") ref = `storage.${name}`;
    else if (style === "module.exports = class" || style === "export class") ref = `Store.${name}`;
    else if (style === "exports.f = function" && exported) ref = `${this.exportsObject}.${name}`;
    const unit = { name, params, body: text, kind, valueType: value.type, fallback: value.fallback, ref, exported };
    this.units.push(unit);
    return unit;
  }
}

// ---- placing units in the module: how functions leave it ------------------------------------

const CJS_EXPORTS = [
  "none",
  "module.exports = f",
  "module.exports = function",
  "module.exports = { f }",
  "module.exports = obj",
  "exports.f = f",
  "exports.f = function",
  "module.exports = class",
  "module.exports.f = f",
  "re-export",
];
const ESM_EXPORTS = [
  "none",
  "export function",
  "export default function",
  "export { f }",
  "export default obj",
  "export class",
  "re-export",
];
const TS_EXPORTS = ["none", "export function", "export default function", "export { f }", "export class"];

function paramList(b, unit, cbStyle) {
  const names = unit.params.map((p) => `${p.name}${b.t(p.type)}`);
  if (cbStyle === "rest") return `...args${b.ts ? ": any[]" : ""}`;
  const cbType = b.ts ? `: ${b.cbType(unit.valueType)}` : "";
  if (cbStyle === "default") return [...names, `cb${cbType} = () => {}`].join(", ");
  return [...names, `cb${cbType}`].join(", ");
}

function bodyWithStyle(unit, cbStyle) {
  if (cbStyle !== "rest") return unit.body;
  const names = unit.params.map((p) => p.name);
  return [`const cb = args.pop();`, `const [${names.join(", ")}] = args;`, unit.body].join("\n");
}

function functionText(b, unit, { keyword = "function", name = unit.name, cbStyle = "plain", prefix = "" }) {
  unit.cbStyle = cbStyle;
  const ret = b.ts ? ": void" : "";
  const head =
    keyword === "method"
      ? `${prefix}${name}(${paramList(b, unit, cbStyle)})${ret} {`
      : `${prefix}${keyword} ${name}(${paramList(b, unit, cbStyle)})${ret} {`;
  return [head, indent(bodyWithStyle(unit, cbStyle)), "}"].join("\n");
}

function callbackStyle(b, exported) {
  // A default callback only where another module may call without one; rest parameters in JS only.
  const style = b.rng.weighted([
    [6, "plain"],
    [exported ? 3 : 0, "default"],
    [b.ts ? 0 : 1, "rest"],
  ]);
  if (style !== "plain") b.shape(`callback-param-${style}`);
  return style;
}

/**
 * Writes the units into module text, exported in the chosen way; sets each unit's `ref` (how code of
 * the file calls it) and `driverPath` (how the driver reaches it through the module's exports).
 */
function placeUnits(b, exportStyle) {
  const rng = b.rng;
  const units = b.units;
  const out = [];
  const after = [];
  // The last unit is exported in any case (no other unit calls it, so its reference may change).
  if (exportStyle !== "none" && !units.some((u) => u.exported)) units[units.length - 1].exported = true;
  if (exportStyle === "exports.f = function")
    for (const u of units) if (u.exported) u.ref = `${b.exportsObject}.${u.name}`;
  const isExported = (u) => exportStyle !== "none" && u.exported;
  b.shape(`export-${exportStyle}`);
  const decl = (u, extra = {}) => functionText(b, u, { cbStyle: callbackStyle(b, isExported(u)), ...extra });
  switch (exportStyle) {
    case "none":
      for (const u of units) out.push(decl(u));
      break;
    case "module.exports = f": {
      const main = units[units.length - 1];
      for (const u of units) out.push(decl(u));
      after.push(`module.exports = ${main.name};`);
      main.driverPath = "default";
      main.exported = true;
      break;
    }
    case "module.exports = { f }":
    case "exports.f = f":
    case "module.exports.f = f":
    case "export { f }":
    case "export function": {
      for (const u of units) {
        if (exportStyle === "export function" && isExported(u)) out.push(decl(u, { prefix: "export " }));
        else out.push(decl(u));
      }
      const exp = units.filter(isExported);
      for (const u of exp) {
        u.exported = true;
        u.driverPath = u.name;
      }
      if (exportStyle === "module.exports = { f }")
        after.push(`module.exports = { ${exp.map((u) => u.name).join(", ")} };`);
      else if (exportStyle === "exports.f = f") for (const u of exp) after.push(`exports.${u.name} = ${u.name};`);
      else if (exportStyle === "module.exports.f = f")
        for (const u of exp) after.push(`module.exports.${u.name} = ${u.name};`);
      else if (exportStyle === "export { f }") {
        // Sometimes under another name, as `export { f as g }` does.
        const specs = exp.map((u) => {
          if (rng.chance(0.3)) {
            u.driverPath = `${u.name}Cb`;
            return `${u.name} as ${u.name}Cb`;
          }
          return u.name;
        });
        after.push(`export { ${specs.join(", ")} };`);
      }
      break;
    }
    case "module.exports = function": {
      // An anonymous function is the module: code of the file calls it as module.exports.
      const main = units[units.length - 1];
      for (const u of units) if (u !== main) out.push(decl(u));
      after.push(
        `module.exports = ${functionText(b, main, { name: "", cbStyle: callbackStyle(b, true) }).replace(/^function  ?\(/, "function (")};`,
      );
      main.ref = "module.exports";
      main.exported = true;
      main.driverPath = "default";
      break;
    }
    case "export default function": {
      const main = units[units.length - 1];
      for (const u of units) out.push(u === main ? decl(u, { prefix: "export default " }) : decl(u));
      main.exported = true;
      main.driverPath = "default";
      break;
    }
    case "exports.f = function": {
      // Defined as it is exported: code of the file reaches it through `exports`.
      for (const u of units) {
        if (isExported(u)) {
          out.push(
            `${b.exportsObject}.${u.name} = ${functionText(b, u, { name: "", cbStyle: callbackStyle(b, true) }).replace(/^function  ?\(/, "function (")};`,
          );
          u.ref = `${b.exportsObject}.${u.name}`;
          u.exported = true;
          u.driverPath = u.name;
        } else out.push(decl(u));
      }
      break;
    }
    case "module.exports = obj":
    case "export default obj": {
      // An object whose methods take callbacks (`const storage = { load(p, cb) {...} }`).
      const obj = "storage";
      const members = [];
      for (const u of units) {
        const style = callbackStyle(b, true);
        if (rng.chance(0.5)) members.push(indent(functionText(b, u, { keyword: "method", cbStyle: style })) + ",");
        else
          members.push(
            indent(
              `${u.name}: ${functionText(b, u, { name: "", cbStyle: style }).replace(/^function  ?\(/, "function (")}`,
            ) + ",",
          );
        u.ref = `${obj}.${u.name}`;
        u.exported = true;
        u.driverPath = exportStyle === "export default obj" ? `default.${u.name}` : u.name;
      }
      out.push(`const ${obj} = {`, ...members, "};");
      after.push(exportStyle === "export default obj" ? `export default ${obj};` : `module.exports = ${obj};`);
      break;
    }
    case "module.exports = class":
    case "export class": {
      // Static methods, and prototype methods the driver reaches through an instance.
      const cls = "Store";
      const members = [];
      for (const u of units) {
        const isStatic = u !== units[units.length - 1] || rng.chance(0.5);
        const style = callbackStyle(b, true);
        members.push(
          indent(functionText(b, u, { keyword: "method", prefix: isStatic ? "static " : "", cbStyle: style })),
        );
        u.exported = true;
        if (isStatic) {
          u.ref = `${cls}.${u.name}`;
          u.driverPath = exportStyle === "export class" ? `${cls}.${u.name}` : u.name;
        } else {
          u.ref = `new ${cls}().${u.name}`;
          u.driverPath = exportStyle === "export class" ? `new ${cls}.${u.name}` : `new .${u.name}`;
        }
      }
      b.shape("class-static-and-prototype-methods");
      out.push(`${exportStyle === "export class" ? "export " : ""}class ${cls} {`, members.join("\n"), "}");
      if (exportStyle === "module.exports = class") after.push(`module.exports = ${cls};`);
      break;
    }
    default:
      throw new Error(exportStyle);
  }
  return { code: out.join("\n\n"), after: after.join("\n") };
}

// ---- main: the steps, one after another ---------------------------------------------------------

function argsFor(b, unit) {
  return unit.params.map((p) => (p.name === "p" ? b.rng.pick(INPUT_FILES) : b.rng.pick(OUTPUT_FILES)));
}

/** main's steps: each calls a unit and prints what arrives, the next step inside its callback. */
function mainSteps(b, steps, last) {
  const rng = b.rng;
  if (!steps.length) return last;
  const [unit, ...more] = steps;
  const args = argsFor(b, unit).map(q);
  const label = unit.name;
  const v = b.fresh("v");
  const rest = mainSteps(b, more, last);
  const style = rng.weighted([
    [3, "return-log"],
    [3, "ternary"],
    [1, "throw"],
    [2, "if-else"],
  ]);
  b.shape(`main-${style}`);
  let inner;
  const shown = `show(${v})`;
  if (style === "return-log")
    inner = [
      `if (err) return console.log(${q(`${label} failed:`)}, err.message);`,
      `console.log(${q(`${label}:`)}, ${shown});`,
      ...rest,
    ];
  else if (style === "ternary")
    inner = [`console.log(${q(`${label}:`)}, err ? "error " + err.message : ${shown});`, ...rest];
  else if (style === "throw") inner = ["if (err) throw err;", `console.log(${q(`${label}:`)}, ${shown});`, ...rest];
  else
    inner = [
      "if (err) {",
      `  console.log(${q(`${label} failed:`)}, err.message);`,
      "} else {",
      `  console.log(${q(`${label}:`)}, ${shown});`,
      "}",
      ...rest,
    ];
  const params = b.ts
    ? `(err: Error | null, ${v}?: ${unit.valueType}) =>`
    : rng.chance(0.5)
      ? `function (err, ${v})`
      : `(err, ${v}) =>`;
  return [`${unit.ref}(${[...args, ""].join(", ")}${params} {`, indent(inner.join("\n")), "});"];
}

function showSource(b) {
  // Sorted keys: the async library fills an object of results as tasks finish.
  return b.ts
    ? 'function show(value: unknown): string {\n  return JSON.stringify(value, (key, v) => (v && typeof v === "object" && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).sort()) : v)) ?? String(value);\n}'
    : 'function show(value) {\n  return JSON.stringify(value, (key, v) => (v && typeof v === "object" && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).sort()) : v)) ?? String(value);\n}';
}

function header(b, extra = []) {
  const lines = [];
  if (b.flavour === "cjs") {
    if (b.rng.chance(0.3)) lines.push('"use strict";');
    lines.push(`const fs = require(${q(b.rng.chance(0.3) ? "node:fs" : "fs")});`);
    for (const [name, mod] of extra) lines.push(`const ${name} = require(${q(mod)});`);
  } else {
    lines.push(
      b.ts || b.rng.chance(0.5)
        ? `import * as fs from ${q(b.rng.chance(0.3) ? "node:fs" : "fs")};`
        : 'import fs from "fs";',
    );
    lines.push('import { fileURLToPath } from "url";');
    for (const [name, mod] of extra) lines.push(`import ${name} from ${q(mod)};`);
  }
  return lines.join("\n");
}

function gate(b) {
  return b.flavour === "cjs"
    ? "if (require.main === module) main();"
    : "if (process.argv[1] === fileURLToPath(import.meta.url)) main();";
}

// ---- capabilities -------------------------------------------------------------------------------

function callbackUnits(b, count) {
  const rng = b.rng;
  for (let i = 0; i < count; i++) {
    const kind = b.units.some((u) => !u.twice) && rng.chance(0.35) ? "caller" : rng.chance(0.3) ? "timer" : "pyramid";
    const base = rng.pick(
      kind === "timer"
        ? ["later", "soon", "delayed", "tick"]
        : kind === "caller"
          ? ["combine", "gather", "both"]
          : ["readConfig", "loadSize", "inspect", "probe", "copyInfo", "check"],
    );
    const name = b.fresh(base);
    if (kind === "timer") b.timerUnit(name);
    else if (kind === "caller")
      b.callerUnit(
        name,
        b.units.filter((u) => !u.twice),
      );
    else b.pyramidUnit(name);
  }
}

function callbacksProgram(b) {
  const styles = b.flavour === "cjs" ? CJS_EXPORTS : b.flavour === "esm" ? ESM_EXPORTS : TS_EXPORTS;
  const exportStyle = b.rng.pick(styles);
  b.exportStyle = exportStyle === "re-export" ? "none" : exportStyle;
  callbackUnits(b, b.rng.int(1, 4));
  if (exportStyle === "re-export") return reExportProgram(b);
  const placed = placeUnits(b, exportStyle);
  const steps = mainPlan(b);
  const topLevel = exportStyle === "none" && b.flavour !== "ts" && b.rng.chance(0.4);
  const parts = [header(b), setupSource("fs", b.ts), showSource(b), placed.code];
  // main calls module.exports itself: it must be assigned before main runs.
  const early = exportStyle === "module.exports = function";
  if (early) parts.push(placed.after);
  if (topLevel) {
    // A script: the pyramid at module level.
    b.shape("module-level-pyramid");
    parts.push("setup();", mainSteps(b, steps, []).join("\n"));
  } else {
    const mainBody = ["setup();", ...mainSteps(b, steps, [])];
    // A callback with a default is there to be left out: some callers do.
    const optional = b.units.filter((u) => u.cbStyle === "default");
    if (optional.length && b.rng.chance(0.6)) {
      const u = b.rng.pick(optional);
      mainBody.splice(1, 0, `${u.ref}(${argsFor(b, u).map(q).join(", ")});`);
      b.shape("call-without-callback");
    }
    if (b.rng.chance(0.3)) {
      // A marker after the last call shows whether its callback ran before the call returned.
      mainBody.push('console.log("main returned");');
      b.shape("main-sync-marker");
    }
    parts.push(`function main()${b.t("void")} {\n${indent(mainBody.join("\n"))}\n}`, gate(b));
  }
  if (placed.after && !early) parts.push(placed.after);
  return { files: { [entryName(b)]: parts.join("\n\n") + "\n" }, entry: entryName(b) };
}

/** The steps main takes: every unit at least once where possible, a unit that calls back twice last. */
function mainPlan(b) {
  const rng = b.rng;
  const once = b.units.filter((u) => !u.twice);
  const steps = rng.shuffle(once);
  while (steps.length < 4 && once.length) steps.push(rng.pick(once));
  const twice = b.units.filter((u) => u.twice);
  if (twice.length) steps.push(twice[0]);
  return steps.slice(0, 6);
}

function entryName(b) {
  return b.flavour === "cjs" ? "main.js" : b.flavour === "esm" ? "main.mjs" : "main.ts";
}

/** The functions live in lib and leave the entry through a re-export. */
function reExportProgram(b) {
  const lib = b.flavour === "cjs" ? "lib.js" : "lib.mjs";
  const libStyle = b.flavour === "cjs" ? "module.exports = { f }" : "export function";
  for (const u of b.units) u.exported = true;
  const placed = placeUnits(b, libStyle === "export function" ? "export function" : "module.exports = { f }");
  // Every unit is exported from lib (the entry calls them all).
  const libText = [
    header(b),
    placed.code,
    b.flavour === "cjs" ? `module.exports = { ${b.units.map((u) => u.name).join(", ")} };` : "",
  ].join("\n\n");
  const fixedLib =
    b.flavour === "cjs"
      ? libText.replace(/\nmodule\.exports = \{[^}]*\};\n/, "\n")
      : libText.replace(/^function /gm, "export function ").replace(/^export export /gm, "export ");
  const exported = b.units.filter((u, i) => i === b.units.length - 1 || b.rng.chance(0.5));
  for (const u of b.units) {
    u.exported = exported.includes(u);
    u.driverPath = u.exported ? u.name : undefined;
    u.ref = u.name;
  }
  const steps = mainPlan(b);
  const names = b.units.map((u) => u.name).join(", ");
  let entry;
  if (b.flavour === "cjs") {
    entry = [
      header(b),
      `const { ${names} } = require("./lib");`,
      setupSource("fs", false),
      showSource(b),
      `function main() {\n${indent(["setup();", ...mainSteps(b, steps, [])].join("\n"))}\n}`,
      gate(b),
      `module.exports = { ${exported.map((u) => u.name).join(", ")} };`,
    ].join("\n\n");
  } else {
    entry = [
      header(b),
      `import { ${names} } from "./lib.mjs";`,
      `export { ${exported.map((u) => u.name).join(", ")} } from "./lib.mjs";`,
      setupSource("fs", false),
      showSource(b),
      `function main() {\n${indent(["setup();", ...mainSteps(b, steps, [])].join("\n"))}\n}`,
      gate(b),
    ].join("\n\n");
  }
  b.shape("re-export");
  const entryFile = entryName(b);
  return { files: { [entryFile]: entry + "\n", [lib]: fixedLib + "\n" }, entry: entryFile };
}

// ---- async-lib -------------------------------------------------------------------------------------

const COLLECTIONS = [
  [4, { code: '["data.txt", "conf.json"]', shape: "array" }],
  [1, { code: '["data.txt", "missing.txt", "sub/x.txt"]', shape: "array-with-failure" }],
  [2, { code: "[]", shape: "empty-array" }],
  [1, { code: '{ a: "data.txt", b: "conf.json" }', shape: "object" }],
  [1, { code: "options.files", shape: "undefined" }],
  [1, { code: "null", shape: "null" }],
];

function asyncLibProgram(b) {
  const rng = b.rng;
  const exportStyle =
    b.flavour === "cjs"
      ? rng.pick(["none", "module.exports = { f }", "exports.f = f", "module.exports = obj"])
      : "none";
  b.exportStyle = exportStyle;
  callbackUnits(b, rng.int(1, 3));
  const units = b.units.filter((u) => !u.twice && u.params.length === 1);
  // The flows need a unit that takes one argument and calls back once.
  if (!units.length) b.timerUnit(b.fresh("later"), { plain: true });
  const one = () => rng.pick(b.units.filter((u) => !u.twice && u.params.length === 1));
  const placed = placeUnits(b, exportStyle);
  const flows = [];
  const count = rng.int(1, 3);
  for (let i = 0; i < count; i++) flows.push(flowText(b, one));
  // Each flow starts in the final callback of the one before.
  let body = [];
  for (let i = flows.length - 1; i >= 0; i--) body = flows[i](body);
  const extra = [["async", "async"]];
  const parts = [
    header(b, extra),
    setupSource("fs", false),
    showSource(b),
    placed.code,
    "const options = {};",
    `function main() {\n${indent(["setup();", ...body].join("\n"))}\n}`,
    gate(b),
  ];
  if (placed.after) parts.push(placed.after);
  return { files: { [entryName(b)]: parts.join("\n\n") + "\n" }, entry: entryName(b) };
}

function flowText(b, one) {
  const rng = b.rng;
  const flow = rng.pick([
    "waterfall",
    "series",
    "parallel",
    "each",
    "eachSeries",
    "map",
    "mapSeries",
    "mapLimit",
    "whilst",
    "retry",
    "auto",
  ]);
  b.shape(`async-${flow}`);
  const taskCall = (arg, cb) => {
    const u = one();
    return `${u.ref}(${q(arg)}, ${cb});`;
  };
  // A task written in place with a core call of its own, as often as one that calls the file's functions.
  const inlineTask = (arg, cb) => {
    b.shape("async-task-inline-pyramid");
    const op = rng.pick([
      [`fs.readFile(${q(arg)}, "utf8", function (err, text) {`, "text.length"],
      [`fs.stat(${q(arg)}, function (err, st) {`, "st.size"],
      ['fs.readdir("sub", function (err, names) {', "names.length"],
    ]);
    return `${op[0]}\n  if (err) return ${cb}(err);\n  ${cb}(null, ${op[1]});\n});`;
  };
  const task = (arg, cb) => (rng.chance(0.5) ? inlineTask(arg, cb) : taskCall(arg, cb));
  const final = (label, results, rest) => {
    const style = rng.pick(["return", "ternary", "if-else"]);
    let lines;
    if (style === "return")
      lines = [
        `if (err) return console.log(${q(`${label} failed:`)}, err.message);`,
        `console.log(${q(`${label}:`)}, show(${results}));`,
        ...rest,
      ];
    else if (style === "ternary")
      lines = [`console.log(${q(`${label}:`)}, err ? "error " + err.message : show(${results}));`, ...rest];
    else
      lines = [
        "if (err) {",
        `  console.log(${q(`${label} failed:`)}, err.message);`,
        "} else {",
        `  console.log(${q(`${label}:`)}, show(${results}));`,
        "}",
        ...rest,
      ];
    return `function (err, ${results}) {\n${indent(lines.join("\n"))}\n}`;
  };
  return (rest) => {
    const label = b.fresh(flow);
    const file = () => rng.pick(INPUT_FILES);
    switch (flow) {
      case "waterfall": {
        const u = one();
        const second = one();
        void u; // drawn all the same, so a seed's programs stay as they were
        return [
          `async.waterfall([`,
          indent(
            `function (next) {\n${indent(task(file(), "next"))}\n},\nfunction (first, next) {\n  ${second.ref}(String(first), function (err, second) {\n    if (err) return next(err);\n    next(null, [first, second]);\n  });\n},`,
          ),
          `], ${final(label, "result", rest)});`,
        ];
      }
      case "series":
      case "parallel": {
        const asObject = rng.chance(0.4);
        const tasks = [];
        const n = rng.int(1, 3);
        for (let i = 0; i < n; i++) {
          const text = `function (cb) {\n${indent(task(file(), "cb"))}\n}`;
          tasks.push(asObject ? `k${i}: ${text}` : text);
        }
        if (asObject) b.shape(`async-${flow}-object`);
        const open = asObject ? "{" : "[";
        const close = asObject ? "}" : "]";
        return [
          `async.${flow}(${open}`,
          indent(tasks.join(",\n") + ","),
          `${close}, ${final(label, "results", rest)});`,
        ];
      }
      case "each":
      case "eachSeries":
      case "map":
      case "mapSeries":
      case "mapLimit": {
        const coll = rng.weighted(COLLECTIONS);
        b.shape(`collection-${coll.shape}`);
        const u = one();
        const byReference = flow.startsWith("map") && !u.ref.includes(".") && rng.chance(0.4);
        if (byReference) b.shape("task-by-reference");
        const iteratee = byReference
          ? u.ref
          : flow.startsWith("each")
            ? `function (file, next) {\n  ${u.ref}(file, function (err) {\n    next(err);\n  });\n}`
            : `function (file, next) {\n  ${u.ref}(file, next);\n}`;
        const limit = flow === "mapLimit" ? ` ${rng.int(1, 3)},` : "";
        const results = flow.startsWith("each") ? "done" : "results";
        return [`async.${flow}(${coll.code},${limit} ${iteratee}, ${final(label, results, rest)});`];
      }
      case "whilst": {
        const counter = b.fresh("count");
        const u = one();
        return [
          `let ${counter} = 0;`,
          `async.whilst(`,
          indent(
            `function (cb) {\n  cb(null, ${counter} < ${rng.int(0, 3)});\n},\nfunction (next) {\n  ${counter}++;\n  ${u.ref}(${q(file())}, next);\n},\n${final(label, "last", rest)}`,
          ),
          ");",
        ];
      }
      case "retry": {
        const attempts = b.fresh("attempts");
        const u = one();
        const opts = rng.pick(["3", `{ times: 3, interval: ${rng.int(1, 10)} }`, "2"]);
        return [
          `let ${attempts} = 0;`,
          `async.retry(${opts}, function (cb) {`,
          indent(
            `${attempts}++;\nif (${attempts} < 2) return setTimeout(() => cb(new Error("flaky")), ${b.ms()});\n${u.ref}(${q(file())}, cb);`,
          ),
          `}, ${final(label, "value", rest)});`,
        ];
      }
      case "auto": {
        const u1 = one();
        const u2 = one();
        void u1; // drawn all the same, so a seed's programs stay as they were
        return [
          `async.auto({`,
          indent(
            `first: function (cb) {\n${indent(task(file(), "cb"))}\n},\nsecond: ["first", function (results, cb) {\n  ${u2.ref}(String(results.first), cb);\n}],\nthird: function (cb) {\n  setTimeout(() => cb(null, "t"), ${b.ms()});\n},`,
          ),
          `}, ${final(label, "results", rest)});`,
        ];
      }
    }
    throw new Error(flow);
  };
}

// ---- then-to-async -----------------------------------------------------------------------------------

function thenProgram(b) {
  const rng = b.rng;
  const esm = b.flavour !== "cjs";
  const units = [];
  const handlers = [];
  const count = rng.int(1, 3);
  for (let i = 0; i < count; i++) {
    const name = b.fresh(rng.pick(["loadText", "sizeOf", "readJson", "listSub", "probe"]));
    const base = rng.pick([
      ['fs.promises.readFile(p, "utf8")', "text", "string"],
      ['fs.promises.readFile(p.trim(), "utf8")', "text", "string"],
      ["fs.promises.stat(p)", "st", "stat"],
      ['fs.promises.readdir("sub")', "names", "names"],
      ["Promise.resolve(p)", "name", "string"],
      [`new Promise((resolve) => setTimeout(() => resolve(p), ${b.ms()}))`, "name", "string"],
    ]);
    const steps = [];
    const toValue =
      base[2] === "string" ? `${base[1]}.length` : base[2] === "stat" ? `${base[1]}.size` : `${base[1]}.length`;
    const firstStyle = rng.pick(["arrow", "function", "early-return", "throw"]);
    b.shape(`then-${firstStyle}`);
    if (firstStyle === "arrow") steps.push(`.then((${base[1]}) => ${toValue})`);
    else if (firstStyle === "function") steps.push(`.then(function (${base[1]}) {\n  return ${toValue};\n})`);
    else if (firstStyle === "early-return")
      steps.push(`.then((${base[1]}) => {\n  if (${toValue} > 5) return "big";\n  return "small";\n})`);
    else
      steps.push(
        `.then((${base[1]}) => {\n  if (${toValue} > 8) throw new Error("too big: " + ${toValue});\n  return ${toValue};\n})`,
      );
    if (rng.chance(0.4)) {
      const h = b.fresh("describe");
      handlers.push(`function ${h}(value) {\n  return ${q(`${name}=`)} + value;\n}`);
      steps.push(`.then(${h})`);
      b.shape("then-named-handler");
    }
    if (rng.chance(0.2)) {
      // A catch in the middle: the steps after it run on its value too.
      steps.push(`.catch(() => -1)`, `.then((value) => value + 1)`);
      b.shape("then-catch-then");
    }
    const tail = rng.weighted([
      [3, "catch"],
      [2, "catch-finally"],
      [1, "finally"],
      [1, "finally-throws"],
      [2, "ok-err"],
      [1, "null-err"],
      [1, "none"],
    ]);
    b.shape(`then-tail-${tail}`);
    if (tail === "catch" || tail === "catch-finally")
      steps.push(
        `.catch((err) => {\n  console.log(${q(`${name} failed:`)}, err.code || err.message);\n  return "fallback";\n})`,
      );
    if (tail === "finally" || tail === "catch-finally")
      steps.push(`.finally(() => {\n  console.log(${q(`${name} done`)});\n})`);
    if (tail === "finally-throws")
      steps.push(`.finally(() => {\n  if (p === "missing.txt") throw new Error("cleanup failed for " + p);\n})`);
    if (tail === "null-err")
      steps.push(
        `.then(null, (err) => {\n  console.log(${q(`${name} rejected:`)}, err.code || err.message);\n  return 0;\n})`,
      );
    if (tail === "ok-err")
      steps.push(
        `.then((value) => "ok " + value, (err) => {\n  console.log(${q(`${name} rejected:`)}, err.code || err.message);\n  return "recovered";\n})`,
      );
    const form = rng.weighted([
      [4, "returned"],
      [2, "awaited"],
    ]);
    b.shape(`then-chain-${form}`);
    if (form === "returned")
      units.push({ name, text: `function ${name}(p) {\n  return ${base[0]}\n${indent(steps.join("\n"), "    ")};\n}` });
    else {
      // An awaited chain with code after it, in an async function.
      units.push({
        name,
        text: `async function ${name}(p) {\n  const value = await ${base[0]}\n${indent(steps.join("\n"), "    ")};\n  console.log(${q(`${name} got`)}, value);\n  return value;\n}`,
      });
    }
  }
  // main: the units one after another in a chain, each value printed.
  const calls = rng.shuffle([...units, ...units]).slice(0, rng.int(2, 4));
  let chain = `Promise.resolve()`;
  for (const u of calls) {
    const file = rng.pick(INPUT_FILES);
    chain += `\n  .then(() => ${u.name}(${q(file)}))\n  .then((value) => {\n    console.log(${q(`${u.name}:`)}, value);\n  })`;
  }
  chain += `\n  .catch((err) => {\n    console.log("main failed:", err.message);\n  })`;
  const mainLines = ["setup();"];
  if (rng.chance(0.3)) {
    // A bad argument: the chain's base throws before any promise exists, and this caller catches it.
    const u = rng.pick(units);
    mainLines.push(
      `let first;\ntry {\n  first = ${u.name}(undefined);\n} catch (err) {\n  console.log("threw:", err.message);\n}`,
    );
    // Settled before the other steps start, so no two chains race.
    chain = chain.replace(
      /^Promise\.resolve\(\)/,
      `Promise.resolve(first)\n  .catch((err) => console.log("rejected:", err.message))`,
    );
    b.shape("then-caller-catches-sync-throw");
  }
  const exportLine = esm
    ? `export { ${units.map((u) => u.name).join(", ")} };`
    : `module.exports = { ${units.map((u) => u.name).join(", ")} };`;
  const parts = [
    header(b),
    setupSource("fs", false),
    ...handlers,
    ...units.map((u) => u.text),
    `function main() {\n${indent(mainLines.join("\n"))}\n  return ${chain};\n}`,
    gate(b),
    exportLine,
  ];
  return { files: { [entryName(b)]: parts.join("\n\n") + "\n" }, entry: entryName(b) };
}

// ---- promise-wrappers ------------------------------------------------------------------------------

function wrappersProgram(b) {
  const rng = b.rng;
  const units = [];
  const saveStyle = rng.pick(["ternary", "if-return", "if-else"]);
  b.shape(`wrapper-${saveStyle}`);
  const settle = (value) =>
    saveStyle === "ternary"
      ? `(err${b.t("any")}${value ? ", " + value : ""}) => (err ? reject(err) : resolve(${value ?? ""}))`
      : saveStyle === "if-return"
        ? `function (err${b.t("any")}${value ? ", " + value : ""}) {\n    if (err) return reject(err);\n    resolve(${value ?? ""});\n  }`
        : `(err${b.t("any")}${value ? ", " + value : ""}) => {\n    if (err) reject(err);\n    else resolve(${value ?? ""});\n  }`;
  const promiseType = (t) => (b.ts ? `<${t}>` : "");
  units.push(
    `function save(p${b.t("string")}, data${b.t("any")}) {\n  return new Promise${promiseType("void")}((resolve, reject) => {\n    fs.writeFile(p, data, ${settle(null)});\n  });\n}`,
  );
  units.push(
    `function load(p${b.t("string")}) {\n  return new Promise${promiseType("string")}(function (resolve, reject) {\n    fs.readFile(p, "utf8", ${settle("text")});\n  });\n}`,
  );
  if (rng.chance(0.5)) {
    units.push(
      `function makeDir(p${b.t("string")}) {\n  return new Promise${promiseType("void")}((resolve, reject) => {\n    fs.mkdir(p, { recursive: true }, ${settle(null)});\n  });\n}`,
    );
    b.shape("wrapper-mkdir");
  }
  const promisified = rng.chance(0.4);
  if (promisified) b.shape("promisify-writeFile");
  const kinds = rng.shuffle(Object.keys(DATA_KINDS).filter((k) => !b.ts || DATA_KINDS[k].ts)).slice(0, rng.int(2, 4));
  let chain = "Promise.resolve()";
  kinds.forEach((kind, i) => {
    b.shape(`data-${kind}`);
    const file = `out${i}.txt`;
    const writer = promisified && i % 2 === 1 ? "writeFileAsync" : "save";
    chain += `\n  .then(() => ${writer}(${q(file)}, ${DATA_KINDS[kind][b.ts ? "ts" : "js"]}))\n  .then(() => load(${q(file)}))\n  .then((text) => console.log(${q(`${kind}:`)}, JSON.stringify(text)), (err) => console.log(${q(`${kind} failed:`)}, err.code || err.message))`;
  });
  if (units.length > 2)
    chain += `\n  .then(() => makeDir("made/deeper"))\n  .then((value) => console.log("made:", value))`;
  chain += `\n  .then(() => load("missing.txt"))\n  .catch((err) => console.log("load failed:", err.code))`;
  const extra = promisified ? [["util", "util"]] : [];
  const parts = [header(b, extra)];
  if (promisified) parts.push(`const writeFileAsync = util.promisify(fs.writeFile);`);
  parts.push(setupSource("fs", b.ts), ...units, `function main() {\n  setup();\n  return ${chain};\n}`, gate(b));
  const esm = b.flavour !== "cjs";
  parts.push(esm ? "export { save, load };" : "module.exports = { save, load };");
  return { files: { [entryName(b)]: parts.join("\n\n") + "\n" }, entry: entryName(b) };
}

// ---- the entry point ---------------------------------------------------------------------------------

export function generateProgram(seed, index) {
  const rng = new Random(programSeed(seed, index));
  const capability = rng.weighted([
    [5, "callbacks"],
    [2, "async-lib"],
    [2, "then"],
    [2, "wrappers"],
  ]);
  const flavour =
    capability === "async-lib"
      ? rng.weighted([
          [3, "cjs"],
          [1, "esm"],
        ])
      : rng.weighted([
          [4, "cjs"],
          [2, "esm"],
          [capability === "then" ? 0 : 2, "ts"],
        ]);
  const b = new Builder(rng, flavour, capability);
  b.used.add("main").add("setup").add("show").add("fs").add("async").add("options").add("storage").add("Store");
  let built;
  if (capability === "callbacks") built = callbacksProgram(b);
  else if (capability === "async-lib") built = asyncLibProgram(b);
  else if (capability === "then") built = thenProgram(b);
  else built = wrappersProgram(b);
  const driver = b.units
    .filter((u) => u.exported && u.driverPath)
    .map((u) => ({ path: u.driverPath, args: argsFor(b, u) }));
  const banner = `// differential program ${seed}/${index}: ${capability}, ${flavour}\n`;
  const files = {};
  for (const [name, text] of Object.entries(built.files)) files[name] = name === built.entry ? banner + text : text;
  return {
    id: `${seed}/${index}`,
    seed,
    index,
    capability,
    flavour,
    entry: built.entry,
    files,
    driver,
    shapes: [...b.shapes].sort(),
  };
}
