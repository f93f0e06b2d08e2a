'use strict';
const { loadConfig, saveConfig } = require('./lib/config');
const { backup, removeBackup } = require('./lib/backup');

saveConfig('app', { port: 8080 }, function (err) {
  if (err) throw err;
  loadConfig('app', { host: 'localhost' }, function (err, config) {
    if (err) throw err;
    console.log('config:', config);
    backup(__filename, function (err, size) {
      if (err) throw err;
      console.log('backup bytes:', size > 0);
      removeBackup(__filename, function () {
        console.log('done');
      });
    });
  });
});
