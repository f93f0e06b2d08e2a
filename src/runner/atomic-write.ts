// Atomic writes whose temp files unpyramid can tell for its own. write-file-atomic names its temp file
// `<name>.<number>`, which nobody can tell from a user's file, and its tmpfileCreated hook runs only once
// the file exists, so a kill in between left a file no record knew of (issue 19). Here the name alone
// says whose it is: `.<name>.unpyramid-<pid>-<8 hex>.tmp`, beside `<name>`. Nothing runs on SIGKILL
// (nor, in a worker thread, on any signal), so a kill between open and rename still leaves it, but as a
// file that says whose it is and which file it was for.
import { randomBytes } from "node:crypto";
import { open, realpath, rename, stat, unlink, type FileHandle } from "node:fs/promises";
import path from "node:path";

const TEMP_NAME = /^\.(.+)\.unpyramid-([1-9]\d*)-[0-9a-f]{8}\.tmp$/;

/** The temp file name for a write of `file` (a path), in the same directory so the rename stays atomic. */
export function tempPath(file: string): string {
  return path.join(path.dirname(file), `.${path.basename(file)}.unpyramid-${process.pid}-${randomBytes(4).toString("hex")}.tmp`);
}

/** For a file name made by tempPath: the name of the file it was written for and the writer's process id. */
export function parseTempName(name: string): { target: string; pid: number } | null {
  const match = TEMP_NAME.exec(name);
  return match ? { target: match[1]!, pid: Number(match[2]) } : null;
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
      if (process.getuid) await handle.chown(stats.uid, stats.gid).catch((error) => {
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
