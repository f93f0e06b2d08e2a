// unpyramid-fixture: runnable
// The seed's pyramid (fs.exists -> fs.readFile -> fs.writeFile), inside a function.
const fs = require("fs" );

function someFunction( contents ) {
    return contents + "// touched\n";
}

function touchIndex( done ) {
    let contents;
    return fs.promises.access("index.js").then(() => true, () => false).then(() => {
        return fs.promises.readFile("index.js", "utf8").catch(() => {});
    }).then((result) => {
        contents = result;
        contents = someFunction( contents ); // do something with contents
        return fs.promises.writeFile("index.js", "utf8").catch(() => {});
    }).then(() => {
        console.log( "whew! Done finally..." );
        done( contents );
    });
}

fs.writeFileSync( "index.js", "let x = 1;\n" );
void new Promise((resolve) => touchIndex(resolve)).then((contents) => {
    console.log( JSON.stringify( contents ), JSON.stringify( fs.readFileSync( "index.js", "utf8" ) ) );
});
console.log( "executing..." );
