// The contract analysis over control flow (src/analysis/callback-flow): each shape of body a callback
// function is written in, with the verdict it must get. Calls of other functions are judged by a
// caller that knows Node's deferrals and timers, a core API (`fs.stat`), listeners and iteration.
import { parse } from "@babel/parser";
import type * as t from "@babel/types";
import { describe, expect, it } from "vitest";
import { callbackContractOf } from "../src/analysis/callback-contract";
import type { ArgumentCaller } from "../src/analysis/callback-flow";
import { deferralOrTimerCaller } from "../src/knowledge/callback-conventions";
import { readsErrorOnlyForItsTruth } from "../src/analysis/error-first";

const caller: ArgumentCaller = (call, arg, around) => {
  const callee = call.callee;
  const text =
    callee.type === "Identifier"
      ? callee.name
      : callee.type === "MemberExpression" &&
          callee.object.type === "Identifier" &&
          callee.property.type === "Identifier"
        ? `${callee.object.name}.${callee.property.name}`
        : "";
  const deferred = deferralOrTimerCaller(text, call, arg, around);
  if (deferred) return deferred;
  if (text === "fs.stat" || text === "helper") return "once-later";
  if (text === "thirdParty") return "assumed-once";
  if (/\.(on|forEach|map)$/.test(text)) return "many";
  return "unknown";
};

function verdict(source: string): string {
  const program = parse(source, { sourceType: "module", plugins: ["typescript"] }).program;
  const fn = program.body[0] as t.FunctionDeclaration;
  const result = callbackContractOf(fn, caller);
  return result.ok ? (result.assumed ? "ok (assumed)" : "ok") : result.reason;
}

const proven: [string, string][] = [
  [
    "expression body, ternary in a timer",
    "function f(x, cb) { setTimeout(() => (x > 3 ? cb(new Error('big')) : cb(null, x + 1)), 5); }",
  ],
  [
    "if/else in an I/O callback",
    "function f(p, cb) { fs.stat(p, (err, s) => { if (err) { cb(err); } else { cb(null, s.size); } }); }",
  ],
  ["early return", "function f(p, cb) { fs.stat(p, (err, s) => { if (err) return cb(err); cb(null, s); }); }"],
  [
    "cb(x); return;",
    "function f(p, cb) { fs.stat(p, function (err, s) { if (err) { cb(err); return; } cb(null, s); }); }",
  ],
  [
    "else-if chain",
    "function f(x, cb) { setImmediate(() => { if (x < 0) cb(new Error('neg')); else if (x === 0) cb(null, 'zero'); else cb(null, 'pos'); }); }",
  ],
  [
    "switch with breaks, fall-through and default",
    "function f(x, cb) { setImmediate(() => { switch (x) { case 1: cb(null, 'one'); break; case 2: case 3: return cb(null, 'few'); default: cb(new Error('many')); } }); }",
  ],
  ["&& and ||", "function f(x, cb) { setImmediate(() => { x || cb(new Error('none')); }); }"],
  ["?: choosing the deferral", "function f(x, cb) { x ? setImmediate(cb, null, x) : fs.stat('.', cb); }"],
  ["callback handed on to a core API", "function f(p, cb) { fs.stat(p, cb); }"],
  ["callback handed on, wrapped", "function f(p, cb) { helper(p, (err, v) => cb(err, v && v.name)); }"],
  [
    "return inside a loop",
    "function f(xs, cb) { for (const x of xs) { if (x) return setImmediate(() => cb(null, x)); } setImmediate(cb, new Error('none')); }",
  ],
  [
    "loop that only looks",
    "function f(xs, cb) { let n = 0; for (let i = 0; i < xs.length; i++) n += xs[i]; setImmediate(() => cb(null, n)); }",
  ],
  [
    "try whose block cannot call back",
    "function f(s, cb) { let v; try { v = JSON.parse(s); } catch (e) { return setImmediate(() => cb(e)); } setImmediate(() => cb(null, v)); }",
  ],
  ["IIFE run on the spot", "function f(x, cb) { (function () { setImmediate(() => cb(null, x)); })(); }"],
  [
    "nested levels",
    "function f(p, cb) { fs.stat(p, (err) => { if (err) return cb(err); fs.stat(p, (err2, s) => { if (err2) return cb(err2); cb(null, s); }); }); }",
  ],
  [
    "labelled break out of a loop",
    "function f(xs, cb) { outer: for (const a of xs) { for (const b of a) { if (b) break outer; } } setImmediate(cb); }",
  ],
  ["typeof test", "function f(x, cb) { if (typeof cb !== 'function') return; setImmediate(cb); }"],
  [
    "TypeScript non-null call",
    "function f(x: number, cb?: (e: Error | null) => void) { setImmediate(() => cb!(null)); }",
  ],
  ["cb.call", "function f(x, cb) { setImmediate(() => cb.call(null, null, x)); }"],
];

