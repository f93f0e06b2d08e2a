// unpyramid-fixture: risk callback-contract-assumed
// A third-party client's method: its contract (one later call) is taken on trust and reported.
const redis = require('redis');

const client = redis.createClient();

function load(key, done) {
  client.get(key, function (err, value) {
    if (err) return done(err);
    done(null, JSON.parse(value));
  });
}

module.exports = { load };
