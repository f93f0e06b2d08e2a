// unpyramid-fixture: runnable
// stream.promises.pipeline resolves with what an async last step returns, where the callback got
// nothing: `resolve()` becomes `.then(() => {})`, so the promise still resolves with undefined.
const stream = require('stream');

async function collect(source) {
  return stream.promises.pipeline(stream.Readable.from(['a', 'b']), async function (chunks) {
    let text = '';
    for await (const chunk of chunks) text += chunk;
    return text;
  }).then(() => {});
}

collect().then((value) => console.log('resolved with', value));
