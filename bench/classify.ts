/**
 * Throughput of the whole understanding pipeline (parse + unwrap + classify + extract) against plain
 * mailparser.simpleParser on the same corpus messages, in the same process. Target: ratio >= 0.7.
 *
 *   npm run bench:classify [-- --rounds 20]
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { simpleParser } from 'mailparser';
import { understandMessage } from '../shared/classify/understand-message';

const { values } = parseArgs({ options: { rounds: { type: 'string', default: '20' } } });
const rounds = Number(values.rounds);
const corpusDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', 'shared', 'corpus');
const messages = readdirSync(corpusDir)
  .filter((name) => name.endsWith('.eml'))
  .map((name) => readFileSync(path.join(corpusDir, name)));

async function messagesPerSecond(run: (raw: Buffer) => Promise<unknown>): Promise<number> {
  const started = process.hrtime.bigint();
  for (let round = 0; round < rounds; round++) {
    for (const raw of messages) await run(raw);
  }
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  return (rounds * messages.length) / seconds;
}

const baseline = (raw: Buffer) => simpleParser(raw);
const pipeline = (raw: Buffer) => understandMessage(raw);

// Warm both paths (JIT, lazily loaded rule packs and holiday data) before measuring.
await messagesPerSecond(baseline);
await messagesPerSecond(pipeline);

// Alternate the two so that machine noise falls on both alike; keep the best of three each.
const baselineRuns: number[] = [];
const pipelineRuns: number[] = [];
for (let i = 0; i < 3; i++) {
  baselineRuns.push(await messagesPerSecond(baseline));
  pipelineRuns.push(await messagesPerSecond(pipeline));
}
const baselineRate = Math.max(...baselineRuns);
const pipelineRate = Math.max(...pipelineRuns);
const ratio = pipelineRate / baselineRate;

console.log(`messages: ${messages.length} corpus messages x ${rounds} rounds, best of 3`);
console.log(`mailparser.simpleParser: ${baselineRate.toFixed(0)} msg/s`);
console.log(`understandMessage:       ${pipelineRate.toFixed(0)} msg/s`);
console.log(`ratio: ${ratio.toFixed(2)} (target >= 0.70) ${ratio >= 0.7 ? 'OK' : 'BELOW TARGET'}`);
console.log(`heap used after run: ${(process.memoryUsage().heapUsed / 2 ** 20).toFixed(1)} MiB`);
