import * as fs from 'fs';
export async function show(p: string) {
  let data: Buffer | string = await fs.promises.readFile(p);
  data = data.toString().trim();
  console.log(data);
}
