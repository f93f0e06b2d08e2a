// unpyramid-fixture: runnable
// unpyramid-fixture: skip not-in-tail-position
// A `try` further up catches what readFile throws at once (a bad path): two callers up, around a
// forEach, around a function called on the spot. In an async function of its own at its place the
// throw would become a rejection none of them sees.
const fs = require("fs");

function helper(p) {
  fs.readFile(p, "utf8", (err, t) => {
    if (err) return console.log("cb err", err.code);
    console.log("len", t.length > 0);
  });
  console.log("after site");
}

function mid(p) {
  helper(p);
}

function top() {
  try {
    mid(undefined);
  } catch (e) {
    console.log("caught two up", e.code);
  }
}

top();
try {
  [undefined].forEach((p) => {
    helper(p);
  });
} catch (e) {
  console.log("caught around forEach", e.code);
}
try {
  (function () {
    helper(undefined);
  })();
} catch (e) {
  console.log("caught around a call on the spot", e.code);
}
