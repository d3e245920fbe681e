import { Aws, Duration } from 'aws-cdk-lib';
import { PolicyStatement, Role, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import type { Function as LambdaFunction } from 'aws-cdk-lib/aws-lambda';
import {
  ContextAttribute,
  type ISchedule,
  type IScheduleTarget,
  Schedule,
  ScheduleExpression,
  type ScheduleTargetConfig,
  ScheduleTargetInput,
  TimeWindow,
} from 'aws-cdk-lib/aws-scheduler';
import type { IQueue } from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';

export interface SweepScheduleProps {
  sweepFunction: LambdaFunction;
  /** Where Scheduler puts invocations it could not deliver after its retries. */
  deadLetterQueue: IQueue;
}

/**
 * Scheduler target with a role that may invoke exactly the sweep function (the library's target also grants
 * every version and alias, `<arn>:*`) and write to the dead-letter queue.
 */
class InvokeSweep implements IScheduleTarget {
  constructor(
    private readonly role: Role,
    private readonly fn: LambdaFunction,
    private readonly deadLetterQueue: IQueue,
  ) {}

  bind(_schedule: ISchedule): ScheduleTargetConfig {
    return {
      arn: this.fn.functionArn,
      role: this.role,
      deadLetterConfig: { arn: this.deadLetterQueue.queueArn },
      // The sweep runs as of the tick it was scheduled for, also when the invocation was delayed or retried.
      input: ScheduleTargetInput.fromObject({ scheduledTime: ContextAttribute.scheduledTime }),
      // A sweep that could not start within two minutes is superseded by the next one anyway.
      retryPolicy: { maximumRetryAttempts: 2, maximumEventAgeInSeconds: 120 },
    };
  }
}

/** Runs the overdue sweep once a minute with EventBridge Scheduler. */
export class SweepSchedule extends Construct {
  readonly schedule: Schedule;

  constructor(scope: Construct, id: string, props: SweepScheduleProps) {
    super(scope, id);
    const role = new Role(this, 'Role', {
      assumedBy: new ServicePrincipal('scheduler.amazonaws.com', {
        conditions: { StringEquals: { 'aws:SourceAccount': Aws.ACCOUNT_ID } },
      }),
      description: 'Lets EventBridge Scheduler invoke the overdue sweep',
    });
    role.addToPrincipalPolicy(
      new PolicyStatement({
        actions: ['lambda:InvokeFunction'],
        resources: [props.sweepFunction.functionArn],
      }),
    );
    role.addToPrincipalPolicy(
      new PolicyStatement({ actions: ['sqs:SendMessage'], resources: [props.deadLetterQueue.queueArn] }),
    );
    this.schedule = new Schedule(this, 'EveryMinute', {
      schedule: ScheduleExpression.rate(Duration.minutes(1)),
      description: 'Sends alerts for promised confirmations that are overdue',
      timeWindow: TimeWindow.off(),
      target: new InvokeSweep(role, props.sweepFunction, props.deadLetterQueue),
    });
  }
}
