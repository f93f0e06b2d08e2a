// unpyramid-fixture: runnable
// A class method returning a chain becomes an async method; arrow handlers keep the method's `this`.
class Repo {
  constructor() {
    this.rows = ['a', 'b'];
  }

  count() {
    return Promise.resolve(this.rows)
      .then((rows) => rows.length)
      .then((n) => n + this.rows.length);
  }
}

new Repo().count().then((n) => console.log('count', n));
