import { execFile } from 'node:child_process';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
const bin = path.join(repoRoot, 'functions', 'cli', 'bin.mjs');
const run = promisify(execFile);

async function classify(...args: string[]): Promise<{ code: number; stdout: string }> {
  try {
    const { stdout } = await run(process.execPath, [bin, 'classify', ...args], { cwd: repoRoot });
    return { code: 0, stdout };
  } catch (error) {
    const failed = error as { code: number; stdout: string };
    return { code: failed.code, stdout: failed.stdout };
  }
}

const vendorMail = [
  'From: Maria Ivanova <maria@example.org>',
  'To: watch@inbox-watcher.test',
  'Subject: Fwd: Your refund request',
  'Date: Tue, 16 Dec 2025 09:00:00 -0500',
  'Message-ID: <cli-test-1@example.org>',
  'Content-Type: text/plain; charset=utf-8',
  '',
  'See below.',
  '',
  '---------- Forwarded message ---------',
  'From: Constant Contact Billing <billing@mail.constantcontact.com>',
  'Date: Tue, Dec 16, 2025 at 8:12 AM',
  'Subject: Your refund request',
  'To: Maria Ivanova <maria@example.org>',
  '',
  'Hi Maria,',
  '',
  'We have received your refund request for $12.00 (case CC-4471).',
  'Your refund will be processed within two business days.',
  '',
  'Constant Contact Billing',
  '',
].join('\r\n');

describe('inbox-watcher classify', () => {
  it('prints one JSON line per file in input order, with the contract fields', async () => {
    // Prepare
    const dir = await mkdtemp(path.join(tmpdir(), 'classify-'));
    const first = path.join(dir, 'first.eml');
    const second = path.join(dir, 'second.eml');
    await writeFile(first, vendorMail);
    await writeFile(second, vendorMail.replace('$12.00', '$30.50'));

    // Act
    const { code, stdout } = await classify(first, second);

    // Assess
    expect(code).toBe(0);
    const lines = stdout
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line));
    expect(lines.map((line) => line.file)).toEqual([first, second]);
    expect(Object.keys(lines[0])).toEqual([
      'file',
      'kinds',
      'vendor',
      'vendorName',
      'amount',
      'currency',
      'reference',
      'language',
      'promises',
      'forward',
      'evidence',
    ]);
    expect(lines[0]).toMatchObject({
      kinds: ['refund.received'],
      vendor: 'constantcontact.com',
      amount: '12.00',
      currency: 'USD',
      language: 'en',
      promises: [{ expect: 'refund.confirmed', within: { value: 2, unit: 'business_days' } }],
      forward: 'gmail-inline',
    });
    expect(lines[1].amount).toBe('30.50');
    expect(lines[0].evidence.length).toBeGreaterThan(0);
  });

  it('reports unreadable and non-mail files on their own line, goes on, and exits 1', async () => {
    // Prepare
    const dir = await mkdtemp(path.join(tmpdir(), 'classify-'));
    const good = path.join(dir, 'good.eml');
    const binary = path.join(dir, 'binary.eml');
    await writeFile(good, vendorMail);
    await writeFile(binary, Buffer.from([0, 159, 146, 150, 0, 255, 1, 2, 3]));

    // Act
    const { code, stdout } = await classify(path.join(dir, 'missing.eml'), binary, good);

    // Assess
    expect(code).toBe(1);
    const lines = stdout
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line));
    expect(lines).toHaveLength(3);
    expect(lines[0]).toEqual({ file: path.join(dir, 'missing.eml'), error: 'file not found' });
    expect(lines[1].file).toBe(binary);
    expect(typeof lines[1].error).toBe('string');
    expect(lines[2].kinds).toEqual(['refund.received']);
  });

  it('keeps input order over more files than one batch reads, failures among them', async () => {
    // Prepare
    const dir = await mkdtemp(path.join(tmpdir(), 'classify-'));
    const files = await Promise.all(
      Array.from({ length: 70 }, async (_, index) => {
        const file = path.join(dir, `mail-${index}.eml`);
        if (index % 9 !== 4) await writeFile(file, vendorMail.replace('$12.00', `$${index + 1}.00`));
        return file;
      }),
    );

    // Act
    const { code, stdout } = await classify(...files);

    // Assess
    expect(code).toBe(1);
    const lines = stdout
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line));
    expect(lines.map((line) => line.file)).toEqual(files);
    lines.forEach((line, index) => {
      if (index % 9 === 4) expect(line.error).toBe('file not found');
      else expect(line.amount).toBe(`${index + 1}.00`);
    });
  });

  it('prints a readable block per file with --pretty', async () => {
    // Prepare
    const dir = await mkdtemp(path.join(tmpdir(), 'classify-'));
    const file = path.join(dir, 'mail.eml');
    await writeFile(file, vendorMail);

    // Act
    const { code, stdout } = await classify('--pretty', file);

    // Assess
    expect(code).toBe(0);
    expect(stdout).toContain('kinds:     refund.received');
    expect(stdout).toContain('<constantcontact.com>');
    expect(stdout).toContain('refund.confirmed within 2 business_days');
  });
});
