// unpyramid-fixture: skip limit-not-a-literal
// A limit that is not a number literal may be 0 (the library throws) or not a number: left as it is.
const async = require('async');
const fs = require('fs');

function statAll(files, limit) {
  async.eachLimit(files, limit, (file, cb) => fs.stat(file, cb), (err) => {
    if (err) return console.log('failed');
    console.log('ok');
  });
}

statAll(['.'], Number(process.env.LIMIT));
