import { describe, expect, it } from 'vitest';
import { ConfigError, loadInboundConfig, loadStoreConfig } from '../../shared/config';

const minimal = { TABLE_NAME: 'inbox-watcher', RAW_MAIL_BUCKET: 'raw-mail' };

describe('Config: inbound function', () => {
  it('fills in defaults for everything optional', () => {
    expect(loadInboundConfig(minimal)).toEqual({
      store: { tableName: 'inbox-watcher', endpoint: undefined, region: 'us-east-1' },
      rawMail: { bucket: 'raw-mail', prefix: '', s3Endpoint: undefined },
      rejectSpoofed: true,
      maxMessageBytes: 10 * 1024 * 1024,
      dedupeTtlDays: 30,
      logLevel: 'info',
    });
  });

  it('reads every setting given', () => {
    const config = loadInboundConfig({
      ...minimal,
      DYNAMODB_ENDPOINT: 'http://127.0.0.1:8000',
      AWS_REGION: 'eu-west-1',
      RAW_MAIL_PREFIX: 'incoming/',
      S3_ENDPOINT: 'http://127.0.0.1:4568',
      REJECT_SPOOFED: 'false',
      MAX_MESSAGE_BYTES: '1000',
      DEDUPE_TTL_DAYS: '7',
      LOG_LEVEL: 'debug',
    });
    expect(config).toMatchObject({
      store: { endpoint: 'http://127.0.0.1:8000', region: 'eu-west-1' },
      rawMail: { prefix: 'incoming/', s3Endpoint: 'http://127.0.0.1:4568' },
      rejectSpoofed: false,
      maxMessageBytes: 1000,
      dedupeTtlDays: 7,
      logLevel: 'debug',
    });
  });

  it.each([
    { name: 'a missing bucket', env: { TABLE_NAME: 'inbox-watcher' }, problem: /RAW_MAIL_BUCKET/ },
    {
      name: 'a boolean that is not true or false',
      env: { ...minimal, REJECT_SPOOFED: 'yes' },
      problem: /REJECT_SPOOFED/,
    },
    {
      name: 'a size that is not a whole number',
      env: { ...minimal, MAX_MESSAGE_BYTES: '10MB' },
      problem: /MAX_MESSAGE_BYTES/,
    },
    {
      name: 'an endpoint that is not a URL',
      env: { ...minimal, DYNAMODB_ENDPOINT: 'localhost' },
      problem: /DYNAMODB_ENDPOINT/,
    },
  ])('fails fast on $name, naming the variable', ({ env, problem }) => {
    expect(() => loadInboundConfig(env)).toThrow(ConfigError);
    expect(() => loadInboundConfig(env)).toThrow(problem);
  });
});

describe('Config: store', () => {
  it('needs only the table name', () => {
    expect(loadStoreConfig({ TABLE_NAME: 'abc' })).toEqual({
      tableName: 'abc',
      endpoint: undefined,
      region: 'us-east-1',
    });
  });
});
