// unpyramid-fixture: runnable
// TypeScript with an `import`: the twin import keeps the types (fs/promises' own declarations).
import * as fs from "fs";
import { mkdir, rm } from "fs/promises";

async function main(): Promise<void> {
  await mkdir("tmp-dir", { recursive: true });
  console.log(fs.existsSync("tmp-dir"));
  await rm("tmp-dir", { recursive: true });
  console.log(fs.existsSync("tmp-dir"));
}

main();
