// checks: TypeScript, a core callback whose error is ignored and whose value is used
// (`fs.stat(p, function (err, st) { cb(null, st.isFile()); })`): the value's variable, declared
// before the try that awaits it, must keep a type tsc --strict accepts (fs.Stats, not an implicit any
// or a possibly undefined one).
import * as fs from "fs";
import { fileURLToPath } from "url";

function isFile(p: string, cb: (err: Error | null, v?: boolean) => void): void {
  fs.stat(p, function (err, st) {
    cb(null, st.isFile());
  });
}

function main(): void {
  fs.writeFileSync("data.txt", "hello");
  isFile("data.txt", (err, v) => console.log(err ? "failed" : "is a file: " + v));
}

if (process.argv[1] === fileURLToPath(import.meta.url)) main();
