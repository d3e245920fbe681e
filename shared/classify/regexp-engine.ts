import { setFlagsFromString } from 'node:v8';

/**
 * Has V8 compile each regexp compiled from now on to machine code on its first run, instead of interpreting it
 * once and compiling it on the second (its "tier-up ticks" set to zero).
 *
 * Why: V8 stops optimising the regexps it compiles once a process has generated a budget of regexp code
 * (`TooMuchRegExpCode` in V8's src/regexp/regexp.cc: 1 MB generated and 16 MB of executable memory). The
 * language rules are several hundred patterns, about 20 MB of machine code: with Node's default, a rule first
 * run after the first messages came out unoptimised and ran 4× slower for the life of the process. Compiled on
 * first run it stays optimised (`npm run bench:regexp-engine`, docs/performance.md). Only the tick count
 * changes: regexps already compiled keep their state. (Turning tier-up off instead, at run time, crashed V8 on
 * a regexp that had already run once.)
 */
export function compileRegExpsOnFirstRun(): void {
  setFlagsFromString('--regexp-tier-up-ticks=0');
}
