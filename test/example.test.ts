// The bundled example (the README's first command) converts, still prints the same, and a second
// --write changes nothing.
import { spawnSync } from "node:child_process";
import { cpSync, mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { run } from "../src/index";

const dir = mkdtempSync(path.join(os.tmpdir(), "unpyramid-example-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function main() {
  const result = spawnSync(process.execPath, ["main.js"], { cwd: dir, encoding: "utf8" });
  return { stdout: result.stdout, stderr: result.stderr, code: result.status };
}

describe("examples/legacy-app", () => {
  it("converts, behaves the same, and is stable", async () => {
    cpSync(path.resolve(__dirname, "../examples/legacy-app"), dir, { recursive: true });
    const before = main();
    expect(before.code).toBe(0);
    expect(before.stdout).toContain("done");

    const first = await run(["."], { cwd: dir, write: true, cpus: 1 });
    expect(first.summary.changed).toBeGreaterThanOrEqual(2);
    expect(first.summary.errors).toBe(0);
    expect(main()).toEqual(before);

    const second = await run(["."], { cwd: dir, write: true, cpus: 1 });
    expect(second.summary.changed).toBe(0);
  });
});
