// unpyramid-fixture: skip callback-has-extra-parameters
// Express error middleware: (err, req, res, next) is called per request, not once.
const express = require('express');

const app = express();
app.use(function (err, req, res, next) {
  if (err) return next(err);
  res.end();
});
