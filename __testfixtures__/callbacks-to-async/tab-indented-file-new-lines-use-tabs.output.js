// unpyramid-fixture: runnable
// A tab-indented file: the new and moved lines are indented with tabs too.
const fs = require("fs");

const { callbackify } = require("util");

function report(file, cb) {
	callbackify(reportAsync)(file, cb);
}

async function reportAsync(file) {
	const stats = await fs.promises.stat(file);
	return "size: " + (stats.size > 0);
}

report(__filename, (err, text) => console.log(err, text));
