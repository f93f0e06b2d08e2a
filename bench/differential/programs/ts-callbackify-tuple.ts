// checks: a TypeScript callback typed `(err: Error | null, v?: [number, string]) => void`, called with
// `cb(null, [st.size, p])`, in an exported function that becomes a callbackify wrapper of an async
// twin: the output must still pass tsc --strict (an array literal returned from an async function is
// inferred as (string | number)[], not the tuple).
import * as fs from "fs";
import { fileURLToPath } from "url";

export function sizeOf(p: string, cb: (err: Error | null, v?: [number, string]) => void): void {
  fs.stat(p, (err, st) => {
    if (err) return cb(err);
    cb(null, [st.size, p]);
  });
}

function main(): void {
  fs.writeFileSync("data.txt", "hello");
  sizeOf("data.txt", (err, v) => {
    if (err) throw err;
    console.log("size", v);
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) main();
