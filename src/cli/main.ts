// The command line: a thin layer over the API. stdout carries data only (diff, JSON, lists);
// progress, warnings and the summary go to stderr. Exit codes: 0 done, 1 --check found changes,
// 2 bad usage, 3 some files could not be processed.
import { readFileSync } from "node:fs";
import path from "node:path";
import yargs from "yargs";
import { PARSER_CHOICES, type ParserChoice } from "../parse/parser";
import { registry, UnknownTransformError } from "../registry";
import { writeFileAtomic } from "../runner/atomic-write";
import { NoSourceFilesError, PathNotFoundError, PathOutsideError } from "../runner/discover";
import { DirtyWorkTreeError, run, DEFAULT_MAX_FILE_BYTES } from "../runner/run";
import { scan } from "../runner/scan";
import { scanPage } from "../report/scan-page";
import { colorizePatch, formatScan, formatSummary, makeColors, plural, progressLine } from "./output";

export const EXIT = { ok: 0, pending: 1, usage: 2, failed: 3 } as const;

class UsageError extends Error {}

function listOf(value: unknown): string[] {
  const items = Array.isArray(value) ? value : value === undefined ? [] : [value];
  return items
    .flatMap((item) => String(item).split(","))
    .map((item) => item.trim())
    .filter(Boolean);
}

/**
 * The paths to read: those given, where `-` stands for a list on stdin, one path per line (for trees
 * too big for a command line: `git ls-files '*.js' | unpyramid run -`).
 */
function pathsOf(argv: Record<string, unknown>, stdin: () => string): string[] {
  const given = listOf(argv.paths).map((item) => (item === STDIN_PATH ? "-" : item));
  if (!given.includes("-")) return given;
  const listed = stdin()
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter(Boolean);
  if (listed.length === 0) throw new UsageError("- reads the paths from stdin, one per line, and stdin had none");
  return given.flatMap((item) => (item === "-" ? listed : [item]));
}

/** An option's value as the user wrote it, for a message (yargs gives strings and numbers). */
function shown(value: unknown): string {
  return typeof value === "object" && value !== null ? JSON.stringify(value) : String(value);
}

function parseSize(value: unknown): number {
  if (value === undefined) return DEFAULT_MAX_FILE_BYTES;
  const match = /^(\d+(?:\.\d+)?)\s*([kmg]?)b?$/i.exec(shown(value));
  if (!match)
    throw new UsageError(`--max-file-size: "${shown(value)}" is not a size; use a number of bytes or e.g. 512k, 4m`);
  const scale = { "": 1, k: 1024, m: 1024 ** 2, g: 1024 ** 3 }[match[2].toLowerCase() as "" | "k" | "m" | "g"];
  return Math.round(Number(match[1]) * scale);
}

function parseSeconds(value: unknown): number | undefined {
  if (value === undefined) return undefined;
  const match = /^(\d+(?:\.\d+)?)\s*(ms|s|m)?$/i.exec(shown(value));
  if (!match) throw new UsageError(`--max-file-time: "${shown(value)}" is not a time; use e.g. 30s, 2m or 500ms`);
  const scale = { ms: 1, s: 1000, m: 60_000 }[(match[2] ?? "s").toLowerCase() as "ms" | "s" | "m"];
  const ms = Math.round(Number(match[1]) * scale);
  // A timer holds at most 2^31 - 1 ms (about 24 days).
  if (ms < 1 || ms > 2 ** 31 - 1)
    throw new UsageError(`--max-file-time: "${shown(value)}" is out of range; use 1ms to 24 days, e.g. 30s`);
  return ms;
}

function parseMegabytes(value: unknown): number | undefined {
  if (value === undefined) return undefined;
  const number = /^\d+$/.test(shown(value)) ? Number(value) : NaN;
  if (!Number.isInteger(number) || number < 16 || number > 1024 * 1024)
    throw new UsageError(`--worker-memory: "${shown(value)}" is not a whole number of MiB from 16 to 1048576`);
  return number;
}

