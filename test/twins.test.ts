// The README's rule "the promise twin when it has the same contract, else promisify at the call", over
// every argument kind for which Node 20's fs.promises twin behaves otherwise than the callback API
// (RELIABILITY 38; the kinds were found by probing each API with ~40 kinds of value at each position:
// data that is an array, a Set, a generator or a stream, which only the twin writes; a file descriptor,
// a FileHandle or a bigint as the path; options the twin reads otherwise). Each case is a program that
// calls the API once with that argument written in place, converted by callbacks-to-async, run before
// and after: what the callback gets (or what is thrown at once) and what ends up on disk must be the
// same, and where the argument is provably of a kind the twin treats alike, the twin must be used.
// What every conversion changes by nature (README) is allowed: an argument error the callback API threw
// at once now reaches the callback, with the same code, later.
import { describe, expect, it } from "vitest";
import { transformSource } from "../src/runner/transform-source";
import { executeFiles } from "./helpers/execute";

interface Kind {
  name: string;
  /** The argument, written in place. */
  expr: string;
  /** The twin takes it as the callback API does, and the code proves it: the twin is used. */
  twin: boolean;
}

interface Api {
  name: string;
  /** The call, `$` standing for the argument of the kind. */
  call: string;
  kinds: Kind[];
  /** Statements run before the call (files the call works on). */
  setup?: string;
}

const DATA: Kind[] = [
  { name: "string", expr: "'text'", twin: true },
  { name: "template", expr: "`t${1}`", twin: true },
  { name: "concatenation", expr: "'a' + 1", twin: true },
  { name: "Buffer", expr: "Buffer.from('buf')", twin: true },
  { name: "Uint8Array", expr: "new Uint8Array([104, 105])", twin: true },
  { name: "DataView", expr: "new DataView(new Uint8Array([100, 118]).buffer)", twin: true },
  { name: "JSON.stringify", expr: "JSON.stringify({ a: 1 })", twin: true },
  { name: "join", expr: "['x', 'y'].join('-')", twin: true },
  { name: "number (rejected alike)", expr: "42", twin: true },
  { name: "undefined (rejected alike)", expr: "undefined", twin: true },
  { name: "array of strings", expr: "['a', 'b']", twin: false },
  { name: "array of numbers", expr: "[1, 2]", twin: false },
  { name: "Set", expr: "new Set(['s'])", twin: false },
  { name: "Map", expr: "new Map([['k', 'v']])", twin: false },
  { name: "generator", expr: "(function* () { yield 'g'; })()", twin: false },
  { name: "async generator", expr: "(async function* () { yield 'ag'; })()", twin: false },
  { name: "String object", expr: "new String('so')", twin: false },
  { name: "Readable stream", expr: "require('stream').Readable.from(['r'])", twin: false },
  { name: "plain object", expr: "({ toString() { return 'o'; } })", twin: false },
  { name: "a name holding a Set", expr: "setOfLines", twin: false },
  { name: "a const holding a string", expr: "constText", twin: true },
];

const PATH: Kind[] = [
  { name: "string", expr: "'p.txt'", twin: true },
  { name: "Buffer", expr: "Buffer.from('p.txt')", twin: false },
  { name: "URL", expr: "new URL('file://' + __dirname + '/p.txt')", twin: true },
  { name: "path.join", expr: "require('path').join(__dirname, 'p.txt')", twin: false },
  { name: "file descriptor", expr: "fs.openSync('p.txt', 'r+')", twin: false },
  { name: "bad file descriptor", expr: "999", twin: false },
  { name: "negative number", expr: "-1", twin: false },
  { name: "bigint", expr: "1n", twin: false },
  { name: "undefined", expr: "undefined", twin: false },
];

const SETUP =
  "fs.writeFileSync('p.txt', 'hello');\nconst setOfLines = new Set(['one']);\nconst constText = 'constant';";