const refused: [string, string, string][] = [
  [
    "called twice on one path",
    "function f(p, cb) { fs.stat(p, (err, s) => { if (err) cb(err); cb(null, s); }); }",
    "callback-may-be-called-more-than-once",
  ],
  [
    "two sibling callbacks",
    "function f(p, cb) { fs.stat(p, () => cb()); fs.stat(p, () => cb()); }",
    "callback-may-be-called-more-than-once",
  ],
  [
    "`cb() || cb()`",
    "function f(x, cb) { setImmediate(() => cb(null, 1) || cb(null, 2)); }",
    "callback-may-be-called-more-than-once",
  ],
  [
    "switch falling into a second call",
    "function f(x, cb) { setImmediate(() => { switch (x) { case 1: cb(null, 1); case 2: cb(null, 2); } }); }",
    "callback-may-be-called-more-than-once",
  ],
  [
    "deferred call in a loop",
    "function f(xs, cb) { for (const x of xs) fs.stat(x, () => cb()); }",
    "callback-may-be-called-more-than-once",
  ],
  ["a listener", "function f(s, cb) { s.on('data', () => cb()); }", "callback-may-be-called-more-than-once"],
  ["iteration", "function f(xs, cb) { xs.forEach(() => setImmediate(cb)); }", "callback-may-be-called-more-than-once"],
  [
    "synchronous on a path",
    "function f(x, cb) { if (!x) return cb(new Error('none')); setImmediate(cb); }",
    "callback-called-synchronously",
  ],
  ["synchronous in an IIFE", "function f(x, cb) { (() => cb(null, x))(); }", "callback-called-synchronously"],
  [
    "code after the call in a timer",
    "function f(x, cb) { setImmediate(() => { cb(null, x); console.log('after'); }); }",
    "callback-call-not-terminal",
  ],
  [
    "code after the call, past an if",
    "function f(x, cb) { setImmediate(() => { if (x) cb(null, x); console.log('after'); }); }",
    "callback-call-not-terminal",
  ],
  [
    "called in a try block",
    "function f(x, cb) { setImmediate(() => { try { cb(null, JSON.parse(x)); } catch (e) { cb(e); } }); }",
    "callback-called-in-try",
  ],
  ["a kept timer", "function f(x, cb) { const t = setTimeout(() => cb(null, x), 5); }", "callback-called-from-timer"],
  ["an interval", "function f(x, cb) { setInterval(() => cb(null, x), 5); }", "callback-called-from-timer"],
  ["stored", "function f(x, cb) { queue.push(cb); }", "callback-escapes"],
  ["stored in a closure", "function f(x, cb) { const done = () => cb(null, x); later(done); }", "callback-escapes"],
  [
    "handed to an unknown function",
    "function f(x, cb) { mystery(() => cb(null, x)); }",
    "callback-called-from-unknown-callback",
  ],
  [
    "a named callback that calls itself",
    "function f(x, cb) { fs.stat(x, function again(err) { if (err) return fs.stat(x, again); cb(); }); }",
    "callback-called-from-unknown-callback",
  ],
  ["a throw", "function f(x, cb) { if (!x) throw new TypeError('x'); setImmediate(cb); }", "definition-throws"],
];

describe("callback contracts over control flow", () => {
  for (const [name, source] of proven) it(`proven: ${name}`, () => expect(verdict(source)).toBe("ok"));
  for (const [name, source, reason] of refused) it(`refused: ${name}`, () => expect(verdict(source)).toBe(reason));
  it("a third-party function and process.nextTick are taken on trust", () => {
    expect(verdict("function f(x, cb) { thirdParty(x, (err, v) => cb(err, v)); }")).toBe("ok (assumed)");
    expect(verdict("function f(x, cb) { process.nextTick(cb, null, x); }")).toBe("ok (assumed)");
  });
});

describe("reading the error only for its truth", () => {
  const reads = (body: string) => {
    const program = parse(`f(function (err, v) {${body}});`, { sourceType: "module" }).program;
    const call = (program.body[0] as t.ExpressionStatement).expression as t.CallExpression;
    return readsErrorOnlyForItsTruth(call.arguments[0] as t.FunctionExpression);
  };
  for (const body of [
    "if (err) return log(err); log(v);",
    "log(err ? err.message : v);",
    "if (!err) log(v);",
    "log(!!err);",
    "if (err && err.code === 'X') return; log(v);",
    "log(err || 'fine');",
    "while (!err) break;",
    "if (err) { log('failed', err); }",
  ])
    it(`yes: ${body}`, () => expect(reads(body)).toBe(true));
  for (const body of [
    "log(err);",
    "log(err === null);",
    "const e = err;",
    "log(err && err.code);",
    "other(err, v);",
    "log(typeof err);",
  ])
    it(`no: ${body}`, () => expect(reads(body)).toBe(false));
});
