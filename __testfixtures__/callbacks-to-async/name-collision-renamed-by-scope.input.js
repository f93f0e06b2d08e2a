// unpyramid-fixture: runnable
// Renamed by scope: a block's own `data` and `text` are renamed where the callback's body moves up, the
// names that mean the enclosing function's `data` and `text` stay, and `{ text }` keeps its key.
const fs = require("fs");

function main(text) {
  fs.readFile(__filename, "utf8", (err, data) => {
    if (err) return console.log("err");
    fs.stat(__filename, (err, st) => {
      if (err) return console.log("err2");
      for (const data of [1]) {
        console.log("loop", data);
      }
      {
        let text = data.length > 0;
        console.log("block", text);
      }
      console.log("outer", text, data.length > 0, st.isFile());
    });
  });
}

function keys(text) {
  var data = "outer";
  console.log(data);
  fs.readFile(__filename, "utf8", (err, text) => {
    if (err) return console.log("err");
    let data;
    ({ data } = { data: "reassigned" });
    console.log(Object.keys({ text }), typeof text, data);
  });
}

main("arg");
setTimeout(() => {
  keys("arg");
}, 20);
