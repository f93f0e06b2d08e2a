// unpyramid-fixture: skip not-an-error-first-api
// forEach calls its function once per item, even when the item is named like an error.
function firstProblem(errors) {
  errors.forEach(function (e) {
    if (e) throw e;
  });
}
module.exports = firstProblem;