const APIS: Api[] = [
  { name: "writeFile data", call: "fs.writeFile('p.txt', $, cb)", kinds: DATA },
  {
    name: "writeFile data to a new file",
    call: "fs.writeFile('new.txt', $, cb)",
    kinds: DATA.filter((kind) => !kind.twin),
  },
  { name: "appendFile data", call: "fs.appendFile('p.txt', $, cb)", kinds: DATA },
  {
    name: "appendFile data to a new file",
    call: "fs.appendFile('new.txt', $, cb)",
    kinds: DATA.filter((kind) => !kind.twin),
  },
  {
    name: "readFile path",
    call: "fs.readFile($, 'utf8', cb)",
    kinds: PATH.filter((kind) => kind.name !== "negative number"),
  },
  { name: "writeFile path", call: "fs.writeFile($, 'data', cb)", kinds: PATH },
  { name: "appendFile path", call: "fs.appendFile($, 'data', cb)", kinds: PATH },
  { name: "truncate path", call: "fs.truncate($, 2, cb)", kinds: PATH },
  {
    name: "truncate length",
    call: "fs.truncate('missing.txt', $, cb)",
    kinds: [
      { name: "number", expr: "2", twin: true },
      { name: "not an integer", expr: "2.5", twin: false },
      { name: "past the safe integers", expr: "9007199254740992", twin: false },
      { name: "string", expr: "'2'", twin: false },
      { name: "null", expr: "null", twin: false },
    ],
  },
  {
    name: "readFile flag",
    call: "fs.readFile('p.txt', $, cb)",
    kinds: [
      { name: "'r'", expr: "{ flag: 'r' }", twin: true },
      { name: "empty", expr: "{ flag: '' }", twin: false },
      { name: "false", expr: "{ flag: false }", twin: false },
      { name: "encoding only", expr: "{ encoding: 'utf8' }", twin: true },
    ],
  },
  {
    name: "mkdir mode",
    call: "fs.mkdir('made', $, cb)",
    kinds: [
      { name: "number", expr: "{ mode: 0o755 }", twin: true },
      { name: "null", expr: "{ mode: null }", twin: false },
      { name: "recursive", expr: "{ recursive: true }", twin: true },
    ],
  },
  {
    name: "rmdir recursive on a link to a directory",
    setup: "fs.mkdirSync('real');\nfs.symlinkSync('real', 'link');",
    call: "fs.rmdir('link', $, cb)",
    kinds: [
      { name: "true", expr: "{ recursive: true }", twin: false },
      { name: "false", expr: "{ recursive: false }", twin: true },
    ],
  },
  {
    name: "cp filter",
    setup: "fs.mkdirSync('from');\nfs.writeFileSync('from/f.txt', 'f');",
    call: "fs.cp('from', 'to', $, cb)",
    kinds: [
      {
        name: "filter failing with null",
        expr: "{ recursive: true, filter: () => Promise.reject(null) }",
        twin: false,
      },
      { name: "no filter", expr: "{ recursive: true }", twin: true },
    ],
  },
];

/** The program: one call in a function that passes its outcome on, and what is on disk at exit. */
function program(api: Api, kind: Kind): string {
  const call = api.call.replace("$", kind.expr);
  // The callback takes what the API passes: a value for readFile, nothing for the others.
  const value = api.call.startsWith("fs.readFile(") ? "value" : null;
  const callback = value
    ? "function (err, value) {\n    if (err) return cb(err);\n    cb(null, value);\n  })"
    : "function (err) {\n    if (err) return cb(err);\n    cb(null, 'done');\n  })";
  return `const fs = require('fs');
${SETUP}
${api.setup ?? ""}
process.on('uncaughtException', (err) => console.log('outcome', err.code || err.name));
process.on('exit', () => {
  const show = (name) => (fs.existsSync(name) ? (fs.statSync(name).isDirectory() ? (fs.lstatSync(name).isSymbolicLink() ? 'link:' : '') + '[' + fs.readdirSync(name).join(',') + ']' : JSON.stringify(fs.readFileSync(name, 'latin1'))) : 'none');
  console.log('disk', ['p.txt', 'new.txt', 'made', 'real', 'link', 'to', 'missing.txt'].map((name) => name + '=' + show(name)).join(' '));
});

function op(cb) {
  ${call.replace(/cb\)$/, callback)};
}

op(function (err, value) {
  console.log('outcome', err ? err.code || err.name : 'ok', typeof value === 'string' ? value : typeof value);
});
`;
}

