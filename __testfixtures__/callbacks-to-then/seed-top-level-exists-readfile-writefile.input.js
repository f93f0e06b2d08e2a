// unpyramid-fixture: runnable
// The seed's pyramid as written (../shared/seeds/003): at module level, with "executing..." after it.
const fs = require("fs" );

function someFunction( contents ) {
    return contents.replace( "1", "2" );
}
fs.writeFileSync( "index.js", "let x = 1;\n" );

fs.exists( "index.js", function() {
    fs.readFile( "index.js", "utf8", function( err, contents ) {
        contents = someFunction( contents ); // do something with contents
        fs.writeFile( "index.js", "utf8", function() {
            console.log( "whew! Done finally..." );
            console.log( fs.readFileSync( "index.js", "utf8" ) );
        });
    });
});
console.log( "executing..." );
