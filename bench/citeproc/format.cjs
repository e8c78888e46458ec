// Formats CSL-JSON with citeproc-js and the real CSL style files, as Zotero, Mendeley and Pandoc do.
// Usage: node format.cjs STYLES_DIR < cases.json > out.json
//   STYLES_DIR holds apa.csl, chicago-notes-bibliography.csl, modern-language-association.csl and locales-en-US.xml
//   (from the citation-style-language styles and locales repositories; no network at run time).
//   cases.json: [{"name": "...", "item": {CSL-JSON item}, "locator": "...", "label": "section"}]
// Prints, for each case and style, the note or in-text citation and the bibliography entry, as text and as HTML.
const fs = require('fs');
const path = require('path');
const CSL = require('citeproc');

const dir = process.argv[2];
const styles = { apa: 'apa.csl', chicago: 'chicago-notes-bibliography.csl', mla: 'modern-language-association.csl' };
const locale = fs.readFileSync(path.join(dir, 'locales-en-US.xml'), 'utf8');
const cases = JSON.parse(fs.readFileSync(0, 'utf8'));

const out = {};
for (const c of cases) {
  out[c.name] = {};
  for (const [key, file] of Object.entries(styles)) {
    const style = fs.readFileSync(path.join(dir, file), 'utf8');
    const result = {};
    for (const format of ['text', 'html']) {
      const sys = { retrieveLocale: () => locale, retrieveItem: id => (id === c.item.id ? c.item : undefined) };
      const engine = new CSL.Engine(sys, style, 'en-US');
      engine.setOutputFormat(format);
      engine.updateItems([c.item.id]);
      const cite = { id: c.item.id };
      if (c.locator) { cite.locator = c.locator; cite.label = c.label || 'section'; }
      const cluster = engine.processCitationCluster({ citationItems: [cite], properties: { noteIndex: 1 } }, [], []);
      result[`citation_${format}`] = cluster[1][0][1];
      const bib = engine.makeBibliography();
      result[`bibliography_${format}`] = bib[1].join('').trim();
    }
    out[c.name][key] = result;
  }
}
process.stdout.write(JSON.stringify(out, null, 2) + '\n');
