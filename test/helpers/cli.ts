// Run the built CLI (bin/unpyramid.js -> dist/) as a child process in temporary directories.
import { spawnSync, type SpawnSyncOptions } from "node:child_process";
import {
  cpSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from "node:fs";
import os from "node:os";
import path from "node:path";

export const ROOT = path.resolve(__dirname, "../..");
export const BIN = path.join(ROOT, "bin/unpyramid.js");

export interface CliResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

const made: string[] = [];

/** A fresh directory under the OS temp dir; removed by `cleanupTempDirs`. */
export function tempDir(label = "e2e"): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), `unpyramid-${label}-`));
  made.push(dir);
  return dir;
}

export function cleanupTempDirs(): void {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
}

/**
 * The environment the CLI runs in: no colour, not a terminal session (`CI`), and no GIT_* variables
 * inherited from whatever started the tests (a git hook sets GIT_DIR, which would point the CLI's
 * git checks at the wrong repository). GIT_CEILING_DIRECTORIES stops git from finding a repository
 * above the temp directory.
 */
export function cliEnv(extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, NO_COLOR: "1", CI: "1" };
  for (const key of Object.keys(env)) if (key.startsWith("GIT_")) delete env[key];
  env.GIT_CEILING_DIRECTORIES = os.tmpdir();
  return { ...env, ...extra };
}

/** `node bin/unpyramid.js ...args` in `cwd`. */
export function runCli(
  args: readonly string[],
  cwd: string,
  options: { env?: NodeJS.ProcessEnv; input?: string } = {},
): CliResult {
  const result = spawnSync(process.execPath, [BIN, ...args], {
    cwd,
    encoding: "utf8",
    env: options.env ?? cliEnv(),
    timeout: 120_000,
    maxBuffer: 64 * 1024 * 1024,
    ...(options.input !== undefined ? { input: options.input } : {}),
  });
  if (result.error) throw result.error;
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** Run git in `cwd` with a fixed identity; throws with git's stderr when it fails. */
export function git(cwd: string, args: readonly string[], options: SpawnSyncOptions = {}): string {
  const result = spawnSync(
    "git",
    [
      "-c",
      "user.name=unpyramid-test",
      "-c",
      "user.email=test@example.invalid",
      "-c",
      "commit.gpgsign=false",
      "-c",
      "core.autocrlf=false",
      ...args,
    ],
    {
      cwd,
      encoding: "utf8",
      env: cliEnv(),
      ...options,
    },
  );
  if (result.error) throw result.error;
  if (result.status !== 0) throw new Error(`git ${args.join(" ")} failed (${result.status}): ${String(result.stderr)}`);
  return String(result.stdout);
}

/** `git init` + commit everything. */
export function gitInitCommit(dir: string): void {
  git(dir, ["init", "-q", "."]);
  git(dir, ["add", "-A"]);
  git(dir, ["commit", "-q", "--allow-empty", "-m", "initial"]);
}

/** Write files (text is written as UTF-8, Buffers as they are), creating parent directories. */
export function writeTree(dir: string, files: Record<string, string | Buffer>): void {
  for (const [name, content] of Object.entries(files)) {
    const file = path.join(dir, name);
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, content);
  }
}

/** A copy of `dir` in a new temp dir (symlinks copied as links). */
export function copyDir(dir: string, label = "copy"): string {
  const copy = tempDir(label);
  cpSync(dir, copy, { recursive: true, verbatimSymlinks: true, preserveTimestamps: true });
  return copy;
}

export function bytes(file: string): Buffer {
  return readFileSync(file);
}

/** Every regular file under `dir` (not .git), relative path -> bytes. */
export function snapshot(dir: string): Map<string, Buffer> {
  const out = new Map<string, Buffer>();
  const walk = (sub: string) => {
    for (const entry of readdirSync(path.join(dir, sub), { withFileTypes: true })) {
      const rel = sub ? `${sub}/${entry.name}` : entry.name;
      if (entry.name === ".git") continue;
      if (entry.isDirectory()) walk(rel);
      else if (entry.isFile()) out.set(rel, readFileSync(path.join(dir, rel)));
    }
  };
  walk("");
  return out;
}

/** What would show that a file was rewritten: its inode and its mtime in nanoseconds. */
export function identity(file: string): { ino: bigint; mtimeNs: bigint; mode: number } {
  const stats = statSync(file, { bigint: true });
  return { ino: stats.ino, mtimeNs: stats.mtimeNs, mode: Number(stats.mode) & 0o7777 };
}

export function isSymlink(file: string): boolean {
  return lstatSync(file).isSymbolicLink();
}

/** The non-empty lines of a stream's output. */
export function lines(text: string): string[] {
  return text.split("\n").filter((line) => line !== "");
}
