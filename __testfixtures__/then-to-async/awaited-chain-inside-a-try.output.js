// unpyramid-fixture: runnable
// An awaited chain inside the function's own try: the try caught the chain's rejection, and it catches
// the written-out steps' throws the same way.
async function parse(text) {
  try {
    const raw = await Promise.resolve(text);
    const parsed = await JSON.parse(raw);
    const data = await parsed.name;
    console.log('name', data);
  } catch (err) {
    console.log('bad input:', err.name);
  } finally {
    console.log('done', text.length);
  }
}

parse('{"name":"ok"}').then(() => parse('{oops'));
