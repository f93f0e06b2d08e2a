'use strict';
const fs = require('fs');
const path = require('path');

const CONFIG_DIR = path.join(__dirname, '..', 'config');

// Read a JSON config file, falling back to defaults when it is missing.
function loadConfig(name, defaults, callback) {
  fs.readFile(path.join(CONFIG_DIR, name + '.json'), 'utf8', function (err, text) {
    if (err) {
      if (err.code !== 'ENOENT') return callback(err);
      return callback(null, Object.assign({}, defaults));
    }
    callback(null, Object.assign({}, defaults, JSON.parse(text)));
  });
}

// Save a config file, creating the directory first.
function saveConfig(name, config, callback) {
  fs.mkdir(CONFIG_DIR, { recursive: true }, function (err) {
    if (err) return callback(err);
    fs.writeFile(path.join(CONFIG_DIR, name + '.json'), JSON.stringify(config, null, 2) + '\n', function (err) {
      if (err) return callback(err);
      callback(null);
    });
  });
}

module.exports = { loadConfig, saveConfig };
