/**
 * CPU time of the classifier (`classifyText`) per corpus message, language by language, and cycling over all of
 * them: what a change to one language file costs. The machine's noise is large (±20 %), so compare against the
 * commit before the change in alternating runs, not against a number.
 *
 *   npm run bench:languages [-- --rounds 200]
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { type ClassifiableMessage, classifyText } from '../shared/classify/classify-text';
import { readVendorMessage } from '../shared/mail/read-vendor-message';
import { identifyVendor } from '../shared/mail/vendor';

const { values } = parseArgs({ options: { rounds: { type: 'string', default: '200' } } });
const rounds = Number(values.rounds);
const corpusDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', 'shared', 'corpus');
const labels = readFileSync(path.join(corpusDir, 'labels.jsonl'), 'utf8')
  .split('\n')
  .filter((line) => line.trim())
  .map((line) => JSON.parse(line) as { file: string; language: string });

const byLanguage = new Map<string, ClassifiableMessage[]>();
for (const label of labels) {
  const message = await readVendorMessage(readFileSync(path.join(corpusDir, label.file)));
  const input = { ...message, vendorDomain: identifyVendor(message).domain };
  byLanguage.set(label.language, [...(byLanguage.get(label.language) ?? []), input]);
}
const all = [...byLanguage.values()].flat();

function microsecondsPerMessage(inputs: ClassifiableMessage[], times: number): number {
  const started = process.cpuUsage();
  for (let round = 0; round < times; round++) for (const input of inputs) classifyText(input);
  const used = process.cpuUsage(started);
  return (used.user + used.system) / (times * inputs.length);
}

// Warm the JIT and compile every language's rules before measuring.
microsecondsPerMessage(all, 20);
const figures = [...byLanguage.entries()]
  .sort(([a], [b]) => a.localeCompare(b))
  .map(([language, inputs]) => `${language} ${microsecondsPerMessage(inputs, rounds).toFixed(0)}`);
console.log(`classifyText, µs of CPU per corpus message: ${figures.join(', ')}`);
console.log(
  `cycling over all ${all.length}: ${microsecondsPerMessage(all, Math.ceil(rounds / 4)).toFixed(0)}`,
);
