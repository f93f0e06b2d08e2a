// unpyramid-fixture: runnable
// TypeScript: a value a later step reads has no type written down, so it cannot be declared before the
// chain without losing its type; that later link stays inside the handler that has the value.
import * as fs from "fs";

export function copyUpper(from: string, to: string, cb: (err: Error | null, n?: number) => void): void {
  fs.readFile(from, "utf8", (err, text) => {
    if (err) return cb(err);
    fs.writeFile(to, text.toUpperCase(), (err) => {
      if (err) return cb(err);
      cb(null, text.length);
    });
  });
}

fs.writeFileSync("in.txt", "shout");
copyUpper("in.txt", "out.txt", (err, n) => console.log(err, n, fs.readFileSync("out.txt", "utf8")));
