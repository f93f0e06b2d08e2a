// An imported function is promisified where it is called: the import may still be uninitialised
// at module level in an import cycle.
import { query } from './db.mjs';

export function countUsers(cb) {
  query('select * from users', (err, rows) => {
    if (err) return cb(err);
    cb(null, rows.length);
  });
}
