import path from 'node:path';
import {
  Annotations,
  Arn,
  ArnFormat,
  CfnOutput,
  Duration,
  RemovalPolicy,
  Stack,
  type StackProps,
} from 'aws-cdk-lib';
import { PolicyStatement } from 'aws-cdk-lib/aws-iam';
import { Secret } from 'aws-cdk-lib/aws-secretsmanager';
import type { Queue } from 'aws-cdk-lib/aws-sqs';
import type { Construct } from 'constructs';
import { FUNCTION_ENTRIES, type FunctionName, REPO_ROOT } from './constructs/bundling';
import { DataTable } from './constructs/data-table';
import { MailIntake } from './constructs/mail-intake';
import { OperationsAlarms } from './constructs/operations-alarms';
import { acknowledgeFinding } from './constructs/security-checks';
import { ServiceFunction } from './constructs/service-function';
import { StatusApi } from './constructs/status-api';
import { SweepSchedule } from './constructs/sweep-schedule';
import { type DeploymentSettings, PLACEHOLDER_DOMAIN } from './settings';

/** The environment variable holding the admin token secret's ARN; the API function reads it at cold start. */
export const ADMIN_TOKEN_SECRET_ENV = 'ADMIN_TOKEN_SECRET_ARN';

export interface InboxWatcherStackProps extends StackProps {
  settings: DeploymentSettings;
  /** Absolute handler paths replacing {@link FUNCTION_ENTRIES}; for tests only. */
  entryOverrides?: Partial<Record<FunctionName, string>>;
}

/** Concurrency caps, chosen so bursts queue up in Lambda instead of hammering the table. */
const RESERVED_CONCURRENCY = {
  // SES invokes asynchronously: a burst of mail waits in Lambda's queue rather than in table throttling.
  inboundEmail: 5,
  // One sweep at a time: overlapping sweeps are safe (alerts are claimed) but only duplicate reads.
  overdueSweep: 1,
} as const;

/** The whole product on AWS: mail intake, store, sweep, API, secret and alarms. */
export class InboxWatcherStack extends Stack {
  readonly store: DataTable;
  readonly inboundEmail: ServiceFunction;
  readonly overdueSweep: ServiceFunction;
  readonly api: ServiceFunction;
  readonly mailIntake: MailIntake;
  readonly sweepSchedule: SweepSchedule;
  readonly adminToken: Secret;
  readonly statusApi: StatusApi;
  readonly alarms: OperationsAlarms;

