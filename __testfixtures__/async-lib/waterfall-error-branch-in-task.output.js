// unpyramid-fixture: runnable
// A task that tests a value and calls back with an error: that call becomes a throw, which the final
// callback's error branch takes, as the library handed it the error.
function check(limit) {
  void (async () => {
    let value;
    try {
      const doubled = limit * 2;
      if (doubled > 10)
        throw new Error(`too big: ${doubled}`);
      value = doubled;
    } catch (err) {
      return console.log('rejected', err.message);
    }
    console.log('accepted', value);
  })();
}

check(3);
check(8);
