// unpyramid-fixture: runnable
// unpyramid-fixture: skip caller-catches-sync-errors
// A method whose base call can throw synchronously, called inside `try`: as an async method the throw
// would become a rejection that `try` no longer catches.
const api = {
  fetchOne(source) {
    return source.load().then((x) => x).catch(() => 'recovered');
  },
};

try {
  api.fetchOne({}).then(console.log);
} catch (err) {
  console.log('caught synchronously:', err.constructor.name);
}
