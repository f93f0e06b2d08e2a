// unpyramid-fixture: runnable
// An awaited chain inside the function's own try: the try caught the chain's rejection, and it catches
// the written-out steps' throws the same way.
async function parse(text) {
  try {
    const data = await Promise.resolve(text)
      .then((raw) => JSON.parse(raw))
      .then((parsed) => parsed.name);
    console.log('name', data);
  } catch (err) {
    console.log('bad input:', err.name);
  } finally {
    console.log('done', text.length);
  }
}

parse('{"name":"ok"}').then(() => parse('{oops'));
