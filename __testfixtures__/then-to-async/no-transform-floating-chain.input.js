// unpyramid-fixture: runnable
// The seed's event-loop order: code, then the promise, then the timeout. A chain nobody returns runs
// after the code that follows it; an await there would hold that code back. Left alone (not a site).
setTimeout(() => console.log('timeout'), 0);
Promise.resolve().then(() => console.log('promise'));
console.log('code');
