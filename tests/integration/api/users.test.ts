import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN_TOKEN, type ApiHarness, startApiHarness } from './api-harness';

let api: ApiHarness;
beforeAll(async () => {
  api = await startApiHarness('api-users');
});
afterAll(async () => {
  await api.drop();
});

describe('POST /v1/users', () => {
  it('creates a user and returns a token shown once', async () => {
    const answer = await api.call('POST', '/v1/users', {
      token: ADMIN_TOKEN,
      body: {
        email: 'Ana@Example.test',
        forwardingAddresses: ['ana@mail.test', 'ana.work@corp.test'],
        timeZone: 'Europe/Sofia',
        language: 'bg',
      },
    });

    expect(answer.status).toBe(201);
    expect(answer.body.user).toMatchObject({
      email: 'ana@example.test',
      forwardingAddresses: ['ana@mail.test', 'ana.work@corp.test'],
      alertEmail: null,
      timeZone: 'Europe/Sofia',
      language: 'bg',
      defaultWindows: {
        cancellation: { value: 2, unit: 'business_days' },
        refund: { value: 10, unit: 'business_days' },
      },
    });
    expect(answer.body.token).toMatch(/^iw_[A-Za-z0-9_-]{43}$/);
    expect(answer.headers.get('location')).toBe(`/v1/users/${answer.body.user.id}`);
    const me = await api.call('GET', '/v1/me', { token: answer.body.token });
    expect(me.body.id).toBe(answer.body.user.id);
    expect(JSON.stringify(me.body)).not.toContain('token');
  });

  it('reads default windows given as text', async () => {
    const answer = await api.call('POST', '/v1/users', {
      token: ADMIN_TOKEN,
      body: {
        email: 'bo@example.test',
        forwardingAddresses: ['bo@mail.test'],
        defaultWindows: { refund: 'three weeks' },
      },
    });

    expect(answer.body.user.defaultWindows.refund).toEqual({ value: 3, unit: 'weeks' });
  });

  it('rejects invalid fields, naming each one', async () => {
    const answer = await api.call('POST', '/v1/users', {
      token: ADMIN_TOKEN,
      body: {
        email: 'not-an-address',
        forwardingAddresses: [],
        timeZone: 'Mars/Olympus',
        language: 'English',
      },
    });

    expect(answer.status).toBe(400);
    expect(answer.headers.get('content-type')).toBe('application/problem+json');
    const byPointer = Object.fromEntries(
      answer.body.errors.map((error: { pointer: string; detail: string }) => [error.pointer, error.detail]),
    );
    expect(byPointer['#/email']).toContain('email address');
    expect(byPointer['#/forwardingAddresses']).toContain('at least one address');
    expect(byPointer['#/timeZone']).toContain('IANA time zone');
    expect(byPointer['#/language']).toContain('ISO 639-1');
    expect(answer.body.detail).toContain('timeZone: must be an IANA time zone');
  });

  it('rejects unknown fields, bodies that are not JSON and malformed JSON', async () => {
    const unknown = await api.call('POST', '/v1/users', {
      token: ADMIN_TOKEN,
      body: { email: 'c@example.test', forwardingAddresses: ['c@mail.test'], timezone: 'UTC' },
    });
    const notJson = await api.call('POST', '/v1/users', {
      token: ADMIN_TOKEN,
      rawBody: 'email=c@example.test',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
    });
    const malformed = await api.call('POST', '/v1/users', {
      token: ADMIN_TOKEN,
      rawBody: '{"email":',
      headers: { 'content-type': 'application/json' },
    });

    expect(unknown.status).toBe(400);
    expect(unknown.body.detail).toContain('timezone');
    expect(notJson.status).toBe(415);
    expect(notJson.body.detail).toContain('application/json');
    expect(malformed.status).toBe(400);
    expect(malformed.body.detail).toContain('not valid JSON');
  });

  it('refuses a forwarding address that belongs to another user', async () => {
    await api.createUser({ forwardingAddresses: ['shared@mail.test'] });

    const answer = await api.call('POST', '/v1/users', {
      token: ADMIN_TOKEN,
      body: { email: 'd@example.test', forwardingAddresses: ['Shared@mail.test'] },
    });

    expect(answer.status).toBe(409);
    expect(answer.body.detail).toContain('shared@mail.test');
  });

  it('claims watch addresses for one user only', async () => {
    const first = await api.call('POST', '/v1/users', {
      token: ADMIN_TOKEN,
      body: {
        email: 'w1@example.test',
        forwardingAddresses: ['w1@mail.test'],
        watchAddresses: ['W1@Inbox.test'],
      },
    });
    const second = await api.call('POST', '/v1/users', {
      token: ADMIN_TOKEN,
      body: {
        email: 'w2@example.test',
        forwardingAddresses: ['w2@mail.test'],
        watchAddresses: ['w1@inbox.test'],
      },
    });

    expect(first.body.user.watchAddresses).toEqual(['w1@inbox.test']);
    expect(second.status).toBe(409);
    expect(second.body.detail).toBe('the watch address w1@inbox.test already belongs to another user');
  });

  it('rejects bodies over the size limit', async () => {
    const answer = await api.call('POST', '/v1/users', {
      token: ADMIN_TOKEN,
      body: { email: 'e@example.test', forwardingAddresses: ['e@mail.test'], padding: 'x'.repeat(70_000) },
    });

    expect(answer.status).toBe(413);
  });
});

