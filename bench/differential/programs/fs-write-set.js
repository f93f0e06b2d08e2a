// checks: fs.writeFile with a Set as data. The callback API refuses it (ERR_INVALID_ARG_TYPE, thrown
// synchronously); fs.promises.writeFile takes any iterable and writes it, so a conversion to the twin
// changes what the program does.
const fs = require("fs");

function save(p, data, cb) {
  fs.writeFile(p, data, function (err) {
    if (err) return cb(err);
    fs.readFile(p, "utf8", function (err, text) {
      if (err) return cb(err);
      cb(null, text);
    });
  });
}

function main() {
  fs.writeFileSync("data.txt", "from the stream");
  save("out.txt", new Set(["x", "y"]), function (err, text) {
    if (err) return console.log("save failed:", err.code);
    console.log("saved:", JSON.stringify(text));
  });
}

main();
