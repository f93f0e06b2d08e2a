// unpyramid-fixture: runnable
// promisify imported under another name is still util's.
import * as fs from 'node:fs';
import { promisify as p } from 'node:util';

const statAsync = p(fs.stat);

console.log((await statAsync(new URL(import.meta.url))).isFile());
