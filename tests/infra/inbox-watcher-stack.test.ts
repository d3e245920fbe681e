import { type CfnElement, Stack } from 'aws-cdk-lib';
import { Match, Template } from 'aws-cdk-lib/assertions';
import type { IConstruct } from 'constructs';
import { describe, expect, it } from 'vitest';
import { TABLE_ITEM_ACTIONS } from '../../infra/constructs/data-table';
import type { ServiceFunction } from '../../infra/constructs/service-function';
import { ADMIN_TOKEN_SECRET_ENV, type InboxWatcherStack } from '../../infra/inbox-watcher-stack';
import { TABLE_ATTRIBUTES, tableDefinition } from '../../shared/store/table-schema';
import { buildStack, PRODUCTION_CONTEXT } from './stack-fixture';

// Prepare (shared): one production stack and one development stack, each synthesized once for the whole file.
const production = buildStack({ ...PRODUCTION_CONTEXT }).stack;
const template = Template.fromStack(production);
const development = buildStack({
  stage: 'dev',
  domain: 'inbox.example.com',
  corsOrigins: 'https://app.example.com, https://admin.example.com',
  rawMailExpiryDays: '30',
  reserveConcurrency: 'false',
}).stack;
const devTemplate = Template.fromStack(development);

function logicalId(construct: IConstruct): string {
  return Stack.of(construct).getLogicalId(construct.node.defaultChild as CfnElement);
}

const getAtt = (construct: IConstruct, attribute = 'Arn') => ({
  'Fn::GetAtt': [logicalId(construct), attribute],
});
const ref = (construct: IConstruct) => ({ Ref: logicalId(construct) });

/** The statements of the policies attached to `role` (by CloudFormation reference). */
function statementsOfRole(tpl: Template, role: IConstruct): unknown[] {
  const policies = tpl.findResources('AWS::IAM::Policy', {
    Properties: { Roles: Match.arrayWith([{ Ref: logicalId(role) }]) },
  });
  return Object.values(policies).flatMap(
    (policy) =>
      (policy as { Properties: { PolicyDocument: { Statement: unknown[] } } }).Properties.PolicyDocument
        .Statement,
  );
}

function roleOf(fn: ServiceFunction): IConstruct {
  const role = fn.function.role;
  if (!role) throw new Error(`${fn.node.path} has no role`);
  return role;
}

/** The ARN CloudFormation builds for an SES resource of this account and region ("identity/example.com"). */
function sesArn(resource: string) {
  return {
    'Fn::Join': [
      '',
      [
        'arn:',
        { Ref: 'AWS::Partition' },
        ':ses:',
        { Ref: 'AWS::Region' },
        ':',
        { Ref: 'AWS::AccountId' },
        `:${resource}`,
      ],
    ],
  };
}

function sesRuleArn(stack: InboxWatcherStack) {
  return sesArn(`receipt-rule-set/${stack.stackName}-inbound:receipt-rule/${stack.stackName}-forwarded-mail`);
}

function tableStatements(stack: InboxWatcherStack) {
  const table = stack.store.table;
  const indexArn = (name: string) => ({ 'Fn::Join': ['', [getAtt(table), `/index/${name}`]] });
  return [
    { Effect: 'Allow', Action: [...TABLE_ITEM_ACTIONS], Resource: getAtt(table) },
    { Effect: 'Allow', Action: 'dynamodb:Query', Resource: [indexArn('UserCases'), indexArn('Sweep')] },
  ];
}

function logStatement(fn: ServiceFunction) {
  return {
    Effect: 'Allow',
    Action: ['logs:CreateLogStream', 'logs:PutLogEvents'],
    Resource: getAtt(fn.logGroup),
  };
}

function sesIdentityArn(identity: string) {
  return sesArn(`identity/${identity}`);
}

function functionProperties(tpl: Template, fn: ServiceFunction): Record<string, unknown> {
  const resource = tpl.toJSON().Resources[logicalId(fn.function)] as { Properties: Record<string, unknown> };
  return resource.Properties;
}

