import { describe, expect, it } from 'vitest';
import { understandMessage } from '../../../shared/classify/understand-message';
import { type CorpusLabel, loadCorpus } from '../../helpers/corpus';

interface Outcome {
  file: string;
  label: CorpusLabel;
  kinds: boolean;
  falseConfirmations: string[];
  vendor: boolean;
  money: boolean;
  promises: boolean;
  language: boolean;
  reference: boolean;
  misses: string[];
}

const promiseKey = (promises: { expect: string; within: { value: number; unit: string } }[]) =>
  promises.map((promise) => `${promise.expect} ${promise.within.value} ${promise.within.unit}`).sort();

async function judge(file: string, raw: Buffer, label: CorpusLabel): Promise<Outcome> {
  const got = await understandMessage(raw);
  const sameKinds = JSON.stringify([...got.kinds].sort()) === JSON.stringify([...label.kinds].sort());
  const outcome: Outcome = {
    file,
    label,
    kinds: sameKinds,
    falseConfirmations: got.kinds.filter(
      (kind) => kind.endsWith('.confirmed') && !label.kinds.includes(kind),
    ),
    vendor: got.vendor === label.vendor,
    money: got.amount === label.amount && got.currency === label.currency,
    promises: JSON.stringify(promiseKey(got.promises)) === JSON.stringify(promiseKey(label.promises)),
    language: got.language === label.language,
    reference: got.reference === label.reference,
    misses: [],
  };
  if (!outcome.kinds)
    outcome.misses.push(`kinds ${JSON.stringify(got.kinds)} ≠ ${JSON.stringify(label.kinds)}`);
  if (!outcome.vendor) outcome.misses.push(`vendor ${got.vendor} ≠ ${label.vendor}`);
  if (!outcome.money)
    outcome.misses.push(`amount ${got.amount} ${got.currency} ≠ ${label.amount} ${label.currency}`);
  if (!outcome.promises) {
    outcome.misses.push(
      `promises ${JSON.stringify(promiseKey(got.promises))} ≠ ${JSON.stringify(promiseKey(label.promises))}`,
    );
  }
  if (!outcome.language) outcome.misses.push(`language ${got.language} ≠ ${label.language}`);
  if (!outcome.reference) outcome.misses.push(`reference ${got.reference} ≠ ${label.reference}`);
  return outcome;
}

const percent = (outcomes: Outcome[], pick: (outcome: Outcome) => boolean) =>
  (100 * outcomes.filter(pick).length) / outcomes.length;

describe('the labelled corpus, through the whole pipeline', () => {
  it('meets the quality targets', async () => {
    const outcomes = await Promise.all(
      loadCorpus().map((message) => judge(message.file, message.raw, message.label)),
    );
    const report = {
      messages: outcomes.length,
      kindsExact: percent(outcomes, (o) => o.kinds),
      falseConfirmations: outcomes.reduce((sum, o) => sum + o.falseConfirmations.length, 0),
      vendor: percent(outcomes, (o) => o.vendor),
      amountAndCurrency: percent(outcomes, (o) => o.money),
      promises: percent(outcomes, (o) => o.promises),
      language: percent(outcomes, (o) => o.language),
      reference: percent(outcomes, (o) => o.reference),
    };
    const misses = outcomes
      .filter((o) => o.misses.length > 0)
      .map((o) => `${o.file}: ${o.misses.join('; ')}`);
    console.log(
      `classify corpus report ${JSON.stringify(report)}${misses.length ? `\n${misses.join('\n')}` : ''}`,
    );

    const failures: string[] = [];
    if (report.kindsExact < 95) failures.push(`kinds exact ${report.kindsExact.toFixed(1)}% < 95%`);
    if (report.falseConfirmations > 0) failures.push(`${report.falseConfirmations} false confirmation(s)`);
    if (report.amountAndCurrency < 95)
      failures.push(`amount+currency ${report.amountAndCurrency.toFixed(1)}% < 95%`);
    if (report.promises < 90) failures.push(`promises ${report.promises.toFixed(1)}% < 90%`);
    if (report.language < 95) failures.push(`language ${report.language.toFixed(1)}% < 95%`);
    if (report.reference < 90) failures.push(`reference ${report.reference.toFixed(1)}% < 90%`);
    expect(failures, `${failures.join(', ')}\nmisses:\n${misses.join('\n')}`).toEqual([]);
  });
});
