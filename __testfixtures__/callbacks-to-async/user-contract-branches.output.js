// unpyramid-fixture: runnable
// Callback functions written with if/else chains, early returns, `cb(x); return;` and a switch: each
// path calls back once, from inside an I/O callback or a deferral, so each converts.
const fs = require("fs");

const { promisify } = require("util");
const sizeOfAsync = promisify(sizeOf);
const kindOfAsync = promisify(kindOf);

function sizeOf(file, cb) {
  void (async () => {
    let err = null, stats;
    try {
      stats = await fs.promises.stat(file);
    } catch (caught) {
      err = caught;
    }
    if (err) {
      cb(err);
      return;
    } else if (stats.isDirectory()) {
      return cb(new Error("a directory"));
    }
    cb(null, stats.size > 0 ? "some bytes" : "empty");
  })();
}

function kindOf(value, cb) {
  switch (typeof value) {
    case "string":
      process.nextTick(cb, null, "text");
      break;
    case "number":
      if (value < 0) return setImmediate(cb, new Error("negative"));
    // falls through
    case "bigint":
      setImmediate(() => cb(null, "number"));
      break;
    default:
      setImmediate(function () {
        cb(new Error("unknown kind"));
      });
  }
}

async function main(file, value) {
  let size;
  try {
    size = await sizeOfAsync(file);
  } catch (err) {
    return console.log("size failed:", err.message);
  }
  let kind;
  try {
    kind = await kindOfAsync(value);
  } catch (err) {
    return console.log("kind failed:", err.message);
  }
  console.log(size, kind);
}

// One case at a time: independent chains may finish in another order after conversion (README).
const cases = [[__filename, "x"], [__filename, 3], [__filename, -3], [__filename, 3n], [__filename, {}], [__dirname, 1]];
cases.forEach((args, i) => {
  setTimeout(() => {
    main(...args);
  }, 20 * i);
});
