// unpyramid-fixture: runnable
// unpyramid-fixture: skip helper-name-shadowed
// The function declares its own `Promise`: `new Promise` there would not be the global one.
function getData(callback) {
  setTimeout(function () {
    callback(1);
  }, 5);
}

function run() {
  var Promise = function () {
    console.log('not the real Promise');
  };
  getData(function (a) {
    console.log('a', a, typeof Promise);
  });
}

run();
