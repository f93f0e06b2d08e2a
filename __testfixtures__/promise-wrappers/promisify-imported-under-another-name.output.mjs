// unpyramid-fixture: runnable
// promisify imported under another name is still util's.
import * as fs from 'node:fs';
import { stat as statAsync } from 'node:fs/promises';

console.log((await statAsync(new URL(import.meta.url))).isFile());
