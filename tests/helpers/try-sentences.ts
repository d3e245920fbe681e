/**
 * Runs short vendor texts through the classifier and prints each whose kinds differ from the ones given, with the
 * evidence, then how many were right. For coverage sweeps (docs/blind-batches.md):
 *
 *   npx tsx tests/helpers/try-sentences.ts ITEMS.jsonl
 *
 * Each line of ITEMS.jsonl: {"text": "…", "kinds": ["refund.received"], "subject": "optional"}.
 */
import { readFileSync } from 'node:fs';
import { classify } from '../unit/classify/classify-helpers';

interface Item {
  text: string;
  kinds: string[];
  subject?: string;
}

const items = readFileSync(process.argv[2] ?? '', 'utf8')
  .split('\n')
  .filter((line) => line.trim())
  .map((line) => JSON.parse(line) as Item);
let right = 0;
for (const [index, item] of items.entries()) {
  const reading = classify(item.text, item.subject);
  const got = JSON.stringify([...reading.kinds].sort());
  const wanted = JSON.stringify([...item.kinds].sort());
  if (got === wanted) {
    right++;
    continue;
  }
  console.log(`#${index + 1} got ${got} want ${wanted}`);
  console.log(`   ${item.text.slice(0, 300)}`);
  console.log(`   evidence: ${JSON.stringify(reading.evidence).slice(0, 300)}`);
}
console.log(`${right}/${items.length} right`);
