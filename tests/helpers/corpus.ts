import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** One labelled message of the shared corpus (see ../shared/corpus/README.md for the fields). */
export interface CorpusLabel {
  file: string;
  kinds: string[];
  vendor: string;
  amount: string | null;
  currency: string | null;
  reference: string | null;
  promises: { expect: string; within: { value: number; unit: string } }[];
  language: string;
  forward: string;
  forwarder: string | null;
  note?: string;
}

/** One corpus message: its file name, raw bytes and label. */
export interface CorpusMessage {
  file: string;
  raw: Buffer;
  label: CorpusLabel;
}

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

/** Where the read-only labelled corpus lives: beside the repository, never inside it. */
export const corpusDir = path.resolve(repoRoot, '..', 'shared', 'corpus');

/** Loads every labelled message of the corpus, in label order. */
export function loadCorpus(dir: string = corpusDir): CorpusMessage[] {
  const labels = readFileSync(path.join(dir, 'labels.jsonl'), 'utf8')
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => JSON.parse(line) as CorpusLabel);
  return labels.map((label) => ({ file: label.file, raw: readFileSync(path.join(dir, label.file)), label }));
}
