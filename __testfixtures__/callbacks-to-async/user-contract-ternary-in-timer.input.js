// unpyramid-fixture: runnable
// The seed's pyramid, with its functions written the way people write them: an expression body that
// chooses between an error and a value inside a timer calls back once, later, on each path.
function getData(cb) {
  setTimeout(() => cb(null, 1), 5);
}

function getMoreData(x, cb) {
  setTimeout(() => (x > 3 ? cb(new Error("too big: " + x)) : cb(null, x + 1)), 5);
}

function run(start) {
  getData(function (err, a) {
    if (err) return console.error("failed:", err.message);
    getMoreData(a + start, function (err, b) {
      if (err) return console.error("failed:", err.message);
      getMoreData(b, function (err, c) {
        if (err) return console.error("failed:", err.message);
        getMoreData(c, function (err, d) {
          if (err) return console.error("failed:", err.message);
          console.log("got", d);
        });
      });
    });
  });
}

run(0);
run(1);
