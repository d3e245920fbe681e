/**
 * V8's budget for regexp code, shown on the classifier's rules. In a child process per setting: a copy of a
 * language rule compiled at the start is timed, the whole corpus is classified (compiling every rule it needs,
 * ~20 MB of machine code), then a second copy of the same rule, compiled only now, is timed on the same texts.
 * Under Node's default a rule compiled late comes out unoptimised and slower; in a process started with
 * `--no-regexp-tier-up` (a flag Node accepts only on its command line, never in NODE_OPTIONS, and which crashes
 * V8 when set at run time) it runs as fast as the one compiled first. See docs/performance.md.
 *
 *   npm run bench:regexp-engine
 */
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = fileURLToPath(import.meta.url);
const corpusDir = path.resolve(path.dirname(here), '..', '..', 'shared', 'corpus');

async function measureInChild(): Promise<void> {
  const { classifyText } = await import('../shared/classify/classify-text');
  const { LANGUAGES } = await import('../shared/classify/language-packs');
  const { readVendorMessage } = await import('../shared/mail/read-vendor-message');
  const messages = await Promise.all(
    readdirSync(corpusDir)
      .filter((name) => name.endsWith('.eml'))
      .map((name) => readVendorMessage(readFileSync(path.join(corpusDir, name)))),
  );
  const texts = messages.map((message) => `${message.subject}\n${message.text}`);
  // German reference labels: a large rule, case-insensitive, run on whole texts.
  const german = LANGUAGES.find((language) => language.language === 'de')?.pack();
  const rule = (german?.references ?? []).map((reference) =>
    reference.atLabel.source.replaceAll('?<value>', ''),
  );
  // A distinct source per copy: V8 would otherwise hand the second copy the first one's compiled code.
  const copy = (name: string) => new RegExp(`${rule.join('|')}|(?:${name})`, 'giu');
  const microsecondsPerText = (regex: RegExp) => {
    let best = Number.POSITIVE_INFINITY;
    for (let round = 0; round < 5; round++) {
      const started = process.hrtime.bigint();
      for (const text of texts) {
        regex.lastIndex = 0;
        while (regex.exec(text));
      }
      best = Math.min(best, Number(process.hrtime.bigint() - started) / 1e3 / texts.length);
    }
    return best;
  };
  const early = copy('compiled first');
  const earlyTime = microsecondsPerText(early);
  for (let round = 0; round < 3; round++) for (const message of messages) classifyText(message);
  const late = copy('compiled last');
  const lateTime = microsecondsPerText(late);
  console.log(JSON.stringify({ earlyTime, lateTime }));
}

if (process.argv[2] === 'child') {
  await measureInChild();
} else {
  console.log(
    'one rule, compiled before and after the corpus was classified (µs per message text, best of 5)',
  );
  for (const setting of ['node-default', 'no-tier-up']) {
    const flags = setting === 'no-tier-up' ? ['--no-regexp-tier-up'] : [];
    const run = spawnSync(process.execPath, [...flags, ...process.execArgv, here, 'child'], {
      encoding: 'utf8',
    });
    if (run.status !== 0) throw new Error(run.stderr);
    const { earlyTime, lateTime } = JSON.parse(run.stdout.trim().split('\n').at(-1) ?? '{}');
    const label = setting === 'node-default' ? 'tier-up on (Node default)' : 'node --no-regexp-tier-up';
    console.log(
      `${label.padEnd(28)} first ${earlyTime.toFixed(1)} µs, last ${lateTime.toFixed(1)} µs: ${(lateTime / earlyTime).toFixed(2)}x`,
    );
  }
}
