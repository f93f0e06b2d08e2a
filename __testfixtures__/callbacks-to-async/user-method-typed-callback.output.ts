// A typed method of an object in this file; its promisified call keeps the types.
import { promisify } from "util";
interface Row {
  id: number;
}

const db = {
  query(sql: string, cb: (err: Error | null, rows?: Row[]) => void): void {
    setImmediate(() => cb(null, [{ id: sql.length }]));
  },
};

export async function count(sql: string, done: (err: Error | null, n?: number) => void): Promise<void> {
  let rows;
  try {
    rows = await promisify(db.query).call(db, sql);
  } catch (err: any) {
    return done(err);
  }
  done(null, rows!.length);
}
