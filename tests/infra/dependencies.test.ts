import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../../infra/constructs/bundling';

const infraDir = path.join(REPO_ROOT, 'infra');
const ALLOWED_PACKAGES = /^(node:|aws-cdk-lib(\/|$)|constructs$|cdk-nag$)/;

function infraFiles(): string[] {
  return readdirSync(infraDir, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.ts'))
    .map((name) => path.join(infraDir, name));
}

function specifiers(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  // Statements only: `[^;=]` keeps strings such as the createRequire banner (an assignment) from matching.
  const statements = /^(?:import|export)\s[^;=]*?\bfrom\s+['"]([^'"]+)['"]/gm;
  const dynamic = /\bimport\(\s*['"]([^'"]+)['"]\s*\)/g;
  return [...text.matchAll(statements), ...text.matchAll(dynamic)].map((match) => match[1] ?? '');
}

describe('Dependencies: infra/', () => {
  it('imports only the CDK, cdk-nag, Node built-ins and other infra/ modules (no runtime code)', () => {
    // Prepare
    const files = infraFiles();

    // Act
    const offending = files.flatMap((file) =>
      specifiers(file)
        .filter((specifier) =>
          specifier.startsWith('.')
            ? path.relative(infraDir, path.resolve(path.dirname(file), specifier)).startsWith('..')
            : !ALLOWED_PACKAGES.test(specifier),
        )
        .map((specifier) => `${path.relative(REPO_ROOT, file)} imports ${specifier}`),
    );

    // Assess
    expect(files.length).toBeGreaterThan(5);
    expect(offending).toEqual([]);
  });
});
