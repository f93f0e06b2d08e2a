// unpyramid-fixture: runnable
var fs = require("fs");
/* a
 */
function g(curDir) {
    fs.readdir(curDir, function(e, curFiles) {
    });
}
function h(x) {
	if (x)
		x = 1;
}
g("."); h(1); console.log("ran");
