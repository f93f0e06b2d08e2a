// An imported function is promisified where it is called: the import may still be uninitialised
// at module level in an import cycle.
import { query } from './db.mjs';

import { promisify } from 'util';

export async function countUsers(cb) {
  let rows;
  try {
    rows = await promisify(query)('select * from users');
  } catch (err) {
    return cb(err);
  }
  cb(null, rows.length);
}
