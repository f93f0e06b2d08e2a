// unpyramid-fixture: runnable
// unpyramid-fixture: skip callback-may-be-synchronous
// fs.exists calls back `false` at once, before it returns, for a path it cannot validate (a number,
// undefined, a string with a NUL byte): here before 'after the call'. After an await the answer would
// come after it. Only a path provably valid (a literal, __dirname, path.join of those) converts.
const fs = require('fs');

function check(p, cb) {
  fs.exists(p, function (exists) {
    cb(exists);
  });
}

check(12345, (exists) => console.log('answer', exists));
check(undefined, (exists) => console.log('answer', exists));
console.log('after the call');
