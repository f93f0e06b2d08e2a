// Every fixture: byte-exact output, the output parses, a second pass changes nothing, and the
// expected skip reasons are reported. UPDATE=1 rewrites the output files from the transform.
import { rmSync, writeFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseFile } from "../src/parse/parser";
import { transformSource } from "../src/runner/transform-source";
import { loadFixtures, orphanOutputs } from "./helpers/fixtures";

const update = process.env.UPDATE === "1";
const fixtures = loadFixtures();

describe("fixtures", () => {
  it("exist, and every output file has its input", () => {
    expect(fixtures.length).toBeGreaterThan(0);
    expect(orphanOutputs()).toEqual([]);
  });

  for (const fixture of fixtures) {
    describe(`${fixture.transform}/${fixture.name}${fixture.ext}`, () => {
      const run = () => transformSource(fixture.input, { filename: fixture.inputPath, transforms: fixture.transforms });

      it("gives the expected output, byte for byte", () => {
        const result = run();
        if (update) {
          if (result.code === fixture.input) rmSync(fixture.outputPath, { force: true });
          else writeFileSync(fixture.outputPath, result.code);
          return;
        }
        expect(result.code).toBe(fixture.expected);
        expect(result.changed).toBe(fixture.hasOutput);
      });

      it("output parses and a second pass changes nothing", () => {
        expect(() => parseFile(fixture.inputPath, fixture.expected.replace(/^#!/, "//"))).not.toThrow();
        const again = transformSource(fixture.expected, {
          filename: fixture.inputPath,
          transforms: fixture.transforms,
        });
        expect(again.code).toBe(fixture.expected);
      });

      if (fixture.expectedSkips.length) {
        it(`reports the site(s) skipped: ${fixture.expectedSkips.join(", ")}`, () => {
          const reasons = run()
            .sites.filter((site) => site.outcome === "skipped")
            .map((site) => site.reason);
          for (const reason of fixture.expectedSkips) expect(reasons).toContain(reason);
        });
      }

      if (fixture.expectedRisks.length) {
        it(`reports the risk(s) on converted sites: ${fixture.expectedRisks.join(", ")}`, () => {
          const risks = run()
            .sites.filter((site) => site.outcome === "converted")
            .flatMap((site) => site.risks);
          for (const risk of fixture.expectedRisks) expect(risks).toContain(risk);
        });
      }
    });
  }
});
