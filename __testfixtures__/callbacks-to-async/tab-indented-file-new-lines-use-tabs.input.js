// unpyramid-fixture: runnable
// A tab-indented file: the new and moved lines are indented with tabs too.
const fs = require("fs");

function report(file, cb) {
	fs.stat(file, function (err, stats) {
		if (err) return cb(err);
		cb(null, "size: " + (stats.size > 0));
	});
}

report(__filename, (err, text) => console.log(err, text));
