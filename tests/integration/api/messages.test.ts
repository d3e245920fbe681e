import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ApiHarness, startApiHarness, storeUnmatched } from './api-harness';

let api: ApiHarness;
beforeAll(async () => {
  api = await startApiHarness('api-messages');
});
afterAll(async () => {
  await api.drop();
});

describe('GET /v1/messages', () => {
  it('lists the unmatched messages newest first, page by page', async () => {
    const user = await api.createUser();
    for (let index = 0; index < 5; index += 1) await storeUnmatched(api, user.id, index);

    const first = await api.call('GET', '/v1/messages?matched=false&limit=3', { token: user.token });
    const second = await api.call(
      'GET',
      `/v1/messages?matched=false&limit=3&cursor=${first.body.nextCursor}`,
      { token: user.token },
    );

    expect(first.status).toBe(200);
    expect(first.body.items.map((item: { subject: string }) => item.subject)).toEqual([
      'Message 4',
      'Message 3',
      'Message 2',
    ]);
    expect(first.body.items[0]).toMatchObject({
      reason: 'unrelated',
      vendor: { name: 'Hulu', domain: 'hulu.com' },
      kinds: [],
    });
    expect(second.body.items.map((item: { subject: string }) => item.subject)).toEqual([
      'Message 1',
      'Message 0',
    ]);
    expect(second.body.nextCursor).toBeNull();
  });

  it('lists nothing for a user without unmatched messages, and defaults to matched=false', async () => {
    const user = await api.createUser();

    const answer = await api.call('GET', '/v1/messages', { token: user.token });

    expect(answer.body).toEqual({ items: [], nextCursor: null });
  });

  it('explains that matched messages are on case timelines', async () => {
    const user = await api.createUser();

    const answer = await api.call('GET', '/v1/messages?matched=true', { token: user.token });

    expect(answer.status).toBe(400);
    expect(answer.body.errors[0]).toEqual({
      parameter: 'matched',
      detail: expect.stringContaining('timelines'),
    });
  });
});

describe('POST /v1/messages/{id}/case', () => {
  it('moves the message onto the case timeline and off the unmatched list', async () => {
    const user = await api.createUser();
    const message = await storeUnmatched(api, user.id, 1);
    const opened = await api.call('POST', '/v1/cases', {
      token: user.token,
      body: { vendor: 'hulu.com', expectations: [{ expect: 'refund.confirmed', within: '2 days' }] },
    });

    const answer = await api.call('POST', `/v1/messages/${message.id}/case`, {
      token: user.token,
      body: { caseId: opened.body.id },
    });

    expect(answer.status).toBe(200);
    expect(answer.body.timeline.at(-1)).toMatchObject({
      type: 'message',
      summary: 'Attached by the user: Message 1',
      details: expect.objectContaining({
        messageId: message.messageId,
        attachedByUser: true,
        kinds: ['refund.confirmed'],
      }),
    });
    expect((await api.call('GET', '/v1/messages', { token: user.token })).body.items).toEqual([]);
    const again = await api.call('POST', `/v1/messages/${message.id}/case`, {
      token: user.token,
      body: { caseId: opened.body.id },
    });
    expect(again.status).toBe(404);
  });

  it('answers 404 for an unknown case and leaves the message listed', async () => {
    const user = await api.createUser();
    const message = await storeUnmatched(api, user.id, 2);

    const answer = await api.call('POST', `/v1/messages/${message.id}/case`, {
      token: user.token,
      body: { caseId: 'missing' },
    });

    expect(answer.status).toBe(404);
    expect((await api.call('GET', '/v1/messages', { token: user.token })).body.items).toHaveLength(1);
  });

  it('explains a missing caseId', async () => {
    const user = await api.createUser();
    const message = await storeUnmatched(api, user.id, 3);

    const answer = await api.call('POST', `/v1/messages/${message.id}/case`, { token: user.token, body: {} });

    expect(answer.status).toBe(400);
    expect(answer.body.errors[0].pointer).toBe('#/caseId');
  });
});
