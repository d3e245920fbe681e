import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../helpers/corpus';
import { measure, missedTargets } from './quality-report';

describe('the labelled corpus, through the whole pipeline', () => {
  it('meets the quality targets', async () => {
    const { report, misses } = await measure(loadCorpus());
    console.log(
      `classify corpus report ${JSON.stringify(report)}${misses.length ? `\n${misses.join('\n')}` : ''}`,
    );
    const failures = missedTargets(report);
    expect(failures, `${failures.join(', ')}\nmisses:\n${misses.join('\n')}`).toEqual([]);
  });
});
