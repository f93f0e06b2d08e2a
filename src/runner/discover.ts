// Which files a run covers: files, directories and globs; the extension allow-list; .gitignore;
// node_modules always out; symlinks never lead outside the roots; each file once; a stable order.
import { existsSync, lstatSync, readFileSync, realpathSync, statSync, type Stats } from "node:fs";
import path from "node:path";
import ignore, { type Ignore } from "ignore";
import { globSync, isDynamicPattern } from "tinyglobby";
import { SOURCE_EXTENSIONS } from "../parse/parser";

export interface DiscoverOptions {
  cwd: string;
  /** With or without the dot: ".js" or "js". Default: SOURCE_EXTENSIONS. */
  extensions?: readonly string[];
  /** Extra gitignore-style patterns, relative to cwd. */
  ignore?: readonly string[];
  /** Honour .gitignore files (default true). */
  gitignore?: boolean;
}

export interface DiscoveredFile {
  /** Absolute path. */
  file: string;
  /** Relative to cwd, with forward slashes. */
  display: string;
  /** Bytes, when discovered (the run hands the largest files to workers first). */
  size: number;
  /** For a symlink: the real path of the file it leads to, which is the one written. */
  target?: string;
}

export interface Discovery {
  files: DiscoveredFile[];
  /** Files named explicitly that are not source files, or that lead outside the roots: reported, not read. */
  skipped: { display: string; reason: string }[];
}

export class PathNotFoundError extends Error {
  constructor(readonly missing: string) {
    super(`path not found: ${missing} (check the spelling, or quote a glob so the shell does not expand it)`);
    this.name = "PathNotFoundError";
  }
}

/** A path given reaches outside the working directory through a symlink: writing there is refused. */
export class PathOutsideError extends Error {
  constructor(
    readonly input: string,
    readonly target: string,
  ) {
    super(
      `${input} leads outside the working directory through a symlink (to ${target}); run unpyramid from a directory that contains ${target}, or name that path`,
    );
    this.name = "PathOutsideError";
  }
}

/** Nothing to read: the paths given hold no source file. */
export class NoSourceFilesError extends Error {
  constructor(
    readonly inputs: readonly string[],
    extensions: readonly string[],
  ) {
    super(
      `no source files in ${inputs.join(", ")} (looked for ${extensions.join(" ")}; check the path, .gitignore, --ignore or --extensions)`,
    );
    this.name = "NoSourceFilesError";
  }
}

const ALWAYS_IGNORED = ["**/node_modules/**", "**/.git/**"];

function normaliseExtensions(extensions: readonly string[]): Set<string> {
  return new Set(extensions.map((ext) => (ext.startsWith(".") ? ext : `.${ext}`).toLowerCase()));
}

function toDisplay(cwd: string, file: string): string {
  const relative = path.relative(cwd, file);
  return (relative === "" ? path.basename(file) : relative).split(path.sep).join("/");
}

function isInside(root: string, file: string): boolean {
  const relative = path.relative(root, file);
  return relative === "" || (!relative.startsWith("..") && !path.isAbsolute(relative));
}

/** The .gitignore files that govern files under `dir`: those in its ancestors up to the git root, and below it. */
class GitignoreRules {
  private readonly byDir = new Map<string, Ignore>();

  addTree(dir: string): void {
    for (let current = dir; ; current = path.dirname(current)) {
      this.load(current);
      if (existsSync(path.join(current, ".git")) || path.dirname(current) === current) break;
    }
    for (const found of globSync("**/.gitignore", {
      cwd: dir,
      dot: true,
      absolute: true,
      ignore: ALWAYS_IGNORED,
      followSymbolicLinks: false,
    })) {
      this.load(path.dirname(path.resolve(found)));
    }
  }

  private load(dir: string): void {
    if (this.byDir.has(dir)) return;
    const file = path.join(dir, ".gitignore");
    let text = "";
    try {
      text = readFileSync(file, "utf8");
    } catch {
      // no .gitignore here
    }
    this.byDir.set(dir, ignore().add(text));
  }

  ignores(file: string): boolean {
    for (let dir = path.dirname(file); ; dir = path.dirname(dir)) {
      const rules = this.byDir.get(dir);
      if (rules && rules.ignores(path.relative(dir, file).split(path.sep).join("/"))) return true;
      if (path.dirname(dir) === dir) return false;
    }
  }
}

