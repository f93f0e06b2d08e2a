// unpyramid-fixture: runnable
// unpyramid-fixture: skip name-collision
// A `var` in a `.catch` handler is hoisted out of the catch clause it would become, to the whole
// function, where the first step reads the module's `label`; left alone.
const label = 'global';

function describe(p) {
  return p
    .then((x) => x + ' ' + label)
    .catch((e) => {
      var label = 'caught ' + e.message;
      return label;
    });
}

describe(Promise.resolve('ok'))
  .then(console.log)
  .then(() => describe(Promise.reject(new Error('no'))))
  .then(console.log);
