// unpyramid-fixture: runnable
// TypeScript: a value a later step reads has no type written down, so it cannot be declared before the
// chain without losing its type; that later link stays inside the handler that has the value.
import * as fs from "fs";

import { callbackify } from "util";

export function copyUpper(from: string, to: string, cb: (err: Error | null, n?: number) => void): void {
  callbackify(copyUpperAsync)(from, to, cb);
}

function copyUpperAsync(from: string, to: string): Promise<number | undefined> {
  return fs.promises.readFile(from, "utf8").then((text) => fs.promises.writeFile(to, text.toUpperCase()).then(() => {
    return text.length;
  }));
}

fs.writeFileSync("in.txt", "shout");
void (() => {
  let err: any = null, n: any;
  return copyUpperAsync("in.txt", "out.txt").then((result) => {
    n = result;
  }, (caught) => {
    err = caught;
  }).then(() => {
    console.log(err, n, fs.readFileSync("out.txt", "utf8"));
  });
})();
