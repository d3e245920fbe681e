/**
 * Why the classifier compiles regexps on their first run (shared/classify/regexp-engine.ts). In a child process
 * per setting: a copy of a language rule compiled at the start is timed, the whole corpus is classified
 * (compiling every rule it needs; `npm run bench:rule-code` prints how much machine code that is), then a second
 * copy of the same rule, compiled only now, is timed on the same texts. Under Node's default a rule compiled late comes out unoptimised and slower;
 * with the classifier's setting it runs as fast as the one compiled first.
 *
 *   npm run bench:regexp-engine
 */
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { setFlagsFromString } from 'node:v8';

const here = fileURLToPath(import.meta.url);
const corpusDir = path.resolve(path.dirname(here), '..', '..', 'shared', 'corpus');

async function measureInChild(setting: string): Promise<void> {
  const { classifyText } = await import('../shared/classify/classify-text');
  const { LANGUAGES } = await import('../shared/classify/language-packs');
  const { readVendorMessage } = await import('../shared/mail/read-vendor-message');
  // Importing the classifier applied its setting; Node's default is put back before any rule compiles.
  if (setting === 'node-default') setFlagsFromString('--regexp-tier-up-ticks=1');
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

const child = process.argv[2];
if (child) {
  await measureInChild(child);
} else {
  console.log(
    'one rule, compiled before and after the corpus was classified (µs per message text, best of 5)',
  );
  for (const setting of ['node-default', 'classifier']) {
    const run = spawnSync(process.execPath, [...process.execArgv, here, setting], { encoding: 'utf8' });
    if (run.status !== 0) throw new Error(run.stderr);
    const { earlyTime, lateTime } = JSON.parse(run.stdout.trim().split('\n').at(-1) ?? '{}');
    const label = setting === 'node-default' ? 'Node default' : 'compiled on first run';
    console.log(
      `${label.padEnd(28)} first ${earlyTime.toFixed(1)} µs, last ${lateTime.toFixed(1)} µs: ${(lateTime / earlyTime).toFixed(2)}x`,
    );
  }
}