describe('Stack: functions', () => {
  it('deploys exactly the three handlers, each nodejs22.x on arm64 with source maps enabled', () => {
    template.resourceCountIs('AWS::Lambda::Function', 3);
    for (const fn of [production.inboundEmail, production.overdueSweep, production.api]) {
      expect(functionProperties(template, fn)).toMatchObject({
        Runtime: 'nodejs22.x',
        Architectures: ['arm64'],
        Handler: 'index.handler',
        LoggingConfig: { LogGroup: ref(fn.logGroup) },
        Environment: { Variables: expect.objectContaining({ NODE_OPTIONS: '--enable-source-maps' }) },
      });
    }
  });

  it('keeps every function log group for one month', () => {
    for (const fn of [production.inboundEmail, production.overdueSweep, production.api]) {
      expect(template.toJSON().Resources[logicalId(fn.logGroup)]).toMatchObject({
        Properties: { RetentionInDays: 30 },
        DeletionPolicy: 'Retain',
      });
    }
  });

  it('passes each function the environment it reads, from the stack', () => {
    expect(functionProperties(template, production.inboundEmail).Environment).toEqual({
      Variables: {
        NODE_OPTIONS: '--enable-source-maps',
        LOG_LEVEL: 'info',
        TABLE_NAME: ref(production.store.table),
        RAW_MAIL_BUCKET: ref(production.mailIntake.bucket),
        RAW_MAIL_PREFIX: 'raw/',
        // Confirms reply commands as the sweep sends alerts: same sender, channel and Message-ID domain.
        ALERT_FROM: 'alerts@example.com',
        ALERT_CHANNEL: 'ses',
      },
    });
    expect(functionProperties(template, production.overdueSweep).Environment).toEqual({
      Variables: {
        NODE_OPTIONS: '--enable-source-maps',
        LOG_LEVEL: 'info',
        TABLE_NAME: ref(production.store.table),
        ALERT_FROM: 'alerts@example.com',
        ALERT_CHANNEL: 'ses',
      },
    });
    expect(functionProperties(template, production.api).Environment).toEqual({
      Variables: {
        NODE_OPTIONS: '--enable-source-maps',
        LOG_LEVEL: 'info',
        TABLE_NAME: ref(production.store.table),
        [ADMIN_TOKEN_SECRET_ENV]: ref(production.adminToken),
      },
    });
  });

  it('reserves concurrency for the table writers fed by bursts, and can be told not to', () => {
    expect(functionProperties(template, production.inboundEmail).ReservedConcurrentExecutions).toBe(5);
    expect(functionProperties(template, production.overdueSweep).ReservedConcurrentExecutions).toBe(1);
    expect(functionProperties(template, production.api).ReservedConcurrentExecutions).toBeUndefined();
    expect(
      functionProperties(devTemplate, development.inboundEmail).ReservedConcurrentExecutions,
    ).toBeUndefined();
    expect(
      functionProperties(devTemplate, development.overdueSweep).ReservedConcurrentExecutions,
    ).toBeUndefined();
  });

  it('retries asynchronous invocations and sends what still fails to an encrypted dead-letter queue', () => {
    const cases = [
      { fn: production.inboundEmail, retries: 2, maxAge: 6 * 3600 },
      { fn: production.overdueSweep, retries: 1, maxAge: 120 },
    ];
    template.resourceCountIs('AWS::Lambda::EventInvokeConfig', 2);
    for (const { fn, retries, maxAge } of cases) {
      const queue = fn.deadLetterQueue;
      if (!queue) throw new Error('expected a dead-letter queue');
      template.hasResourceProperties('AWS::Lambda::EventInvokeConfig', {
        FunctionName: ref(fn.function),
        Qualifier: '$LATEST',
        MaximumRetryAttempts: retries,
        MaximumEventAgeInSeconds: maxAge,
        DestinationConfig: { OnFailure: { Destination: getAtt(queue) } },
      });
      template.hasResourceProperties('AWS::SQS::Queue', {
        SqsManagedSseEnabled: true,
        MessageRetentionPeriod: 14 * 24 * 3600,
      });
    }
    expect(production.api.deadLetterQueue).toBeUndefined();
  });
});

