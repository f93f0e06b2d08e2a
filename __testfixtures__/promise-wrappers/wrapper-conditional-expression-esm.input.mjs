// unpyramid-fixture: runnable
// The one-line spelling, `err ? reject(err) : resolve(value)`, in an ES module.
import fs from 'node:fs';

const here = new URL(import.meta.url).pathname;
const statOf = () => new Promise((resolve, reject) => fs.stat(here, (err, stats) => (err ? reject(err) : resolve(stats))));
const lstatOf = (file) => new Promise((resolve, reject) => fs.lstat(file, (err, stats) => err ? reject(err) : resolve(stats)));

console.log('is a file:', (await statOf()).isFile());
await lstatOf('/nonexistent/x').catch((err) => console.log('lstat:', err.code));
