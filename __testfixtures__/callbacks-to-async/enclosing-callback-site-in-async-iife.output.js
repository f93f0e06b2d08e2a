// The function stays as it is (enclosing-function-is-a-callback); the site converts in an async function of its own at its place.
const fs = require('fs');

['a.txt', 'b.txt'].forEach(function (name) {
  void (async () => {
    try {
      await fs.promises.unlink('tmp/' + name);
    } catch (err) {
      return console.error(err.code);
    }
    console.log('removed', name);
  })();
});
