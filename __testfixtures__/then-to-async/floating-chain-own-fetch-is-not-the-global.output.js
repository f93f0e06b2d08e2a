// unpyramid-fixture: runnable
// The file declares its own `fetch`, which may throw at once: it is not the global one (a promise that
// rejects), so its call is made before the async arrow, where the caller's try still catches it.
function fetch(url) {
  if (!url) throw new TypeError('no url');
  return Promise.resolve('body of ' + url);
}

function show(url) {
  try {
    const promise = fetch(url);

    void (async () => {
      const body = await promise;
      const n = await body.length;
      return console.log(url, n);
    })();
  } catch (err) {
    console.log('caught sync', err.message);
  }
}

show('/a');
show('');