function parseCpus(value: unknown): number | undefined {
  if (value === undefined) return undefined;
  const cpus = Number(value);
  if (!Number.isInteger(cpus) || cpus < 1)
    throw new UsageError(`--cpus: "${shown(value)}" is not a whole number of at least 1`);
  return cpus;
}

/** --max-file-time and --worker-memory, as run and scan take them. */
function limitsOf(argv: Record<string, unknown>): { maxFileMs?: number; workerMemoryMb?: number } {
  const maxFileMs = parseSeconds(argv.maxFileTime);
  const workerMemoryMb = parseMegabytes(argv.workerMemory);
  return {
    ...(maxFileMs !== undefined ? { maxFileMs } : {}),
    ...(workerMemoryMb !== undefined ? { workerMemoryMb } : {}),
  };
}

function write(stream: NodeJS.WriteStream, text: string): void {
  stream.write(text);
}

interface Streams {
  stdout: NodeJS.WriteStream;
  stderr: NodeJS.WriteStream;
  /** All of stdin, read when a path is `-`. */
  stdin: () => string;
}

const readStdin = () => readFileSync(0, "utf8");

/** yargs drops a lone `-`; it stands in for it while yargs reads the arguments (no path holds a NUL). */
const STDIN_PATH = "\u0000stdin";

const commonOptions = {
  extensions: {
    type: "string",
    describe: "file extensions to read, comma-separated (default: .js,.jsx,.mjs,.cjs,.ts,.tsx,.mts,.cts)",
  },
  ignore: { type: "string", describe: "gitignore-style patterns to leave out (repeatable: --ignore a --ignore b)" },
  gitignore: {
    type: "boolean",
    default: true,
    describe: "honour .gitignore files (--no-gitignore to read ignored files too)",
  },
  color: { type: "boolean", describe: "colour the diff (default: only on a terminal; --no-color to turn off)" },
  parser: {
    type: "string",
    choices: PARSER_CHOICES,
    describe: "parser for every file (default: auto, by extension and @flow)",
  },
  "max-file-time": {
    type: "string",
    describe: "give up a file that takes longer (default: 60s; files in worker threads only, not with --cpus 1)",
  },
  "worker-memory": { type: "string", describe: "heap limit of each worker thread in MiB (default: Node's)" },
} as const;

async function runCommand(argv: Record<string, unknown>, streams: Streams): Promise<number> {
  const started = Date.now();
  const colors = makeColors(streams.stdout, argv.color as boolean | undefined);
  const errColors = makeColors(streams.stderr, argv.color as boolean | undefined);
  const json = argv.json === true;
  const showProgress = streams.stderr.isTTY === true && !process.env.CI;
  const cpus = parseCpus(argv.cpus);
  const report = await run(pathsOf(argv, streams.stdin), {
    transforms: listOf(argv.transform),
    ...(argv.parser ? { parser: argv.parser as ParserChoice } : {}),
    write: argv.write === true,
    ...(cpus !== undefined ? { cpus } : {}),
    ...(argv.extensions ? { extensions: listOf(argv.extensions) } : {}),
    ignore: listOf(argv.ignore),
    gitignore: argv.gitignore !== false,
    allowDirty: argv.allowDirty === true,
    maxFileBytes: parseSize(argv.maxFileSize),
    ...limitsOf(argv),
    // --write says what it wrote in the summary (and --json); the diff is for the dry run.
    patches: !json && argv.write !== true,
    onFile: (outcome, done, total) => {
      if (outcome.patch) write(streams.stdout, colorizePatch(outcome.patch, colors));
      if (showProgress) write(streams.stderr, progressLine(done, total, outcome.report.path));
    },
  });
  if (showProgress) write(streams.stderr, "\r\x1b[K");
  if (json) write(streams.stdout, `${JSON.stringify(report, null, 2)}\n`);
  write(
    streams.stderr,
    formatSummary(report, { write: argv.write === true, seconds: (Date.now() - started) / 1000, colors: errColors }),
  );
  if (report.summary.errors > 0) return EXIT.failed;
  if (argv.check === true && report.summary.changed > 0) return EXIT.pending;
  return EXIT.ok;
}

