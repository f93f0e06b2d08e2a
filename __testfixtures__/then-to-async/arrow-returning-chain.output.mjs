// unpyramid-fixture: runnable
// An arrow whose body is the chain becomes an async arrow with a body of statements.
const double = async (n) => {
    const value = await Promise.resolve(n);
    return value * 2;
};

console.log(await double(21));
