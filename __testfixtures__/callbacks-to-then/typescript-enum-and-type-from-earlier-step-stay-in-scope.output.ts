// unpyramid-fixture: runnable
// TypeScript: an enum and a type declared in one callback and used in the next: they cannot be declared
// before the chain, so the next link stays inside the handler that declares them.
import * as fs from "fs";

function main(): Promise<void> {
  let text: string;
  return fs.promises.readFile("in.txt", "utf8").then((result) => {
    text = result;
    enum Kind { Short = "short", Long = "long" }
    type Tag = { kind: Kind };
    return fs.promises.writeFile("out.txt", text.trim()).then(() => {
      const tag: Tag = { kind: text.length > 3 ? Kind.Long : Kind.Short };
      console.log("kind", tag.kind);
    });
  });
}

fs.writeFileSync("in.txt", "  padded  ");
main();
