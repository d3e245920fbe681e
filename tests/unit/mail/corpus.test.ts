import { beforeAll, describe, expect, it } from 'vitest';
import { readVendorMessage } from '../../../shared/mail/read-vendor-message';
import type { VendorMessage } from '../../../shared/mail/types';
import { identifyVendor } from '../../../shared/mail/vendor';
import { type CorpusMessage, loadCorpus } from '../../helpers/corpus';

const TARGETS = { vendor: 0.98, forward: 0.95, forwarder: 0.98 };

interface Reading {
  item: CorpusMessage;
  message: VendorMessage;
  vendor: string | null;
}

let readings: Reading[] = [];

beforeAll(async () => {
  readings = await Promise.all(
    loadCorpus().map(async (item) => {
      const message = await readVendorMessage(item.raw);
      return { item, message, vendor: identifyVendor(message).domain };
    }),
  );
});

function score(
  name: keyof typeof TARGETS,
  actual: (reading: Reading) => unknown,
  expected: (item: CorpusMessage) => unknown,
) {
  const misses = readings
    .filter((reading) => actual(reading) !== expected(reading.item))
    .map(
      (reading) =>
        `${reading.item.file}: got ${String(actual(reading))}, want ${String(expected(reading.item))}`,
    );
  const rate = (readings.length - misses.length) / readings.length;
  console.log(
    `corpus ${name}: ${(rate * 100).toFixed(1)}% of ${readings.length}${misses.length ? `\n  ${misses.join('\n  ')}` : ''}`,
  );
  return { rate, misses };
}

describe('mail layer over the labelled corpus', () => {
  it('identifies the vendor domain', () => {
    const { rate, misses } = score(
      'vendor',
      (reading) => reading.vendor,
      (item) => item.label.vendor,
    );
    expect(rate, misses.join('\n')).toBeGreaterThanOrEqual(TARGETS.vendor);
  });

  it('recognises how the message was forwarded', () => {
    const { rate, misses } = score(
      'forward',
      (reading) => reading.message.forward,
      (item) => item.label.forward,
    );
    expect(rate, misses.join('\n')).toBeGreaterThanOrEqual(TARGETS.forward);
  });

  it('names the forwarder', () => {
    const { rate, misses } = score(
      'forwarder',
      (reading) => reading.message.forwarder?.address ?? null,
      (item) => item.label.forwarder,
    );
    expect(rate, misses.join('\n')).toBeGreaterThanOrEqual(TARGETS.forwarder);
  });

  it('gives every message a vendor text without quoted lines, forward headers or the forwarder note', () => {
    const problems = readings.flatMap(({ item, message }) => {
      const found: string[] = [];
      if (message.text.length < 80) found.push('text too short');
      if (/^\s*>/m.test(message.text)) found.push('quoted line left');
      if (/^\s*(From|Von|De|Da|От)\s*:.*@/m.test(message.text)) found.push('header block left');
      if (message.forwarderNote && message.text.includes(message.forwarderNote))
        found.push('note inside text');
      return found.map((problem) => `${item.file}: ${problem}`);
    });
    expect(problems).toEqual([]);
  });

  it('keeps only the newest message of the reply chains', () => {
    const chains = readings.filter(({ item }) => /^>/m.test(item.raw.toString('latin1')));
    expect(chains.length).toBeGreaterThan(0);
    for (const { message } of chains) {
      expect(message.text).not.toMatch(/\b(wrote|написа|schrieb|a écrit|escribió|ha scritto)\s*:\s*$/im);
    }
  });

  it('dates every vendor message', () => {
    expect(readings.filter(({ message }) => message.date === null).map(({ item }) => item.file)).toEqual([]);
  });
});
