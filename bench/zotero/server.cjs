// Starts a translation-server checkout you made (README.md here) on loopback, for import.cjs and cite.cjs.
'use strict';
const fs = require('fs');
const path = require('path');
const { spawn } = require('child_process');

const sleep = ms => new Promise(r => setTimeout(r, ms));

/** Exits 2 with the README's instruction if the checkout lacks a part the scripts need. */
function checkCheckout(serverDir) {
  for (const need of ['src/server.js', 'modules/translators/Embedded Metadata.js', 'modules/translators/RIS.js',
    'modules/translators/BibTeX.js', 'modules/translate/src/translation', 'modules/utilities/utilities.js',
    'modules/zotero-schema/schema.json', 'node_modules']) {
    if (!fs.existsSync(path.join(serverDir, need))) {
      console.error(`${serverDir} lacks ${need}: make the checkout as bench/zotero/README.md says (submodules and npm install).`);
      process.exit(2);
    }
  }
}

/** Starts it and resolves when it listens; the child is killed by the caller. */
async function start(serverDir, port) {
  // Its config reads NODE_CONFIG over config/default.json5: listen on loopback only, on the port given.
  const child = spawn(process.execPath, ['src/server.js'], {
    cwd: serverDir,
    env: { ...process.env, NODE_CONFIG: JSON.stringify({ host: '127.0.0.1', port }), NO_PROXY: '127.0.0.1,localhost', no_proxy: '127.0.0.1,localhost' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let log = '';
  child.stdout.on('data', d => { log += d; });
  child.stderr.on('data', d => { log += d; });
  for (let i = 0; i < 120; i++) {
    if (/Listening on/.test(log)) return child;
    if (child.exitCode !== null) throw new Error(`translation-server exited:\n${log}`);
    await sleep(500);
  }
  child.kill();
  throw new Error(`translation-server did not start in 60 s:\n${log}`);
}

/** Zotero's creator as the tables print it: one field (Zotero's single-field mode) or family and given. */
const creatorText = c => (c.name !== undefined ? `${c.name} [1 field]` : `${c.lastName}, ${c.firstName} [2 fields]`);

module.exports = { checkCheckout, start, creatorText };