describe('Authentication', () => {
  it('answers 401 with a Bearer challenge when the token is missing or unknown', async () => {
    const missing = await api.call('GET', '/v1/me');
    const unknown = await api.call('GET', '/v1/me', { token: 'iw_not-a-real-token' });
    const malformedHeader = await api.call('GET', '/v1/me', { headers: { authorization: 'Basic YTpi' } });

    for (const answer of [missing, unknown, malformedHeader]) {
      expect(answer.status).toBe(401);
      expect(answer.headers.get('www-authenticate')).toContain('Bearer');
      expect(answer.headers.get('content-type')).toBe('application/problem+json');
    }
    expect(missing.body.detail).toContain('Authorization: Bearer');
    expect(unknown.body.detail).toContain('not valid');
  });

  it('keeps user management to the admin token', async () => {
    const user = await api.createUser();
    const body = { email: 'f@example.test', forwardingAddresses: ['f@mail.test'] };

    const withUserToken = await api.call('POST', '/v1/users', { token: user.token, body });
    const withWrongAdmin = await api.call('POST', '/v1/users', { token: `${ADMIN_TOKEN}x`, body });
    const withoutToken = await api.call('POST', `/v1/users/${user.id}/tokens`);

    expect(withUserToken.status).toBe(403);
    expect(withUserToken.body.detail).toContain('admin token');
    expect(withWrongAdmin.status).toBe(401);
    expect(withoutToken.status).toBe(401);
  });

  it('does not accept the admin token as a user token', async () => {
    const answer = await api.call('GET', '/v1/cases', { token: ADMIN_TOKEN });

    expect(answer.status).toBe(401);
  });
});

describe('POST /v1/users/{id}/tokens', () => {
  it('issues a new token and the old one stops working', async () => {
    const user = await api.createUser();

    const rotated = await api.call('POST', `/v1/users/${user.id}/tokens`, { token: ADMIN_TOKEN });

    expect(rotated.status).toBe(201);
    expect(rotated.body.token).not.toBe(user.token);
    expect((await api.call('GET', '/v1/me', { token: user.token })).status).toBe(401);
    expect((await api.call('GET', '/v1/me', { token: rotated.body.token })).body.id).toBe(user.id);
  });

  it('answers 404 for an unknown user', async () => {
    const answer = await api.call('POST', '/v1/users/nobody/tokens', { token: ADMIN_TOKEN });

    expect(answer.status).toBe(404);
    expect(answer.body.detail).toContain('nobody');
  });
});

describe('PATCH /v1/me', () => {
  it('changes the time zone, alert address, language and default windows', async () => {
    const user = await api.createUser();

    const answer = await api.call('PATCH', '/v1/me', {
      token: user.token,
      body: {
        timeZone: 'America/New_York',
        alertEmail: 'Alerts@Example.test',
        language: 'de',
        defaultWindows: { cancellation: '3 working days', refund: 'P14D' },
      },
    });

    expect(answer.status).toBe(200);
    expect(answer.body).toMatchObject({
      timeZone: 'America/New_York',
      alertEmail: 'alerts@example.test',
      language: 'de',
      defaultWindows: {
        cancellation: { value: 3, unit: 'business_days' },
        refund: { value: 14, unit: 'days' },
      },
    });
    expect((await api.call('GET', '/v1/me', { token: user.token })).body.timeZone).toBe('America/New_York');
  });

  it('clears the alert address with null and keeps other fields', async () => {
    const user = await api.createUser({ alertEmail: 'x@example.test', timeZone: 'Asia/Tokyo' });

    const answer = await api.call('PATCH', '/v1/me', { token: user.token, body: { alertEmail: null } });

    expect(answer.body.alertEmail).toBeNull();
    expect(answer.body.timeZone).toBe('Asia/Tokyo');
  });

  it('rejects an unknown time zone, an unreadable window and an empty change', async () => {
    const user = await api.createUser();

    const zone = await api.call('PATCH', '/v1/me', { token: user.token, body: { timeZone: 'EST5EDT-ish' } });
    const window = await api.call('PATCH', '/v1/me', {
      token: user.token,
      body: { defaultWindows: { refund: 'soon' } },
    });
    const empty = await api.call('PATCH', '/v1/me', { token: user.token, body: {} });

    expect(zone.status).toBe(400);
    expect(zone.body.errors).toEqual([{ pointer: '#/timeZone', detail: expect.stringContaining('IANA') }]);
    expect(window.status).toBe(400);
    expect(window.body.errors[0].pointer).toBe('#/defaultWindows/refund');
    expect(window.body.errors[0].detail).toContain('2 business days');
    expect(empty.status).toBe(400);
    expect(empty.body.detail).toContain('at least one field');
  });
});
