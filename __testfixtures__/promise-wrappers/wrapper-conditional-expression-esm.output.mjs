// unpyramid-fixture: runnable
// The one-line spelling, `err ? reject(err) : resolve(value)`, in an ES module.
import fs from 'node:fs';

const here = new URL(import.meta.url).pathname;
const statOf = () => fs.promises.stat(here);
const lstatOf = (file) => fs.promises.lstat(file);

console.log('is a file:', (await statOf()).isFile());
await lstatOf('/nonexistent/x').catch((err) => console.log('lstat:', err.code));
