// An ES module with no import or export (a "type": "module" package's file, with import.meta): the
// promisify binding it needs is an import, not a require.
function getData(cb) {
  setImmediate(() => cb(null, import.meta.url));
}


const url = await new Promise((resolve, reject) => getData((err, value) => (err ? reject(err) : resolve(value))));
console.log(url);
