import path from 'node:path';
import { Duration, type RemovalPolicy } from 'aws-cdk-lib';
import { PolicyStatement, Role, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import {
  Architecture,
  type DestinationConfig,
  type IDestination,
  type IFunction,
  Runtime,
} from 'aws-cdk-lib/aws-lambda';
import { LogLevel, NodejsFunction, OutputFormat, SourceMapMode } from 'aws-cdk-lib/aws-lambda-nodejs';
import { LogGroup, RetentionDays } from 'aws-cdk-lib/aws-logs';
import { type IQueue, Queue, QueueEncryption } from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';
import { BUNDLE_SETTINGS, REPO_ROOT, RUNTIME_NODE_OPTIONS } from './bundling';
import { acknowledgeFinding } from './security-checks';

/** Retries and expiry for functions invoked asynchronously (SES, EventBridge Scheduler). */
export interface AsyncInvocationOptions {
  retryAttempts: number;
  maxEventAge: Duration;
}

/** What differs between our functions; everything else is a shared default. */
export interface ServiceFunctionProps {
  /** Absolute path of the handler module (exports `handler`). */
  entry: string;
  description: string;
  memorySize: number;
  timeout: Duration;
  environment: Record<string, string>;
  /** Caps concurrent executions (protects the table from bursts); undefined → unreserved. */
  reservedConcurrency: number | undefined;
  /** Set for functions invoked asynchronously: failed events go to a dead-letter queue after the retries. */
  asyncInvocation?: AsyncInvocationOptions;
  /** What happens to the log group and dead-letter queue when the stack is deleted. */
  removalPolicy: RemovalPolicy;
}

/** Lambda's on-failure destination to a queue, granting only sqs:SendMessage (SqsDestination grants more). */
class QueueOnFailure implements IDestination {
  constructor(private readonly queue: IQueue) {}

  bind(_scope: Construct, fn: IFunction): DestinationConfig {
    fn.addToRolePolicy(
      new PolicyStatement({ actions: ['sqs:SendMessage'], resources: [this.queue.queueArn] }),
    );
    return { destination: this.queue.queueArn };
  }
}

/**
 * A bundled Node.js Lambda function with our defaults:
 * - nodejs22.x on arm64, bundled by the local esbuild (no Docker) with {@link BUNDLE_SETTINGS}: minified ESM
 *   carrying the AWS SDK clients it uses, linked source maps and the createRequire banner;
 * - its own role that can only write to its own log group (not the managed policy's `Resource: *`);
 * - a log group with one month's retention;
 * - for async invocations: retries, a maximum event age and an encrypted dead-letter queue as on-failure
 *   destination.
 */
export class ServiceFunction extends Construct {
  readonly function: NodejsFunction;
  readonly logGroup: LogGroup;
  /** Receives events that failed every retry; only for asynchronously invoked functions. */
  readonly deadLetterQueue: Queue | undefined;

  constructor(scope: Construct, id: string, props: ServiceFunctionProps) {
    super(scope, id);
    this.logGroup = new LogGroup(this, 'Logs', {
      retention: RetentionDays.ONE_MONTH,
      removalPolicy: props.removalPolicy,
    });
    const role = new Role(this, 'Role', {
      assumedBy: new ServicePrincipal('lambda.amazonaws.com'),
      description: `Runs ${props.description}`,
    });
    role.addToPrincipalPolicy(
      new PolicyStatement({
        actions: ['logs:CreateLogStream', 'logs:PutLogEvents'],
        resources: [this.logGroup.logGroupArn],
      }),
    );
    this.deadLetterQueue = props.asyncInvocation
      ? new Queue(this, 'FailedEvents', {
          encryption: QueueEncryption.SQS_MANAGED,
          enforceSSL: true,
          retentionPeriod: Duration.days(14),
          removalPolicy: props.removalPolicy,
        })
      : undefined;
    if (this.deadLetterQueue) {
      acknowledgeFinding(
        this.deadLetterQueue,
        'AwsSolutions-SQS3',
        "This queue is itself the dead-letter queue (Lambda's on-failure destination); it is alarmed on, not redriven.",
      );
    }
    this.function = new NodejsFunction(this, 'Function', {
      entry: props.entry,
      handler: 'handler',
      description: props.description,
      runtime: Runtime.NODEJS_22_X,
      architecture: Architecture.ARM_64,
      memorySize: props.memorySize,
      timeout: props.timeout,
      role,
      logGroup: this.logGroup,
      environment: { NODE_OPTIONS: RUNTIME_NODE_OPTIONS, ...props.environment },
      reservedConcurrentExecutions: props.reservedConcurrency,
      projectRoot: REPO_ROOT,
      depsLockFilePath: path.join(REPO_ROOT, 'package-lock.json'),
      bundling: {
        target: BUNDLE_SETTINGS.target,
        format: OutputFormat.ESM,
        minify: BUNDLE_SETTINGS.minify,
        sourceMap: true,
        sourceMapMode: SourceMapMode.DEFAULT, // esbuild's `linked`
        sourcesContent: BUNDLE_SETTINGS.sourcesContent,
        mainFields: [...BUNDLE_SETTINGS.mainFields],
        // Replaces CDK's default of leaving all of `@aws-sdk/*` to the runtime.
        externalModules: [...BUNDLE_SETTINGS.external],
        banner: BUNDLE_SETTINGS.banner,
        // Settings NodejsFunction has no property for, passed to esbuild as they are.
        esbuildArgs: {
          '--alias': Object.entries(BUNDLE_SETTINGS.alias).map(([from, to]) => `${from}=${to}`),
          '--charset': BUNDLE_SETTINGS.charset,
          '--legal-comments': BUNDLE_SETTINGS.legalComments,
        },
        forceDockerBundling: false,
        logLevel: LogLevel.WARNING,
      },
      ...(props.asyncInvocation && this.deadLetterQueue
        ? {
            retryAttempts: props.asyncInvocation.retryAttempts,
            maxEventAge: props.asyncInvocation.maxEventAge,
            onFailure: new QueueOnFailure(this.deadLetterQueue),
          }
        : {}),
    });
    acknowledgeFinding(
      this.function,
      'AwsSolutions-L1',
      'nodejs22.x is pinned on purpose: the bundles target node22 and the project is tested on that line.',
    );
  }
}
