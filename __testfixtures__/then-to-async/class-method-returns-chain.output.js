// unpyramid-fixture: runnable
// A class method returning a chain becomes an async method; arrow handlers keep the method's `this`.
class Repo {
  constructor() {
    this.rows = ['a', 'b'];
  }

  async count() {
    const rows = await Promise.resolve(this.rows);
    const n = await rows.length;
    return n + this.rows.length;
  }
}

new Repo().count().then((n) => console.log('count', n));
