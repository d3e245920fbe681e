import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import * as sesLocal from 'aws-ses-v2-local';
import S3rver from 's3rver';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { handler as inboundHandler } from '../../../functions/inbound-email';
import { getCase } from '../../../shared/store/cases';
import { getProcessedMessage } from '../../../shared/store/messages';
import { saveUser } from '../../../shared/store/users';
import { makeUser } from '../../helpers/case-builders';
import { createTestTable, type TestTable } from '../../helpers/dynamodb-local';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
const corpusMessage = path.resolve(
  repoRoot,
  '..',
  'shared',
  'corpus',
  '1005-hulu-phone-cancel-refund-two-promises-gmail.eml',
);
const eventFile = path.join(repoRoot, 'tests', 'fixtures', 'events', 'ses', 'hulu-refund-forward.json');

const ALERT_DOMAIN = 'alerts.inbox-watcher.test';
const BUCKET = 'raw-mail';
const PREFIX = 'incoming/';
// s3rver checks signatures against its fixed key pair; DynamoDB Local accepts any.
const CREDENTIALS = { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' };

interface SesEvent {
  Records: { ses: { mail: { messageId: string } } }[];
}

let local: TestTable;
let s3rver: S3rver;
let s3Directory: string;
let s3Endpoint: string;
let sesEmulator: Server;
let sesUrl: string;
let handler: typeof inboundHandler;
const event = JSON.parse(readFileSync(eventFile, 'utf8')) as SesEvent;
const messageId = event.Records[0]?.ses.mail.messageId ?? '';

beforeAll(async () => {
  local = await createTestTable('inbound');
  s3Directory = mkdtempSync(path.join(tmpdir(), 's3rver-'));
  s3rver = new S3rver({
    address: '127.0.0.1',
    port: 0,
    silent: true,
    directory: s3Directory,
    configureBuckets: [{ name: BUCKET }],
  });
  const { port } = await s3rver.run();
  s3Endpoint = `http://127.0.0.1:${port}`;

  await storeRawMessage(messageId, readFileSync(corpusMessage));

  // Reply confirmations go out over SES, as on AWS; the emulator keeps what it was sent.
  const startSes = ((sesLocal as { default?: unknown }).default ?? sesLocal) as (config: {
    host: string;
    port: number;
  }) => Promise<Server>;
  sesEmulator = await startSes({ host: '127.0.0.1', port: 0 });
  sesUrl = `http://127.0.0.1:${(sesEmulator.address() as AddressInfo).port}`;

  await saveUser(
    local.table,
    null,
    makeUser({ id: 'tyler', forwardingAddresses: ['tnguyen.mail@gmail.com'], timeZone: 'America/Chicago' }),
  );

  // The handler reads its configuration once, at import: set the environment first.
  vi.stubEnv('TABLE_NAME', local.table.name);
  vi.stubEnv('DYNAMODB_ENDPOINT', local.endpoint);
  vi.stubEnv('AWS_REGION', 'us-east-1');
  vi.stubEnv('AWS_ACCESS_KEY_ID', CREDENTIALS.accessKeyId);
  vi.stubEnv('AWS_SECRET_ACCESS_KEY', CREDENTIALS.secretAccessKey);
  vi.stubEnv('RAW_MAIL_BUCKET', BUCKET);
  vi.stubEnv('RAW_MAIL_PREFIX', PREFIX);
  vi.stubEnv('S3_ENDPOINT', s3Endpoint);
  vi.stubEnv('ALERT_FROM', `inbox-watcher <alerts@${ALERT_DOMAIN}>`);
  vi.stubEnv('ALERT_CHANNEL', 'ses');
  vi.stubEnv('SES_ENDPOINT', sesUrl);
  vi.stubEnv('LOG_LEVEL', 'error');
  ({ handler } = await import('../../../functions/inbound-email'));
});

afterAll(async () => {
  vi.unstubAllEnvs();
  if (sesEmulator) await new Promise((resolve) => sesEmulator.close(resolve));
  await s3rver?.close();
  rmSync(s3Directory, { recursive: true, force: true });
  await local?.drop();
});

/** What the SES S3 action does before invoking the function: store the raw message under <prefix><messageId>. */
async function storeRawMessage(id: string, body: Buffer | string): Promise<void> {
  const s3 = new S3Client({
    region: 'us-east-1',
    endpoint: s3Endpoint,
    forcePathStyle: true,
    credentials: CREDENTIALS,
    requestChecksumCalculation: 'WHEN_REQUIRED',
    responseChecksumValidation: 'WHEN_REQUIRED',
  });
  await s3.send(new PutObjectCommand({ Bucket: BUCKET, Key: `${PREFIX}${id}`, Body: body }));
  s3.destroy();
}

/** The receipt event of another message from the same delivery, under its own SES message id. */
function eventFor(id: string): SesEvent {
  const copy = structuredClone(event);
  if (copy.Records[0]) copy.Records[0].ses.mail.messageId = id;
  return copy;
}

describe('Function: inbound-email', () => {
  it('turns a forwarded vendor message stored by SES into a case with its deadlines', async () => {
    // Act
    const result = await handler(event);

    // Assess
    expect(result.disposition).toBe('CONTINUE');
    expect(result.outcomes).toEqual([expect.objectContaining({ status: 'processed', userId: 'tyler' })]);
    const outcome = result.outcomes[0];
    const caseId = outcome?.status === 'processed' ? outcome.caseId : '';
    const stored = await getCase(local.table, caseId);
    expect(stored).toMatchObject({ userId: 'tyler', status: 'open', vendor: { domain: 'hulu.com' } });

    // The vendor promised the refund within two business days of Wed 3 June, counted in Hulu's zone
    // (America/Los_Angeles, from the vendor directory): it falls due at the end of Friday 5 June there.
    const refund = stored?.expectations.find((expectation) => expectation.expect === 'refund.confirmed');
    expect(refund).toMatchObject({
      status: 'pending',
      dueAt: '2026-06-06T06:59:59.000Z',
      timeZone: 'America/Los_Angeles',
      source: { kind: 'promise', messageId, within: { value: 2, unit: 'business_days' } },
    });
    // The confirmation email was promised within one hour of the vendor's message.
    const cancellation = stored?.expectations.find(
      (expectation) => expectation.expect === 'cancellation.confirmed',
    );
    expect(cancellation?.status).toBe('pending');
    expect(Date.parse(cancellation?.dueAt ?? '') - Date.parse(cancellation?.promisedAt ?? '')).toBe(
      3_600_000,
    );

    const entry = stored?.timeline.find((item) => item.type === 'message');
    expect(entry?.details).toMatchObject({
      messageId,
      kinds: ['cancellation.received', 'refund.received'],
      rawLocation: `s3://${BUCKET}/${PREFIX}${messageId}`,
    });
    expect(await getProcessedMessage(local.table, messageId)).toMatchObject({ outcome: 'processed', caseId });
  });

  it('changes nothing when SES delivers the same event again', async () => {
    // Act
    const again = await handler(event);

    // Assess
    expect(again.outcomes).toEqual([expect.objectContaining({ status: 'duplicate' })]);
  });

  it("applies the user's reply to an alert and confirms it over SES from the alert address", async () => {
    // Prepare: the user answers an alert of the case the first test opened.
    const caseId = (await getProcessedMessage(local.table, messageId))?.caseId ?? '';
    expect(caseId).not.toBe('');
    const replyId = 'reply0snooze0two0days0lambda0000000001';
    await storeRawMessage(
      replyId,
      [
        'From: Tyler Nguyen <tnguyen.mail@gmail.com>',
        'To: watch@inbox-watcher.test',
        'Subject: Re: Overdue: Hulu refund confirmation',
        'Date: Thu, 04 Jun 2026 09:00:00 -0500',
        'Message-ID: <reply-1@mail.gmail.com>',
        `In-Reply-To: <alert-a1.case-${caseId}@${ALERT_DOMAIN}>`,
        `References: <case-${caseId}@${ALERT_DOMAIN}> <alert-a1.case-${caseId}@${ALERT_DOMAIN}>`,
        'Content-Type: text/plain; charset=utf-8',
        '',
        'snooze 2d',
        '',
      ].join('\r\n'),
    );

    // Act
    const result = await handler(eventFor(replyId));

    // Assess
    expect(result.outcomes).toEqual([
      expect.objectContaining({ status: 'reply-command', caseId, command: 'snooze', result: 'applied' }),
    ]);
    expect((await getCase(local.table, caseId))?.snoozedUntil).toEqual(expect.any(String));
    const stored = (await (await fetch(`${sesUrl}/store`)).json()) as {
      emails: { from: string; destination: { to: string[] } }[];
    };
    expect(stored.emails).toHaveLength(1);
    expect(stored.emails[0]?.from).toContain(`alerts@${ALERT_DOMAIN}`);
    expect(stored.emails[0]?.destination.to.join(' ')).toContain('tyler@example.test');
  });

  it('fails the invocation on an event that is not an SES receipt, so Lambda retries or dead-letters it', async () => {
    await expect(handler({ Records: [{ eventSource: 'aws:s3' }] })).rejects.toThrow(/invalid SES event/);
  });

  it('fails the invocation when the stored message is missing', async () => {
    await expect(handler(eventFor('not-stored'))).rejects.toThrow();
  });
});
