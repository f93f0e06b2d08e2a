#!/usr/bin/env node
// Side by side on the same promise-chain files: unpyramid's then-to-async and TypeScript's "Convert to
// async function" code fix (fix id convertToAsyncFunction, diagnostic 80006), driven through the
// `typescript` package's language service. For each tool: how many conversions it makes (unpyramid: chains,
// each written out where it stands; TypeScript: functions, each made async with every chain in it), how many of
// the runnable files print something else after its conversion (each is run before and after with
// Node), and the time it takes. A benchmark, not a test: `npm run build && node bench/then-vs-typescript.mjs`.
//
//   node bench/then-vs-typescript.mjs [--dir <folder of *.input.* files>] [--json]
import { spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import os from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { fileURLToPath } from "node:url";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const require = createRequire(import.meta.url);
const ts = require("typescript");
const { transformSource } = require(path.join(ROOT, "dist/src/index.js"));

const args = process.argv.slice(2);
const dir = args.includes("--dir")
  ? path.resolve(args[args.indexOf("--dir") + 1])
  : path.join(ROOT, "__testfixtures__/then-to-async");
const asJson = args.includes("--json");

const files = readdirSync(dir)
  .filter((name) => /\.input\.(?:js|mjs|cjs|ts)$/.test(name))
  .sort()
  .map((name) => {
    const source = readFileSync(path.join(dir, name), "utf8");
    return { name, ext: path.extname(name), source, runnable: /unpyramid-fixture:\s*runnable/.test(source) };
  });

/** TypeScript's fix, applied to every function it offers it for, until it offers no more. */
function typescriptConvert(name, source) {
  const fileName = `/virtual/${name.replace(/\.input(\.[a-z]+)$/, "$1")}`;
  let text = source;
  let version = 0;
  const host = {
    getScriptFileNames: () => [fileName],
    getScriptVersion: () => String(version),
    getScriptSnapshot: (f) =>
      f === fileName
        ? ts.ScriptSnapshot.fromString(text)
        : ts.sys.fileExists(f)
          ? ts.ScriptSnapshot.fromString(ts.sys.readFile(f))
          : undefined,
    getCurrentDirectory: () => "/virtual",
    getCompilationSettings: () => ({
      allowJs: true,
      checkJs: false,
      target: ts.ScriptTarget.ES2022,
      module: ts.ModuleKind.NodeNext,
      moduleResolution: ts.ModuleResolutionKind.NodeNext,
      noEmit: true,
      types: [],
    }),
    getDefaultLibFileName: (options) => ts.getDefaultLibFilePath(options),
    fileExists: (f) => f === fileName || ts.sys.fileExists(f),
    readFile: (f) => (f === fileName ? text : ts.sys.readFile(f)),
  };
  const service = ts.createLanguageService(host, ts.createDocumentRegistry());
  let converted = 0;
  const tried = new Set();
  for (let round = 0; round < 50; round++) {
    const diagnostic = service
      .getSuggestionDiagnostics(fileName)
      .find((d) => d.code === 80006 && !tried.has(`${d.start}:${text.length}`));
    if (!diagnostic) break;
    tried.add(`${diagnostic.start}:${text.length}`);
    const fixes = service.getCodeFixesAtPosition(
      fileName,
      diagnostic.start,
      diagnostic.start + diagnostic.length,
      [80006],
      {},
      {},
    );
    const fix = fixes.find((f) => f.fixName === "convertToAsyncFunction");
    if (!fix) continue;
    const changes = fix.changes.flatMap((change) => change.textChanges).sort((a, b) => b.span.start - a.span.start);
    for (const change of changes)
      text = text.slice(0, change.span.start) + change.newText + text.slice(change.span.start + change.span.length);
    version++;
    converted++;
  }
  return { code: text, converted };
}

function unpyramidConvert(name, source) {
  const result = transformSource(source, {
    filename: name.replace(/\.input(\.[a-z]+)$/, "$1"),
    transforms: ["then-to-async"],
  });
  return { code: result.code, converted: result.sites.filter((site) => site.outcome === "converted").length };
}

/** Run a program in a fresh folder; TypeScript files are stripped of types by the compiler first. */
function run(ext, code) {
  const folder = mkdtempSync(path.join(os.tmpdir(), "then-bench-"));
  try {
    let file = path.join(folder, `main${ext === ".ts" ? ".mjs" : ext}`);
    const program =
      ext === ".ts"
        ? ts.transpileModule(code, {
            compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 },
          }).outputText
        : code;
    writeFileSync(file, program);
    const result = spawnSync(process.execPath, [file], { cwd: folder, encoding: "utf8", timeout: 10_000 });
    return `${result.status}\n${result.stdout}\n${(result.stderr ?? "").replace(/^\s+at .*$/gm, "").replaceAll(folder, "")}`;
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

const tools = { unpyramid: unpyramidConvert, typescript: typescriptConvert };
const rows = [];
const perFile = [];
for (const [tool, convert] of Object.entries(tools)) {
  let converted = 0;
  let changedFiles = 0;
  let differs = 0;
  let time = 0;
  for (const file of files) {
    const start = performance.now();
    const out = convert(file.name, file.source);
    time += performance.now() - start;
    converted += out.converted;
    if (out.code !== file.source) changedFiles++;
    let same = null;
    if (file.runnable && out.code !== file.source) {
      same = run(file.ext, file.source) === run(file.ext, out.code);
      if (!same) differs++;
    }
    perFile.push({ tool, file: file.name, converted: out.converted, behaviourSame: same });
  }
  rows.push({
    tool,
    files: files.length,
    changedFiles,
    functionsConverted: converted,
    runnableChanged: perFile.filter((r) => r.tool === tool && r.behaviourSame !== null).length,
    behaviourDiffers: differs,
    ms: Math.round(time),
  });
}

if (asJson) {
  process.stdout.write(`${JSON.stringify({ rows, perFile }, null, 2)}\n`);
} else {
  console.log(
    `then-to-async vs TypeScript's convertToAsyncFunction on ${files.length} chain files (${path.relative(ROOT, dir)}), TypeScript ${ts.version}, Node ${process.version}\n`,
  );
  console.log(
    "conversions: unpyramid counts chains (each written out where it stands), TypeScript functions (each made async with the chains in it)\n",
  );
  console.log("| tool | files changed | conversions | runnable files changed | of those, behaviour differs | time |");
  console.log("| --- | ---: | ---: | ---: | ---: | ---: |");
  for (const r of rows)
    console.log(
      `| ${r.tool} | ${r.changedFiles} | ${r.functionsConverted} | ${r.runnableChanged} | ${r.behaviourDiffers} | ${r.ms} ms |`,
    );
  const differing = perFile.filter((r) => r.behaviourSame === false);
  if (differing.length) console.log(`\nbehaviour differs: ${differing.map((r) => `${r.tool}: ${r.file}`).join(", ")}`);
}
