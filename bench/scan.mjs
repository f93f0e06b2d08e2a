#!/usr/bin/env node
// How long `unpyramid scan` takes on a real legacy package, and how big its HTML page is: the pinned
// package's sources are fetched from the npm registry into a temp folder, then `scan --json` and
// `scan --html` run there several times (medians). Plain Node ESM; needs npm and tar.
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { performance } from "node:perf_hooks";

const here = path.dirname(fileURLToPath(import.meta.url));
const repo = path.resolve(here, "..");
const bin = path.join(repo, "bin", "unpyramid.js");
const { values: opts } = parseArgs({
  options: {
    package: { type: "string", default: "npm@2.15.12" },
    sources: { type: "string", default: "lib" },
    runs: { type: "string", default: "3" },
    keep: { type: "boolean", default: false },
  },
});
if (!existsSync(path.join(repo, "dist"))) {
  console.error("dist/ is missing: run `npm run build` first");
  process.exit(2);
}

const dir = mkdtempSync(path.join(tmpdir(), "unpyramid-scan-bench-"));
const tarball = execFileSync("npm", ["pack", opts.package, "--silent"], { cwd: dir, encoding: "utf8" })
  .trim()
  .split("\n")
  .pop();
execFileSync("tar", ["xzf", tarball], { cwd: dir });
const root = path.join(dir, "package");

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
function timed(args) {
  const times = [];
  let result;
  for (let i = 0; i < Number(opts.runs); i++) {
    const start = performance.now();
    result = spawnSync(process.execPath, [bin, "scan", ...args], {
      cwd: root,
      encoding: "utf8",
      maxBuffer: 1 << 30,
      env: { ...process.env, CI: "1" },
    });
    times.push(performance.now() - start);
    if (result.status !== 0 && result.status !== 3)
      throw new Error(`scan ${args.join(" ")} exited ${result.status}: ${result.stderr}`);
  }
  return { seconds: median(times) / 1000, result };
}

const json = timed([opts.sources, "--json"]);
const report = JSON.parse(json.result.stdout);
const html = timed([opts.sources, "--html", "report.html"]);
const page = statSync(path.join(root, "report.html")).size;
const again = spawnSync(process.execPath, [bin, "scan", opts.sources, "--json"], {
  cwd: root,
  encoding: "utf8",
  maxBuffer: 1 << 30,
}).stdout;
const { summary } = report;
const rows = [
  ["package", `${opts.package} (${opts.sources}/)`],
  ["files", summary.files],
  ["files with sites", summary.filesWithSites],
  [
    "callback sites",
    `${summary.callbackSites} (deepest ${summary.maxDepth}; by depth ${summary.depthHistogram.join(" / ")})`,
  ],
  ["would convert / skip", summary.transforms.map((t) => `${t.name} ${t.converted}/${t.skipped}`).join(", ")],
  [
    "scan --json",
    `${json.seconds.toFixed(2)} s (median of ${opts.runs}), ${(json.result.stdout.length / 1024).toFixed(0)} KiB`,
  ],
  ["scan --html", `${html.seconds.toFixed(2)} s (median of ${opts.runs}), page ${(page / 1024).toFixed(0)} KiB`],
  ["same report twice", again === json.result.stdout ? "yes" : "NO"],
];
const width = Math.max(...rows.map(([k]) => k.length));
for (const [k, v] of rows) console.log(`${k.padEnd(width)}  ${v}`);
if (opts.keep) console.log(`kept: ${root}/report.html`);
else rmSync(dir, { recursive: true, force: true });
process.exit(again === json.result.stdout ? 0 : 1);
