// unpyramid-fixture: runnable
// A static method of an exported class is called from elsewhere, by reference too: made async with its
// callback, the async library would call it without one. It keeps its callback surface, its body in an
// async arrow handed to callbackify.
const fs = require('fs');
const async = require('async');

const { callbackify } = require('util');

class Store {
  static size(p, cb) {
    callbackify(async () => {
      const stats = await fs.promises.stat(p);
      return stats.size;
    })(cb);
  }
}

module.exports = Store;

fs.writeFileSync('data.txt', 'hello');
async.map(['data.txt', 'data.txt'], module.exports.size, (err, sizes) => console.log(err, sizes));
