import { describe, expect, it } from 'vitest';
import { startSweepLoop } from '../../../functions/local/sweep-loop';
import { silentLogger } from '../../../shared/logger';

async function until(condition: () => boolean): Promise<void> {
  while (!condition()) await new Promise((resolve) => setTimeout(resolve, 2));
}

describe('startSweepLoop', () => {
  it('never starts a sweep while the previous one runs, and stop waits for the one in progress', async () => {
    let running = 0;
    let mostAtOnce = 0;
    let finished = 0;
    const releases: Array<() => void> = [];
    const loop = startSweepLoop({
      intervalMs: 1,
      logger: silentLogger,
      sweep: async () => {
        running += 1;
        mostAtOnce = Math.max(mostAtOnce, running);
        await new Promise<void>((resolve) => releases.push(resolve));
        running -= 1;
        finished += 1;
      },
    });
    // Many intervals pass while the first sweep is held.
    await new Promise((resolve) => setTimeout(resolve, 30));
    expect(releases).toHaveLength(1);
    releases[0]?.();
    await until(() => releases.length === 2);
    const stopped = loop.stop();
    releases[1]?.();
    await stopped;
    expect(finished).toBe(2);
    expect(mostAtOnce).toBe(1);
  });

  it('keeps sweeping after a sweep fails, and logs the failure', async () => {
    const errors: string[] = [];
    let calls = 0;
    const loop = startSweepLoop({
      intervalMs: 1,
      logger: { ...silentLogger, error: (message) => errors.push(message) },
      sweep: async () => {
        calls += 1;
        if (calls === 1) throw new Error('store unreachable');
      },
    });
    await until(() => calls >= 3);
    await loop.stop();
    expect(errors).toEqual(['sweep failed; trying again next time']);
  });
});
