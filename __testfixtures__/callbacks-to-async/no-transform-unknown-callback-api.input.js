// unpyramid-fixture: skip unknown-callback-api
// crypto.sign takes an error-first callback, but the knowledge table has no promise form for it.
const crypto = require('crypto');

function signIt(data, key) {
  crypto.sign(null, data, key, (err, signature) => {
    if (err) throw err;
    console.log(signature.length);
  });
}
module.exports = signIt;
