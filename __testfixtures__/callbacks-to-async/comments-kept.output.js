/**
 * License header: stays at the top.
 */
const fs = require('fs');

/** Reads the banner. */
async function banner(cb) {
  // the banner lives next to the code
  let text;
  // propagate
  try {
    text = await fs.promises.readFile(__dirname + '/banner.txt', 'utf8');
  } catch (err) {
    return cb(err);
  }
  /* trim it */
  cb(null, text.trim()); // done
}

module.exports = banner;
