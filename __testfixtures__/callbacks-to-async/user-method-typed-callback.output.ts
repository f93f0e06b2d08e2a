// A typed method of an object in this file; its promisified call keeps the types.
import { promisify, callbackify } from "util";
interface Row {
  id: number;
}

const db = {
  query(sql: string, cb: (err: Error | null, rows?: Row[]) => void): void {
    setImmediate(() => cb(null, [{ id: sql.length }]));
  },
};

export function count(sql: string, done: (err: Error | null, n?: number) => void): void {
  callbackify(countAsync)(sql, done);
}

async function countAsync(sql: string): Promise<number | undefined> {
  const rows = await promisify(db.query).call(db, sql);
  return rows!.length;
}
