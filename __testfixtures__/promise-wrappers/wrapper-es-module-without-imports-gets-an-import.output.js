// An ES module with no import or export (a "type": "module" package's file, with import.meta): the
// promisify binding it needs is an import, not a require.
import { promisify } from "util";
function getData(cb) {
  setImmediate(() => cb(null, import.meta.url));
}


const url = await promisify(getData)();
console.log(url);
