// unpyramid-fixture: runnable
var fs = require("fs");
/* a
 */
async function g(curDir) {
    try {
        await fs.promises.readdir(curDir);
    } catch {}
}
function h(x) {
	if (x)
		x = 1;
}
g("."); h(1); console.log("ran");
