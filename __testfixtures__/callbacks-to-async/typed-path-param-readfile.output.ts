import fs from "fs";

export async function readJson<T>(file: string, cb: (err: Error | null, value?: T) => void): Promise<void> {
  let text;
  try {
    text = await fs.promises.readFile(file, "utf8");
  } catch (err: any) {
    return cb(err);
  }
  cb(null, JSON.parse(text) as T);
}
