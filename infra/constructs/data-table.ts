import { RemovalPolicy } from 'aws-cdk-lib';
import { AttributeType, BillingMode, ProjectionType, Table } from 'aws-cdk-lib/aws-dynamodb';
import { PolicyStatement } from 'aws-cdk-lib/aws-iam';
import type { Function as LambdaFunction } from 'aws-cdk-lib/aws-lambda';
import { Construct } from 'constructs';

/**
 * The single table's key schema, mirrored from shared/store/table-schema.ts (infra imports no runtime code);
 * tests/infra/table-schema.test.ts fails when the two drift apart.
 */
export const TABLE_LAYOUT = {
  partitionKey: 'PK',
  sortKey: 'SK',
  indexes: [
    { name: 'UserCases', partitionKey: 'GSI1PK', sortKey: 'GSI1SK' },
    { name: 'Sweep', partitionKey: 'GSI2PK', sortKey: 'GSI2SK' },
  ],
  timeToLiveAttribute: 'expiresAt',
} as const;

/** The item-level actions the store uses (transactions are authorised per contained item action). */
export const TABLE_ITEM_ACTIONS = [
  'dynamodb:GetItem',
  'dynamodb:BatchGetItem',
  'dynamodb:Query',
  'dynamodb:ConditionCheckItem',
  'dynamodb:PutItem',
  'dynamodb:UpdateItem',
  'dynamodb:DeleteItem',
  'dynamodb:BatchWriteItem',
] as const;

export interface DataTableProps {
  /** Production: deletion protection on and the table kept when the stack is deleted. */
  production: boolean;
}

/** The DynamoDB table: on-demand, point-in-time recovery, TTL, the GSIs of the data model. */
export class DataTable extends Construct {
  readonly table: Table;

  constructor(scope: Construct, id: string, props: DataTableProps) {
    super(scope, id);
    this.table = new Table(this, 'Table', {
      partitionKey: { name: TABLE_LAYOUT.partitionKey, type: AttributeType.STRING },
      sortKey: { name: TABLE_LAYOUT.sortKey, type: AttributeType.STRING },
      billingMode: BillingMode.PAY_PER_REQUEST,
      pointInTimeRecoverySpecification: { pointInTimeRecoveryEnabled: true },
      timeToLiveAttribute: TABLE_LAYOUT.timeToLiveAttribute,
      deletionProtection: props.production,
      removalPolicy: props.production ? RemovalPolicy.RETAIN : RemovalPolicy.DESTROY,
    });
    for (const index of TABLE_LAYOUT.indexes) {
      this.table.addGlobalSecondaryIndex({
        indexName: index.name,
        partitionKey: { name: index.partitionKey, type: AttributeType.STRING },
        sortKey: { name: index.sortKey, type: AttributeType.STRING },
        projectionType: ProjectionType.ALL,
      });
    }
  }

  /**
   * Lets `fn` read and write items and query the indexes (no scans, no table management), and tells it the
   * table's name in TABLE_NAME: the grant and the variable cannot drift apart.
   */
  bindTo(fn: LambdaFunction): void {
    fn.addToRolePolicy(
      new PolicyStatement({ actions: [...TABLE_ITEM_ACTIONS], resources: [this.table.tableArn] }),
    );
    fn.addToRolePolicy(
      new PolicyStatement({
        actions: ['dynamodb:Query'],
        resources: TABLE_LAYOUT.indexes.map((index) => `${this.table.tableArn}/index/${index.name}`),
      }),
    );
    fn.addEnvironment('TABLE_NAME', this.table.tableName);
  }
}
