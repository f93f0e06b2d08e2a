// unpyramid-fixture: risk callee-defined-elsewhere
// A function from another module: util.promisify calls it alike, unless that module gave it a
// promisify.custom of its own (or it is missing, which promisify reports at once): the report says so.
import { query } from './db.mjs';

export function rows(sql) {
  return new Promise((resolve, reject) => {
    query(sql, (err, result) => {
      if (err) return reject(err);
      resolve(result);
    });
  });
}
