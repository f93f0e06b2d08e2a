// unpyramid-fixture: runnable
// A handler that assigns to its parameter gets a `let`, not a `const`.
async function nextEven(p) {
  let n = await p;
  if (n % 2) n = n + 1;
  return n;
}

nextEven(Promise.resolve(3)).then((n) => console.log('even', n));
