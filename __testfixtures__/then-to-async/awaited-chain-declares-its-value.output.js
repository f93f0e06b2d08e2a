// unpyramid-fixture: runnable
// `const v = await chain` in an async function: the steps are written in place, the last step's value
// goes to `v`.
async function wordCount(text) {
  const value = await Promise.resolve(text);
  const value2 = await value.trim();
  const count = await value2.split(/\s+/).length;
  return count * 1;
}

wordCount('  the quick brown fox ').then((n) => console.log('words', n));
