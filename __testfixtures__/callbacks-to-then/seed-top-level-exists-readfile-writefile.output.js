// unpyramid-fixture: runnable
// The seed's pyramid as written (../shared/seeds/003): at module level, with "executing..." after it.
const fs = require("fs" );

function someFunction( contents ) {
    return contents.replace( "1", "2" );
}
fs.writeFileSync( "index.js", "let x = 1;\n" );

void fs.promises.access("index.js").then(() => true, () => false).then(() => {
    return fs.promises.readFile("index.js", "utf8").catch(() => {});
}).then((contents) => {
    contents = someFunction( contents ); // do something with contents
    return fs.promises.writeFile("index.js", "utf8").catch(() => {});
}).then(() => {
    console.log( "whew! Done finally..." );
    console.log( fs.readFileSync( "index.js", "utf8" ) );
});
console.log( "executing..." );
