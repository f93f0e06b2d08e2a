// Run a fixture program with Node in a fresh temporary directory and capture what it does.
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import ts from "typescript";

/** The project's node_modules: fixtures of async-lib `require('async')`, the real library (a dev dependency). */
const NODE_MODULES = path.resolve(__dirname, "../../node_modules");

export interface Execution {
  stdout: string;
  stderr: string;
  code: number | null;
}

/** TypeScript fixtures are compiled to JavaScript of the same module kind first (Node 20 runs no TS). */
function runnableSource(source: string, ext: string): { code: string; ext: string } {
  if (![".ts", ".tsx", ".mts", ".cts"].includes(ext)) return { code: source, ext };
  // `import fs = require("fs")` is TypeScript's CommonJS: such a module compiles to require().
  const esm =
    ext === ".mts" || (/^\s*(import|export)\s/m.test(source) && !/^\s*import\s+[\w$]+\s*=\s*require\(/m.test(source));
  const output = ts.transpileModule(source, {
    compilerOptions: {
      target: ts.ScriptTarget.ES2022,
      module: esm ? ts.ModuleKind.ESNext : ts.ModuleKind.CommonJS,
      jsx: ts.JsxEmit.React,
      esModuleInterop: true,
    },
    fileName: `main${ext}`,
  });
  return { code: output.outputText, ext: esm ? ".mjs" : ".cjs" };
}

/** Stack frames and temp paths differ between runs of any two programs; the rest must not. */
export function normalizeStderr(stderr: string, dir: string): string {
  return (
    stderr
      .split(dir)
      .join("<dir>")
      // Node's warnings name the process: `(node:12345) [DEP0081] ...`.
      .replace(/^\(node:\d+\)/gm, "(node)")
      .split("\n")
      .filter((line) => !/^\s+at /.test(line) && !/^Node\.js v/.test(line))
      .join("\n")
  );
}

/** Run `main` of several files (relative name -> source, written as they are) in a fresh temporary directory. */
export function executeFiles(files: Record<string, string>, main: string, timeoutMs = 15000): Execution {
  const dir = mkdtempSync(path.join(os.tmpdir(), "unpyramid-run-"));
  try {
    for (const [name, source] of Object.entries(files)) writeFileSync(path.join(dir, name), source);
    symlinkSync(NODE_MODULES, path.join(dir, "node_modules"), "dir");
    const result = spawnSync(process.execPath, [path.join(dir, main)], {
      cwd: dir,
      encoding: "utf8",
      timeout: timeoutMs,
      env: { PATH: process.env.PATH ?? "" },
    });
    return { stdout: result.stdout, stderr: normalizeStderr(result.stderr, dir), code: result.status };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Preloads for `execute`: fake timers (sinon's, on the globals, driven whenever the program is idle; see the file). */
export const FAKE_TIMERS = path.resolve(__dirname, "../../bench/differential/fake-timers-preload.cjs");

export function execute(source: string, ext: string, timeoutMs = 15000, preload?: string): Execution {
  const dir = mkdtempSync(path.join(os.tmpdir(), "unpyramid-run-"));
  try {
    const program = runnableSource(source, ext);
    const file = path.join(dir, `main${program.ext}`);
    writeFileSync(file, program.code);
    symlinkSync(NODE_MODULES, path.join(dir, "node_modules"), "dir");
    const result = spawnSync(process.execPath, [...(preload ? ["--require", preload] : []), file], {
      cwd: dir,
      encoding: "utf8",
      timeout: timeoutMs,
      env: { PATH: process.env.PATH ?? "" },
    });
    return { stdout: result.stdout, stderr: normalizeStderr(result.stderr, dir), code: result.status };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
