import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

function sourceFiles(dir: string): string[] {
  const absolute = path.join(repoRoot, dir);
  return readdirSync(absolute).flatMap((name) => {
    const full = path.join(absolute, name);
    if (statSync(full).isDirectory()) return sourceFiles(path.join(dir, name));
    return /\.(ts|mts|mjs)$/.test(name) ? [path.join(dir, name)] : [];
  });
}

function importsOf(file: string): string[] {
  const text = readFileSync(path.join(repoRoot, file), 'utf8');
  return [...text.matchAll(/(?:from|import)\s*\(?\s*['"]([^'"]+)['"]/g)].map((match) => match[1] ?? '');
}

function resolvedTopFolder(file: string, specifier: string): string | null {
  if (!specifier.startsWith('.')) return null;
  const target = path.relative(repoRoot, path.resolve(repoRoot, path.dirname(file), specifier));
  return target.split(path.sep)[0] ?? null;
}

describe('Dependency direction', () => {
  it('keeps shared/ free of imports from functions/ and infra/', () => {
    const upward = sourceFiles('shared').flatMap((file) =>
      importsOf(file)
        .filter((specifier) => ['functions', 'infra'].includes(resolvedTopFolder(file, specifier) ?? ''))
        .map((specifier) => `${file} imports ${specifier}`),
    );
    expect(upward).toEqual([]);
  });

  it('keeps mailparser behind shared/mail/parse-message.ts', () => {
    const users = ['shared', 'functions']
      .flatMap(sourceFiles)
      .filter((file) => importsOf(file).includes('mailparser'));
    expect(users).toEqual([path.join('shared', 'mail', 'parse-message.ts')]);
  });
});
