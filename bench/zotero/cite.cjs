// What a Zotero user's document prints: each text page, and our RIS, BibTeX and CSL-JSON of it, imported by Zotero's own
// translators (translation-server /web and /import), exported by Zotero as CSL-JSON (/export, the item its word-processor
// plugins hand citeproc), then printed by citeproc-js with the real APA 7, Chicago 18 notes and MLA 9 styles: a first
// note or in-text citation, a later one, and the bibliography entry. Checks that the four ways in give the same item
// (type, creators, website or institution, date). Prints a Markdown table; exits 1 if any way in differs.
// Usage: node bench/zotero/cite.cjs TRANSLATION_SERVER_DIR SITE_URL STYLES_DIR [--port 5371]
//   STYLES_DIR as for bench/citeproc/compare.cjs; citeproc from bench/citeproc (npm ci there first).
'use strict';
const fs = require('fs');
const path = require('path');
const { checkCheckout, start, creatorText } = require('./server.cjs');
const CSL = require('../citeproc/node_modules/citeproc');

const args = process.argv.slice(2);
const portAt = args.indexOf('--port');
const port = portAt < 0 ? 5371 : Number(args.splice(portAt, 2)[1]);
const [serverDir, siteArg, stylesDir] = args;
if (!serverDir || !siteArg || !stylesDir) {
  console.error('usage: node cite.cjs TRANSLATION_SERVER_DIR SITE_URL STYLES_DIR [--port 5371]');
  process.exit(2);
}
checkCheckout(serverDir);
const site = siteArg.replace(/\/$/, '');
const server = `http://127.0.0.1:${port}`;
const styles = { chicago: 'chicago-notes-bibliography.csl', apa: 'apa.csl', mla: 'modern-language-association.csl' };
const locale = fs.readFileSync(path.join(stylesDir, 'locales-en-US.xml'), 'utf8');

async function post(endpoint, body, type = 'text/plain', retried = false) {
  let res;
  try {
    res = await fetch(server + endpoint, { method: 'POST', headers: { 'Content-Type': type }, body });
  } catch (e) {
    // translation-server may close a kept-alive connection between two requests (undici reports UND_ERR_SOCKET, or
    // ECONNRESET when the close meets the request: twice in this session's runs); a POST is not retried by fetch itself.
    if (!retried && ['UND_ERR_SOCKET', 'ECONNRESET'].includes(e.cause?.code)) return post(endpoint, body, type, true);
    throw new Error(`${endpoint} ${String(body).slice(0, 80)}: ${e.cause?.message ?? e.message}`);
  }
  const text = await res.text();
  if (res.status !== 200) throw new Error(`${endpoint}: ${res.status} ${text.slice(0, 200)}`);
  return JSON.parse(text);
}

/** The parent item Zotero saved (child notes aside). */
async function imported(address, source) {
  const items = source === 'page'
    ? await post('/web', site + address)
    : await post('/import', await (await fetch(`${site}/cite${address}?format=${source}`)).text());
  const parents = items.filter(i => i.itemType !== 'note' && i.itemType !== 'attachment');
  if (parents.length !== 1) throw new Error(`${address} ${source}: ${parents.length} items`);
  return { item: parents[0], notes: items.filter(i => i.itemType === 'note').length };
}

/** A first cite, a later one and the bibliography entry, as a word processor's plugin asks citeproc for them. */
function print(styleFile, csl) {
  const item = { ...csl, id: 'item' };
  const engine = new CSL.Engine({ retrieveLocale: () => locale, retrieveItem: () => item },
    fs.readFileSync(path.join(stylesDir, styleFile), 'utf8'), 'en-US');
  engine.setOutputFormat('text');
  engine.updateItems(['item']);
  const first = engine.processCitationCluster({ citationID: 'c1', citationItems: [{ id: 'item' }], properties: { noteIndex: 1 } }, [], [])[1][0][1];
  const later = engine.processCitationCluster({ citationID: 'c2', citationItems: [{ id: 'item' }], properties: { noteIndex: 2 } }, [['c1', 1]], [])[1].pop()[1];
  return { first, later, bibliography: engine.makeBibliography()[1].join('').trim() };
}

