// unpyramid-fixture: runnable
// Steps that reuse one parameter name (`res` three times): each later one is renamed in its own body,
// a shorthand property `{ res }` keeps its key.
async function fetchJson(url) {
  const res = await Promise.resolve({ url, body: '{"items":[1,2]}' });
  const res2 = await res.body;
  const res3 = await JSON.parse(res2);
  return { res: res3, count: res3.items.length };
}

fetchJson('/api').then((out) => console.log(JSON.stringify(out)));
