import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createSmtpIntake } from '../../../functions/local/smtp-intake';
import type { InboundEmail } from '../../../shared/cases/ingest';

let folder: string;
beforeEach(async () => {
  folder = await mkdtemp(path.join(tmpdir(), 'iw-intake-'));
});
afterEach(async () => {
  await rm(folder, { recursive: true, force: true });
});

const message = {
  raw: Buffer.from('From: maria@example.com\r\nSubject: hi\r\n\r\nbody\r\n'),
  mailFrom: 'maria@example.com',
  recipients: ['watch@inbox-watcher.localhost'],
  remoteAddress: '127.0.0.1',
};

describe('createSmtpIntake', () => {
  it('keeps the raw message before ingesting it, and ingests it with its location and envelope', async () => {
    const seen: InboundEmail[] = [];
    const intake = createSmtpIntake({
      rawFolder: folder,
      clock: () => new Date('2026-12-01T10:00:00Z'),
      ingest: async (email) => {
        expect(existsSync(email.rawLocation ?? '')).toBe(true);
        seen.push(email);
        return {
          status: 'processed',
          messageId: email.messageId,
          userId: 'u1',
          via: 'forwarder',
          caseId: 'c1',
          events: [],
        };
      },
    });
    const reply = await intake(message);
    expect(seen).toHaveLength(1);
    expect(seen[0]).toMatchObject({
      envelope: { mailFrom: 'maria@example.com', recipients: ['watch@inbox-watcher.localhost'] },
      receivedAt: new Date('2026-12-01T10:00:00Z'),
      rawLocation: path.join(folder, seen[0]?.messageId ?? ''),
    });
    expect(reply).toBe(`queued as ${seen[0]?.messageId}: processed, case c1`);
  });

  it('gives a replayed message the same id, so the pipeline sees a duplicate', async () => {
    const ids: string[] = [];
    const intake = createSmtpIntake({
      rawFolder: folder,
      ingest: async (email) => {
        ids.push(email.messageId);
        return { status: 'duplicate', messageId: email.messageId, firstOutcome: 'processed' };
      },
    });
    await intake(message);
    expect(await intake(message)).toMatch(/duplicate of an earlier delivery \(processed\)$/);
    expect(ids[0]).toBe(ids[1]);
  });
});