describe("the promise twin only where it has the same contract (every argument kind that differs)", () => {
  for (const api of APIS) {
    for (const kind of api.kinds) {
      it(`${api.name}: ${kind.name}`, () => {
        const input = program(api, kind);
        const converted = transformSource(input, { filename: "main.js", transforms: ["callbacks-to-async"] });
        const method = api.call.split("(")[0].split(".")[1];
        expect(converted.changed, converted.sites.map((site) => site.reason).join()).toBe(true);
        expect(converted.code.includes(`fs.promises.${method}(`), converted.code).toBe(kind.twin);
        const before = executeFiles({ "main.js": input }, "main.js");
        const after = executeFiles({ "main.js": converted.code }, "main.js");
        // The README's difference by nature: an outcome thrown at once now reaches the callback.
        const outcome = (stdout: string) =>
          stdout.replace(/^outcome (\S+)(?: .*)?$/m, (line, code) => (code === "ok" ? line : `outcome ${code}`));
        expect({ ...after, stdout: outcome(after.stdout) }).toEqual({ ...before, stdout: outcome(before.stdout) });
      });
    }
  }
});

/**
 * Data that only looks like a string (found by review): each program writes an array through a name
 * or a method whose proof would have to see more than the name. The twin must not be used.
 */
const LOOK_ALIKES: { name: string; code: string }[] = [
  {
    name: "a let assigned in a nested function from a name that shadows a string const",
    code: "const content = 'default';\nlet output = content;\nfunction configure(o) {\n  const { content } = o;\n  output = content;\n}\nconfigure({ content: ['a', 'b'] });\n$CALL(output)",
  },
  { name: "a user object's join", code: "const doc = { join: () => ['a', 'b'] };\n$CALL(doc.join('-'))" },
  { name: "a user object's normalize", code: "const doc = { normalize: () => ['a', 'b'] };\n$CALL(doc.normalize())" },
  { name: "a user object's toString", code: "const doc = { toString: () => ['a', 'b'] };\n$CALL(doc.toString())" },
  {
    name: "an awaited read through a promisify of the file's own",
    code: "const promisify = () => async () => ['a', 'b'];\nlet data;\nvoid (async () => {\n  data = await promisify(fs.readFile)('p.txt');\n})().then(() => {\n  go();\n});\nfunction go() {\n  $CALL(data)\n}",
  },
  { name: "a let a direct eval assigns", code: "let text = 'plain';\neval(\"text = ['a', 'b']\");\n$CALL(text)" },
];

describe("data that only looks provably a string goes through promisify", () => {
  for (const { name, code } of LOOK_ALIKES) {
    it(name, () => {
      const call = (data: string) =>
        `fs.writeFile('p.txt', ${data}, function (err) {\n  if (err) return console.log('outcome', err.code);\n  console.log('outcome ok');\n});`;
      const input = `const fs = require('fs');\nfs.writeFileSync('p.txt', 'hello');\nprocess.on('uncaughtException', (err) => console.log('outcome', err.code));\nprocess.on('exit', () => console.log('disk', fs.readFileSync('p.txt', 'utf8')));\n${code.replace(/\$CALL\((.*)\)$/m, (_line, data) => call(data))}\n`;
      const converted = transformSource(input, { filename: "main.js", transforms: ["callbacks-to-async"] });
      expect(converted.changed, converted.sites.map((site) => site.reason).join()).toBe(true);
      expect(converted.code.includes("fs.promises.writeFile("), converted.code).toBe(false);
      const before = executeFiles({ "main.js": input }, "main.js");
      const after = executeFiles({ "main.js": converted.code }, "main.js");
      expect(after).toEqual(before);
    });
  }

  it("a TypeScript parameter typed string that its function assigns", () => {
    const input =
      "import * as fs from 'fs';\nexport function save(text: string, cb: (err: Error | null) => void): void {\n  text = JSON.parse(text);\n  fs.writeFile('p.txt', text, (err) => {\n    if (err) return cb(err);\n    cb(null);\n  });\n}\n";
    const converted = transformSource(input, { filename: "main.ts", transforms: ["callbacks-to-async"] });
    expect(converted.changed).toBe(true);
    expect(converted.code.includes("fs.promises.writeFile("), converted.code).toBe(false);
  });
});
