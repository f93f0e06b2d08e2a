// unpyramid-fixture: runnable
// unpyramid-fixture: skip wrapper-executor-does-more
// The executor logs before the call: more than the call, left as written.
const fs = require('fs');

const read = () =>
  new Promise((resolve, reject) => {
    console.log('reading');
    fs.readFile(__filename, (err, data) => (err ? reject(err) : resolve(data)));
  });

read().then((data) => console.log(data.length > 0));
