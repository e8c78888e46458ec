// Imports every kind of GsiPortal page with Zotero's own translators, through a translation-server checkout you made
// (see README.md here: nothing of Zotero is vendored or downloaded by this script), and checks each item against the
// site's own CSL-JSON for the page. Prints a compact table; exits 1 if any import is wrong.
// Usage: node bench/zotero/import.cjs TRANSLATION_SERVER_DIR http://127.0.0.1:5370 [--port 5371] [--json]
'use strict';
const fs = require('fs');
const path = require('path');
const { spawn } = require('child_process');

const args = process.argv.slice(2);
const flag = name => { const i = args.indexOf(name); return i < 0 ? null : args.splice(i, name === '--json' ? 1 : 2).slice(1)[0] ?? true; };
const dumpJson = flag('--json') !== null;
const port = Number(flag('--port') ?? 5371);
const [serverDir, siteArg] = args;
if (!serverDir || !siteArg) {
  console.error('usage: node import.cjs TRANSLATION_SERVER_DIR SITE_URL [--port 5371] [--json]');
  process.exit(2);
}
const site = siteArg.replace(/\/$/, '');
for (const need of ['src/server.js', 'modules/translators/Embedded Metadata.js', 'modules/translate/src/translation',
  'modules/utilities/utilities.js', 'modules/zotero-schema/schema.json', 'node_modules']) {
  if (!fs.existsSync(path.join(serverDir, need))) {
    console.error(`${serverDir} lacks ${need}: make the checkout as bench/zotero/README.md says (submodules and npm install).`);
    process.exit(2);
  }
}

const server = `http://127.0.0.1:${port}`;
const sleep = ms => new Promise(r => setTimeout(r, ms));

