import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../helpers/corpus';
import { measure, missedTargets } from './quality-report';

const fixtures = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', 'fixtures');

// Messages written apart from the corpus (other vendors, phrasings and clients), labelled when written and
// scored once before any rule was changed for them: stand-ins for the unseen set the same targets are
// measured on. Each folder's README gives those first, untuned figures.
// The batches' writers disagree on whether a customer, member or account number is the vendor's reference when
// no case or order number is printed (roughly three labels say it is for two that say none). The split follows the
// message: where it states a cancellation or refund nearly nine labels in ten give the number, on a bill or notice
// that states nothing about two in three say none; the engine reads it so (strength 0, only beside a stated kind).
// The floor is the whole figure just under the 92.5 % measured then.
const WRITTEN_SETS = [
  { name: 'held-out set', folder: 'holdout', messages: 48, referenceFloor: 90 },
  { name: 'batches of 2026-11-26', folder: 'batches-2026-11-26', messages: 29025, referenceFloor: 92 },
];

describe.each(WRITTEN_SETS)(
  'the $name, through the whole pipeline',
  ({ name, folder, messages, referenceFloor }) => {
    // Some twenty-five thousand messages through the whole pipeline: past the default timeout on a busy machine.
    it('meets the quality targets', async () => {
      const { report, misses } = await measure(loadCorpus(path.join(fixtures, folder)));
      console.log(
        `classify ${name} report ${JSON.stringify(report)}${misses.length ? `\n${misses.join('\n')}` : ''}`,
      );
      expect(report.messages).toBe(messages);
      const failures = missedTargets(report, referenceFloor);
      expect(failures, `${failures.join(', ')}\nmisses:\n${misses.join('\n')}`).toEqual([]);
    }, 180_000);
  },
);
