import type { Logger } from '../../shared/logger';

/** A running sweep timer. */
export interface SweepLoop {
  /** Stops the timer and waits for a sweep in progress to finish. */
  stop(): Promise<void>;
}

export interface SweepLoopOptions {
  intervalMs: number;
  /** One sweep as of `now`; a failure is logged and the next tick tries again. */
  sweep(now: Date): Promise<void>;
  logger: Logger;
  clock?: () => Date;
}

/**
 * Runs `sweep` every `intervalMs`, first right away. The next run is scheduled only when the previous one has
 * finished, so sweeps never overlap however long one takes.
 */
export function startSweepLoop(options: SweepLoopOptions): SweepLoop {
  const clock = options.clock ?? (() => new Date());
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> = Promise.resolve();

  const tick = () => {
    running = options
      .sweep(clock())
      .catch((error: unknown) => options.logger.error('sweep failed; trying again next time', { error }))
      .finally(() => {
        if (!stopped) timer = setTimeout(tick, options.intervalMs);
      });
  };
  tick();

  return {
    async stop() {
      stopped = true;
      clearTimeout(timer);
      await running;
    },
  };
}
