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
// no case or order number is printed (roughly three labels say it is for two that say none), so their reference
// floor sits below the corpus's 90 %.
const WRITTEN_SETS = [
  { name: 'held-out set', folder: 'holdout', messages: 48, referenceFloor: 90 },
  { name: 'batches of 2026-11-26', folder: 'batches-2026-11-26', messages: 19785, referenceFloor: 88 },
];

describe.each(WRITTEN_SETS)(
  'the $name, through the whole pipeline',
  ({ name, folder, messages, referenceFloor }) => {
    // Some seventeen thousand messages through the whole pipeline: past the default timeout on a busy machine.
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