function startServer() {
  // Its config reads NODE_CONFIG over config/default.json5: listen on loopback only, on the port given.
  const child = spawn(process.execPath, ['src/server.js'], {
    cwd: serverDir,
    env: { ...process.env, NODE_CONFIG: JSON.stringify({ host: '127.0.0.1', port }), NO_PROXY: '127.0.0.1,localhost', no_proxy: '127.0.0.1,localhost' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let log = '';
  child.stdout.on('data', d => { log += d; });
  child.stderr.on('data', d => { log += d; });
  child.log = () => log;
  return child;
}

async function waitFor(child) {
  for (let i = 0; i < 120; i++) {
    if (/Listening on/.test(child.log())) return;
    if (child.exitCode !== null) throw new Error(`translation-server exited:\n${child.log()}`);
    await sleep(500);
  }
  throw new Error(`translation-server did not start in 60 s:\n${child.log()}`);
}

async function importUrl(url) {
  const res = await fetch(`${server}/web`, { method: 'POST', headers: { 'Content-Type': 'text/plain' }, body: url });
  const text = await res.text();
  if (res.status !== 200) return { error: `${res.status} ${text.slice(0, 120)}` };
  return { items: JSON.parse(text) };
}

async function siteJson(p) {
  const res = await fetch(site + p);
  if (!res.ok) throw new Error(`${p}: ${res.status}`);
  return res.json();
}

async function pages() {
  const edition = (await siteJson('/api/editions')).current;
  const commentaries = [...new Set([...(await (await fetch(`${site}/commentaries`)).text()).matchAll(/href="(\/commentaries\/[a-z-]+)"/g)].map(m => m[1]))];
  const term = /href="(\/terms\/[a-z-]+)"/.exec(await (await fetch(`${site}/terms`)).text())[1];
  // [kind, address posted, page whose CSL-JSON describes it (null: not a text), expected URL path, expected pages]
  return [
    ['paper (the work)', '/paper', '/paper', '/paper', undefined],
    ['part', '/paper/commitments', '/paper/commitments', '/paper/commitments', 'II.1-II.6'],
    ['item', '/paper/commitments/4', '/paper/commitments/4', '/paper/commitments/4', 'II.4'],
    ['sentences (fragment)', '/paper/commitments/4#s2-s3', '/paper/commitments/4', '/paper/commitments/4', 'II.4'],
    ['reference (/ref, 308)', '/ref/II.4', '/paper/commitments/4', '/paper/commitments/4', 'II.4'],
    ['fixed edition item', `/editions/${edition}/paper/commitments/4`, '/paper/commitments/4', `/editions/${edition}/paper/commitments/4`, 'II.4'],
    ...commentaries.map(c => ['commentary', c, c, c, undefined]),
    ['about', '/about', null, '/about', undefined],
    ['term', term, null, term, undefined],
  ];
}

const creatorText = c => (c.name !== undefined ? `${c.name} [1 field]` : `${c.lastName}, ${c.firstName} [2 fields]`);
const container = it => it.publicationTitle ?? it.websiteTitle ?? it.blogTitle ?? '';
const isUrl = s => /^https?:\/\//.test(s ?? '');

/** What the site's own CSL-JSON says Zotero should hold, compared field by field. */
function check(item, csl, expectedUrl, expectedPages) {
  const wrong = [];
  const want = (what, actual, expected) => { if (actual !== expected) wrong.push(`${what} ${JSON.stringify(actual)} ≠ ${JSON.stringify(expected)}`); };
  want('url', item.url, expectedUrl);
  for (const genre of ['reportType', 'websiteType', 'postType']) if (item[genre]) wrong.push(`${genre} "${item[genre]}" (printed by the styles)`);
  if (isUrl(container(item))) wrong.push(`container is a URL: ${container(item)}`);
  if (!csl) {
    if (item.creators.length) wrong.push('a page that is no text has an author');
    return wrong;
  }
  want('itemType', item.itemType, csl.type);
  want('title', item.title, csl.title);
  const expectedCreators = (csl.author ?? []).map(a => (a.literal !== undefined ? `${a.literal} [1 field]`
    // citeproc writes two fields given name first in notes: a family-first name is kept whole in one field.
    : a['static-ordering'] ? `${a.family} ${a.given} [1 field]` : `${a.family}, ${a.given} [2 fields]`));
  want('creators', item.creators.map(creatorText).join('; '), expectedCreators.join('; '));
  if (csl.type === 'report') {
    want('institution', item.institution, csl.publisher);
    want('pages', item.pages, expectedPages);
  } else {
    want('websiteTitle', item.websiteTitle, csl['container-title'] ?? 'GsiPortal');
  }
  const parts = (item.date ?? '').split(/[-/]/).map(Number);
  want('date', parts.join('-'), csl.issued['date-parts'][0].join('-'));
  return wrong;
}

(async () => {
  const child = startServer();
  let failures = 0;
  const rows = [];
  const all = {};
  try {
    await waitFor(child);
    for (const [kind, address, textPage, urlPath, expectedPages] of await pages()) {
      const result = await importUrl(site + address);
      const csl = textPage ? (await siteJson(`/cite${textPage}?format=csl-json`))[0] : null;
      if (result.error || result.items.length !== 1) {
        failures++;
        rows.push([kind, address, 'NO ITEM', result.error ?? `${result.items.length} items`]);
        continue;
      }
      const item = result.items[0];
      all[address] = item;
      const wrong = check(item, csl, site + urlPath, expectedPages);
      if (wrong.length) failures++;
      rows.push([kind, address, item.itemType, item.creators.map(creatorText).join('; ') || '—',
        container(item) || '—', item.institution ?? '—', item.date ?? '—', item.pages ?? '—',
        item.url.replace(site, '') || '/', wrong.length ? `WRONG: ${wrong.join('; ')}` : 'ok']);
    }
  } finally {
    child.kill();
  }
  const head = ['page kind', 'address', 'itemType', 'creators', 'publication/website', 'institution', 'date', 'pages', 'url', 'check'];
  console.log(`| ${head.join(' | ')} |\n|${head.map(() => '---').join('|')}|`);
  for (const r of rows) console.log(`| ${r.join(' | ')} |`);
  if (dumpJson) console.log(JSON.stringify(all, null, 2));
  console.log(failures ? `\n${failures} page(s) import wrong` : `\nall ${rows.length} pages import as the site's CSL-JSON says`);
  process.exit(failures ? 1 : 0);
})().catch(e => { console.error(e); process.exit(2); });
