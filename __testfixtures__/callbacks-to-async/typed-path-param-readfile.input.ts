import fs from "fs";

export function readJson<T>(file: string, cb: (err: Error | null, value?: T) => void): void {
  fs.readFile(file, "utf8", (err, text) => {
    if (err) return cb(err);
    cb(null, JSON.parse(text) as T);
  });
}
