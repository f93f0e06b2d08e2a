// unpyramid-fixture: runnable
// A tab-indented file: the new and moved lines are indented with tabs too.
const fs = require("fs");

async function report(file) {
	const stats = await fs.promises.stat(file);
	return "size: " + (stats.size > 0);
}

void (async () => {
	let err = null, text;
	try {
		text = await report(__filename);
	} catch (caught) {
		err = caught;
	}
	console.log(err, text);
})();
