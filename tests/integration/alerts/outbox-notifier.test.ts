import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { simpleParser } from 'mailparser';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AlertSendError } from '../../../shared/alerts/notifiers/notifier';
import {
  createOutboxNotifier,
  type OutboxFileSystem,
  outboxFileName,
} from '../../../shared/alerts/notifiers/outbox-notifier';
import { renderRawMessage } from '../../../shared/alerts/raw-message';
import { createJsonLogger, silentLogger } from '../../../shared/logger';
import { composeSample } from '../../unit/alerts/alert-builders';

let directory: string;

beforeEach(async () => {
  directory = await fs.mkdtemp(path.join(os.tmpdir(), 'outbox-test-'));
});

afterEach(async () => {
  await fs.rm(directory, { recursive: true, force: true });
});

const emlFiles = async () => (await fs.readdir(directory)).filter((name) => name.endsWith('.eml')).sort();

describe('Outbox notifier', () => {
  it('writes the alert as one .eml file and logs one line about it', async () => {
    const lines: string[] = [];
    const notifier = createOutboxNotifier({
      directory,
      logger: createJsonLogger({ write: (line) => lines.push(line) }),
    });
    const alert = composeSample();
    const receipt = await notifier.send(alert);

    expect(await emlFiles()).toEqual([outboxFileName('alert-1')]);
    expect(receipt).toEqual({ channel: 'outbox', id: path.join(directory, outboxFileName('alert-1')) });
    expect((await fs.readFile(receipt.id)).equals(renderRawMessage(alert))).toBe(true);
    expect(lines).toHaveLength(1);
    expect(JSON.parse(lines[0] ?? '{}')).toMatchObject({
      alertId: 'alert-1',
      caseId: 'case-abc_123',
      file: receipt.id,
    });
    expect(lines[0]).toContain(alert.subject);
  });

  it('creates the folder when it does not exist yet', async () => {
    const nested = path.join(directory, 'data', 'outbox');
    await createOutboxNotifier({ directory: nested, logger: silentLogger }).send(composeSample());
    expect(await fs.readdir(nested)).toEqual([outboxFileName('alert-1')]);
  });

  it('creates the folder once per notifier, not on every send', async () => {
    const mkdirCalls: string[] = [];
    const counting: OutboxFileSystem = {
      ...fs,
      mkdir: ((folder: string, options: { recursive: true }) => {
        mkdirCalls.push(folder);
        return fs.mkdir(folder, options);
      }) as OutboxFileSystem['mkdir'],
    };
    const notifier = createOutboxNotifier({
      directory: path.join(directory, 'outbox'),
      logger: silentLogger,
      fileSystem: counting,
    });
    await Promise.all([1, 2].map((index) => notifier.send(composeSample({ alertId: `alert-${index}` }))));
    await notifier.send(composeSample({ alertId: 'alert-3' }));
    expect(mkdirCalls).toEqual([path.join(directory, 'outbox')]);
    expect(await fs.readdir(path.join(directory, 'outbox'))).toHaveLength(3);
  });

  it('creates the folder again on the next send when making it failed, and at once when it was removed', async () => {
    let mkdirFailures = 1;
    const flaky: OutboxFileSystem = {
      ...fs,
      mkdir: ((folder: string, options: { recursive: true }) =>
        mkdirFailures-- > 0
          ? Promise.reject(Object.assign(new Error('busy'), { code: 'EBUSY' }))
          : fs.mkdir(folder, options)) as OutboxFileSystem['mkdir'],
    };
    const outbox = path.join(directory, 'outbox');
    const notifier = createOutboxNotifier({ directory: outbox, logger: silentLogger, fileSystem: flaky });

    const refused = await notifier.send(composeSample()).catch((error: unknown) => error);
    await notifier.send(composeSample());
    await fs.rm(outbox, { recursive: true });
    const afterRemoval = await notifier.send(composeSample());

    expect(refused).toBeInstanceOf(AlertSendError);
    expect(afterRemoval.id).toBe(path.join(outbox, outboxFileName('alert-1')));
    expect(await fs.readdir(outbox)).toEqual([outboxFileName('alert-1')]);
  });

  it('replaces the file when the same alert is sent again', async () => {
    const notifier = createOutboxNotifier({ directory, logger: silentLogger });
    await notifier.send(composeSample());
    const resent = composeSample({ now: new Date('2025-12-18T16:05:00.000Z') });
    await notifier.send(resent);
    expect(await emlFiles()).toEqual([outboxFileName('alert-1')]);
    const parsed = await simpleParser(await fs.readFile(path.join(directory, outboxFileName('alert-1'))));
    expect(parsed.date?.toISOString()).toBe('2025-12-18T16:05:00.000Z');
  });

  it('leaves one complete file when writers race on the same alert, and one file per alert otherwise', async () => {
    const notifier = createOutboxNotifier({ directory, logger: silentLogger });
    const versions = Array.from({ length: 20 }, (_, minute) =>
      composeSample({ now: new Date(Date.UTC(2025, 11, 18, 16, minute)) }),
    );
    await Promise.all(versions.map((alert) => notifier.send(alert)));
    expect(await fs.readdir(directory)).toEqual([outboxFileName('alert-1')]);
    const written = await fs.readFile(path.join(directory, outboxFileName('alert-1')));
    const renderings = versions.map((alert) => renderRawMessage(alert));
    expect(renderings.some((rendering) => rendering.equals(written))).toBe(true);

    const distinct = Array.from({ length: 20 }, (_, index) => composeSample({ alertId: `alert-${index}-x` }));
    await Promise.all(distinct.map((alert) => notifier.send(alert)));
    expect(await emlFiles()).toHaveLength(21);
  });

  it('shows no .eml while a write is cut short before the rename, only a hidden temporary file', async () => {
    let renameCalled: () => void = () => {};
    const renameReached = new Promise<void>((resolve) => {
      renameCalled = resolve;
    });
    const stalled: OutboxFileSystem = {
      ...fs,
      rename: () => {
        renameCalled();
        return new Promise<void>(() => {}); // the process "dies" here
      },
    };
    void createOutboxNotifier({ directory, logger: silentLogger, fileSystem: stalled }).send(composeSample());
    await renameReached;

    const names = await fs.readdir(directory);
    expect(await emlFiles()).toEqual([]);
    expect(names).toHaveLength(1);
    expect(names[0]).toMatch(/^\..*\.tmp$/);
  });

  it('reports a failed write as retryable and cleans its temporary file up', async () => {
    const failing: OutboxFileSystem = {
      ...fs,
      rename: async () => {
        throw Object.assign(new Error('disk full'), { code: 'ENOSPC' });
      },
    };
    const failure = await createOutboxNotifier({ directory, logger: silentLogger, fileSystem: failing })
      .send(composeSample())
      .catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(AlertSendError);
    expect(failure).toMatchObject({ channel: 'outbox', permanent: false });
    expect(await fs.readdir(directory)).toEqual([]);
  });
});

describe('Outbox file names', () => {
  it('are stable per alert id and differ for ids differing only in case', () => {
    expect(outboxFileName('AbC')).toBe(outboxFileName('AbC'));
    expect(outboxFileName('AbC').toLowerCase()).not.toBe(outboxFileName('abc').toLowerCase());
  });

  it('keep path separators and dots out of the name', () => {
    const name = outboxFileName('../../etc/passwd');
    expect(name).toMatch(/^[A-Za-z0-9_-]+\.eml$/);
    expect(path.basename(name)).toBe(name);
  });
});
