import { setFlagsFromString } from 'node:v8';

/**
 * Has V8 compile each regexp to optimised machine code on its first run, instead of interpreting it once and
 * compiling it on the second ("tier-up").
 *
 * Why: V8 stops optimising the regexps it compiles once a process has generated 1 MB of regexp code and
 * commits 16 MB of executable memory (`TooMuchRegExpCode` in V8's src/regexp/regexp.cc). The language rules
 * are several hundred patterns and compile to about 20 MB of machine code. With tier-up on (Node's default),
 * a rule first compiled after the first few messages came out unoptimised and ran 4× slower for the life of
 * the process; with it off, a rule compiled after every language had run was as fast as one compiled first
 * (measured on Node 20, see docs/performance.md). The flag applies to regexps compiled after it is set.
 */
export function compileRegExpsOptimised(): void {
  setFlagsFromString('--no-regexp-tier-up');
}
