// unpyramid-fixture: runnable
// An arrow whose body is the chain becomes an async arrow with a body of statements.
const double = (n) => Promise.resolve(n).then((value) => value * 2);

console.log(await double(21));
