import { parseDurationText } from '../../cases/duration-text';
import type { PromiseWindows } from '../../cases/user';

/** Promise windows with the ones given as text ("10 business days") replacing `base` (already validated). */
export function windowsFrom(
  base: PromiseWindows,
  given: { cancellation?: string | undefined; refund?: string | undefined } | undefined,
): PromiseWindows {
  const read = (text: string | undefined, fallback: PromiseWindows[keyof PromiseWindows]) =>
    text === undefined ? fallback : (parseDurationText(text) ?? fallback);
  return {
    cancellation: read(given?.cancellation, base.cancellation),
    refund: read(given?.refund, base.refund),
  };
}
