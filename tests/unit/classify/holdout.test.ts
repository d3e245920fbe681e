import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../helpers/corpus';
import { measure, missedTargets } from './quality-report';

// Messages written apart from the corpus (other vendors, phrasings and clients) and labelled before the
// classifier ever saw them: a stand-in for the unseen set the same targets are measured on.
const holdoutDir = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  '..',
  '..',
  'fixtures',
  'holdout',
);

describe('the held-out set, through the whole pipeline', () => {
  it('meets the quality targets on messages the rules were not written from', async () => {
    const { report, misses } = await measure(loadCorpus(holdoutDir));
    console.log(
      `classify holdout report ${JSON.stringify(report)}${misses.length ? `\n${misses.join('\n')}` : ''}`,
    );
    expect(report.messages).toBe(48);
    const failures = missedTargets(report);
    expect(failures, `${failures.join(', ')}\nmisses:\n${misses.join('\n')}`).toEqual([]);
  });
});
