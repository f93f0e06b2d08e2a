// Atomic writes whose temp files unpyramid can tell for its own, and the sweep that removes those a
// killed run left. write-file-atomic names its temp file `<name>.<number>`, which nobody can tell from a
// user's file, and its tmpfileCreated hook runs only once the file exists, so a kill in between left a
// file no record knew of (issue 19). Here the name alone says whose it is and which file it was for:
// `.<name>.unpyramid-<pid>-<8 hex>.tmp`, beside `<name>`. Nothing runs on SIGKILL (nor, in a worker
// thread, on any signal), so a kill between open and rename still leaves it; the next `run` finds it by
// that name beside the file it was for, and `--write` removes it (sweepTempFiles).
import { randomBytes } from "node:crypto";
import { lstatSync, readdirSync, statSync, unlinkSync, type Stats } from "node:fs";
import { open, realpath, rename, stat, unlink, type FileHandle } from "node:fs/promises";
import path from "node:path";
import type { TempFileReport } from "../report/types";

const TEMP_NAME = /^\.(.+)\.unpyramid-([1-9]\d*)-[0-9a-f]{8}\.tmp$/;

/** The temp file name for a write of `file` (a path), in the same directory so the rename stays atomic. */
export function tempPath(file: string): string {
  return path.join(
    path.dirname(file),
    `.${path.basename(file)}.unpyramid-${process.pid}-${randomBytes(4).toString("hex")}.tmp`,
  );
}

/** For a file name made by tempPath: the name of the file it was written for and the writer's process id. */
export function parseTempName(name: string): { target: string; pid: number } | null {
  const match = TEMP_NAME.exec(name);
  return match ? { target: match[1], pid: Number(match[2]) } : null;
}

/** root may chown a file to anyone; others may not, and then the new file is simply theirs (as write-file-atomic does). */
function chownFailureIsFine(error: NodeJS.ErrnoException): boolean {
  if (error.code === "ENOSYS") return true;
  return (!process.getuid || process.getuid() !== 0) && (error.code === "EINVAL" || error.code === "EPERM");
}

/**
 * Replace `file` with `data` atomically: write a sibling temp file (opened with `wx`, so nothing that
 * exists is ever opened), give it the file's owner (when allowed) and mode, fsync, rename it over the
 * file. A symlink's target is written and the link stays a link. On any error the temp file goes.
 */
export async function writeFileAtomic(file: string, data: string | Uint8Array): Promise<void> {
  const target = await realpath(file).catch(() => file);
  const stats = await stat(target).catch(() => null);
  const temp = tempPath(target);
  let handle: FileHandle | null = null;
  let created = false;
  try {
    handle = await open(temp, "wx", stats ? stats.mode & 0o7777 : 0o666);
    created = true;
    await handle.writeFile(data, typeof data === "string" ? "utf8" : undefined);
    if (stats) {
      // chown first: it may clear the set-id bits, which chmod then puts back. open's mode went through the umask.
      if (process.getuid)
        await handle.chown(stats.uid, stats.gid).catch((error) => {
          if (!chownFailureIsFine(error)) throw error;
        });
      await handle.chmod(stats.mode & 0o7777);
    }
    await handle.sync();
    await handle.close();
    handle = null;
    await rename(temp, target);
  } catch (error) {
    await handle?.close().catch(() => {});
    if (created) await unlink(temp).catch(() => {});
    throw error;
  }
}

/** A write holds its temp file for the seconds one file takes at most: one older than this is no live write's. */
const LIVE_WRITE_MS = 10 * 60_000;

/** Whether the temp file may belong to a write still going on, so that removing it would fail that write. */
function writerMayBeRunning(pid: number, stats: Stats): boolean {
  // Our own id: the sweep runs before this run writes, so only another run in this process (the API
  // called twice at once) can have made a file since the process started; an older one had our id before us.
  if (pid === process.pid) return stats.mtimeMs >= Date.now() - process.uptime() * 1000;
  try {
    process.kill(pid, 0);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ESRCH") return false;
  }
  // A process has that id (ours to signal or not): the writer, or another that got its number.
  return Date.now() - stats.mtimeMs < LIVE_WRITE_MS;
}

function lstatSafe(file: string): Stats | undefined {
  try {
    return lstatSync(file);
  } catch {
    return undefined;
  }
}

/**
 * The temp files of unpyramid writes that never finished, in `dirs`: names made by tempPath, plain
 * files (never a directory or a link), beside an existing file of the name they were written for.
 * With `remove`, those whose writer is gone are removed; the rest are reported, with why they were left.
 * Nothing else is ever touched. Sorted by path; `display` names files as the report does.
 */
export function sweepTempFiles(
  dirs: Iterable<string>,
  options: { remove: boolean; display: (file: string) => string },
): TempFileReport[] {
  const found: TempFileReport[] = [];
  const seen = new Set<string>();
  for (const dir of dirs) {
    let names: string[];
    try {
      // One directory reached by two names (a linked directory) is read once: a stat is cheaper than realpath.
      const { dev, ino } = statSync(dir);
      if (seen.has(`${dev}:${ino}`)) continue;
      seen.add(`${dev}:${ino}`);
      names = readdirSync(dir);
    } catch {
      continue;
    }
    for (const name of names) {
      const parsed = parseTempName(name);
      if (!parsed) continue;
      const temp = path.join(dir, name);
      const stats = lstatSafe(temp);
      if (!stats?.isFile()) continue;
      const target = path.join(dir, parsed.target);
      let targetIsFile = false;
      try {
        targetIsFile = statSync(target).isFile();
      } catch {
        // no file of that name: not a temp file of ours that we can vouch for
      }
      if (!targetIsFile) continue;
      const entry = { path: options.display(temp), file: options.display(target) };
      if (writerMayBeRunning(parsed.pid, stats)) found.push({ ...entry, removed: false, reason: "writer-running" });
      else if (!options.remove) found.push({ ...entry, removed: false, reason: "dry-run" });
      else {
        try {
          unlinkSync(temp);
          found.push({ ...entry, removed: true });
        } catch (error) {
          // Gone already (another run removed it): nothing to report.
          if ((error as NodeJS.ErrnoException).code !== "ENOENT")
            found.push({ ...entry, removed: false, reason: "cannot-remove", error: (error as Error).message });
        }
      }
    }
  }
  return found.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}
