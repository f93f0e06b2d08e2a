// unpyramid-fixture: runnable
// Steps that reuse one parameter name (`res` three times): each later one is renamed in its own body,
// a shorthand property `{ res }` keeps its key.
function fetchJson(url) {
  return Promise.resolve({ url, body: '{"items":[1,2]}' })
    .then((res) => res.body)
    .then((res) => JSON.parse(res))
    .then((res) => ({ res, count: res.items.length }));
}

fetchJson('/api').then((out) => console.log(JSON.stringify(out)));
