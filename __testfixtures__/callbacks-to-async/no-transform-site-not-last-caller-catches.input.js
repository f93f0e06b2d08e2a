// unpyramid-fixture: runnable
// unpyramid-fixture: skip not-in-tail-position
// The caller catches what `load` throws synchronously (readFile's argument check): in an async function
// of its own, the call's throw would become a rejection nobody catches.
const fs = require("fs");

function load(file) {
  fs.readFile(file, "utf8", (err, text) => {
    if (err) return console.log("failed");
    console.log("read", text.length > 0);
  });
  console.log("loading");
}

try {
  load(42n);
} catch (error) {
  console.log("caught", error.code);
}
load(__filename);
