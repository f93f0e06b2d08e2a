// unpyramid-fixture: runnable
// The seed's pyramid (fs.exists -> fs.readFile -> fs.writeFile), inside a function.
const fs = require("fs" );

function someFunction( contents ) {
    return contents + "// touched\n";
}

function touchIndex( done ) {
    fs.exists( "index.js", function() {
        fs.readFile( "index.js", "utf8", function( err, contents ) {
            contents = someFunction( contents ); // do something with contents
            fs.writeFile( "index.js", "utf8", function() {
                console.log( "whew! Done finally..." );
                done( contents );
            });
        });
    });
}

fs.writeFileSync( "index.js", "let x = 1;\n" );
touchIndex( function( contents ) {
    console.log( JSON.stringify( contents ), JSON.stringify( fs.readFileSync( "index.js", "utf8" ) ) );
});
console.log( "executing..." );
