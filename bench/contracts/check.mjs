// Shared by bench/contracts/run.mjs and test/contracts.test.ts: convert the seeded contract programs,
// check that each pyramid came out flat, tally the refusals, and run them before and after.
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { generateContractProgram } from "./generate.mjs";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "..");
const require = createRequire(import.meta.url);

/** Error-first callback literals left in `main` and outside it, in the converted text. */
export function callbackLiteralsLeft(code, filename) {
  const { parse } = require("@babel/parser");
  const { isErrorFirstCallbackLiteral } = require(path.join(ROOT, "dist/src/analysis/error-first.js"));
  const ast = parse(code, {
    sourceType: "module",
    plugins: filename.endsWith(".ts") ? ["typescript"] : [],
    errorRecovery: false,
  });
  const counts = { main: 0, elsewhere: 0 };
  const visit = (node, inMain) => {
    if (!node || typeof node.type !== "string") return;
    const here = inMain || (node.type === "FunctionDeclaration" && node.id?.name === "main");
    if (node.type === "CallExpression" || node.type === "OptionalCallExpression") {
      const last = node.arguments[node.arguments.length - 1];
      if (last && isErrorFirstCallbackLiteral(last)) counts[here ? "main" : "elsewhere"]++;
    }
    for (const key of Object.keys(node)) {
      if (key === "loc" || key === "start" || key === "end" || key.endsWith("Comments")) continue;
      const child = node[key];
      if (Array.isArray(child)) for (const item of child) visit(item, here);
      else if (child && typeof child === "object") visit(child, here);
    }
  };
  visit(ast.program, false);
  return counts;
}

export async function checkContractPrograms({ seed, count, runHarness, conditions = ["plain", "fake-timers", "tsc"] }) {
  const { transformSource } = require(path.join(ROOT, "dist/src/index.js"));
  const programs = Array.from({ length: count }, (_, i) => generateContractProgram(seed, i));
  const refusals = {};
  const notFlat = [];
  let sites = 0;
  let converted = 0;
  let flat = 0;
  let leafSitesLeft = 0;
  for (const program of programs) {
    const source = program.files[program.entry];
    const result = transformSource(source, { filename: program.entry });
    for (const site of result.sites) {
      sites++;
      if (site.outcome === "converted") converted++;
      else refusals[site.reason] = (refusals[site.reason] ?? 0) + 1;
    }
    const left = callbackLiteralsLeft(result.code, program.entry);
    leafSitesLeft += left.elsewhere;
    if (left.main === 0) flat++;
    else
      notFlat.push(
        `${program.id}: ${left.main} callback(s) left in main (${result.sites
          .filter((site) => site.outcome !== "converted")
          .map((site) => `${site.line}:${site.column} ${site.reason}`)
          .join(", ")}); reproduce with node bench/contracts/run.mjs --seed ${seed} --programs ${program.index + 1}`,
      );
  }
  const harness = await runHarness({ programs, conditions, handWritten: false });
  const differences = harness.differences.map(
    (d) => `${d.program.id} ${d.condition} ${d.variant === "then" ? "-t callbacks-to-then" : "default"}`,
  );
  const notes = harness.records.flatMap((r) => r.notes.map((note) => `${r.program.id}: ${note}`));
  const unstable = harness.unstable.map((d) => `${d.program.id} ${d.condition}`);
  return {
    summary: { programs: programs.length, flat, sites, converted, refusals, leafSitesLeft },
    programs,
    notFlat,
    differences: [...differences, ...notes, ...unstable],
  };
}
