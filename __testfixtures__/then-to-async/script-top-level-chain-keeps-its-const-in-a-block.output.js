// unpyramid-fixture: runnable
// A classic script (no import, export or require: the word in this comment does not count) shares its
// top-level names with the page's other scripts: the base's `const` and the async arrow go in a block.
function loadConfig() {
  return new Promise((resolve) => setTimeout(() => resolve({ theme: 'dark' }), 1));
}

{
  const promise = loadConfig();

  void (async () => {
    const config = await promise;
    const theme = await config.theme;
    return console.log('theme', theme);
  })();
}

console.log('script done');
