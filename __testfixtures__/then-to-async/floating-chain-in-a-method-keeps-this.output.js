// unpyramid-fixture: runnable
// Arrow handlers in a method read the method's `this`; the async arrow they move into is an arrow too,
// so `this` is still the instance.
class Cache {
  constructor() {
    this.entries = new Map();
  }

  warm(keys) {
    const promise = Promise.all(keys.map((key) => Promise.resolve(key.length)));

    void (async () => {
      const sizes = await promise;
      const total = await sizes.reduce((a, b) => a + b, 0);
      this.entries.set('total', total);
      console.log('warmed', this.entries.get('total'));
    })();

    return this;
  }
}

new Cache().warm(['a', 'bb', 'ccc']);
console.log('returned first');
