import { Aws, type CfnElement, Duration, RemovalPolicy, Stack } from 'aws-cdk-lib';
import { PolicyStatement, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import type { Function as LambdaFunction } from 'aws-cdk-lib/aws-lambda';
import { BlockPublicAccess, Bucket, BucketEncryption, ObjectOwnership } from 'aws-cdk-lib/aws-s3';
import {
  type IReceiptRuleAction,
  type ReceiptRuleActionConfig,
  ReceiptRuleSet,
  TlsPolicy,
} from 'aws-cdk-lib/aws-ses';
import { Construct, type IConstruct } from 'constructs';
import { acknowledgeFinding } from './security-checks';

/** Where SES writes each message: `<prefix><SES message id>`, the key the inbound function reads. */
export const RAW_MAIL_PREFIX = 'raw/';

export interface MailIntakeProps {
  /** Mail to any address at this domain is accepted. */
  domain: string;
  /** Receives the SES event after the message is stored (async: retried, then its dead-letter queue). */
  inboundFunction: LambdaFunction;
  rawMailExpiryDays: number;
  /** Production keeps the bucket when the stack is deleted. */
  production: boolean;
}

/**
 * SES's receipt permissions: a principal for the SES service, limited to our account and our one rule.
 * Without the SourceArn any rule in the account (or in other accounts, without SourceAccount) could use them.
 */
function sesConditions(ruleArn: string) {
  return { StringEquals: { 'aws:SourceAccount': Aws.ACCOUNT_ID }, ArnLike: { 'aws:SourceArn': ruleArn } };
}

/** SES S3 action whose bucket policy is scoped to our rule (the library's own only checks the account). */
class StoreInBucket implements IReceiptRuleAction {
  constructor(
    private readonly bucket: Bucket,
    private readonly ruleArn: string,
  ) {}

  bind(rule: IConstruct): ReceiptRuleActionConfig {
    this.bucket.addToResourcePolicy(
      new PolicyStatement({
        sid: 'AllowSesToStoreIncomingMail',
        actions: ['s3:PutObject'],
        principals: [new ServicePrincipal('ses.amazonaws.com')],
        resources: [this.bucket.arnForObjects(`${RAW_MAIL_PREFIX}*`)],
        conditions: sesConditions(this.ruleArn),
      }),
    );
    // SES checks that it may write when the rule is created, so the policy must exist first.
    if (this.bucket.policy) rule.node.addDependency(this.bucket.policy);
    return { s3Action: { bucketName: this.bucket.bucketName, objectKeyPrefix: RAW_MAIL_PREFIX } };
  }
}

/** SES Lambda action, invoked asynchronously, whose permission is scoped to our rule. */
class InvokeAsynchronously implements IReceiptRuleAction {
  constructor(
    private readonly fn: LambdaFunction,
    private readonly ruleArn: string,
  ) {}

  bind(rule: IConstruct): ReceiptRuleActionConfig {
    this.fn.addPermission('AllowSesInvoke', {
      action: 'lambda:InvokeFunction',
      principal: new ServicePrincipal('ses.amazonaws.com'),
      sourceAccount: Aws.ACCOUNT_ID,
      sourceArn: this.ruleArn,
    });
    const permission = this.fn.permissionsNode.tryFindChild('AllowSesInvoke');
    if (permission) rule.node.addDependency(permission);
    // Event (not RequestResponse): Lambda retries failures and sends what still fails to the dead-letter queue.
    return { lambdaAction: { functionArn: this.fn.functionArn, invocationType: 'Event' } };
  }
}

/**
 * Mail intake: an SES receipt rule set with one rule for the domain's recipients that stores each message in an
 * encrypted, private, TLS-only bucket (expiring after `rawMailExpiryDays`) and then invokes the inbound function.
 * CloudFormation cannot activate a rule set; see docs/deploy.md (the stack outputs the command).
 */
export class MailIntake extends Construct {
  readonly bucket: Bucket;
  readonly ruleSet: ReceiptRuleSet;
  readonly ruleSetName: string;

  constructor(scope: Construct, id: string, props: MailIntakeProps) {
    super(scope, id);
    const stackName = Stack.of(this).stackName;
    // Fixed names: the rule's ARN must be known before the rule exists (the permissions it depends on name it).
    this.ruleSetName = `${stackName}-inbound`;
    const ruleName = `${stackName}-forwarded-mail`;
    const ruleArn = `arn:${Aws.PARTITION}:ses:${Aws.REGION}:${Aws.ACCOUNT_ID}:receipt-rule-set/${this.ruleSetName}:receipt-rule/${ruleName}`;

    this.bucket = new Bucket(this, 'RawMail', {
      encryption: BucketEncryption.S3_MANAGED,
      blockPublicAccess: BlockPublicAccess.BLOCK_ALL,
      objectOwnership: ObjectOwnership.BUCKET_OWNER_ENFORCED,
      enforceSSL: true,
      lifecycleRules: [{ id: 'expire-raw-mail', expiration: Duration.days(props.rawMailExpiryDays) }],
      // Outside production an emptied bucket goes with the stack; CloudFormation refuses to delete a full one.
      removalPolicy: props.production ? RemovalPolicy.RETAIN : RemovalPolicy.DESTROY,
    });
    acknowledgeFinding(
      this.bucket,
      'AwsSolutions-S1',
      'Only SES writes (scoped to one rule) and only the inbound function reads; objects expire. Server access ' +
        'logs would need a second bucket for no reader; CloudTrail data events can be enabled for audits.',
    );

    this.ruleSet = new ReceiptRuleSet(this, 'RuleSet', { receiptRuleSetName: this.ruleSetName });
    this.ruleSet.addRule('ForwardedMail', {
      receiptRuleName: ruleName,
      recipients: [props.domain],
      scanEnabled: true,
      tlsPolicy: TlsPolicy.REQUIRE,
      actions: [
        new StoreInBucket(this.bucket, ruleArn),
        new InvokeAsynchronously(props.inboundFunction, ruleArn),
      ],
    });

    props.inboundFunction.addToRolePolicy(
      new PolicyStatement({
        actions: ['s3:GetObject'],
        resources: [this.bucket.arnForObjects(`${RAW_MAIL_PREFIX}*`)],
      }),
    );
    if (props.inboundFunction.role) {
      const bucketId = Stack.of(this).getLogicalId(this.bucket.node.defaultChild as CfnElement);
      acknowledgeFinding(
        props.inboundFunction.role,
        `AwsSolutions-IAM5[Resource::<${bucketId}.Arn>/${RAW_MAIL_PREFIX}*]`,
        `Object keys are SES message ids, known only when mail arrives; the grant stops at the ${RAW_MAIL_PREFIX} prefix.`,
      );
    }
    props.inboundFunction.addEnvironment('RAW_MAIL_BUCKET', this.bucket.bucketName);
    props.inboundFunction.addEnvironment('RAW_MAIL_PREFIX', RAW_MAIL_PREFIX);
  }
}
