// unpyramid-fixture: runnable
// unpyramid-fixture: skip custom-promisify-in-file
// The file gives getUser a promisify of its own under the symbol's key in a template literal:
// promisify(getUser) would call that one, not the callback function the wrapper called.
function getUser(id, callback) {
  callback(null, `callback:${id}`);
}
getUser[Symbol.for(`nodejs.util.promisify.custom`)] = async (id) => `custom:${id}`;

async function main() {
  return new Promise((resolve, reject) => getUser(1, (err, user) => (err ? reject(err) : resolve(user))));
}

main().then(console.log);
