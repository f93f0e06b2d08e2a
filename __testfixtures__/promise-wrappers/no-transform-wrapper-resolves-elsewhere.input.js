// unpyramid-fixture: runnable
// unpyramid-fixture: skip wrapper-resolves-elsewhere
// `resolve` is also handed to the call (an abort hook that settles the promise another way): left as
// written.
function fetchText(url, hooks, cb) {
  setImmediate(() => (url === 'abort' ? hooks.onAbort('aborted') : cb(null, 'text of ' + url)));
}

const get = (url) => new Promise((resolve, reject) => fetchText(url, { onAbort: resolve }, (err, text) => (err ? reject(err) : resolve(text))));

get('a').then((text) => console.log(text));
get('abort').then((text) => console.log(text));
