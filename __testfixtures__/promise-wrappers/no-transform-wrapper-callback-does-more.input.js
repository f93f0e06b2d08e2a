// unpyramid-fixture: runnable
// unpyramid-fixture: skip wrapper-callback-does-more
// The callback parses what it read before resolving: more than settling, left as written.
const fs = require('fs');

const readJson = (file) =>
  new Promise((resolve, reject) => {
    fs.readFile(file, 'utf8', (err, text) => {
      if (err) return reject(err);
      resolve(JSON.parse(text));
    });
  });

fs.writeFileSync('c.json', '{"a": 1}');
readJson('c.json').then((value) => console.log(value));
