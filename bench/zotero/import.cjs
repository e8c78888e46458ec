// Imports every kind of GsiPortal page with Zotero's own translators, through a translation-server checkout you made
// (see README.md here: nothing of Zotero is vendored or downloaded by this script), and checks each item against the
// site's own CSL-JSON for the page. Prints a compact table; exits 1 if any import is wrong.
// Usage: node bench/zotero/import.cjs TRANSLATION_SERVER_DIR http://127.0.0.1:5370 [--port 5371] [--json]
'use strict';
const { checkCheckout, start, creatorText } = require('./server.cjs');

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
checkCheckout(serverDir);
const server = `http://127.0.0.1:${port}`;

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
  // No page gives pages: a part or an item is a place in the work, cited by the citation's locator, not the item's Pages.
  // A text's URL is the page in this edition, as the site's citations carry it by default (the CSL-JSON's URL).
  const fixed = p => `/editions/${edition}${p}`;
  return [
    ['paper (the work)', '/paper', '/paper', fixed('/paper'), undefined],
    ['part', '/paper/commitments', '/paper/commitments', fixed('/paper/commitments'), undefined],
    ['item', '/paper/commitments/4', '/paper/commitments/4', fixed('/paper/commitments/4'), undefined],
    ['sentences (fragment)', '/paper/commitments/4#s2-s3', '/paper/commitments/4', fixed('/paper/commitments/4'), undefined],
    ['reference (/ref, 308)', '/ref/II.4', '/paper/commitments/4', fixed('/paper/commitments/4'), undefined],
    ['fixed edition item', fixed('/paper/commitments/4'), '/paper/commitments/4', fixed('/paper/commitments/4'), undefined],
    ...commentaries.map(c => ['commentary', c, c, fixed(c), undefined]),
    ['about', '/about', null, '/about', undefined],
    ['term', term, null, term, undefined],
  ];
}

const container = it => it.publicationTitle ?? it.websiteTitle ?? it.blogTitle ?? '';
const isUrl = s => /^https?:\/\//.test(s ?? '');

/** What the site's own CSL-JSON says Zotero should hold, compared field by field. */
function check(item, csl, expectedUrl, expectedPages) {
  const wrong = [];
  const want = (what, actual, expected) => { if (actual !== expected) wrong.push(`${what} ${JSON.stringify(actual)} ≠ ${JSON.stringify(expected)}`); };
  want('url', item.url, expectedUrl);
  if (csl) want('url (the CSL-JSON\'s)', item.url, csl.URL);
  for (const genre of ['reportType', 'websiteType', 'postType']) if (item[genre]) wrong.push(`${genre} "${item[genre]}" (printed by the styles)`);
  if (isUrl(container(item))) wrong.push(`container is a URL: ${container(item)}`);
  if (!csl) {
    if (item.creators.length) wrong.push('a page that is no text has an author');
    return wrong;
  }
  want('itemType', item.itemType, csl.type);
  want('title', item.title, csl.title);
  // Zotero keeps a person as family and given name (two fields), whatever order the name is written in: it has no
  // field for CSL's static-ordering, and the same item comes from the page, our RIS, BibTeX and CSL-JSON (cite.cjs).
  const expectedCreators = (csl.author ?? []).map(a => (a.literal !== undefined ? `${a.literal} [1 field]` : `${a.family}, ${a.given} [2 fields]`));
  want('creators', item.creators.map(creatorText).join('; '), expectedCreators.join('; '));
  if (csl.type === 'report') {
    want('institution', item.institution, csl.publisher);
    want('pages', item.pages, expectedPages);
  } else {
    want('websiteTitle', item.websiteTitle, csl['container-title'] ?? 'GsiPortal');
  }
  // An approximate date (CSL's circa: a year the editors infer) must stay one in Zotero: written with a circa prefix or
  // EDTF's "~" or "?", which Zotero's CSL export reads as circa (zotero/utilities since August 2026) or, earlier, as a season.
  const circa = /^(?:circa |ca\.? ?|c\. ?|~)|[~?]$/i;
  const approximate = circa.test((item.date ?? '').trim());
  const parts = (item.date ?? '').trim().replace(circa, '').split(/[-/]/).map(Number);
  want('date', (approximate ? 'circa ' : '') + parts.join('-'), (csl.issued.circa ? 'circa ' : '') + csl.issued['date-parts'][0].join('-'));
  return wrong;
}

(async () => {
  const child = await start(serverDir, port);
  let failures = 0;
  const rows = [];
  const all = {};
  try {
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
