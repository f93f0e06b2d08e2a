// unpyramid-fixture: runnable
// In an ES module the promisified functions become an import from node:fs/promises (the file writes
// `node:`), under the names the file gave them.
import fs from 'node:fs';
import { writeFile as writeFileAsync, stat as statAsync } from 'node:fs/promises';

await writeFileAsync(new URL('./w.txt', import.meta.url), 'written');
console.log((await statAsync(new URL('./w.txt', import.meta.url))).size);
