import { App, Validations } from 'aws-cdk-lib';
import { AwsSolutionsChecks } from 'cdk-nag';
import { InboxWatcherStack } from './inbox-watcher-stack';
import { readDeploymentSettings } from './settings';

// The CDK app (cdk.json runs it with tsx). Environment-agnostic: no account, region or lookups at synth time.
const app = new App();
const settings = readDeploymentSettings((key) => app.node.tryGetContext(key));
new InboxWatcherStack(app, `InboxWatcher-${settings.stage}`, {
  settings,
  description: `inbox-watcher (${settings.stage}): watches for the confirmations vendors promise`,
});
// cdk-nag runs on every synth: a new unacknowledged finding fails `cdk synth` and `cdk deploy`.
Validations.of(app).addPlugins(new AwsSolutionsChecks(app));
