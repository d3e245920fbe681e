import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MailParseError } from '../../../shared/mail/errors';
import { readVendorMessage } from '../../../shared/mail/read-vendor-message';
import type { VendorMessage } from '../../../shared/mail/types';
import { identifyVendor } from '../../../shared/mail/vendor';
import { loadCorpus } from '../../helpers/corpus';

const corpus = loadCorpus().map((item) => item.raw);

// A position as a share of the message; fc.double leans towards tiny values, which would empty most inputs.
const share = fc.integer({ min: 0, max: 1000 }).map((value) => value / 1000);

type Outcome = 'message' | 'refused';

/** Reads the input; anything thrown other than MailParseError fails the property. */
async function outcomeOf(raw: Buffer): Promise<Outcome> {
  let message: VendorMessage;
  try {
    message = await readVendorMessage(raw);
  } catch (error) {
    if (error instanceof MailParseError) return 'refused';
    throw error;
  }
  expect(typeof message.text).toBe('string');
  identifyVendor(message);
  return 'message';
}

/** A corpus message cut short, with bytes overwritten and a slice removed. */
const mangledMessage = fc
  .record({
    index: fc.nat({ max: corpus.length - 1 }),
    // Truncated anywhere past the first fifth: shorter stubs are mostly refused, rightly.
    keep: share.map((value) => 0.2 + 0.8 * value),
    flips: fc.array(fc.record({ at: share, byte: fc.integer({ min: 0, max: 255 }) }), {
      maxLength: 20,
    }),
    cut: fc.record({ at: share, length: fc.nat({ max: 400 }) }),
  })
  .map(({ index, keep, flips, cut }) => {
    const source = corpus[index] ?? Buffer.alloc(0);
    const bytes = Buffer.from(source.subarray(0, Math.floor(source.length * keep)));
    for (const flip of flips) {
      if (bytes.length > 0) bytes[Math.floor(flip.at * (bytes.length - 1))] = flip.byte;
    }
    const from = Math.floor(cut.at * bytes.length);
    return Buffer.concat([bytes.subarray(0, from), bytes.subarray(from + cut.length)]);
  });

describe('readVendorMessage on hostile input', () => {
  it('never throws anything but MailParseError on arbitrary bytes', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 2000 }), async (bytes) => {
        await outcomeOf(Buffer.from(bytes));
      }),
      { numRuns: 300 },
    );
  });

  it('never throws anything but MailParseError on header-like text', async () => {
    const headerLine = fc
      .tuple(
        fc.constantFrom('From', 'To', 'Subject', 'Date', 'Content-Type', 'X-Forwarded-For'),
        fc.string({ maxLength: 80 }),
      )
      .map(([name, value]) => `${name}: ${value}`);
    await fc.assert(
      fc.asyncProperty(
        fc.array(headerLine, { maxLength: 8 }),
        fc.string({ maxLength: 500 }),
        async (headers, body) => {
          await outcomeOf(Buffer.from(`${headers.join('\r\n')}\r\n\r\n${body}`));
        },
      ),
      { numRuns: 200 },
    );
  });

  it('reads most truncated and mangled corpus messages and never crashes on them', async () => {
    const outcomes: Outcome[] = [];
    await fc.assert(
      fc.asyncProperty(mangledMessage, async (raw) => {
        outcomes.push(await outcomeOf(raw));
      }),
      // A fixed seed keeps the share of readable inputs, asserted below, stable from run to run.
      { numRuns: 200, seed: 20260413 },
    );
    const read = outcomes.filter((outcome) => outcome === 'message').length;
    expect(read / outcomes.length).toBeGreaterThan(0.8);
  });
});
