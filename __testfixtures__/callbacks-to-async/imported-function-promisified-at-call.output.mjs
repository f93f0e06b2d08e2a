// An imported function is promisified where it is called: the import may still be uninitialised
// at module level in an import cycle.
import { query } from './db.mjs';

import { promisify, callbackify } from 'util';

export function countUsers(cb) {
  callbackify(countUsersAsync)(cb);
}

async function countUsersAsync() {
  const rows = await promisify(query)('select * from users');
  return rows.length;
}
