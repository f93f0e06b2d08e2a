// unpyramid-fixture: runnable
// unpyramid-fixture: skip multiline-template-moved
// A module-level call whose argument is a template literal spanning lines: wrapped in an async arrow it
// would move a level deeper, and recast would re-indent the literal's second line, its text.
const fs = require("fs");

fs.writeFile("note.txt", `first line
  second line`, function (err) {
  if (err) throw err;
  console.log(JSON.stringify(fs.readFileSync("note.txt", "utf8")));
});
