// unpyramid-fixture: skip unknown-callback-api
function getData(cb) {
  setImmediate(() => cb(null, 1));
}

function main(done) {
  getData(function (err, a) {
    if (err) return done(err);
    done(null, a + 1);
  });
}
module.exports = main;
