// Compares GsiPortal's own Chicago, APA and MLA with what citeproc-js makes of the site's CSL citation object
// (/cite/…?format=csl-citation) under the real styles: the object is handed to processCitationCluster as served, its
// item (itemData) to the engine, so the pinpoint reaches the styles as the cite locator the site itself wrote.
// Usage: node compare.cjs http://127.0.0.1:5160 STYLES_DIR   (see README.md here; the site must be running)
const fs = require('fs');
const path = require('path');
const CSL = require('citeproc');

const [base, dir] = process.argv.slice(2);
const cases = [
  ['paper/commitments/4', ''], ['paper/commitments/4', 's2-s3'], ['paper', ''],
  ['commentaries/lei-kezhong', ''], ['commentaries/lei-kezhong', 'p5'], ['commentaries/ovais-ali-khokhar', ''],
  ['commentaries/dong-chunling', ''], ['commentaries/chen-xiangyang', ''],
  // A paragraph of the paper: its pinpoint is a part's locator that names the paragraph ("I, para. 3").
  ['paper/background', ''], ['paper/background', 'background-p3'],
];
const styles = { chicago: 'chicago-notes-bibliography.csl', apa: 'apa.csl', mla: 'modern-language-association.csl' };
const locale = fs.readFileSync(path.join(dir, 'locales-en-US.xml'), 'utf8');

function format(style, served, html) {
  const items = Object.fromEntries(served.citationItems.map(c => [c.id, c.itemData]));
  const sys = { retrieveLocale: () => locale, retrieveItem: id => items[id] };
  const engine = new CSL.Engine(sys, style, 'en-US');
  engine.setOutputFormat(html ? 'html' : 'text');
  engine.updateItems(Object.keys(items));
  const citation = engine.processCitationCluster(served, [], [])[1][0][1];
  const bibliography = engine.makeBibliography()[1].join('').trim();
  return { citation, bibliography };
}

// Two places in one work, cited one after the other as a writer does (¶4, then ¶7; sentence 3 of commitment 4, then
// commitment 5): one item for the work, so one bibliography entry, and each citation with its own pinpoint.
const twoPlaces = [
  ['commentaries/ovais-ali-khokhar', 'p4', 'commentaries/ovais-ali-khokhar', 'p7'],
  ['paper/commitments/4', 's3', 'paper/commitments/5', ''],
];

function formatTwo(style, first, second) {
  const items = {};
  for (const served of [first, second]) for (const c of served.citationItems) items[c.id] ??= c.itemData;
  const sys = { retrieveLocale: () => locale, retrieveItem: id => items[id] };
  const engine = new CSL.Engine(sys, style, 'en-US');
  engine.setOutputFormat('text');
  engine.updateItems(Object.keys(items));
  const one = engine.processCitationCluster(first, [], [])[1][0][1];
  const two = engine.processCitationCluster(second, [[first.citationID, 1]], [])[1].find(r => r[0] === 1)[1];
  const entries = engine.makeBibliography()[1].map(e => e.trim());
  return { citations: [one, two], entries };
}

(async () => {
  const out = [];
  for (const [p1, at1, p2, at2] of twoPlaces) {
    const get = async (p, at) => JSON.parse(await (await fetch(`${base}/cite/${p}?format=csl-citation${at ? `&at=${at}` : ''}`)).text());
    const [first, second] = [await get(p1, at1), await get(p2, at2)];
    const row = { twoPlaces: [`/${p1}${at1 ? '#' + at1 : ''}`, `/${p2}${at2 ? '#' + at2 : ''}`], ids: [first.citationItems[0].id, second.citationItems[0].id], styles: {} };
    for (const [key, file] of Object.entries(styles)) row.styles[key] = formatTwo(fs.readFileSync(path.join(dir, file), 'utf8'), first, second);
    out.push(row);
  }
  for (const [p, at] of cases) {
    const q = at ? `&at=${at}` : '';
    const served = JSON.parse(await (await fetch(`${base}/cite/${p}?format=csl-citation${q}`)).text());
    const cite = served.citationItems[0];
    const row = { address: `/${p}${at ? '#' + at : ''}`, locator: cite.locator ? { label: cite.label, locator: cite.locator } : null, styles: {} };
    for (const [key, file] of Object.entries(styles)) {
      const style = fs.readFileSync(path.join(dir, file), 'utf8');
      const ours = (await (await fetch(`${base}/cite/${p}?format=${key}${q}`)).text()).trim();
      row.styles[key] = { ours, citeproc: format(style, served, false) };
    }
    out.push(row);
  }
  process.stdout.write(JSON.stringify(out, null, 2) + '\n');
})();
