// unpyramid-fixture: skip scope-analysis-failed
// ast-types cannot resolve names inside a `catch {}` that binds nothing: left alone, not a crash.
const fs = require("fs");

function f() {
  try {
    JSON.parse("{");
  } catch {
    fs.readFile("a.txt", (err, data) => {
      if (err) throw err;
      console.log(data);
    });
  }
}
module.exports = f;