describe('Stack: least privilege', () => {
  it('lets the inbound function log, dead-letter, use the table, send raw mail as the alert sender and read raw mail under the prefix only', () => {
    const queue = production.inboundEmail.deadLetterQueue;
    expect(statementsOfRole(template, roleOf(production.inboundEmail))).toEqual([
      logStatement(production.inboundEmail),
      { Effect: 'Allow', Action: 'sqs:SendMessage', Resource: queue && getAtt(queue) },
      ...tableStatements(production),
      {
        Effect: 'Allow',
        Action: 'ses:SendRawEmail',
        Resource: [sesIdentityArn('alerts@example.com'), sesIdentityArn('example.com')],
      },
      {
        Effect: 'Allow',
        Action: 's3:GetObject',
        Resource: { 'Fn::Join': ['', [getAtt(production.mailIntake.bucket), '/raw/*']] },
      },
    ]);
  });

  it('scopes both senders to the identity of a custom alert address, in every stage', () => {
    const inboundSes = statementsOfRole(devTemplate, roleOf(development.inboundEmail)).filter((statement) =>
      JSON.stringify(statement).includes('ses:'),
    );
    const sweepSes = statementsOfRole(devTemplate, roleOf(development.overdueSweep)).filter((statement) =>
      JSON.stringify(statement).includes('ses:'),
    );
    const identities = [sesIdentityArn('alerts@inbox.example.com'), sesIdentityArn('inbox.example.com')];
    expect(inboundSes).toEqual([{ Effect: 'Allow', Action: 'ses:SendRawEmail', Resource: identities }]);
    expect(sweepSes).toEqual([
      { Effect: 'Allow', Action: ['ses:SendEmail', 'ses:SendRawEmail'], Resource: identities },
    ]);
  });

  it('lets the sweep use the table and send mail only as the alert sender identity', () => {
    const queue = production.overdueSweep.deadLetterQueue;
    expect(statementsOfRole(template, roleOf(production.overdueSweep))).toEqual([
      logStatement(production.overdueSweep),
      { Effect: 'Allow', Action: 'sqs:SendMessage', Resource: queue && getAtt(queue) },
      ...tableStatements(production),
      {
        Effect: 'Allow',
        Action: ['ses:SendEmail', 'ses:SendRawEmail'],
        Resource: [sesIdentityArn('alerts@example.com'), sesIdentityArn('example.com')],
      },
    ]);
  });

  it('lets the API use the table and read the admin token secret only', () => {
    expect(statementsOfRole(template, roleOf(production.api))).toEqual([
      logStatement(production.api),
      ...tableStatements(production),
      { Effect: 'Allow', Action: 'secretsmanager:GetSecretValue', Resource: ref(production.adminToken) },
    ]);
  });

  it('gives the functions roles of their own, assumable by Lambda only, without managed policies', () => {
    for (const fn of [production.inboundEmail, production.overdueSweep, production.api]) {
      const role = template.toJSON().Resources[logicalId(roleOf(fn))];
      expect(role.Properties.ManagedPolicyArns).toBeUndefined();
      expect(role.Properties.AssumeRolePolicyDocument.Statement).toEqual([
        { Action: 'sts:AssumeRole', Effect: 'Allow', Principal: { Service: 'lambda.amazonaws.com' } },
      ]);
    }
  });

  it('has no wildcard action anywhere, and no wildcard resource outside deny statements', () => {
    const statements = Object.values(template.findResources('AWS::IAM::Policy')).flatMap(
      (policy) =>
        (policy as { Properties: { PolicyDocument: { Statement: unknown[] } } }).Properties.PolicyDocument
          .Statement,
    ) as { Action: string | string[]; Resource: unknown }[];
    for (const statement of statements) {
      expect([statement.Action].flat().filter((action) => action.includes('*'))).toEqual([]);
      expect(statement.Resource).not.toBe('*');
    }
  });

  it('has no roles or policies beyond the four asserted above', () => {
    template.resourceCountIs('AWS::IAM::Role', 4);
    template.resourceCountIs('AWS::IAM::Policy', 4);
  });
});

