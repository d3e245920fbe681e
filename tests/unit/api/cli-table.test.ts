import { describe, expect, it } from 'vitest';
import { formatTable, shortTime } from '../../../functions/cli/cli-table';

describe('formatTable', () => {
  it('aligns columns under the header and cuts long cells', () => {
    const text = formatTable(
      ['ID', 'TITLE'],
      [
        ['a', 'x'.repeat(60)],
        ['long-id', 'short'],
      ],
      10,
    );

    expect(text).toBe(`ID       TITLE\na        xxxxxxxxx…\nlong-id  short\n`);
  });
});

describe('shortTime', () => {
  it('shortens ISO times with offset or Z, and shows a dash for none', () => {
    expect(shortTime('2026-12-17T23:59:59.000-05:00')).toBe('2026-12-17 23:59 -05:00');
    expect(shortTime('2026-12-18T04:59:59.000Z')).toBe('2026-12-18 04:59 UTC');
    expect(shortTime(null)).toBe('-');
  });
});
