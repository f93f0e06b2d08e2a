// unpyramid-fixture: runnable
// TypeScript: an enum and a type declared in one callback and used in the next: they cannot be declared
// before the chain, so the next link stays inside the handler that declares them.
import * as fs from "fs";

function main(): void {
  fs.readFile("in.txt", "utf8", (err: NodeJS.ErrnoException | null, text: string) => {
    if (err) throw err;
    enum Kind { Short = "short", Long = "long" }
    type Tag = { kind: Kind };
    fs.writeFile("out.txt", text.trim(), (err) => {
      if (err) throw err;
      const tag: Tag = { kind: text.length > 3 ? Kind.Long : Kind.Short };
      console.log("kind", tag.kind);
    });
  });
}

fs.writeFileSync("in.txt", "  padded  ");
main();
