import { Duration } from 'aws-cdk-lib';
import {
  Alarm,
  ComparisonOperator,
  type IMetric,
  Metric,
  TreatMissingData,
} from 'aws-cdk-lib/aws-cloudwatch';
import { SnsAction } from 'aws-cdk-lib/aws-cloudwatch-actions';
import type { Function as LambdaFunction } from 'aws-cdk-lib/aws-lambda';
import { Topic } from 'aws-cdk-lib/aws-sns';
import { EmailSubscription } from 'aws-cdk-lib/aws-sns-subscriptions';
import type { IQueue } from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';

/** A function to watch, by a short name used in alarm names. */
export interface WatchedFunction {
  name: string;
  fn: LambdaFunction;
}

/** A dead-letter queue to watch: anything in it is work that was given up on. */
export interface WatchedQueue {
  name: string;
  queue: IQueue;
}

export interface OperationsAlarmsProps {
  functions: WatchedFunction[];
  deadLetterQueues: WatchedQueue[];
  sweepFunction: LambdaFunction;
  /** Subscribed to the alarm topic (SNS asks the address to confirm); undefined → no subscriber. */
  alarmEmail: string | undefined;
}

const FIVE_MINUTES = Duration.minutes(5);

/**
 * Alarms to an SNS topic: errors and throttles of every function, messages in any dead-letter queue, and a sweep
 * that is late (events waiting more than two minutes) or not running at all.
 */
export class OperationsAlarms extends Construct {
  readonly topic: Topic;

  constructor(scope: Construct, id: string, props: OperationsAlarmsProps) {
    super(scope, id);
    this.topic = new Topic(this, 'Topic', { displayName: 'inbox-watcher alarms', enforceSSL: true });
    if (props.alarmEmail) this.topic.addSubscription(new EmailSubscription(props.alarmEmail));

    for (const { name, fn } of props.functions) {
      this.alarm(
        `${name}Errors`,
        `${name}: invocations failed`,
        fn.metricErrors({ period: FIVE_MINUTES }),
        1,
      );
      this.alarm(
        `${name}Throttles`,
        `${name}: invocations throttled`,
        fn.metricThrottles({ period: FIVE_MINUTES }),
        1,
      );
    }
    for (const { name, queue } of props.deadLetterQueues) {
      this.alarm(
        `${name}DeadLetters`,
        `${name}: events gave up after retries are waiting in the dead-letter queue`,
        queue.metricApproximateNumberOfMessagesVisible({ period: FIVE_MINUTES, statistic: 'Maximum' }),
        1,
      );
    }
    this.alarm(
      'SweepLate',
      'overdue sweep: scheduled runs waited more than two minutes to start',
      new Metric({
        namespace: 'AWS/Lambda',
        metricName: 'AsyncEventAge',
        dimensionsMap: { FunctionName: props.sweepFunction.functionName },
        statistic: 'Maximum',
        period: FIVE_MINUTES,
      }),
      Duration.minutes(2).toMilliseconds(),
    );
    new Alarm(this, 'SweepNotRunning', {
      alarmDescription: 'overdue sweep: no run in five minutes (it is scheduled every minute)',
      metric: props.sweepFunction.metricInvocations({ period: FIVE_MINUTES, statistic: 'Sum' }),
      comparisonOperator: ComparisonOperator.LESS_THAN_THRESHOLD,
      threshold: 1,
      evaluationPeriods: 1,
      // No datapoints is exactly the failure this alarm exists for.
      treatMissingData: TreatMissingData.BREACHING,
    }).addAlarmAction(new SnsAction(this.topic));
  }

  private alarm(id: string, description: string, metric: IMetric, threshold: number): void {
    new Alarm(this, id, {
      alarmDescription: description,
      metric,
      comparisonOperator: ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
      threshold,
      evaluationPeriods: 1,
      treatMissingData: TreatMissingData.NOT_BREACHING,
    }).addAlarmAction(new SnsAction(this.topic));
  }
}