describe('Stack: mail intake', () => {
  it('stores raw mail in a private, encrypted bucket that expires objects after 90 days by default', () => {
    template.hasResourceProperties('AWS::S3::Bucket', {
      BucketEncryption: {
        ServerSideEncryptionConfiguration: [{ ServerSideEncryptionByDefault: { SSEAlgorithm: 'AES256' } }],
      },
      PublicAccessBlockConfiguration: {
        BlockPublicAcls: true,
        BlockPublicPolicy: true,
        IgnorePublicAcls: true,
        RestrictPublicBuckets: true,
      },
      LifecycleConfiguration: { Rules: [{ Id: 'expire-raw-mail', ExpirationInDays: 90, Status: 'Enabled' }] },
    });
    devTemplate.hasResourceProperties('AWS::S3::Bucket', {
      LifecycleConfiguration: { Rules: [{ Id: 'expire-raw-mail', ExpirationInDays: 30, Status: 'Enabled' }] },
    });
  });

  it('denies non-TLS access and lets only SES, from our account and our rule, put objects under the prefix', () => {
    const bucket = production.mailIntake.bucket;
    template.hasResourceProperties('AWS::S3::BucketPolicy', {
      Bucket: ref(bucket),
      PolicyDocument: {
        Statement: [
          {
            Effect: 'Deny',
            Action: 's3:*',
            Principal: { AWS: '*' },
            Condition: { Bool: { 'aws:SecureTransport': 'false' } },
            Resource: [getAtt(bucket), { 'Fn::Join': ['', [getAtt(bucket), '/*']] }],
          },
          {
            Sid: 'AllowSesToStoreIncomingMail',
            Effect: 'Allow',
            Action: 's3:PutObject',
            Principal: { Service: 'ses.amazonaws.com' },
            Resource: { 'Fn::Join': ['', [getAtt(bucket), '/raw/*']] },
            Condition: {
              StringEquals: { 'aws:SourceAccount': { Ref: 'AWS::AccountId' } },
              ArnLike: { 'aws:SourceArn': sesRuleArn(production) },
            },
          },
        ],
      },
    });
  });

  it('receives the domain with a rule that stores the message, then invokes the inbound function asynchronously', () => {
    template.hasResourceProperties('AWS::SES::ReceiptRuleSet', { RuleSetName: 'InboxWatcher-prod-inbound' });
    template.hasResource('AWS::SES::ReceiptRule', {
      Properties: {
        RuleSetName: ref(production.mailIntake.ruleSet),
        Rule: {
          Name: 'InboxWatcher-prod-forwarded-mail',
          Enabled: true,
          Recipients: ['inbox.example.com'],
          ScanEnabled: true,
          TlsPolicy: 'Require',
          Actions: [
            { S3Action: { BucketName: ref(production.mailIntake.bucket), ObjectKeyPrefix: 'raw/' } },
            {
              LambdaAction: {
                FunctionArn: getAtt(production.inboundEmail.function),
                InvocationType: 'Event',
              },
            },
          ],
        },
      },
      // SES verifies its permissions when the rule is created.
      DependsOn: Match.arrayWith([
        Match.stringLikeRegexp('^InboundEmailFunctionAllowSesInvoke'),
        Match.stringLikeRegexp('^MailIntakeRawMailPolicy'),
      ]),
    });
  });

  it('lets SES invoke the inbound function only for our account and rule', () => {
    template.hasResourceProperties('AWS::Lambda::Permission', {
      FunctionName: getAtt(production.inboundEmail.function),
      Action: 'lambda:InvokeFunction',
      Principal: 'ses.amazonaws.com',
      SourceAccount: { Ref: 'AWS::AccountId' },
      SourceArn: sesRuleArn(production),
    });
  });

  it('outputs what docs/deploy.md uses: the rule set activation command, the MX record, names to inspect', () => {
    const outputs = template.toJSON().Outputs;
    expect(outputs.ActivateRuleSetCommand.Value).toEqual({
      'Fn::Join': [
        '',
        [
          'aws ses set-active-receipt-rule-set --rule-set-name InboxWatcher-prod-inbound --region ',
          { Ref: 'AWS::Region' },
        ],
      ],
    });
    expect(Object.keys(outputs).sort()).toEqual(
      [
        'ActivateRuleSetCommand',
        'AdminTokenCommand',
        'AlarmTopicArn',
        'ApiLogGroup',
        'ApiUrl',
        'InboundEmailLogGroup',
        'MxRecord',
        'OverdueSweepLogGroup',
        'RawMailBucketName',
        'TableName',
      ].sort(),
    );
    expect(outputs.MxRecord.Value).toEqual({
      'Fn::Join': ['', ['10 inbound-smtp.', { Ref: 'AWS::Region' }, '.amazonaws.com']],
    });
  });
});

describe('Stack: store', () => {
  it('is on-demand with point-in-time recovery and TTL, protected and retained in production', () => {
    template.hasResource('AWS::DynamoDB::Table', {
      Properties: {
        BillingMode: 'PAY_PER_REQUEST',
        PointInTimeRecoverySpecification: { PointInTimeRecoveryEnabled: true },
        TimeToLiveSpecification: { AttributeName: 'expiresAt', Enabled: true },
        DeletionProtectionEnabled: true,
      },
      DeletionPolicy: 'Retain',
      UpdateReplacePolicy: 'Retain',
    });
  });

  it('can be deleted with the stack outside production', () => {
    devTemplate.hasResource('AWS::DynamoDB::Table', {
      Properties: { DeletionProtectionEnabled: false },
      DeletionPolicy: 'Delete',
    });
  });
});

