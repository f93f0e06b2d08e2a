// unpyramid-fixture: risk callback-contract-assumed
// A third-party client's method: its contract (one later call) is taken on trust and reported.
const redis = require('redis');

const { promisify, callbackify } = require('util');

const client = redis.createClient();

function load(key, done) {
  callbackify(loadAsync)(key, done);
}

async function loadAsync(key) {
  const value = await promisify(client.get).call(client, key);
  return JSON.parse(value);
}

module.exports = { load };
