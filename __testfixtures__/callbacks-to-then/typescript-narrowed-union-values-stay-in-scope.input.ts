// unpyramid-fixture: runnable
// TypeScript: union-typed values narrowed by checks in one callback (`if (n === null) throw`) and read
// in the next: declared before the chain they would lose the narrowing, so that link stays inside.
import * as fs from "fs";

function main(): void {
  fs.readFile("in.txt", "utf8", (err: NodeJS.ErrnoException | null, text: string | undefined) => {
    if (err) throw err;
    if (text === undefined) throw new Error("no text");
    const n: number | null = text.length > 3 ? text.length : null;
    if (n === null) throw new Error("short");
    fs.writeFile("out.txt", text.trim(), (err) => {
      if (err) throw err;
      console.log("wrote", text.trim().length, n.toFixed(1));
    });
  });
}

fs.writeFileSync("in.txt", "  padded  ");
main();
