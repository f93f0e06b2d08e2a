// unpyramid-fixture: runnable
// unpyramid-fixture: skip wrapper-executor-parameters
// No `reject`: the wrapper never rejects (an error resolves it with undefined), which no promise API does.
const fs = require('fs');

const maybeRead = (file) => new Promise((resolve) => fs.readFile(file, 'utf8', (err, text) => (err ? resolve(undefined) : resolve(text))));

maybeRead('missing.txt').then((text) => console.log('got', text));
