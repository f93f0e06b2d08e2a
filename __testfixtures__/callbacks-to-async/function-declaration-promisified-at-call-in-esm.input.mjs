// unpyramid-fixture: runnable
// In an ES module a function declaration is promisified at the call, not once at module level: in an
// import cycle, code of another module may call main() before a module-level const is initialised.
export function getData(x, cb) {
  setImmediate(() => cb(null, x * 2));
}

export function main() {
  getData(21, (err, value) => {
    if (err) throw err;
    console.log('got', value);
  });
}

main();
