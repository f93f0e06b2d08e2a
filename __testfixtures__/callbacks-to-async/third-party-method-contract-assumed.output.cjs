// A third-party client's method: its contract (one later call) is taken on trust and reported.
const redis = require('redis');

const { promisify } = require('util');

const client = redis.createClient();

async function load(key, done) {
  let value;
  try {
    value = await promisify(client.get).call(client, key);
  } catch (err) {
    return done(err);
  }
  done(null, JSON.parse(value));
}

module.exports = { load };
