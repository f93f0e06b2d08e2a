// unpyramid-fixture: runnable
// unpyramid-fixture: skip function-is-accessor-or-constructor
// A getter can never be async; left alone.
class Profile {
  get ready() {
    return Promise.resolve('profile').then((name) => name + ' ready');
  }
}

new Profile().ready.then(console.log);
