// `--write` refuses to touch files with uncommitted changes, so `git diff` always shows exactly
// what unpyramid did and `git checkout` can undo it.
import { execFileSync } from "node:child_process";
import path from "node:path";

/** The files among `files` (absolute) that are modified, staged or untracked in their git work tree. */
export function uncommittedFiles(files: readonly string[], cwd: string): string[] {
  if (files.length === 0) return [];
  const top = workTreeTop(cwd);
  if (!top) return []; // not a git work tree, or no git: nothing to check against
  let output: string;
  try {
    output = execFileSync("git", ["status", "--porcelain=v1", "-z", "--untracked-files=all", "--ignored=no"], {
      cwd: top,
      encoding: "utf8",
      stdio: ["ignore", "pipe", "ignore"],
      maxBuffer: 1 << 30,
    });
  } catch {
    return [];
  }
  const dirty = new Set<string>();
  const entries = output.split("\0");
  for (let i = 0; i < entries.length; i++) {
    const entry = entries[i];
    if (entry.length < 4) continue;
    const status = entry.slice(0, 2);
    dirty.add(path.resolve(top, entry.slice(3)));
    if (status[0] === "R" || status[0] === "C") i++; // the next entry is the rename's source
  }
  return files.filter((file) => dirty.has(path.resolve(file)));
}

/** The top of the git work tree that holds `cwd` (a real path), or null outside one. */
export function workTreeTop(cwd: string): string | null {
  try {
    const top = execFileSync("git", ["rev-parse", "--show-toplevel"], {
      cwd,
      encoding: "utf8",
      stdio: ["ignore", "pipe", "ignore"],
    }).trim();
    return top || null;
  } catch {
    return null;
  }
}
