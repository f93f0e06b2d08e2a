// unpyramid-fixture: runnable
// TypeScript: the callback parameter's type is written down, so the value a later step reads is
// declared once before the chain with that type, and the chain stays flat.
import * as fs from "fs";

function main(): Promise<void> {
  let text: string;
  return fs.promises.readFile("in.txt", "utf8").then((result) => {
    text = result;
    return fs.promises.writeFile("out.txt", text.trim());
  }).then(() => {
    console.log("wrote", text.trim().length, fs.readFileSync("out.txt", "utf8"));
  });
}

fs.writeFileSync("in.txt", "  padded  ");
main();