describe('Stack: table matches shared/store/table-schema.ts (they cannot drift apart)', () => {
  const deployed = template.toJSON().Resources[logicalId(production.store.table)].Properties;
  const local = tableDefinition('any-name');
  const byName = <T extends { AttributeName?: string; IndexName?: string }>(items: T[] | undefined) =>
    [...(items ?? [])].sort((a, b) =>
      (a.AttributeName ?? a.IndexName ?? '').localeCompare(b.AttributeName ?? b.IndexName ?? ''),
    );

  it('declares exactly one table', () => {
    template.resourceCountIs('AWS::DynamoDB::Table', 1);
  });

  it('has the same key schema and attribute definitions', () => {
    expect(deployed.KeySchema).toEqual(local.KeySchema);
    expect(byName(deployed.AttributeDefinitions)).toEqual(byName(local.AttributeDefinitions));
  });

  it('has the same global secondary indexes', () => {
    expect(byName(deployed.GlobalSecondaryIndexes)).toEqual(byName(local.GlobalSecondaryIndexes));
  });

  it('expires items by the TTL attribute the store writes', () => {
    expect(deployed.TimeToLiveSpecification).toEqual({
      AttributeName: TABLE_ATTRIBUTES.timeToLive,
      Enabled: true,
    });
  });

  it('bills on demand, as the local table does', () => {
    expect(deployed.BillingMode).toBe(local.BillingMode);
  });
});

describe('Stack: sweep schedule', () => {
  it('invokes the sweep every minute with its scheduled time, retrying twice, with a dead-letter queue', () => {
    const queue = production.overdueSweep.deadLetterQueue;
    template.hasResourceProperties('AWS::Scheduler::Schedule', {
      ScheduleExpression: 'rate(1 minute)',
      FlexibleTimeWindow: { Mode: 'OFF' },
      State: 'ENABLED',
      Target: {
        Arn: getAtt(production.overdueSweep.function),
        RoleArn: getAtt(production.sweepSchedule.node.findChild('Role')),
        DeadLetterConfig: { Arn: queue && getAtt(queue) },
        RetryPolicy: { MaximumRetryAttempts: 2, MaximumEventAgeInSeconds: 120 },
        // The sweep handler reads `scheduledTime` as its "now".
        Input: JSON.stringify({ scheduledTime: '<aws.scheduler.scheduled-time>' }),
      },
    });
  });

  it('runs with a role of its own that may invoke only the sweep function and write to its dead-letter queue', () => {
    const role = production.sweepSchedule.node.findChild('Role');
    const queue = production.overdueSweep.deadLetterQueue;
    expect(
      template.toJSON().Resources[logicalId(role)].Properties.AssumeRolePolicyDocument.Statement,
    ).toEqual([
      {
        Action: 'sts:AssumeRole',
        Effect: 'Allow',
        Principal: { Service: 'scheduler.amazonaws.com' },
        Condition: { StringEquals: { 'aws:SourceAccount': { Ref: 'AWS::AccountId' } } },
      },
    ]);
    expect(statementsOfRole(template, role)).toEqual([
      {
        Effect: 'Allow',
        Action: 'lambda:InvokeFunction',
        Resource: getAtt(production.overdueSweep.function),
      },
      { Effect: 'Allow', Action: 'sqs:SendMessage', Resource: queue && getAtt(queue) },
    ]);
  });
});

