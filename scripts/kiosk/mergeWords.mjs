// One-off helper: adds the kiosk's new words (one top-level object, kioskPlus) to each common.json.
import { readFileSync, writeFileSync } from 'node:fs';
const words = JSON.parse(readFileSync(process.argv[2], 'utf8'));
const fix = (lang, s) => (lang === 'fr' ? s.replace(/ ([:;!?»])/g, '\u202f$1').replace(/« /g, '«\u202f') : s);
for (const [lang, entries] of Object.entries(words)) {
  const file = `locales/${lang}/common.json`;
  const json = JSON.parse(readFileSync(file, 'utf8'));
  json.kioskPlus = Object.fromEntries(Object.entries(entries).map(([k, v]) => [k, fix(lang, v)]));
  writeFileSync(file, JSON.stringify(json, null, 2) + '\n');
}
