// unpyramid-fixture: runnable
// TypeScript: a site followed by more code in a function that returns a value converts in place.
import * as fs from "fs";

let lines = 0;

function report(file: string): number {
  fs.readFile(file, "utf8", (err, text) => {
    if (err) return console.log("unreadable");
    lines = text.split("\n").length;
    console.log("lines counted", lines > 0);
  });
  console.log("reading");
  return lines;
}

report(process.argv[1]);
console.log("before", lines);