describe('Stack: API', () => {
  it('routes every request to the API function through a throttled, access-logged default stage', () => {
    template.hasResourceProperties('AWS::ApiGatewayV2::Route', { RouteKey: '$default' });
    template.hasResourceProperties('AWS::ApiGatewayV2::Integration', {
      IntegrationType: 'AWS_PROXY',
      IntegrationUri: getAtt(production.api.function),
      PayloadFormatVersion: '2.0',
    });
    template.hasResourceProperties('AWS::ApiGatewayV2::Stage', {
      StageName: '$default',
      AutoDeploy: true,
      DefaultRouteSettings: { ThrottlingRateLimit: 20, ThrottlingBurstLimit: 40 },
      AccessLogSettings: {
        DestinationArn: getAtt(production.statusApi.accessLogs),
        Format: Match.stringLikeRegexp('"requestId":"\\$context.requestId"'),
      },
    });
  });

  it('has no CORS configuration unless origins are given', () => {
    expect(
      template.toJSON().Resources[logicalId(production.statusApi.httpApi)].Properties.CorsConfiguration,
    ).toBeUndefined();
    devTemplate.hasResourceProperties('AWS::ApiGatewayV2::Api', {
      CorsConfiguration: {
        AllowOrigins: ['https://app.example.com', 'https://admin.example.com'],
        AllowHeaders: ['authorization', 'content-type'],
        AllowMethods: ['GET', 'POST', 'PATCH', 'OPTIONS'],
      },
    });
  });

  it('lets only this API invoke the API function', () => {
    template.hasResourceProperties('AWS::Lambda::Permission', {
      FunctionName: getAtt(production.api.function),
      Principal: 'apigateway.amazonaws.com',
      SourceArn: Match.objectLike({
        'Fn::Join': ['', Match.arrayWith([{ Ref: logicalId(production.statusApi.httpApi) }, '/*/*'])],
      }),
    });
  });

  it('generates the admin token in Secrets Manager (alphanumeric, 48 characters)', () => {
    template.hasResourceProperties('AWS::SecretsManager::Secret', {
      GenerateSecretString: { PasswordLength: 48, ExcludePunctuation: true, IncludeSpace: false },
    });
  });
});

describe('Stack: alarms', () => {
  const alarms = () =>
    Object.values(template.findResources('AWS::CloudWatch::Alarm')) as {
      Properties: Record<string, unknown>;
    }[];

  it('alarms on errors and throttles of every function, to the alarm topic', () => {
    for (const fn of [production.inboundEmail, production.overdueSweep, production.api]) {
      for (const metric of ['Errors', 'Throttles']) {
        template.hasResourceProperties('AWS::CloudWatch::Alarm', {
          Namespace: 'AWS/Lambda',
          MetricName: metric,
          Dimensions: [{ Name: 'FunctionName', Value: ref(fn.function) }],
          ComparisonOperator: 'GreaterThanOrEqualToThreshold',
          Threshold: 1,
          AlarmActions: [ref(production.alarms.topic)],
        });
      }
    }
  });

  it('alarms when a dead-letter queue holds anything', () => {
    for (const fn of [production.inboundEmail, production.overdueSweep]) {
      const queue = fn.deadLetterQueue;
      template.hasResourceProperties('AWS::CloudWatch::Alarm', {
        Namespace: 'AWS/SQS',
        MetricName: 'ApproximateNumberOfMessagesVisible',
        Dimensions: [{ Name: 'QueueName', Value: queue && getAtt(queue, 'QueueName') }],
        Statistic: 'Maximum',
        Threshold: 1,
        AlarmActions: [ref(production.alarms.topic)],
      });
    }
  });

  it('alarms when the sweep starts late or stops running', () => {
    template.hasResourceProperties('AWS::CloudWatch::Alarm', {
      MetricName: 'AsyncEventAge',
      Dimensions: [{ Name: 'FunctionName', Value: ref(production.overdueSweep.function) }],
      Statistic: 'Maximum',
      Threshold: 120_000,
    });
    template.hasResourceProperties('AWS::CloudWatch::Alarm', {
      MetricName: 'Invocations',
      Dimensions: [{ Name: 'FunctionName', Value: ref(production.overdueSweep.function) }],
      ComparisonOperator: 'LessThanThreshold',
      Threshold: 1,
      TreatMissingData: 'breaching',
    });
    expect(alarms()).toHaveLength(3 * 2 + 2 + 2);
  });

  it('mails the alarm address given in context, over a TLS-only topic', () => {
    template.hasResourceProperties('AWS::SNS::Subscription', {
      Protocol: 'email',
      Endpoint: 'ops@example.com',
      TopicArn: ref(production.alarms.topic),
    });
    template.hasResourceProperties('AWS::SNS::TopicPolicy', {
      PolicyDocument: {
        Statement: [
          Match.objectLike({ Effect: 'Deny', Condition: { Bool: { 'aws:SecureTransport': 'false' } } }),
        ],
      },
    });
    devTemplate.resourceCountIs('AWS::SNS::Subscription', 0);
  });
});
