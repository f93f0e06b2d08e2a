// `unpyramid scan`: the planning report (API and CLI), and its HTML page in headless Chromium.
import { existsSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { Writable } from "node:stream";
import { cli } from "../src/cli/main";
import { scan } from "../src/runner/scan";
import { cleanupTempDirs, runCli, snapshot, tempDir, writeTree } from "./helpers/cli";

afterAll(cleanupTempDirs);

const PYRAMID = `const fs = require('fs');
function copyConfig(from, to, cb) {
  fs.readFile(from, 'utf8', (err, text) => {
    if (err) return cb(err);
    fs.writeFile(to, text, (err) => {
      if (err) return cb(err);
      cb(null, text.length);
    });
  });
}
module.exports = { copyConfig };
`;

const CHAINS = `class Store {
  load(key) {
    return fetchIt(key).then((value) => value.trim()).catch(() => null);
  }
}
function fetchIt(key) {
  return Promise.resolve(key + ' ');
}
module.exports = { Store, fetchIt };
`;

const ASYNC_LIB = `const async = require('async');
const fs = require('fs');
exports.sizes = function (files, done) {
  async.map(files, fs.stat, (err, stats) => {
    if (err) return done(err);
    done(null, stats.map((s) => s.size));
  });
};
`;

// A string that would end a script element, and markup: the page must show it as text.
const HOSTILE = `const fs = require('fs');
function note(cb) {
  fs.readFile('</script><img src=x onerror="window.__pwned = 1">', 'utf8', (err, text) => {
    if (err) return cb(err);
    cb(null, text);
  });
}
module.exports = { note };
`;

function tree(): string {
  const dir = tempDir("scan-report");
  writeTree(dir, {
    "lib/copy.js": PYRAMID,
    "lib/store.js": CHAINS,
    "lib/sizes.js": ASYNC_LIB,
    "lib/<img src=x onerror=alert(1)>.js": HOSTILE,
    "plain.js": "module.exports = 1;\n",
  });
  return dir;
}

describe("scan report", () => {
  it("counts callback sites by depth, chains and async-lib calls, per file and per named function", async () => {
    const dir = tree();
    const report = await scan(["."], { cwd: dir, cpus: 1 });
    expect(report.version).toBe(2);
    const copy = report.files.find((file) => file.path === "lib/copy.js")!;
    expect(copy.callbackSites.map((site) => [site.line, site.depth, site.function])).toEqual([
      [3, 1, "copyConfig"],
      [5, 2, "copyConfig"],
    ]);
    expect(copy.status).toBe("changed");
    expect(copy.functions).toEqual([
      expect.objectContaining({ name: "copyConfig", line: 2, callbackSites: 2, maxDepth: 2, converted: 3, skipped: 0 }),
    ]);
    const store = report.files.find((file) => file.path === "lib/store.js")!;
    // One chain of three links, in the class's method; its `.catch(() => null)` is no callback site.
    expect(store.promiseChains).toEqual([{ line: 3, column: 11, function: "Store.load" }]);
    expect(store.callbackSites).toEqual([]);
    const sizes = report.files.find((file) => file.path === "lib/sizes.js")!;
    expect(sizes.asyncLibCalls).toEqual([{ line: 4, column: 2, function: "exports.sizes", name: "map" }]);
    expect(sizes.sites).toEqual([expect.objectContaining({ transform: "async-lib", outcome: "converted" })]);
    expect(report.summary).toMatchObject({
      files: 5,
      callbackSites: 4,
      maxDepth: 2,
      depthHistogram: [3, 1],
      promiseChains: 1,
      asyncLibCalls: 1,
      wouldChange: 3,
    });
    const byName = Object.fromEntries(report.summary.transforms.map((t) => [t.name, t]));
    expect(byName["async-lib"]).toEqual({ name: "async-lib", converted: 1, skipped: 0 });
    // Every reason and risk has a count and the first place it was seen.
    for (const item of [...report.summary.reasons, ...report.summary.risks]) {
      expect(item.count).toBeGreaterThan(0);
      expect(
        report.files.some(
          (file) => file.path === item.example.path && file.sites.some((site) => site.line === item.example.line),
        ),
      ).toBe(true);
    }
  });

  it("places every site on a line of the file as it was, also those of transforms that run after one changed the text", async () => {
    const dir = tempDir("scan-places");
    // async-lib (which runs first) grows the file; then-to-async's chain sits below.
    const text = `${ASYNC_LIB}function later() {\n  return Promise.resolve(1).then((n) => n + 1);\n}\nmodule.exports.later = later;\n`;
    writeTree(dir, { "both.js": text });
    const report = await scan(["."], { cwd: dir, cpus: 1 });
    const file = report.files[0];
    const lines = text.split("\n").length;
    expect(file.sites.map((site) => site.transform)).toEqual(expect.arrayContaining(["async-lib", "then-to-async"]));
    for (const site of file.sites) expect(site.line).toBeLessThanOrEqual(lines);
    const chain = file.sites.find((site) => site.transform === "then-to-async")!;
    expect(chain.line).toBe(10);
    expect(file.functions.find((fn) => fn.name === "later")).toMatchObject({ converted: 1 });
  });

  it("names a class field holding a function like a method", async () => {
    const dir = tempDir("scan-field");
    writeTree(dir, {
      "field.js":
        "const fs = require('fs');\nclass Cache {\n  read = (p, cb) => {\n    fs.readFile(p, (err, t) => {\n      if (err) return cb(err);\n      cb(null, t);\n    });\n  };\n}\nmodule.exports = Cache;\n",
    });
    const report = await scan(["."], { cwd: dir, cpus: 1 });
    expect(report.files[0].callbackSites.map((site) => site.function)).toEqual(["Cache.read"]);
  });

  it("is the same report twice, in workers or in-process, and changes no file", () => {
    const dir = tree();
    // Enough files for the worker pool to start.
    writeTree(dir, Object.fromEntries(Array.from({ length: 30 }, (_, i) => [`more/copy-${i}.js`, PYRAMID])));
    const before = snapshot(dir);
    const first = runCli(["scan", "--json"], dir);
    const second = runCli(["scan", "--json", "--cpus", "2"], dir);
    const third = runCli(["scan", "--json", "--cpus", "1"], dir);
    expect(first.code).toBe(0);
    expect(second.stdout).toBe(first.stdout);
    expect(third.stdout).toBe(first.stdout);
    expect(snapshot(dir)).toEqual(before);
  });
});

/** A stream that keeps what is written, and says it is (or is not) a terminal. */
function capture(isTTY: boolean): NodeJS.WriteStream & { text: () => string } {
  const chunks: string[] = [];
  const stream = new Writable({
    write: (chunk, _encoding, done) => void (chunks.push(String(chunk)), done()),
  }) as unknown as NodeJS.WriteStream & { text: () => string };
  Object.assign(stream, { isTTY, columns: 100, text: () => chunks.join("") });
  return stream;
}

describe("scan --html errors", () => {
  it("a page that cannot be written: one line naming it, exit 3", () => {
    const dir = tree();
    const result = runCli(["scan", "--html", "missing-folder/report.html"], dir);
    expect(result.code).toBe(3);
    expect(result.stderr).toMatch(
      /^unpyramid: cannot write missing-folder\/report\.html: ENOENT: no such file or directory; check that its folder exists and is writable$/m,
    );
    expect(result.stderr).not.toMatch(/internal error/);
  });
});

describe("scan progress", () => {
  it("shows a progress line per file on a terminal only, and clears it", async () => {
    const dir = tree();
    const ci = process.env.CI;
    delete process.env.CI;
    try {
      const cwd = process.cwd();
      process.chdir(dir);
      try {
        const terminal = { stdout: capture(false), stderr: capture(true), stdin: () => "" };
        expect(await cli(["scan", "--cpus", "1"], terminal)).toBe(0);
        const progress = terminal.stderr.text();
        expect(progress).toContain("\r\x1b[K[1/5] ");
        expect(progress).toContain("\r\x1b[K[5/5] ");
        expect(progress).toMatch(/\r\x1b\[Kunpyramid scan: 5 files/);
        const piped = { stdout: capture(false), stderr: capture(false), stdin: () => "" };
        expect(await cli(["scan", "--cpus", "1"], piped)).toBe(0);
        expect(piped.stderr.text()).not.toContain("\r");
        expect(piped.stdout.text()).toBe(terminal.stdout.text());
      } finally {
        process.chdir(cwd);
      }
    } finally {
      if (ci !== undefined) process.env.CI = ci;
    }
  });
});

// Debian's chromium (`.ci/run` installs it).
const CHROMIUM = "/usr/bin/chromium";

describe("scan --html", () => {
  it("writes one self-contained page; in Chromium it loads without errors, shows the totals, filters, sorts and opens a file's diff", async () => {
    expect(existsSync(CHROMIUM), `${CHROMIUM} is needed (apt-get install chromium; .ci/run installs it)`).toBe(true);
    const dir = tree();
    const before = snapshot(dir);
    const result = runCli(["scan", "--html", "report.html"], dir);
    expect(result.code).toBe(0);
    expect(result.stdout).toBe("");
    expect(result.stderr).toMatch(/wrote report\.html \(\d+ KiB\)/);
    const page = path.join(dir, "report.html");
    const html = readFileSync(page, "utf8");
    // Nothing to fetch: no src or href attribute pointing anywhere.
    expect(html).not.toMatch(/\s(?:src|href)=["'](?!#)/);
    expect(statSync(page).size).toBeGreaterThan(1000);
    const after = snapshot(dir);
    after.delete("report.html");
    expect(after).toEqual(before);

    const { chromium } = await import("playwright-core");
    const browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
      ],
    });
    try {
      const tab = await browser.newPage({ viewport: { width: 1200, height: 900 } });
      const problems: string[] = [];
      const requests: string[] = [];
      tab.on(
        "console",
        (message) =>
          void (message.type() === "error" || message.type() === "warning" ? problems.push(message.text()) : null),
      );
      tab.on("pageerror", (error) => problems.push(String(error)));
      tab.on("request", (request) => void (request.url().startsWith("file:") ? null : requests.push(request.url())));
      await tab.goto(`file://${page}`);

      const total = async (name: string) => tab.locator(`[data-total="${name}"] dd`).textContent();
      expect(await total("files")).toBe("5");
      expect(await total("callback sites")).toBe("4");
      expect(await total("deepest nesting")).toBe("2");
      expect(await total("promise chains")).toBe("1");
      expect(await total("async-lib calls")).toBe("1");

      const rows = tab.locator("#files tbody tr");
      // Files with sites: all but plain.js.
      expect(await rows.count()).toBe(4);
      await tab.fill("#filter", "copy");
      expect(await rows.count()).toBe(1);
      expect(await rows.first().getAttribute("data-path")).toBe("lib/copy.js");
      await tab.fill("#filter", "");
      await tab.selectOption("#show", "all");
      expect(await rows.count()).toBe(5);
      await tab.selectOption("#show", "changed");
      expect(await rows.count()).toBe(3);
      await tab.selectOption("#show", "all");
      expect(await tab.locator("#shown").textContent()).toBe("5 of 5 files");

      // Sorted by path, then the other way.
      await tab.click('th button[data-key="path"]');
      const paths = async () => rows.evaluateAll((trs) => trs.map((tr) => tr.getAttribute("data-path")));
      expect(await paths()).toEqual([
        "lib/<img src=x onerror=alert(1)>.js",
        "lib/copy.js",
        "lib/sizes.js",
        "lib/store.js",
        "plain.js",
      ]);
      await tab.click('th button[data-key="path"]');
      expect(await paths()).toEqual([
        "plain.js",
        "lib/store.js",
        "lib/sizes.js",
        "lib/copy.js",
        "lib/<img src=x onerror=alert(1)>.js",
      ]);

      // The map: one cell per file with sites; a click opens its sites with the proposed diff.
      expect(await tab.locator("#map .file").count()).toBe(4);
      await tab.click('#map .file[data-path="lib/copy.js"]');
      await expect.poll(() => tab.locator("#detail h2").textContent()).toBe("lib/copy.js");
      expect(await tab.locator("#detail .site").count()).toBe(3);
      const diff = await tab.locator("#detail pre.diff").first().textContent();
      expect(diff).toContain("await promisify(fs.readFile)(from, 'utf8')");
      expect(await tab.locator("#detail table.functions td").first().textContent()).toBe("copyConfig");
      await tab.selectOption("#color-by", "conversion");
      expect(await tab.locator("#map .file").count()).toBe(4);

      // The hostile file's name and code are shown as text, and ran nothing.
      await tab.click('tr[data-path="lib/<img src=x onerror=alert(1)>.js"]');
      expect(await tab.locator("#detail pre.diff").first().textContent()).toContain(
        '<img src=x onerror="window.__pwned = 1">',
      );
      expect(await tab.evaluate(() => (globalThis as unknown as { __pwned?: number }).__pwned)).toBeUndefined();

      expect(problems).toEqual([]);
      expect(requests).toEqual([]);
    } finally {
      await browser.close();
    }
  }, 60_000);
});
