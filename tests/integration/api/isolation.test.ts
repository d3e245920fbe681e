import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ApiHarness, startApiHarness, storeUnmatched } from './api-harness';

let api: ApiHarness;
let ana: { id: string; token: string };
let bo: { id: string; token: string };
let anaCaseId: string;
let anaMessageId: string;
let boCaseId: string;

beforeAll(async () => {
  api = await startApiHarness('api-isolation');
  ana = await api.createUser({ timeZone: 'Europe/Sofia' });
  bo = await api.createUser({ timeZone: 'America/Denver' });
  const body = { vendor: 'hulu.com', expectations: [{ expect: 'refund.confirmed', within: '2 days' }] };
  anaCaseId = (await api.call('POST', '/v1/cases', { token: ana.token, body })).body.id;
  boCaseId = (await api.call('POST', '/v1/cases', { token: bo.token, body })).body.id;
  anaMessageId = (await storeUnmatched(api, ana.id, 7)).id;
});
afterAll(async () => {
  await api.drop();
});

describe('Isolation between users', () => {
  it('shows each user only their own profile', async () => {
    expect((await api.call('GET', '/v1/me', { token: bo.token })).body.id).toBe(bo.id);
    const patched = await api.call('PATCH', '/v1/me', { token: bo.token, body: { language: 'fr' } });
    expect(patched.body.id).toBe(bo.id);
    expect((await api.call('GET', '/v1/me', { token: ana.token })).body.language).toBe('en');
  });

  it("lists only the caller's cases, and refuses another user's cursor", async () => {
    await api.call('POST', '/v1/cases', {
      token: ana.token,
      body: { vendor: 'netflix.com', expectations: [{ expect: 'refund.confirmed', within: '2 days' }] },
    });
    const anaPage = await api.call('GET', '/v1/cases?limit=1', { token: ana.token });

    const boList = await api.call('GET', '/v1/cases', { token: bo.token });
    const boVendor = await api.call('GET', '/v1/cases?vendor=hulu.com', { token: bo.token });
    const stolenCursor = await api.call('GET', `/v1/cases?limit=1&cursor=${anaPage.body.nextCursor}`, {
      token: bo.token,
    });

    expect(boList.body.items.map((item: { id: string }) => item.id)).toEqual([boCaseId]);
    expect(boVendor.body.items.map((item: { id: string }) => item.id)).toEqual([boCaseId]);
    expect(stolenCursor.status).toBe(400);
  });

  it("lists full cases carrying only the caller's expectations and timeline", async () => {
    await api.call('POST', `/v1/cases/${anaCaseId}/notes`, {
      token: ana.token,
      body: {
        text: 'private call notes of ana',
        promise: { expect: 'cancellation.confirmed', within: 'PT4H' },
      },
    });

    const boList = await api.call('GET', '/v1/cases?vendor=hulu.com', { token: bo.token });
    const anaList = await api.call('GET', '/v1/cases?vendor=hulu.com', { token: ana.token });

    const boItems = boList.body.items as { id: string; expectations: unknown[]; timeline: unknown[] }[];
    expect(boItems.map((item) => item.id)).toEqual([boCaseId]);
    expect(boItems[0]?.expectations).toHaveLength(1);
    expect(JSON.stringify(boItems)).not.toContain('private call notes of ana');
    expect(JSON.stringify(boItems)).not.toContain(anaCaseId);
    const anaItem = anaList.body.items.find((item: { id: string }) => item.id === anaCaseId);
    expect(anaItem.expectations).toHaveLength(2);
    expect(anaItem.timeline.map((entry: { summary: string }) => entry.summary)).toContain(
      'private call notes of ana',
    );
  });

  it("answers 404, not 403, for another user's case on every case operation", async () => {
    const answers = [
      await api.call('GET', `/v1/cases/${anaCaseId}`, { token: bo.token }),
      await api.call('PATCH', `/v1/cases/${anaCaseId}`, { token: bo.token, body: { status: 'closed' } }),
      await api.call('POST', `/v1/cases/${anaCaseId}/notes`, { token: bo.token, body: { text: 'mine now' } }),
    ];

    for (const answer of answers) {
      expect(answer.status).toBe(404);
      expect(answer.body.detail).toBe(`you have no case ${anaCaseId}`);
    }
    const untouched = await api.call('GET', `/v1/cases/${anaCaseId}`, { token: ana.token });
    expect(untouched.body.status).toBe('open');
    expect(untouched.body.timeline.some((entry: { summary: string }) => entry.summary === 'mine now')).toBe(
      false,
    );
  });

  it('keeps unmatched messages private, and refuses attaching across users either way', async () => {
    const boMessages = await api.call('GET', '/v1/messages', { token: bo.token });
    const boTakesAnasMessage = await api.call('POST', `/v1/messages/${anaMessageId}/case`, {
      token: bo.token,
      body: { caseId: boCaseId },
    });
    const anaAttachesToBosCase = await api.call('POST', `/v1/messages/${anaMessageId}/case`, {
      token: ana.token,
      body: { caseId: boCaseId },
    });

    expect(boMessages.body.items).toEqual([]);
    expect(boTakesAnasMessage.status).toBe(404);
    expect(anaAttachesToBosCase.status).toBe(404);
    expect(
      (await api.call('GET', '/v1/messages', { token: ana.token })).body.items.map(
        (item: { id: string }) => item.id,
      ),
    ).toEqual([anaMessageId]);
    const bosCase = await api.call('GET', `/v1/cases/${boCaseId}`, { token: bo.token });
    expect(bosCase.body.timeline.some((entry: { type: string }) => entry.type === 'message')).toBe(false);
  });

  it('opens cases for the caller only', async () => {
    const opened = await api.call('POST', '/v1/cases', {
      token: bo.token,
      body: { vendor: 'amazon.com', expectations: [{ expect: 'refund.confirmed', within: '2 days' }] },
    });

    expect((await api.call('GET', `/v1/cases/${opened.body.id}`, { token: ana.token })).status).toBe(404);
    expect((await api.call('GET', '/v1/cases?vendor=amazon.com', { token: ana.token })).body.items).toEqual(
      [],
    );
  });

  it("keeps user management away from users: a user token cannot create users or rotate another's token", async () => {
    const rotate = await api.call('POST', `/v1/users/${ana.id}/tokens`, { token: bo.token });
    const create = await api.call('POST', '/v1/users', {
      token: bo.token,
      body: { email: 'z@example.test', forwardingAddresses: ['z@x.test'] },
    });

    expect(rotate.status).toBe(403);
    expect(create.status).toBe(403);
    expect((await api.call('GET', '/v1/me', { token: ana.token })).status).toBe(200);
  });
});
