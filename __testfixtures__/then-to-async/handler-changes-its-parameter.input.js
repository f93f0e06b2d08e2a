// unpyramid-fixture: runnable
// A handler that assigns to its parameter gets a `let`, not a `const`.
function nextEven(p) {
  return p.then((n) => {
    if (n % 2) n = n + 1;
    return n;
  });
}

nextEven(Promise.resolve(3)).then((n) => console.log('even', n));
