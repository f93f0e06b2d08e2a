// Each built transform also runs under plain `jscodeshift -t`, with its own parser and its site
// reports going through jscodeshift's `api.report`.
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";

const root = path.resolve(__dirname, "..");
const dir = mkdtempSync(path.join(os.tmpdir(), "unpyramid-jscodeshift-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const source = `const fs = require('fs');
function touch(cb) {
  fs.writeFile('stamp.txt', 'x', (err) => {
    if (err) return cb(err);
    cb(null);
  });
}
`;

function jscodeshift(file: string, extra: string[] = []) {
  return spawnSync(
    process.execPath,
    [
      path.join(root, "node_modules/jscodeshift/bin/jscodeshift.js"),
      "-t",
      path.join(root, "dist/transforms/callbacks-to-async.js"),
      "--run-in-band",
      "--no-babel",
      ...extra,
      file,
    ],
    { cwd: dir, encoding: "utf8" },
  );
}

describe("plain jscodeshift -t", () => {
  for (const ext of [".js", ".ts", ".tsx"]) {
    it(`converts a ${ext} file and reports the site`, () => {
      const file = path.join(dir, `touch${ext}`);
      writeFileSync(
        file,
        ext === ".js"
          ? source
          : source.replace("function touch(cb)", "function touch(cb: (err?: Error | null) => void): void"),
      );
      const result = jscodeshift(file, [`--extensions=${ext.slice(1)}`]);
      expect(result.status).toBe(0);
      expect(result.stdout).toMatch(/REP .*touch.* 3:2 callbacks-to-async converted/);
      const out = readFileSync(file, "utf8");
      expect(out).toContain("await fs.promises.writeFile('stamp.txt', 'x');");
      expect(out).toContain("async function touch");
    });
  }
});
