// unpyramid-fixture: runnable
// unpyramid-fixture: skip multiline-template-moved
// `head`'s body is one line: writing its chain out would make recast print the block again and indent
// the template's second line, which is part of the string. That chain stays; the other converts.
const head = (p) => { const banner = `== head
==`; return p.then((text) => banner + ' ' + text); };

async function body(p) {
  const value = await p;
  const text = await value.toUpperCase();
  return `[${text}]`;
}

head(Promise.resolve('a')).then(console.log);
body(Promise.resolve('b')).then(console.log);
