import path from 'node:path';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { esbuildBuildOptions, FUNCTION_ENTRIES, REPO_ROOT } from '../../../infra/constructs/bundling';

describe('Alert channels in the Lambda bundles', () => {
  it.each([FUNCTION_ENTRIES.overdueSweep, FUNCTION_ENTRIES.inboundEmail])(
    '%s carries the SES notifier and no SMTP or outbox channel',
    async (entry) => {
      // Act: bundled exactly as the stack bundles it.
      const { metafile } = await build({
        ...esbuildBuildOptions(),
        entryPoints: [entry],
        absWorkingDir: REPO_ROOT,
        outdir: path.join(REPO_ROOT, 'node_modules', '.cache', 'lambda-channels-test'),
        write: false,
        metafile: true,
        logLevel: 'error',
      });

      // Assess: nodemailer's encoders may stay (alerts are rendered with them), its SMTP client may not.
      const inputs = Object.keys(metafile.inputs);
      expect(inputs).toContain('shared/alerts/notifiers/ses-notifier.ts');
      const otherChannels = /nodemailer\/.*smtp|nodemailer\/lib\/mailer|smtp-notifier|outbox-notifier/;
      expect(inputs.filter((input) => otherChannels.test(input))).toEqual([]);
    },
  );
});