async function scanCommand(argv: Record<string, unknown>, streams: Streams): Promise<number> {
  const started = Date.now();
  const showProgress = streams.stderr.isTTY === true && !process.env.CI;
  const cpus = parseCpus(argv.cpus);
  const html = typeof argv.html === "string" ? argv.html : null;
  if (argv.html !== undefined && !html) throw new UsageError("--html needs a file name, e.g. --html report.html");
  const report = await scan(pathsOf(argv, streams.stdin), {
    transforms: listOf(argv.transform),
    ...(argv.parser ? { parser: argv.parser as ParserChoice } : {}),
    ...(cpus !== undefined ? { cpus } : {}),
    ...(argv.extensions ? { extensions: listOf(argv.extensions) } : {}),
    ignore: listOf(argv.ignore),
    gitignore: argv.gitignore !== false,
    maxFileBytes: parseSize(argv.maxFileSize),
    ...limitsOf(argv),
    patches: html !== null,
    onFile: (done, total, file) => {
      if (showProgress) write(streams.stderr, progressLine(done, total, file));
    },
  });
  if (showProgress) write(streams.stderr, "\r\x1b[K");
  if (html) {
    const page = scanPage(report);
    try {
      await writeFileAtomic(path.resolve(html), page);
    } catch (error) {
      write(
        streams.stderr,
        `unpyramid: cannot write ${html}: ${(error as Error).message.replace(/, open .*$/, "")}; check that its folder exists and is writable\n`,
      );
      return EXIT.failed;
    }
    write(streams.stderr, `unpyramid scan: wrote ${html} (${(Buffer.byteLength(page) / 1024).toFixed(0)} KiB)\n`);
    // The report without its diffs, as --json prints it.
    for (const file of report.files) delete file.patch;
  }
  if (argv.json === true) write(streams.stdout, `${JSON.stringify(report, null, 2)}\n`);
  else if (!html)
    write(streams.stdout, formatScan(report, makeColors(streams.stdout, argv.color as boolean | undefined)));
  const { summary } = report;
  write(
    streams.stderr,
    `unpyramid scan: ${plural(summary.files, "file")}, ${summary.filesWithSites} with sites, ${plural(summary.callbackSites, "callback site")}, deepest nesting ${summary.maxDepth}, ${summary.wouldChange} would change${summary.skipped ? `, ${summary.skipped} skipped` : ""}${summary.errors ? `, ${summary.errors} could not be read or parsed` : ""} (${((Date.now() - started) / 1000).toFixed(1)}s)\n`,
  );
  return summary.errors > 0 ? EXIT.failed : EXIT.ok;
}

