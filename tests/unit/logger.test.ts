import { describe, expect, it } from 'vitest';
import { createJsonLogger } from '../../shared/logger';

const now = () => new Date('2026-03-02T10:00:00.000Z');

describe('Logger: JSON lines', () => {
  it('writes one JSON object per line with time, level, message and fields, child fields included', () => {
    // Prepare
    const lines: string[] = [];
    const logger = createJsonLogger({
      write: (line) => lines.push(line),
      now,
      fields: { function: 'inbound' },
    });

    // Act
    logger.child({ messageId: 'm-1' }).info('handled', { status: 'processed' });

    // Assess
    expect(lines.map((line) => JSON.parse(line))).toEqual([
      {
        time: '2026-03-02T10:00:00.000Z',
        level: 'info',
        message: 'handled',
        function: 'inbound',
        messageId: 'm-1',
        status: 'processed',
      },
    ]);
  });

  it('drops lines below its level and keeps what an error says', () => {
    // Prepare
    const lines: string[] = [];
    const logger = createJsonLogger({ level: 'warn', write: (line) => lines.push(line), now });

    // Act
    logger.info('quiet');
    logger.error('failed', { error: new TypeError('bad input') });

    // Assess
    expect(lines).toHaveLength(1);
    expect(JSON.parse(lines[0] ?? '{}').error).toMatchObject({ name: 'TypeError', message: 'bad input' });
  });
});
