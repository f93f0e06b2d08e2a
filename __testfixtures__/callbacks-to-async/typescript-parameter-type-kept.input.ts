import * as fs from 'fs';
export function show(p: string) {
  fs.readFile(p, (err: NodeJS.ErrnoException | null, data: Buffer | string) => {
    if (err) throw err;
    data = data.toString().trim();
    console.log(data);
  });
}
