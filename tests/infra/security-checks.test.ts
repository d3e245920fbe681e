import { Validations } from 'aws-cdk-lib';
import { AwsSolutionsChecks } from 'cdk-nag';
import { describe, expect, it } from 'vitest';
import { buildStack, PRODUCTION_CONTEXT } from './stack-fixture';

/** Every acknowledgement in the construct tree: finding id (without its namespace) → reason. */
function acknowledgements(scope: ReturnType<typeof buildStack>['stack']): Map<string, string> {
  const found = new Map<string, string>();
  for (const construct of scope.node.findAll()) {
    for (const entry of construct.node.metadata) {
      if (entry.type !== Validations.ACKNOWLEDGED_RULES_METADATA_KEY) continue;
      for (const [id, reason] of Object.entries(entry.data as Record<string, string>)) {
        found.set(id.replace(/^Annotation::/, ''), reason);
      }
    }
  }
  return found;
}

describe('Security checks: cdk-nag AwsSolutions', () => {
  // Prepare (shared): one production app, checked as infra/app.ts checks it.
  const { app, stack } = buildStack({ ...PRODUCTION_CONTEXT });

  it('acknowledges only real findings, each with a reason', () => {
    // Prepare: the same checks with acknowledgements ignored list every finding.
    const checks = new AwsSolutionsChecks(app);
    Object.defineProperty(checks, 'isAcknowledged', { value: () => false });

    // Act
    const findings = new Set(checks.validateScope(stack).violations.map((violation) => violation.ruleName));
    const acknowledged = acknowledgements(stack);

    // Assess
    expect([...acknowledged.keys()].sort()).toEqual([...findings].sort());
    for (const reason of acknowledged.values()) expect(reason.length).toBeGreaterThan(40);
  });

  it('synthesizes with no unacknowledged finding', () => {
    // Prepare
    Validations.of(app).addPlugins(new AwsSolutionsChecks(app));

    // Act + Assess: synth throws, listing the findings, when any is not acknowledged.
    expect(() => app.synth()).not.toThrow();
  });
});
