// unpyramid-fixture: runnable
// The seed's pyramid, with its functions written the way people write them: an expression body that
// chooses between an error and a value inside a timer calls back once, later, on each path.
const { promisify } = require("util");
const getDataAsync = promisify(getData);
const getMoreDataAsync = promisify(getMoreData);
function getData(cb) {
  setTimeout(() => cb(null, 1), 5);
}

function getMoreData(x, cb) {
  setTimeout(() => (x > 3 ? cb(new Error("too big: " + x)) : cb(null, x + 1)), 5);
}

async function run(start) {
  let a;
  try {
    a = await getDataAsync();
  } catch (err) {
    return console.error("failed:", err.message);
  }
  let b;
  try {
    b = await getMoreDataAsync(a + start);
  } catch (err) {
    return console.error("failed:", err.message);
  }
  let c;
  try {
    c = await getMoreDataAsync(b);
  } catch (err) {
    return console.error("failed:", err.message);
  }
  let d;
  try {
    d = await getMoreDataAsync(c);
  } catch (err) {
    return console.error("failed:", err.message);
  }
  console.log("got", d);
}

run(0);
run(1);
