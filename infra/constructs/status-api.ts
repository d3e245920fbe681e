import { CfnOutput, Duration, type RemovalPolicy } from 'aws-cdk-lib';
import { AccessLogFormat } from 'aws-cdk-lib/aws-apigateway';
import { CorsHttpMethod, HttpApi, HttpStage, LogGroupLogDestination } from 'aws-cdk-lib/aws-apigatewayv2';
import { HttpLambdaIntegration } from 'aws-cdk-lib/aws-apigatewayv2-integrations';
import type { Function as LambdaFunction } from 'aws-cdk-lib/aws-lambda';
import { LogGroup, RetentionDays } from 'aws-cdk-lib/aws-logs';
import { Construct } from 'constructs';
import { acknowledgeFinding } from './security-checks';

/** Steady-state requests per second and burst the API accepts before answering 429. */
export const API_THROTTLE = { rateLimit: 20, burstLimit: 40 } as const;

export interface StatusApiProps {
  apiFunction: LambdaFunction;
  /** Origins allowed by CORS; empty → no CORS configuration (browsers on other origins are refused). */
  corsOrigins: string[];
  removalPolicy: RemovalPolicy;
}

// HTTP API context variables (REST API field helpers name some that HTTP APIs lack). No headers: they carry tokens.
const ACCESS_LOG_FIELDS = {
  requestId: '$context.requestId',
  time: '$context.requestTime',
  ip: '$context.identity.sourceIp',
  method: '$context.httpMethod',
  route: '$context.routeKey',
  path: '$context.path',
  status: '$context.status',
  protocol: '$context.protocol',
  responseLength: '$context.responseLength',
  integrationLatency: '$context.integrationLatency',
  integrationError: '$context.integrationErrorMessage',
  userAgent: '$context.identity.userAgent',
};

/** The case status API: an HTTP API whose every route goes to the API function, throttled and access-logged. */
export class StatusApi extends Construct {
  readonly httpApi: HttpApi;
  readonly accessLogs: LogGroup;

  constructor(scope: Construct, id: string, props: StatusApiProps) {
    super(scope, id);
    this.httpApi = new HttpApi(this, 'HttpApi', {
      description: 'inbox-watcher case status API',
      createDefaultStage: false,
      defaultIntegration: new HttpLambdaIntegration('ApiFunction', props.apiFunction),
      ...(props.corsOrigins.length > 0
        ? {
            corsPreflight: {
              allowOrigins: props.corsOrigins,
              allowMethods: [
                CorsHttpMethod.GET,
                CorsHttpMethod.POST,
                CorsHttpMethod.PATCH,
                CorsHttpMethod.OPTIONS,
              ],
              allowHeaders: ['authorization', 'content-type'],
              maxAge: Duration.hours(1),
            },
          }
        : {}),
    });
    acknowledgeFinding(
      this.httpApi,
      'AwsSolutions-APIG4',
      'The app authenticates every /v1 route itself with per-user bearer tokens (hashed in the table) and the ' +
        'admin token; /healthz, /openapi.json and /docs are public by design.',
    );
    this.accessLogs = new LogGroup(this, 'AccessLogs', {
      retention: RetentionDays.ONE_MONTH,
      removalPolicy: props.removalPolicy,
    });
    new HttpStage(this, 'DefaultStage', {
      httpApi: this.httpApi,
      stageName: '$default',
      autoDeploy: true,
      throttle: API_THROTTLE,
      accessLogSettings: {
        destination: new LogGroupLogDestination(this.accessLogs),
        format: AccessLogFormat.custom(JSON.stringify(ACCESS_LOG_FIELDS)),
      },
    });
    new CfnOutput(scope, 'ApiUrl', {
      description: 'Base URL of the case status API',
      value: this.httpApi.apiEndpoint,
    });
  }
}
