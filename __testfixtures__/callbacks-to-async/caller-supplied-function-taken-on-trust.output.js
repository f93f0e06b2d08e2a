// unpyramid-fixture: runnable
// unpyramid-fixture: risk callback-contract-assumed
// `options.unlink` is whatever the caller passed (fs.unlink by default): a function the file cannot
// see, taken on trust as Node's convention says (once, later), and reported. `options` is a parameter
// of several functions here: each call means the one of its own function.
const fs = require("fs");

const { promisify } = require("util");

function defaults(options) {
  options.unlink = options.unlink || fs.unlink;
  options.stat = options.stat || fs.stat;
  return options;
}

async function remove(p, options) {
  try {
    await promisify(options.unlink).call(options, p);
  } catch (er) {
    if (er && er.code === "ENOENT") return false;
    throw er;
  }
  return true;
}

async function sizeOf(p, options) {
  const st = await promisify(options.stat).call(options, p);
  return st.size;
}

async function main() {
  fs.writeFileSync("gone.txt", "x");
  const options = defaults({});
  let size;
  try {
    size = await sizeOf("gone.txt", options);
  } catch (er) {
    return console.log("stat failed", er.code);
  }
  console.log("size", size);
  let removed;
  try {
    removed = await remove("gone.txt", options);
  } catch (er) {
    return console.log("remove failed", er.code);
  }
  console.log("removed", removed);
  let again;
  try {
    again = await remove("gone.txt", options);
  } catch (er) {
    return console.log("remove failed", er.code);
  }
  console.log("removed again", again);
}
main();
