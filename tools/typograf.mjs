// Russian typography for the built Russian pages: non-breaking spaces where a line must not break.
// Run by the Russian build (refcheck/mkdocs_hooks.py, on_post_build): node tools/typograf.mjs SITE_DIR
// It rewrites every .html file under SITE_DIR except the English build (en/). Typograf
// (https://github.com/typograf/typograf) leaves markup, <code>, <pre> and attributes alone; only
// the rules below run, so nothing but spaces changes.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Typograf from 'typograf';

// What the style guide (STYLE.md, «Типографика») asks for, each rule Typograf's own where it has one.
// Units and counted words a number must stay with (tests/test_site.py checks the same list).
const UNITS =
  'с|мс|мкс|мин|ч|сек|секунд[а-яё]*|минут[а-яё]*|час[а-яё]*|байт[а-яё]*|[КМГ]и?Б|раз[а-яё]*|' +
  'строк[а-яё]*|задач[а-яё]*|поток[а-яё]*|процесс[а-яё]*|элемент[а-яё]*|соединени[а-яё]*|%';
Typograf.addRule({
  // «0,5 с», «3 задачи»: Typograf's afterNumber leaves some of these (one-letter units, after a
  // decimal comma); a number and its unit never part.
  name: 'ru/nbsp/afterNumberUnit',
  handler: (text) =>
    text.replace(new RegExp(`(\\d) (?=(?:${UNITS})(?![а-яёА-ЯЁ]))`, 'g'), '$1\u00a0'),
});
Typograf.addRule({
  // «150 000 байт»: the groups of a number written with spaces stay on one line.
  name: 'ru/nbsp/thousands',
  handler: (text) => text.replace(/(\d) (?=\d{3}(?!\d))/g, '$1\u00a0'),
});
Typograf.addRule({
  // «Python 3.13»: the name and its version.
  name: 'ru/nbsp/version',
  handler: (text) => text.replace(/\b(Python|CPython|Material|MkDocs|pytest|aiofiles) (?=\d)/g, '$1\u00a0'),
});

export const RULES = [
  'common/nbsp/afterNumber', // «20 байт»
  'common/nbsp/afterShortWord', // «в цикле», «и задача»
  'ru/nbsp/abbr', // «т. е.»
  'ru/dash/main', // « — » keeps to the word before it; a spaced hyphen becomes a dash
  'ru/nbsp/afterNumberUnit',
  'ru/nbsp/thousands',
  'ru/nbsp/version',
];

export function typographer() {
  const tp = new Typograf({ locale: ['ru', 'en-US'], htmlEntity: { type: 'default' } });
  tp.disableRule('*');
  for (const rule of RULES) tp.enableRule(rule);
  // Typograf keeps <pre>, <code>, <script>, <style> and comments as they are; so must it keep
  // pictures (the timelines' SVG), keyboard input and program output.
  tp.addSafeTag('<svg[^>]*>', '</svg>');
  tp.addSafeTag('<kbd[^>]*>', '</kbd>');
  tp.addSafeTag('<samp[^>]*>', '</samp>');
  tp.addSafeTag('<textarea[^>]*>', '</textarea>');
  return tp;
}

function* htmlFiles(dir, top) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      if (!(dir === top && entry.name === 'en')) yield* htmlFiles(path, top);
    } else if (entry.name.endsWith('.html')) {
      yield path;
    }
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const site = process.argv[2];
  if (!site) {
    console.error('usage: node tools/typograf.mjs SITE_DIR');
    process.exit(2);
  }
  const tp = typographer();
  let count = 0;
  for (const file of htmlFiles(site, site)) {
    const html = readFileSync(file, 'utf8');
    const out = tp.execute(html);
    if (out !== html) writeFileSync(file, out);
    count++;
  }
  console.log(`typograf: ${count} Russian pages in ${site}`);
}
