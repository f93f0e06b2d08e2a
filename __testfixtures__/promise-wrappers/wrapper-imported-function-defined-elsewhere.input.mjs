// unpyramid-fixture: risk callee-defined-elsewhere
// A function from another module: util.promisify calls it alike, unless that module gave it a
// promisify.custom of its own: the report says so. (Were it missing, promisify would throw at once, but
// the wrapper is returned by an async function, where a throw is a rejection as before.)
import { query } from './db.mjs';

export async function rows(sql) {
  return new Promise((resolve, reject) => {
    query(sql, (err, result) => {
      if (err) return reject(err);
      resolve(result);
    });
  });
}
