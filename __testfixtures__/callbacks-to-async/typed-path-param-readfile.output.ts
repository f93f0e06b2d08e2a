import fs from "fs";

import { callbackify } from "util";

export function readJson<T>(file: string, cb: (err: Error | null, value?: T) => void): void {
  callbackify(readJsonAsync)(file, cb);
}

async function readJsonAsync<T>(file: string): Promise<T | undefined> {
  const text = await fs.promises.readFile(file, "utf8");
  return JSON.parse(text) as T;
}
