/**
 * License header: stays at the top.
 */
const fs = require('fs');

const { callbackify } = require('util');

/** Reads the banner. */
function banner(cb) {
  callbackify(bannerAsync)(cb);
}

async function bannerAsync() {
  // the banner lives next to the code
  // propagate
  const text = await fs.promises.readFile(__dirname + '/banner.txt', 'utf8');

  /* trim it */
  return text.trim(); // done
}

module.exports = banner;
