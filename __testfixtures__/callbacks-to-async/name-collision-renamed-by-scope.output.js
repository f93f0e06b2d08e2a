// unpyramid-fixture: runnable
// Renamed by scope: a block's own `data` and `text` are renamed where the callback's body moves up, the
// names that mean the enclosing function's `data` and `text` stay, and `{ text }` keeps its key.
const fs = require("fs");

async function main(text) {
  let data;
  try {
    data = await fs.promises.readFile(__filename, "utf8");
  } catch (err) {
    return console.log("err");
  }
  let st;
  try {
    st = await fs.promises.stat(__filename);
  } catch (err) {
    return console.log("err2");
  }
  for (const data3 of [1]) {
    console.log("loop", data3);
  }
  {
    let text3 = data.length > 0;
    console.log("block", text3);
  }
  console.log("outer", text, data.length > 0, st.isFile());
}

async function keys(text) {
  var data = "outer";
  console.log(data);
  let text2;
  try {
    text2 = await fs.promises.readFile(__filename, "utf8");
  } catch (err) {
    return console.log("err");
  }
  let data2;
  ({ data: data2 } = { data: "reassigned" });
  console.log(Object.keys({ text: text2 }), typeof text2, data2);
}

main("arg");
setTimeout(() => {
  keys("arg");
}, 20);
