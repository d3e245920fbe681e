import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { understandMessage, understandMessages } from '../../../shared/classify/understand-message';
import { MailParseError } from '../../../shared/mail/errors';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
const corpusDir = path.resolve(repoRoot, '..', 'shared', 'corpus');
const corpus = readdirSync(corpusDir)
  .filter((name) => name.endsWith('.eml'))
  .sort()
  .map((name) => readFileSync(path.join(corpusDir, name)));

describe('understandMessages', () => {
  it('understands each message as understandMessage does, in input order', async () => {
    // Prepare
    const raws = corpus.slice(0, 40);

    // Act
    const results = await understandMessages(raws);

    // Assess
    const expected = await Promise.all(raws.map((raw) => understandMessage(raw)));
    expect(results).toEqual(expected.map((value) => ({ status: 'fulfilled', value })));
  });

  it('gives an unreadable message its error in its place and reads the others', async () => {
    // Prepare
    const notMail = Buffer.from([0, 159, 146, 150, 0, 255]);
    const [first, second] = corpus as [Buffer, Buffer];

    // Act
    const results = await understandMessages([first, notMail, second]);

    // Assess
    expect(results.map((result) => result.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
    expect(results[1]?.status === 'rejected' && results[1].reason).toBeInstanceOf(MailParseError);
    expect(results[2]).toEqual({ status: 'fulfilled', value: await understandMessage(second) });
  });
});
