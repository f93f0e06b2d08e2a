// unpyramid-fixture: runnable
// A class method returning a chain becomes an async method (nothing before its first await can throw:
// the base is a native promise of a parameter); arrow handlers keep the method's `this`.
class Repo {
  constructor() {
    this.rows = ['a', 'b'];
  }

  async count(extra) {
    const rows = await Promise.resolve(extra);
    const n = await rows.length;
    return n + this.rows.length;
  }
}

new Repo().count(['c']).then((n) => console.log('count', n));
