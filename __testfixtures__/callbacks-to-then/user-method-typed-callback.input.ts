// A typed method of an object in this file; its promisified call keeps the types.
interface Row {
  id: number;
}

const db = {
  query(sql: string, cb: (err: Error | null, rows?: Row[]) => void): void {
    setImmediate(() => cb(null, [{ id: sql.length }]));
  },
};

export function count(sql: string, done: (err: Error | null, n?: number) => void): void {
  db.query(sql, (err, rows) => {
    if (err) return done(err);
    done(null, rows!.length);
  });
}
