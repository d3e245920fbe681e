import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { type Understanding, understandMessages } from '../../shared/classify/understand-message';

/** One output line of `inbox-watcher classify`: the contract other tools read, field order included. */
export type ClassifyRecord =
  | {
      file: string;
      kinds: Understanding['kinds'];
      vendor: string | null;
      vendorName: string | null;
      amount: string | null;
      currency: string | null;
      reference: string | null;
      language: string | null;
      promises: Understanding['promises'];
      forward: Understanding['forward'];
      evidence: string[];
    }
  | { file: string; error: string };

// Files read and understood together (understandMessages): enough to keep parsing and classifying apart, few
// enough that results print soon and a long file list is never all in memory.
const FILES_PER_BATCH = 32;

/** Reads the files and understands them, a record per file in input order; a failure becomes an `error` record. */
async function classifyFiles(files: readonly string[]): Promise<ClassifyRecord[]> {
  const contents = await Promise.allSettled(files.map((file) => readFile(file)));
  const readable = contents.flatMap((content) => (content.status === 'fulfilled' ? [content.value] : []));
  const understood = await understandMessages(readable);
  let nextUnderstood = 0;
  return contents.map((content, index) => {
    const file = files[index] as string;
    // understandMessages gives one result per file read, in order.
    const result =
      content.status === 'fulfilled'
        ? (understood[nextUnderstood++] as PromiseSettledResult<Understanding>)
        : content;
    if (result.status === 'rejected') return { file, error: describeError(result.reason) };
    return recordOf(file, result.value);
  });
}

function recordOf(file: string, understanding: Understanding): ClassifyRecord {
  return {
    file,
    kinds: understanding.kinds,
    vendor: understanding.vendor,
    vendorName: understanding.vendorName,
    amount: understanding.amount,
    currency: understanding.currency,
    reference: understanding.reference,
    language: understanding.language,
    promises: understanding.promises,
    forward: understanding.forward,
    evidence: understanding.evidence,
  };
}

function describeError(error: unknown): string {
  if (error instanceof Error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return 'file not found';
    if (code === 'EISDIR') return 'is a directory, not a mail message';
    if (code === 'EACCES') return 'permission denied';
    return error.message;
  }
  return String(error);
}

/** Renders a record for people: one block per file, facts aligned. */
export function formatPretty(record: ClassifyRecord): string {
  if ('error' in record) return `${record.file}\n  error:     ${record.error}\n`;
  const vendor = [record.vendorName, record.vendor && `<${record.vendor}>`].filter(Boolean).join(' ') || '-';
  const amount = record.amount === null ? '-' : `${record.amount} ${record.currency ?? ''}`.trim();
  const promises = record.promises.map((p) => `${p.expect} within ${p.within.value} ${p.within.unit}`);
  const lines = [
    record.file,
    `  kinds:     ${record.kinds.join(', ') || 'unrelated'}`,
    `  vendor:    ${vendor}`,
    `  amount:    ${amount}`,
    `  reference: ${record.reference ?? '-'}`,
    `  language:  ${record.language ?? '-'}`,
    `  forward:   ${record.forward}`,
    `  promises:  ${promises.join('; ') || '-'}`,
    ...record.evidence.map((phrase, index) => `  ${index === 0 ? 'evidence:  ' : '           '}"${phrase}"`),
  ];
  return `${lines.join('\n')}\n`;
}

/**
 * `inbox-watcher classify FILE... [--pretty]`: one JSON line per file in input order. A file that cannot be read
 * or is not a mail message prints an error record and makes the exit status 1; the others still print.
 */
export async function runClassifyCommand(args: string[], out: NodeJS.WritableStream): Promise<number> {
  let parsed: { values: { pretty: boolean }; positionals: string[] };
  try {
    parsed = parseArgs({
      args,
      allowPositionals: true,
      options: { pretty: { type: 'boolean', default: false } },
    });
  } catch (error) {
    process.stderr.write(`inbox-watcher classify: ${describeError(error)}\n`);
    return 2;
  }
  const { values, positionals } = parsed;
  if (positionals.length === 0) {
    process.stderr.write('Usage: inbox-watcher classify FILE... [--pretty]\n');
    return 2;
  }
  let exitCode = 0;
  for (let start = 0; start < positionals.length; start += FILES_PER_BATCH) {
    for (const record of await classifyFiles(positionals.slice(start, start + FILES_PER_BATCH))) {
      if ('error' in record) exitCode = 1;
      out.write(values.pretty ? formatPretty(record) : `${JSON.stringify(record)}\n`);
    }
  }
  return exitCode;
}
