// Compares GsiPortal's own Chicago, APA and MLA with what citeproc-js makes of its CSL-JSON under the real styles.
// Usage: node compare.cjs http://127.0.0.1:5160 STYLES_DIR   (see README.md here; the site must be running)
// The pinpoint travels as CSL's cite locator, read back from the note's "Pinpoint:" line.
const fs = require('fs');
const path = require('path');
const CSL = require('citeproc');

const [base, dir] = process.argv.slice(2);
const cases = [
  ['paper/commitments/4', ''], ['paper/commitments/4', 's2-s3'], ['paper', ''],
  ['commentaries/lei-kezhong', ''], ['commentaries/lei-kezhong', 'p5'], ['commentaries/ovais-ali-khokhar', ''],
  ['commentaries/dong-chunling', ''], ['commentaries/chen-xiangyang', ''],
];
const styles = { chicago: 'chicago-notes-bibliography.csl', apa: 'apa.csl', mla: 'modern-language-association.csl' };
const locale = fs.readFileSync(path.join(dir, 'locales-en-US.xml'), 'utf8');

function locatorOf(item) {
  const m = /^Pinpoint: (.*)$/m.exec(item.note || '');
  if (!m) return null;
  const place = m[1];
  if (place.startsWith('pt. ')) return { label: 'part', locator: place.slice(4) };
  const p = /^paras?\. (.*)$/.exec(place);
  return p ? { label: 'paragraph', locator: p[1] } : { label: 'section', locator: place };
}

function format(style, item, cite, html) {
  const sys = { retrieveLocale: () => locale, retrieveItem: () => item };
  const engine = new CSL.Engine(sys, style, 'en-US');
  engine.setOutputFormat(html ? 'html' : 'text');
  engine.updateItems([item.id]);
  const citation = engine.processCitationCluster({ citationItems: [{ id: item.id, ...(cite || {}) }], properties: { noteIndex: 1 } }, [], [])[1][0][1];
  const bibliography = engine.makeBibliography()[1].join('').trim();
  return { citation, bibliography };
}

(async () => {
  const out = [];
  for (const [p, at] of cases) {
    const q = at ? `&at=${at}` : '';
    const item = JSON.parse(await (await fetch(`${base}/cite/${p}?format=csl-json${q}`)).text())[0];
    const cite = locatorOf(item);
    const row = { address: `/${p}${at ? '#' + at : ''}`, locator: cite, styles: {} };
    for (const [key, file] of Object.entries(styles)) {
      const style = fs.readFileSync(path.join(dir, file), 'utf8');
      const ours = (await (await fetch(`${base}/cite/${p}?format=${key}${q}`)).text()).trim();
      row.styles[key] = { ours, citeproc: format(style, item, cite, false) };
    }
    out.push(row);
  }
  process.stdout.write(JSON.stringify(out, null, 2) + '\n');
})();