export function discover(inputs: readonly string[], options: DiscoverOptions): Discovery {
  const cwd = path.resolve(options.cwd);
  const extensions = normaliseExtensions(options.extensions ?? SOURCE_EXTENSIONS);
  const extraIgnore = ignore().add([...(options.ignore ?? [])]);
  const gitignore = options.gitignore === false ? null : new GitignoreRules();
  const roots = new Set<string>([safeRealpath(cwd)]);
  const candidates: { file: string; explicit: boolean }[] = [];
  const hasSourceExtension = (file: string) => extensions.has(path.extname(file).toLowerCase());

  for (const input of inputs) {
    const absolute = path.resolve(cwd, input);
    if (!existsSync(absolute) && isDynamicPattern(input)) {
      const matches = globSync(input, {
        cwd,
        absolute: true,
        dot: false,
        ignore: ALWAYS_IGNORED,
        followSymbolicLinks: false,
      });
      gitignore?.addTree(cwd);
      for (const match of matches)
        if (hasSourceExtension(match)) candidates.push({ file: path.resolve(match), explicit: false });
      continue;
    }
    let stats;
    try {
      stats = statSync(absolute);
    } catch {
      throw new PathNotFoundError(input);
    }
    if (stats.isDirectory()) {
      // `linkdir` inside the working directory that is a link to somewhere else: never written through.
      const real = safeRealpath(absolute);
      if (isInside(cwd, absolute) && !isInside(safeRealpath(cwd), real)) throw new PathOutsideError(input, real);
      roots.add(real);
      gitignore?.addTree(absolute);
      const patterns = [...extensions].map((ext) => `**/*${ext}`);
      for (const match of globSync(patterns, {
        cwd: absolute,
        absolute: true,
        dot: false,
        ignore: ALWAYS_IGNORED,
        followSymbolicLinks: false,
      })) {
        candidates.push({ file: path.resolve(match), explicit: false });
      }
    } else {
      // `linkdir/a.js` with linkdir a link to somewhere else: never written through either.
      const realDir = safeRealpath(path.dirname(absolute));
      if (isInside(cwd, absolute) && !isInside(safeRealpath(cwd), realDir))
        throw new PathOutsideError(input, path.join(realDir, path.basename(absolute)));
      candidates.push({ file: absolute, explicit: true });
    }
  }

  const files: DiscoveredFile[] = [];
  const skipped: Discovery["skipped"] = [];
  const seen = new Set<string>();
  const realOf = realPaths();
  for (const { file, explicit } of candidates) {
    const display = toDisplay(cwd, file);
    const link = lstatSafe(file);
    const real = realOf(file, link);
    if (seen.has(real)) continue;
    seen.add(real);
    if (!explicit) {
      if (isInside(cwd, file) && extraIgnore.ignores(path.relative(cwd, file).split(path.sep).join("/"))) continue;
      if (gitignore?.ignores(file)) continue;
    }
    const symlink = link?.isSymbolicLink() ?? false;
    if ((symlink || !explicit) && ![...roots].some((root) => isInside(root, real))) {
      skipped.push({
        display,
        reason: "outside-root: the path is a symlink to a file outside the directories being converted",
      });
      continue;
    }
    if (!hasSourceExtension(file)) {
      if (explicit)
        skipped.push({
          display,
          reason: `not-source: ${path.extname(file) || "no extension"} is not one of ${[...extensions].join(" ")} (--extensions)`,
        });
      continue;
    }
    const stats = symlink ? statSafe(file) : link;
    if (!stats?.isFile()) continue;
    files.push({ file, display, size: stats.size, ...(symlink ? { target: real } : {}) });
  }
  files.sort((a, b) => (a.display < b.display ? -1 : a.display > b.display ? 1 : 0));
  if (files.length === 0 && skipped.length === 0) throw new NoSourceFilesError(inputs, [...extensions]);
  return { files, skipped };
}

/**
 * Real paths of files, resolving each directory once: a file that is not itself a symlink is its real
 * directory plus its name. (realpathSync checks every component of every path: on a tree of 10,000
 * files that was most of the discovery's time.)
 */
function realPaths(): (file: string, link: Stats | undefined) => string {
  const realDirs = new Map<string, string>();
  return (file, link) => {
    if (!link || link.isSymbolicLink()) return safeRealpath(file);
    const dir = path.dirname(file);
    let realDir = realDirs.get(dir);
    if (realDir === undefined) {
      realDir = safeRealpath(dir);
      realDirs.set(dir, realDir);
    }
    return path.join(realDir, path.basename(file));
  };
}

function safeRealpath(file: string): string {
  try {
    return realpathSync(file);
  } catch {
    return file;
  }
}

function lstatSafe(file: string) {
  try {
    return lstatSync(file);
  } catch {
    return undefined;
  }
}

function statSafe(file: string) {
  try {
    return statSync(file);
  } catch {
    return undefined;
  }
}
