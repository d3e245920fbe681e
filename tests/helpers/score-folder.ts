/**
 * Scores folders of labelled messages (`labels.jsonl` beside the .eml files, the corpus format) with the same
 * report the quality tests assert, printing the figures and every miss. For blind batches before they are stored:
 *
 *   npx tsx tests/helpers/score-folder.ts DIR [DIR...]
 */
import path from 'node:path';
import { measure } from '../unit/classify/quality-report';
import { loadCorpus } from './corpus';

for (const dir of process.argv.slice(2)) {
  const { report, misses } = await measure(loadCorpus(path.resolve(dir)));
  console.log(`${path.basename(dir)} ${JSON.stringify(report)}`);
  for (const miss of misses) console.log(`  ${miss}`);
}
