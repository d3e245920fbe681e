/**
 * The machine code the language rules compile to. V8 compiles each regexp on its first run, once for one-byte and
 * once for two-byte text; a phrase tried rarely costs mostly the time its code takes to come into the CPU caches
 * (docs/performance.md). Compiles each language's phrases in a fresh process, runs each on a one-byte and a
 * two-byte sentence and prints the code they added: per language, and the largest phrases. Then classifies the
 * corpus and prints the process's whole code space.
 *
 *   npm run bench:rule-code [-- --top 12]
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { getHeapSpaceStatistics } from 'node:v8';
import { LANGUAGES } from '../shared/classify/language-packs';
import { understandMessage } from '../shared/classify/understand-message';

const { values } = parseArgs({ options: { top: { type: 'string', default: '12' } } });
const corpusDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', 'shared', 'corpus');

/** Bytes in V8's code spaces (regular and large code objects). */
function codeBytes(): number {
  return getHeapSpaceStatistics()
    .filter((space) => space.space_name.startsWith('code'))
    .reduce((sum, space) => sum + space.space_used_size, 0);
}

const ONE_BYTE = 'we have processed your refund of 12.00 for order 12345, within 5 business days';
// A character beyond Latin-1 makes V8 hold the string, and run the regexp's code, as two-byte.
const TWO_BYTE = `${ONE_BYTE} — €`;
const MiB = 2 ** 20;

interface PhraseCode {
  name: string;
  bytes: number;
  source: string;
}

const phrases: PhraseCode[] = [];
const atStart = codeBytes();
for (const language of LANGUAGES) {
  const pack = language.pack();
  const before = codeBytes();
  pack.signals.forEach((signal, position) => {
    const regex = signal.atWordStart ?? signal.regex;
    const start = codeBytes();
    for (const text of [ONE_BYTE, TWO_BYTE]) {
      regex.lastIndex = 0;
      regex.test(text);
    }
    phrases.push({
      name: `${language.language} ${signal.kind} #${position}`,
      bytes: codeBytes() - start,
      source: regex.source,
    });
  });
  const count = pack.signals.length;
  console.log(
    `${language.language}: ${count} phrases, ${((codeBytes() - before) / MiB).toFixed(1)} MiB of machine code`,
  );
}
const total = codeBytes() - atStart;
phrases.sort((a, b) => b.bytes - a.bytes);
const shareOf = (count: number) =>
  (phrases.slice(0, count).reduce((sum, phrase) => sum + phrase.bytes, 0) / total) * 100;
console.log(
  `all phrases: ${(total / MiB).toFixed(1)} MiB; the largest 20 hold ${shareOf(20).toFixed(0)} %, ` +
    `the largest 100 ${shareOf(100).toFixed(0)} %`,
);
for (const phrase of phrases.slice(0, Number(values.top))) {
  const opening = phrase.source.replaceAll(/\(\?<!\[0-9_a-z[^\]]*\]\)/g, '').slice(0, 70);
  console.log(`${(phrase.bytes / 1024).toFixed(0).padStart(6)} KiB  ${phrase.name.padEnd(28)} ${opening}`);
}

for (const name of readdirSync(corpusDir).filter((file) => file.endsWith('.eml'))) {
  await understandMessage(readFileSync(path.join(corpusDir, name)));
}
console.log(`code space after classifying the corpus once: ${(codeBytes() / MiB).toFixed(1)} MiB`);
