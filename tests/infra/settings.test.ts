import { describe, expect, it } from 'vitest';
import { PLACEHOLDER_DOMAIN, readDeploymentSettings, SettingsError } from '../../infra/settings';

const fromContext = (context: Record<string, unknown>) => readDeploymentSettings((key) => context[key]);

describe('Settings: CDK context', () => {
  it('defaults to a production deployment with 90-day raw mail and reserved concurrency', () => {
    expect(fromContext({ domain: 'Inbox.Example.com' })).toEqual({
      stage: 'prod',
      domain: 'inbox.example.com',
      alertFrom: 'alerts@inbox.example.com',
      rawMailExpiryDays: 90,
      alarmEmail: undefined,
      corsOrigins: [],
      reserveConcurrency: true,
    });
  });

  it('reads every key from -c strings', () => {
    expect(
      fromContext({
        stage: 'dev',
        domain: 'inbox.example.com',
        alertFrom: 'alerts@example.com',
        rawMailExpiryDays: '30',
        alarmEmail: 'ops@example.com',
        corsOrigins: 'https://a.example.com,https://b.example.com',
        reserveConcurrency: 'false',
      }),
    ).toEqual({
      stage: 'dev',
      domain: 'inbox.example.com',
      alertFrom: 'alerts@example.com',
      rawMailExpiryDays: 30,
      alarmEmail: 'ops@example.com',
      corsOrigins: ['https://a.example.com', 'https://b.example.com'],
      reserveConcurrency: false,
    });
  });

  it('accepts cdk.json types: numbers, booleans and arrays', () => {
    const settings = fromContext({
      rawMailExpiryDays: 7,
      reserveConcurrency: false,
      corsOrigins: ['https://a.example.com'],
    });
    expect(settings).toMatchObject({
      rawMailExpiryDays: 7,
      reserveConcurrency: false,
      corsOrigins: ['https://a.example.com'],
    });
  });

  it('leaves the domain undefined without one, sending from the placeholder', () => {
    expect(fromContext({})).toMatchObject({ domain: undefined, alertFrom: `alerts@${PLACEHOLDER_DOMAIN}` });
  });

  it.each([
    ['domain', 'not a domain'],
    ['alertFrom', 'alerts-at-example.com'],
    ['rawMailExpiryDays', '0'],
    ['rawMailExpiryDays', 'ninety'],
    ['alarmEmail', 'ops'],
    ['corsOrigins', 'app.example.com'],
    ['stage', 'Prod!'],
    ['reserveConcurrency', 'no'],
  ])('rejects %s=%s naming the key', (key, value) => {
    expect(() => fromContext({ [key]: value })).toThrow(SettingsError);
    expect(() => fromContext({ [key]: value })).toThrow(`context ${key}=`);
  });
});
