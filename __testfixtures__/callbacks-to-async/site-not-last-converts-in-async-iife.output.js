// unpyramid-fixture: runnable
// A site with code after it, and sites in a forEach callback and a function that returns a value:
// each converts in an async function of its own at its place, so the code after it still runs first.
const fs = require("fs");

const { promisify } = require("util");

function sizes(files) {
  files.forEach(function (file) {
    fs.stat(file, function (err, st) {
      if (err) return console.log("missing");
      void (async () => {
        let text;
        try {
          text = await promisify(fs.readFile)(file, "utf8");
        } catch (err) {
          return console.log("unreadable");
        }
        console.log("same size", st.size === Buffer.byteLength(text));
      })();
    });
  });
  console.log("started", files.length);
  return files.length;
}

function touch(file) {
  void (async () => {
    try {
      await promisify(fs.writeFile)(file, "x");
    } catch (err) {
      return console.log("write failed");
    }
    console.log("written");
  })();
  console.log("writing");
}

const count = sizes([__filename]);
console.log("count", count);
setTimeout(() => {
  touch("out.txt");
  console.log("after touch");
}, 20);
