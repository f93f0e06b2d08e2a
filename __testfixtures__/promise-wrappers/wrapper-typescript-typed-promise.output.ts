// unpyramid-fixture: runnable
// TypeScript: `new Promise<string>` around fs.readFile with an encoding; the twin's own type is
// Promise<string>, so the type argument goes with the wrapper.
import * as fs from "fs";

export function readText(): Promise<string> {
  return fs.promises.readFile("note.txt", "utf8");
}

fs.writeFileSync("note.txt", "typed");
readText().then((text: string) => console.log(text.toUpperCase()));
