// unpyramid-fixture: runnable
// TypeScript: the callback parameter's type is written down, so the value a later step reads is
// declared once before the chain with that type, and the chain stays flat.
import * as fs from "fs";

function main(): void {
  fs.readFile("in.txt", "utf8", (err: NodeJS.ErrnoException | null, text: string) => {
    if (err) throw err;
    fs.writeFile("out.txt", text.trim(), (err) => {
      if (err) throw err;
      console.log("wrote", text.trim().length, fs.readFileSync("out.txt", "utf8"));
    });
  });
}

fs.writeFileSync("in.txt", "  padded  ");
main();