/** Run the CLI with `args`; resolves to the exit code (the caller exits). */
export async function cli(
  args: readonly string[],
  streams: Streams = { stdout: process.stdout, stderr: process.stderr, stdin: readStdin },
): Promise<number> {
  let action: (() => Promise<number>) | null = null;
  let usageMessage: string | null = null;
  args = args.map((arg) => (arg === "-" ? STDIN_PATH : arg));
  const parser = yargs([...args])
    .scriptName("unpyramid")
    .usage("$0 <command> [options]\n\nFlatten Node-style callback pyramids into promises and async/await.")
    .command(
      "run [paths..]",
      "convert files: a dry run that prints a unified diff unless --write",
      (y) =>
        y
          .positional("paths", { type: "string", array: true, describe: "files, directories or globs (default: .)" })
          .options({
            transform: {
              alias: "t",
              type: "string",
              describe: `transforms to apply, in order, comma-separated (default: ${registry
                .filter((m) => !m.meta.optIn)
                .map((m) => m.meta.name)
                .join(", ")}; only with -t: ${registry
                .filter((m) => m.meta.optIn)
                .map((m) => m.meta.name)
                .join(", ")})`,
            },
            write: { type: "boolean", describe: "write the changes in place (atomic writes)" },
            check: { type: "boolean", describe: "like the dry run, but exit 1 when any file would change" },
            json: { type: "boolean", describe: "print the JSON report on stdout instead of the diff" },
            cpus: {
              type: "number",
              describe: "worker threads (default: cores minus one, at least 1); 1 runs in-process",
            },
            "allow-dirty": { type: "boolean", describe: "let --write touch files with uncommitted git changes" },
            "max-file-size": { type: "string", describe: "skip files larger than this (default: 2m)" },
            ...commonOptions,
          })
          .conflicts("write", "check"),
      (argv) => {
        action = () => runCommand(argv, streams);
      },
    )
    .command(
      "scan [paths..]",
      "the refactor-planning report: sites, nesting, what would convert and what not, why; changes nothing",
      (y) =>
        y
          .positional("paths", { type: "string", array: true, describe: "files, directories or globs (default: .)" })
          .options({
            json: {
              type: "boolean",
              describe: "print the JSON scan report (README: Scan report) instead of the summary",
            },
            html: { type: "string", describe: "write a self-contained HTML page of the report to this file" },
            transform: {
              alias: "t",
              type: "string",
              describe: "transforms to try, in order, comma-separated (default: as for run)",
            },
            cpus: {
              type: "number",
              describe: "worker threads (default: cores minus one, at least 1); 1 runs in-process",
            },
            "max-file-size": { type: "string", describe: "skip files larger than this (default: 2m)" },
            ...commonOptions,
          }),
      (argv) => {
        action = () => scanCommand(argv, streams);
      },
    )
    .command(
      "list",
      "list the transforms, one line each, in their default order",
      () => {},
      () => {
        action = () => {
          const width = Math.max(...registry.map((m) => m.meta.name.length));
          for (const { meta } of registry)
            write(
              streams.stdout,
              `${meta.name.padEnd(width)}  ${meta.optIn ? "(only with -t) " : ""}${meta.description}\n`,
            );
          return Promise.resolve(EXIT.ok);
        };
      },
    )
    .demandCommand(1, "name a command: run, scan or list")
    .strict()
    .help()
    .version()
    .wrap(Math.min(100, process.stdout.columns || 100))
    .exitProcess(false)
    .fail((message, error) => {
      usageMessage = message || error?.message || "bad usage";
    });

  let helpOrVersion = "";
  try {
    await parser.parseAsync([...args], {}, (_err, _argv, output) => {
      helpOrVersion = output;
    });
  } catch (error) {
    usageMessage ??= (error as Error).message;
  }
  if (usageMessage) {
    write(streams.stderr, `unpyramid: ${String(usageMessage).split("\n")[0]} (see unpyramid --help)\n`);
    return EXIT.usage;
  }
  if (!action) {
    if (helpOrVersion) write(streams.stdout, `${helpOrVersion}\n`);
    return EXIT.ok;
  }
  try {
    return await (action as () => Promise<number>)();
  } catch (error) {
    if (
      error instanceof UsageError ||
      error instanceof UnknownTransformError ||
      error instanceof PathNotFoundError ||
      error instanceof PathOutsideError ||
      error instanceof NoSourceFilesError ||
      error instanceof DirtyWorkTreeError
    ) {
      write(streams.stderr, `unpyramid: ${error.message}\n`);
      return EXIT.usage;
    }
    write(
      streams.stderr,
      `unpyramid: internal error: ${(error as Error)?.stack ?? String(error)}\nPlease report it with the command you ran.\n`,
    );
    return EXIT.failed;
  }
}

export function main(args: readonly string[]): void {
  cli(args).then(
    (code) => {
      process.exitCode = code;
    },
    (error) => {
      process.stderr.write(`unpyramid: internal error: ${(error as Error)?.stack ?? error}\n`);
      process.exitCode = EXIT.failed;
    },
  );
}
