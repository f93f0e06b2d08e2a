// unpyramid-fixture: runnable
// A class method returning a chain becomes an async method (nothing before its first await can throw:
// the base is a native promise of a parameter); arrow handlers keep the method's `this`.
class Repo {
  constructor() {
    this.rows = ['a', 'b'];
  }

  count(extra) {
    return Promise.resolve(extra)
      .then((rows) => rows.length)
      .then((n) => n + this.rows.length);
  }
}

new Repo().count(['c']).then((n) => console.log('count', n));
