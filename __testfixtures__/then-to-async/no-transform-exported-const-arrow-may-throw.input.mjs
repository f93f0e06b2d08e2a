// unpyramid-fixture: runnable
// unpyramid-fixture: skip throw-would-become-rejection
// `export const parse = (...) => ...`: other modules call it, and may expect its argument check to throw
// at once; made async, the throw would be a rejection. Left alone, though this module's own call
// awaits it.
export const parse = (text) => {
  if (typeof text !== 'string') throw new TypeError('text must be a string');
  return Promise.resolve(text).then((t) => JSON.parse(t));
};

console.log(await parse('{"a":1}'));
