#!/usr/bin/env node
// The contract run (issue 21): seeded programs of bench/contracts/generate.mjs, converted with the
// default transforms and with callbacks-to-then, run before and after by the differential harness
// (plainly, under fake timers, type-checked), and checked flat: no error-first callback literal left in
// the pyramid (`main`). Prints what converted, the refusals by reason, and every difference.
//
//   node bench/contracts/run.mjs [--seed S] [--programs N] [--json]
import { parseArgs } from "node:util";
import { runHarness } from "../differential/harness.mjs";
import { checkContractPrograms } from "./check.mjs";

const { values } = parseArgs({
  options: {
    seed: { type: "string", default: "1" },
    programs: { type: "string", default: "100" },
    json: { type: "boolean", default: false },
  },
});
const result = await checkContractPrograms({ seed: Number(values.seed), count: Number(values.programs), runHarness });
if (values.json) process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
else {
  const { summary } = result;
  process.stdout.write(
    `programs ${summary.programs}, flat ${summary.flat}, sites converted ${summary.converted} of ${summary.sites}\n` +
      `refusals: ${JSON.stringify(summary.refusals)}\n` +
      `leaf sites left (inside the file's callback functions): ${summary.leafSitesLeft}\n` +
      `differences ${result.differences.length}, not flat ${result.notFlat.length}\n`,
  );
  for (const line of [...result.differences, ...result.notFlat]) process.stdout.write(`${line}\n`);
}
process.exit(result.differences.length || result.notFlat.length ? 1 : 0);
