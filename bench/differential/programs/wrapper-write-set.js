// checks: a hand-written `new Promise` wrapper of fs.writeFile and a util.promisify(fs.writeFile),
// given a Set and an array: the callback API rejects both (ERR_INVALID_ARG_TYPE); fs.promises.writeFile,
// which promise-wrappers may put in their place, writes them.
const fs = require("fs");
const util = require("util");

const writeFileAsync = util.promisify(fs.writeFile);

function save(p, data) {
  return new Promise((resolve, reject) => {
    fs.writeFile(p, data, (err) => (err ? reject(err) : resolve()));
  });
}

save("set.txt", new Set(["x", "y"]))
  .then(() => console.log("set written:", fs.readFileSync("set.txt", "utf8")), (err) => console.log("set refused:", err.code))
  .then(() => writeFileAsync("array.txt", ["a", "b"]))
  .then(() => console.log("array written:", fs.readFileSync("array.txt", "utf8")), (err) => console.log("array refused:", err.code));
