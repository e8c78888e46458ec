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

(async () => {
  const out = [];
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