/** What is compared between the ways in: type, creators, website or institution, and the date citeproc is given. */
const summary = (it, csl) => ({
  itemType: it.itemType,
  creators: it.creators.map(creatorText).join('; '),
  container: it.websiteTitle ?? it.publicationTitle ?? it.institution ?? '—',
  // An approximate date as citeproc gets it: CSL's circa (zotero/utilities since August 2026), or the season Zotero's
  // older export makes of a "circa" prefix, which Chicago's notes and MLA print.
  date: (csl.issued?.['date-parts']?.[0] ?? []).map(Number).join('-')
    + (csl.issued?.circa ? ' circa' : csl.issued?.season ? ` (season "${csl.issued.season}")` : ''),
});
const text = s => Object.values(s).join(' | ');
const year = date => date.replace(/ .*/, '');
// Where a commentary states no venue, the page's import takes the website's title from og:site_name; the downloads
// name none, since the original's venue is unknown. And where the editors infer the date, the page's item is
// approximate ("circa 2023") and a download's may be plain: RIS and BibTeX have no form for it, and the pinned
// utilities' CSL-JSON import drops circa (the downloads keep "Date inferred from the text" as a note). Those are the
// differences allowed: the same year, nothing else.
const same = (got, page) => {
  const alike = { ...got, container: got.container === '—' && page.container === 'GsiPortal' ? 'GsiPortal' : got.container };
  if (text(alike) === text(page)) return 'same';
  return (alike.date !== page.date && /circa|season/.test(page.date) && !/circa|season/.test(alike.date)
    && year(alike.date) === year(page.date) && text({ ...alike, date: page.date }) === text(page)) ? 'same, the date plain' : null;
};

(async () => {
  const child = await start(serverDir, port);
  let failures = 0;
  const rows = [];
  try {
    const addresses = ['/paper/commitments/4', ...new Set([...(await (await fetch(`${site}/commentaries`)).text())
      .matchAll(/href="(\/commentaries\/[a-z-]+)"/g)].map(m => m[1]))];
    for (const address of addresses) {
      let reference = null;
      for (const source of ['page', 'ris', 'bibtex', 'csl-json']) {
        const { item, notes } = await imported(address, source);
        const [csl] = await post('/export?format=csljson', JSON.stringify([item]), 'application/json');
        const got = summary(item, csl);
        reference ??= got;
        const ok = same(got, reference);
        if (!ok) failures++;
        const printed = Object.fromEntries(Object.entries(styles).map(([k, f]) => [k, print(f, csl)]));
        rows.push([address, source, text(got), notes, ok ?? 'DIFFERS', printed]);
      }
    }
  } finally {
    child.kill();
  }
  console.log('| address | from | itemType | creators | website / institution | date | child notes | as the page |\n|---|---|---|---|---|---|---|---|');
  for (const [address, source, got, notes, same] of rows) console.log(`| ${address} | ${source} | ${got} | ${notes} | ${same} |`);
  console.log('\nWhat the document prints (from the page; the other ways in print the same when they import the same):\n');
  for (const [address, source, , , , printed] of rows) {
    if (source !== 'page') continue;
    console.log(`${address}`);
    for (const [k, p] of Object.entries(printed)) {
      console.log(`  ${k.padEnd(7)} first: ${p.first}\n  ${''.padEnd(7)} later: ${p.later}\n  ${''.padEnd(7)} bibl.: ${p.bibliography}`);
    }
  }
  const plain = rows.filter(r => r[4] === 'same, the date plain').length;
  console.log(failures ? `\n${failures} way(s) in differ from the page's import`
    : `\nthe page, RIS, BibTeX and CSL-JSON import the same item${plain ? ` (${plain} with the editors' inferred year plain, where the page's is approximate)` : ''}`);
  process.exit(failures ? 1 : 0);
})().catch(e => { console.error(e); process.exit(2); });
