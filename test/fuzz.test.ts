// A short seeded slice of the corpus run (bench/fuzz.mjs; the full run is a benchmark, not a test):
// every transform set over files of the project's own dependencies, checking that nothing crashes or
// hangs, every output parses and is idempotent, and --cpus 1 and workers give the same report.
import { spawnSync } from "node:child_process";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { ROOT } from "./helpers/cli";

describe("corpus slice (bench/fuzz.mjs --local)", () => {
  it("200 seeded files of node_modules: no crash, no hang, outputs parse and are idempotent, same report with --cpus 1 and 2", () => {
    const result = spawnSync(
      process.execPath,
      [
        path.join(ROOT, "bench/fuzz.mjs"),
        "--local",
        "--files",
        "200",
        "--seed",
        "7",
        "--timeout-ms",
        "30000",
        "--json",
      ],
      { encoding: "utf8", maxBuffer: 1 << 28 },
    );
    const summary = JSON.parse(result.stdout);
    expect(summary.files).toBe(200);
    expect(summary.failures).toEqual([]);
    expect({
      crashes: summary.crashes,
      hangs: summary.hangs,
      unparseableOutputs: summary.unparseableOutputs,
      nonIdempotentOutputs: summary.nonIdempotentOutputs,
    }).toEqual({ crashes: 0, hangs: 0, unparseableOutputs: 0, nonIdempotentOutputs: 0 });
    expect(summary.sameReportCpus1AndDefault).toBe(true);
    expect(result.status).toBe(0);
  }, 120_000);
});
