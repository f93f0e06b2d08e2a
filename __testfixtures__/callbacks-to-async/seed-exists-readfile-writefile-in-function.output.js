// unpyramid-fixture: runnable
// The seed's pyramid (fs.exists -> fs.readFile -> fs.writeFile), inside a function.
const fs = require("fs" );

function someFunction( contents ) {
    return contents + "// touched\n";
}

async function touchIndex(done) {
    await fs.promises.access("index.js").then(() => true, () => false);
    let contents;
    try {
        contents = await fs.promises.readFile("index.js", "utf8");
    } catch {}
    contents = someFunction( contents ); // do something with contents
    try {
        await fs.promises.writeFile("index.js", "utf8");
    } catch {}
    console.log( "whew! Done finally..." );
    done( contents );
}

fs.writeFileSync( "index.js", "let x = 1;\n" );
void (async () => {
    const contents = await new Promise((resolve) => touchIndex(resolve));
    console.log( JSON.stringify( contents ), JSON.stringify( fs.readFileSync( "index.js", "utf8" ) ) );
})();
console.log( "executing..." );
