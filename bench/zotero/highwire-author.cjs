// What Zotero makes of a citation_author, by Zotero's own code: Embedded Metadata.js's processHighwireCreators
// (zotero/translators) and utilities.js's cleanAuthor (zotero/utilities), read from the files given and run as written.
// Nothing of Zotero is in this repository. Usage, from snapshots of the two repositories:
//   git --git-dir=$SNAPSHOTS/utilities show HEAD:utilities.js > /tmp/utilities.js
//   git --git-dir=$SNAPSHOTS/translators show "HEAD:Embedded Metadata.js" > /tmp/em.js
//   node bench/zotero/highwire-author.cjs /tmp/utilities.js /tmp/em.js ["a name" …]
// Only the case fix (capitalizeTitle, for names all in capitals) is left out: none of ours is.
const fs = require('fs');
const [utilitiesFile, translatorFile, ...names] = process.argv.slice(2);
if (!translatorFile) { console.error('usage: node highwire-author.cjs utilities.js "Embedded Metadata.js" [name …]'); process.exit(2); }
const u = fs.readFileSync(utilitiesFile, 'utf8');
const start = u.indexOf('cleanAuthor: function');
let depth = 0, i = u.indexOf('{', start), end;
for (let j = i; j < u.length; j++) { if (u[j] == '{') depth++; if (u[j] == '}' && --depth == 0) { end = j + 1; break; } }
const Utilities = { XRegExp: (p) => new RegExp(p.replace('\\pL', '\\p{L}'), 'u') };
const ZU = { cleanAuthor: eval('(function' + u.slice(u.indexOf('(', start), end) + ')') };
const em = fs.readFileSync(translatorFile, 'utf8');
const grab = (name) => { const s = em.indexOf('function ' + name); let d = 0, k = em.indexOf('{', s); for (let j = k; ; j++) { if (em[j] == '{') d++; if (em[j] == '}' && --d == 0) return em.slice(s, j + 1); } };
eval(grab('fixCase')); eval(grab('processHighwireCreators'));
ZU.capitalizeTitle = (s) => s;
const getContentText = () => 'en';
const given = names.length ? names : ["Ministry of Foreign Affairs of the People's Republic of China,", "Ministry of Foreign Affairs of the People's Republic of China", "Lei, Kezhong"];
for (const v of given)
  console.log(JSON.stringify(v), '->', JSON.stringify(processHighwireCreators([{ nodeValue: v }], 'author', null)));
