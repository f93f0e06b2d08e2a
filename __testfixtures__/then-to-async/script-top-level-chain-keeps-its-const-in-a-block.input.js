// unpyramid-fixture: runnable
// A classic script (no import, export or require: the word in this comment does not count) shares its
// top-level names with the page's other scripts: the base's `const` and the async arrow go in a block.
function loadConfig() {
  return new Promise((resolve) => setTimeout(() => resolve({ theme: 'dark' }), 1));
}

loadConfig()
  .then((config) => config.theme)
  .then((theme) => console.log('theme', theme));
console.log('script done');