  constructor(scope: Construct, id: string, props: InboxWatcherStackProps) {
    super(scope, id, props);
    const { settings } = props;
    const production = settings.stage === 'prod';
    const removalPolicy = production ? RemovalPolicy.RETAIN : RemovalPolicy.DESTROY;
    const entry = (name: FunctionName) =>
      props.entryOverrides?.[name] ?? path.join(REPO_ROOT, FUNCTION_ENTRIES[name]);
    const reserved = (name: keyof typeof RESERVED_CONCURRENCY) =>
      settings.reserveConcurrency ? RESERVED_CONCURRENCY[name] : undefined;
    if (settings.domain === undefined) {
      Annotations.of(this).addWarningV2(
        'inbox-watcher:domain',
        `No -c domain=…: the receipt rule accepts mail for ${PLACEHOLDER_DOMAIN}, which receives none.`,
      );
    }
    const domain = settings.domain ?? PLACEHOLDER_DOMAIN;
    // One set for both senders: the inbound function recognises replies by the sweep's Message-ID domain, which
    // both derive from ALERT_FROM, and confirms them from the same address over the same channel.
    const alertEnvironment = { ALERT_FROM: settings.alertFrom, ALERT_CHANNEL: 'ses' };
    const senderIdentities = senderIdentityArns(this, settings.alertFrom);

    this.store = new DataTable(this, 'Store', { production });

    this.inboundEmail = new ServiceFunction(this, 'InboundEmail', {
      entry: entry('inboundEmail'),
      description: 'inbox-watcher inbound email (SES, S3, cases)',
      memorySize: 1024,
      timeout: Duration.seconds(60),
      environment: { ...alertEnvironment, LOG_LEVEL: 'info' },
      reservedConcurrency: reserved('inboundEmail'),
      asyncInvocation: { retryAttempts: 2, maxEventAge: Duration.hours(6) },
      removalPolicy,
    });
    this.store.bindTo(this.inboundEmail.function);
    // Confirmations of reply commands ("snooze 2d", "done"): the SES notifier sends raw mail only.
    this.inboundEmail.function.addToRolePolicy(
      new PolicyStatement({ actions: ['ses:SendRawEmail'], resources: senderIdentities }),
    );
    this.mailIntake = new MailIntake(this, 'MailIntake', {
      domain,
      inboundFunction: this.inboundEmail.function,
      rawMailExpiryDays: settings.rawMailExpiryDays,
      production,
    });

    this.overdueSweep = new ServiceFunction(this, 'OverdueSweep', {
      entry: entry('overdueSweep'),
      description: 'inbox-watcher overdue sweep (alerts for late confirmations)',
      memorySize: 512,
      // Shorter than the schedule's minute, so runs do not pile up behind the concurrency cap.
      timeout: Duration.seconds(50),
      environment: { ...alertEnvironment, LOG_LEVEL: 'info' },
      reservedConcurrency: reserved('overdueSweep'),
      asyncInvocation: { retryAttempts: 1, maxEventAge: Duration.minutes(2) },
      removalPolicy,
    });
    this.store.bindTo(this.overdueSweep.function);
    this.overdueSweep.function.addToRolePolicy(
      new PolicyStatement({
        actions: ['ses:SendEmail', 'ses:SendRawEmail'],
        resources: senderIdentities,
      }),
    );
    this.sweepSchedule = new SweepSchedule(this, 'SweepSchedule', {
      sweepFunction: this.overdueSweep.function,
      deadLetterQueue: deadLetterQueueOf(this.overdueSweep),
    });

    this.adminToken = new Secret(this, 'AdminToken', {
      description: 'inbox-watcher admin token (user management through the API)',
      // 48 characters from 62 symbols: about 285 bits, far above the 128 the API requires.
      generateSecretString: { passwordLength: 48, excludePunctuation: true, includeSpace: false },
      removalPolicy,
    });
    acknowledgeFinding(
      this.adminToken,
      'AwsSolutions-SMG4',
      'Rotation would need a Lambda to rotate a bearer token that operators hold; rotate by hand with ' +
        '`aws secretsmanager put-secret-value` (the API picks it up on its next cold start).',
    );
    this.api = new ServiceFunction(this, 'Api', {
      entry: entry('api'),
      description: 'inbox-watcher case status API',
      memorySize: 512,
      timeout: Duration.seconds(10),
      environment: { [ADMIN_TOKEN_SECRET_ENV]: this.adminToken.secretArn, LOG_LEVEL: 'info' },
      // API Gateway's stage throttling bounds this function's load; no reservation needed.
      reservedConcurrency: undefined,
      removalPolicy,
    });
    this.store.bindTo(this.api.function);
    this.api.function.addToRolePolicy(
      new PolicyStatement({
        actions: ['secretsmanager:GetSecretValue'],
        resources: [this.adminToken.secretArn],
      }),
    );
    this.statusApi = new StatusApi(this, 'StatusApi', {
      apiFunction: this.api.function,
      corsOrigins: settings.corsOrigins,
      removalPolicy,
    });

    this.alarms = new OperationsAlarms(this, 'Alarms', {
      functions: [
        { name: 'InboundEmail', fn: this.inboundEmail.function },
        { name: 'OverdueSweep', fn: this.overdueSweep.function },
        { name: 'Api', fn: this.api.function },
      ],
      deadLetterQueues: [
        { name: 'InboundEmail', queue: deadLetterQueueOf(this.inboundEmail) },
        { name: 'OverdueSweep', queue: deadLetterQueueOf(this.overdueSweep) },
      ],
      sweepFunction: this.overdueSweep.function,
      alarmEmail: settings.alarmEmail,
    });

    new CfnOutput(this, 'MxRecord', {
      description: `MX record to create for ${domain}`,
      value: `10 inbound-smtp.${this.region}.amazonaws.com`,
    });
    new CfnOutput(this, 'ActivateRuleSetCommand', {
      description: 'Run once: CloudFormation creates receipt rule sets inactive',
      value: `aws ses set-active-receipt-rule-set --rule-set-name ${this.mailIntake.ruleSetName} --region ${this.region}`,
    });
    new CfnOutput(this, 'AdminTokenCommand', {
      description: 'Prints the admin token',
      value: `aws secretsmanager get-secret-value --secret-id ${this.adminToken.secretArn} --query SecretString --output text`,
    });
    new CfnOutput(this, 'RawMailBucketName', { value: this.mailIntake.bucket.bucketName });
    new CfnOutput(this, 'TableName', { value: this.store.table.tableName });
    new CfnOutput(this, 'AlarmTopicArn', { value: this.alarms.topic.topicArn });
    for (const [name, fn] of Object.entries({
      InboundEmail: this.inboundEmail,
      OverdueSweep: this.overdueSweep,
      Api: this.api,
    })) {
      new CfnOutput(this, `${name}LogGroup`, {
        description: `Log group of the ${name} function`,
        value: fn.logGroup.logGroupName,
      });
    }
  }
}

function deadLetterQueueOf(fn: ServiceFunction): Queue {
  if (!fn.deadLetterQueue)
    throw new Error(`${fn.node.path} is not invoked asynchronously: it has no dead-letter queue`);
  return fn.deadLetterQueue;
}

/**
 * SES authorises sending against the identity that is verified: the address itself or its domain. Granting
 * both (and nothing else) works whichever one the operator verified.
 */
function senderIdentityArns(stack: Stack, alertFrom: string): string[] {
  const senderDomain = alertFrom.slice(alertFrom.lastIndexOf('@') + 1);
  return [alertFrom, senderDomain].map((identity) =>
    Arn.format(
      {
        service: 'ses',
        resource: 'identity',
        resourceName: identity,
        arnFormat: ArnFormat.SLASH_RESOURCE_NAME,
      },
      stack,
    ),
  );
}
