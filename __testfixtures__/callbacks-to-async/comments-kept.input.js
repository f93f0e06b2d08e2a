/**
 * License header: stays at the top.
 */
const fs = require('fs');

/** Reads the banner. */
function banner(cb) {
  // the banner lives next to the code
  fs.readFile(__dirname + '/banner.txt', 'utf8', (err, text) => {
    // propagate
    if (err) return cb(err);
    /* trim it */
    cb(null, text.trim()); // done
  });
}

module.exports = banner;
