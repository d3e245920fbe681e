import { DeleteCommand, QueryCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../../shared/api/app';
import type { Case } from '../../../shared/cases/case';
import { getCase, saveCase } from '../../../shared/store/cases';
import type { TableHandle } from '../../../shared/store/client';
import { caseKey } from '../../../shared/store/keys';
import { INDEX_NAMES } from '../../../shared/store/table-schema';
import { type ApiHarness, responseChecker, startApiHarness } from './api-harness';

let api: ApiHarness;
beforeAll(async () => {
  // Tuesday 15 December 2026, 10:00 in New York, 17:00 in Sofia.
  api = await startApiHarness('api-cases', new Date('2026-12-15T15:00:00Z'));
});
afterAll(async () => {
  await api.drop();
});

async function openCase(token: string, body: Record<string, unknown>) {
  const answer = await api.call('POST', '/v1/cases', { token, body });
  if (answer.status !== 201) throw new Error(JSON.stringify(answer.body));
  return answer.body;
}

/** Changes a stored case the way another component (the sweep, the inbound pipeline) would. */
async function changeStored(caseId: string, change: (current: Case) => Case): Promise<void> {
  const before = await getCase(api.local.table, caseId);
  if (!before) throw new Error(`no case ${caseId}`);
  await saveCase(api.local.table, { before, after: change(before) });
}

/** Resolves a stored case as a confirmation meeting all its expectations would. */
async function resolveStored(caseId: string): Promise<void> {
  await changeStored(caseId, (current) => ({
    ...current,
    status: 'resolved',
    expectations: current.expectations.map((expectation) => ({
      ...expectation,
      status: 'met',
      nextAlertAt: null,
    })),
  }));
}

const refundIn = (within: string) => ({ expect: 'refund.confirmed', within });

describe('POST /v1/cases', () => {
  it("opens a case with a natural-language window counted in the vendor's zone and shown in the user's", async () => {
    const user = await api.createUser({ timeZone: 'Europe/Sofia' });

    const answer = await api.call('POST', '/v1/cases', {
      token: user.token,
      body: {
        vendor: 'Constant Contact',
        title: 'Cancel account, refund $12',
        expectations: [refundIn('2 business days')],
        note: 'rep promised refund in 2 business days',
        reference: '8812',
      },
    });

    expect(answer.status).toBe(201);
    expect(answer.headers.get('location')).toBe(`/v1/cases/${answer.body.id}`);
    expect(answer.body).toMatchObject({
      status: 'open',
      title: 'Cancel account, refund $12',
      vendor: { name: 'Constant Contact', domain: 'constantcontact.com' },
      references: ['8812'],
      timeZone: 'Europe/Sofia',
      overdue: false,
      nextDueAt: '2026-12-18T04:59:59.000Z',
    });
    expect(answer.body.expectations).toEqual([
      expect.objectContaining({
        expect: 'refund.confirmed',
        status: 'pending',
        overdue: false,
        dueAt: '2026-12-18T04:59:59.000Z',
        dueAtLocal: '2026-12-18T06:59:59.000+02:00',
        timeZone: 'America/New_York',
        source: { kind: 'manual', messageId: null, within: { value: 2, unit: 'business_days' } },
      }),
    ]);
    expect(answer.body.timeline.map((entry: { type: string }) => entry.type)).toEqual([
      'status',
      'expectation',
      'note',
    ]);
  });

  it.each([
    ['two working days', '2026-12-18T04:59:59.000Z'],
    ['PT4H', '2026-12-15T19:00:00.000Z'],
    ['90 minutes', '2026-12-15T16:30:00.000Z'],
    ['P3D', '2026-12-19T04:59:59.000Z'],
    ['1 week', '2026-12-23T04:59:59.000Z'],
    ['an hour', '2026-12-15T16:00:00.000Z'],
  ])('reads the window "%s"', async (within, dueAt) => {
    const user = await api.createUser();

    const opened = await openCase(user.token, {
      vendor: 'constantcontact.com',
      expectations: [refundIn(within)],
    });

    expect(opened.expectations[0].dueAt).toBe(dueAt);
  });

  it("skips the vendor country's public holidays in business days", async () => {
    const user = await api.createUser();
    api.clock.now = new Date('2026-12-23T15:00:00Z');
    try {
      // Thu 24, (Fri 25 Christmas, weekend), Mon 28, Tue 29.
      const opened = await openCase(user.token, {
        vendor: 'constantcontact.com',
        expectations: [refundIn('3 business days')],
      });

      expect(opened.expectations[0].dueAt).toBe('2026-12-30T04:59:59.000Z');
    } finally {
      api.clock.now = new Date('2026-12-15T15:00:00Z');
    }
  });

  it("counts in the user's zone for a vendor the directory does not know", async () => {
    const user = await api.createUser({ timeZone: 'Europe/Sofia' });

    const opened = await openCase(user.token, {
      vendor: { name: 'Small Shop', domain: 'www.smallshop.example' },
      expectations: [{ expect: 'cancellation.confirmed', within: '2 business days' }],
    });

    expect(opened.vendor).toEqual({ name: 'Small Shop', domain: 'smallshop.example' });
    expect(opened.expectations[0]).toMatchObject({
      timeZone: 'Europe/Sofia',
      dueAt: '2026-12-17T21:59:59.000Z',
    });
    expect(opened.title).toBe('Small Shop: cancellation');
  });

  it('takes absolute due times, dates, promisedAt and refundEligibleUntil', async () => {
    const user = await api.createUser({ timeZone: 'America/Chicago' });

    const opened = await openCase(user.token, {
      vendor: 'constantcontact.com',
      promisedAt: '2026-12-14T15:00:00Z',
      expectations: [
        { expect: 'cancellation.confirmed', dueAt: '2026-12-20T12:00:00+01:00' },
        { expect: 'refund.confirmed', dueAt: '2026-12-20' },
      ],
      refundEligibleUntil: '2027-01-10',
    });

    expect(opened.expectations.map((expectation: { dueAt: string }) => expectation.dueAt)).toEqual([
      '2026-12-20T11:00:00.000Z',
      '2026-12-21T04:59:59.000Z',
    ]);
    expect(opened.expectations[0].promisedAt).toBe('2026-12-14T15:00:00.000Z');
    expect(opened.refundEligibleUntil).toBe('2027-01-11T05:59:59.000Z');
  });

  it('explains each invalid field', async () => {
    const user = await api.createUser();

    const answer = await api.call('POST', '/v1/cases', {
      token: user.token,
      body: {
        vendor: 'constantcontact.com',
        expectations: [
          refundIn('2 fortnights'),
          { expect: 'refund.confirmed', within: '2 days', dueAt: '2026-12-20' },
          { expect: 'refund.received', within: '2 days' },
          { expect: 'refund.confirmed', dueAt: '17 Dec' },
        ],
      },
    });

    expect(answer.status).toBe(400);
    const byPointer = Object.fromEntries(
      answer.body.errors.map((error: { pointer: string; detail: string }) => [error.pointer, error.detail]),
    );
    expect(byPointer['#/expectations/0/within']).toContain('"2 business days"');
    expect(byPointer['#/expectations/1']).toContain('either "within"');
    expect(byPointer['#/expectations/2/expect']).toContain('refund.confirmed');
    expect(byPointer['#/expectations/3/dueAt']).toContain('ISO 8601');
  });

  it('refuses a vendor it cannot give a domain, no expectations, and a promise in the future', async () => {
    const user = await api.createUser();

    const unknownName = await api.call('POST', '/v1/cases', {
      token: user.token,
      body: { vendor: 'My Gym', expectations: [refundIn('2 days')] },
    });
    const none = await api.call('POST', '/v1/cases', {
      token: user.token,
      body: { vendor: 'gym.example', expectations: [] },
    });
    const future = await api.call('POST', '/v1/cases', {
      token: user.token,
      body: { vendor: 'gym.example', expectations: [refundIn('2 days')], promisedAt: '2027-01-01T00:00:00Z' },
    });

    expect(unknownName.status).toBe(400);
    expect(unknownName.body.errors[0]).toMatchObject({ pointer: '#/vendor' });
    expect(unknownName.body.detail).toContain('domain');
    expect(none.body.errors[0]).toMatchObject({
      pointer: '#/expectations',
      detail: 'must list at least one expectation',
    });
    expect(future.body.errors[0]).toMatchObject({
      pointer: '#/promisedAt',
      detail: 'must not be in the future',
    });
  });
});

describe('GET /v1/cases/{id}', () => {
  it('shows the case with flags computed at read time', async () => {
    const user = await api.createUser({ timeZone: 'UTC' });
    const opened = await openCase(user.token, { vendor: 'netflix.com', expectations: [refundIn('PT1H')] });
    api.clock.now = new Date('2026-12-15T17:00:00Z');
    try {
      const answer = await api.call('GET', `/v1/cases/${opened.id}`, { token: user.token });

      expect(answer.status).toBe(200);
      expect(answer.body.overdue).toBe(true);
      expect(answer.body.expectations[0]).toMatchObject({
        status: 'pending',
        overdue: true,
        dueAtLocal: '2026-12-15T16:00:00.000Z',
      });
    } finally {
      api.clock.now = new Date('2026-12-15T15:00:00Z');
    }
  });

  it('answers 404 for an unknown id', async () => {
    const user = await api.createUser();

    const answer = await api.call('GET', '/v1/cases/no-such-case', { token: user.token });

    expect(answer.status).toBe(404);
    expect(answer.body.detail).toBe('you have no case no-such-case');
  });
});

describe('GET /v1/cases', () => {
  it('lists overdue cases first, then open, resolved and closed, newest first within each', async () => {
    const user = await api.createUser();
    const at = (minute: number) => new Date(Date.UTC(2026, 11, 15, 15, minute));
    const ids: Record<string, string> = {};
    for (const [minute, name] of [
      [1, 'olderOpen'],
      [2, 'closed'],
      [3, 'resolved'],
      [4, 'overdue'],
      [5, 'newerOpen'],
    ] as const) {
      api.clock.now = at(minute);
      ids[name] = (
        await openCase(user.token, {
          vendor: `${name.toLowerCase()}.example`,
          expectations: [refundIn('2 days')],
        })
      ).id;
    }
    api.clock.now = at(10);
    await api.call('PATCH', `/v1/cases/${ids.closed}`, { token: user.token, body: { status: 'closed' } });
    await resolveStored(ids.resolved as string);
    await changeStored(ids.overdue as string, (current) => ({
      ...current,
      expectations: current.expectations.map((expectation) => ({ ...expectation, status: 'overdue' })),
    }));
    api.clock.now = new Date('2026-12-15T15:00:00Z');

    const all = await api.call('GET', '/v1/cases', { token: user.token });
    const open = await api.call('GET', '/v1/cases?status=open', { token: user.token });
    const resolved = await api.call('GET', '/v1/cases?status=resolved', { token: user.token });
    const closed = await api.call('GET', '/v1/cases?status=closed', { token: user.token });

    expect(all.body.items.map((item: { id: string }) => item.id)).toEqual([
      ids.overdue,
      ids.newerOpen,
      ids.olderOpen,
      ids.resolved,
      ids.closed,
    ]);
    expect(all.body.items[0]).toMatchObject({ overdue: true, awaitedCount: 1, status: 'open' });
    expect(all.body.items[0].expectations[0]).toMatchObject({ status: 'overdue', overdue: true });
    expect(all.body.items[3]).toMatchObject({ status: 'resolved', awaitedCount: 0 });
    expect(all.body.nextCursor).toBeNull();
    expect(open.body.items.map((item: { id: string }) => item.id)).toEqual([
      ids.overdue,
      ids.newerOpen,
      ids.olderOpen,
    ]);
    expect(resolved.body.items.map((item: { id: string }) => item.id)).toEqual([ids.resolved]);
    expect(closed.body.items.map((item: { id: string }) => item.id)).toEqual([ids.closed]);
  });

  it('lists every case in full, exactly as GET /v1/cases/{id} shows it, plus the awaited count', async () => {
    const user = await api.createUser({ timeZone: 'Europe/Sofia' });
    const first = await openCase(user.token, {
      vendor: 'constantcontact.com',
      expectations: [refundIn('2 business days'), { expect: 'cancellation.confirmed', within: 'PT4H' }],
      note: 'rep promised a refund, ref 8812',
      reference: '8812',
    });
    const second = await openCase(user.token, { vendor: 'netflix.com', expectations: [refundIn('3 days')] });
    await api.call('POST', `/v1/cases/${second.id}/notes`, {
      token: user.token,
      body: { text: 'chat: refund is on its way' },
    });

    const listed = await api.call('GET', '/v1/cases', { token: user.token });

    expect(listed.status).toBe(200);
    expect(listed.body.items.map((item: { id: string }) => item.id).sort()).toEqual(
      [first.id, second.id].sort(),
    );
    for (const item of listed.body.items) {
      const single = await api.call('GET', `/v1/cases/${item.id}`, { token: user.token });
      expect(item).toEqual({ ...single.body, awaitedCount: single.body.expectations.length });
    }
    const byId = (id: string) => listed.body.items.find((item: { id: string }) => item.id === id);
    const [constantContact, netflix] = [byId(first.id), byId(second.id)];
    expect(
      constantContact.expectations.map((expectation: { expect: string }) => expectation.expect).sort(),
    ).toEqual(['cancellation.confirmed', 'refund.confirmed']);
    expect(constantContact.expectations[0]).toMatchObject({ status: 'pending', overdue: false });
    expect(constantContact.expectations[0].dueAtLocal).toMatch(/\+02:00$/);
    expect(constantContact.awaitedCount).toBe(2);
    expect(netflix.timeline.map((entry: { summary: string }) => entry.summary)).toContain(
      'chat: refund is on its way',
    );
  });

  it('lists headers only with view=summary, in the same order and with the same cursors', async () => {
    const user = await api.createUser();
    for (let index = 0; index < 3; index += 1) {
      await openCase(user.token, { vendor: `summary${index}.example`, expectations: [refundIn('2 days')] });
    }

    const full = await api.call('GET', '/v1/cases?limit=2', { token: user.token });
    const summary = await api.call('GET', '/v1/cases?limit=2&view=summary', { token: user.token });
    const badView = await api.call('GET', '/v1/cases?view=compact', { token: user.token });

    expect(summary.body.items.map((item: { id: string }) => item.id)).toEqual(
      full.body.items.map((item: { id: string }) => item.id),
    );
    expect(summary.body.nextCursor).toBe(full.body.nextCursor);
    expect(summary.body.items[0]).not.toHaveProperty('expectations');
    expect(summary.body.items[0]).not.toHaveProperty('timeline');
    expect(summary.body.items[0]).toMatchObject({ awaitedCount: 1, status: 'open' });
    expect(badView.status).toBe(400);
    expect(badView.body.errors[0]).toMatchObject({ parameter: 'view' });
  });

  it('skips a listed case that vanished, changed owner or left the status filter before it was read', async () => {
    const owner = await api.createUser();
    const other = await api.createUser();
    const opened: string[] = [];
    for (let index = 0; index < 4; index += 1) {
      opened.push(
        (await openCase(owner.token, { vendor: `race${index}.example`, expectations: [refundIn('2 days')] }))
          .id,
      );
    }
    const [kept, vanished, movedAway, closed] = opened as [string, string, string, string];
    // Runs once, right after the listing has read the index and before it reads the cases.
    let betweenReads: (() => Promise<void>) | null = async () => {
      await api.local.table.client.send(
        new DeleteCommand({ TableName: api.local.table.name, Key: caseKey(vanished) }),
      );
      await api.local.table.client.send(
        new UpdateCommand({
          TableName: api.local.table.name,
          Key: caseKey(movedAway),
          UpdateExpression: 'SET userId = :other',
          ExpressionAttributeValues: { ':other': other.id },
        }),
      );
      await changeStored(closed, (current) => ({ ...current, status: 'closed' }));
    };
    const racingTable: TableHandle = {
      name: api.local.table.name,
      client: new Proxy(api.local.table.client, {
        get(client, property, receiver) {
          if (property !== 'send') return Reflect.get(client, property, receiver);
          return async (command: unknown) => {
            const result = await client.send(command as QueryCommand);
            const isListing =
              command instanceof QueryCommand && command.input.IndexName === INDEX_NAMES.userCases;
            if (isListing && betweenReads) {
              const change = betweenReads;
              betweenReads = null;
              await change();
            }
            return result;
          };
        },
      }),
    };
    const app = createApp({ ...api.deps, table: racingTable });
    const check = responseChecker();

    const response = await app.request('http://localhost/v1/cases?status=open', {
      headers: { authorization: `Bearer ${owner.token}` },
    });
    const body = (await response.json()) as { items: { id: string }[] };
    check('GET', '/v1/cases', response.status, response.headers.get('content-type') ?? '', body);

    expect(response.status).toBe(200);
    expect(body.items.map((item) => item.id)).toEqual([kept]);
    const later = await api.call('GET', '/v1/cases', { token: owner.token });
    expect(later.body.items.map((item: { id: string }) => item.id)).toEqual([kept, closed]);
  });

  it('pages through every case exactly once', async () => {
    const user = await api.createUser();
    const opened = new Set<string>();
    for (let index = 0; index < 7; index += 1) {
      opened.add(
        (await openCase(user.token, { vendor: `shop${index}.example`, expectations: [refundIn('2 days')] }))
          .id,
      );
    }

    const seen: string[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const query: string = cursor === null ? '' : `&cursor=${encodeURIComponent(cursor)}`;
      const page = await api.call('GET', `/v1/cases?limit=3${query}`, { token: user.token });
      expect(page.body.items.length).toBeLessThanOrEqual(3);
      seen.push(...page.body.items.map((item: { id: string }) => item.id));
      cursor = page.body.nextCursor;
      pages += 1;
    } while (cursor !== null && pages < 10);

    expect(seen).toHaveLength(7);
    expect(new Set(seen)).toEqual(opened);
  });

  it('filters by vendor domain, subdomain or name, across pages', async () => {
    const user = await api.createUser();
    const wanted = new Set<string>();
    for (let index = 0; index < 6; index += 1) {
      const vendor = index % 2 === 0 ? 'constantcontact.com' : `other${index}.example`;
      const opened = await openCase(user.token, { vendor, expectations: [refundIn('2 days')] });
      if (index % 2 === 0) wanted.add(opened.id);
    }

    const collect = async (vendor: string) => {
      const seen: string[] = [];
      let cursor: string | null = null;
      for (let page = 0; page < 10; page += 1) {
        const query: string = cursor === null ? '' : `&cursor=${encodeURIComponent(cursor)}`;
        const answer = await api.call(
          'GET',
          `/v1/cases?limit=2&vendor=${encodeURIComponent(vendor)}${query}`,
          { token: user.token },
        );
        seen.push(...answer.body.items.map((item: { id: string }) => item.id));
        cursor = answer.body.nextCursor;
        if (cursor === null) break;
      }
      return seen;
    };

    expect(new Set(await collect('constantcontact.com'))).toEqual(wanted);
    expect(new Set(await collect('billing.constantcontact.com'))).toEqual(wanted);
    expect(new Set(await collect('constant CONTACT'))).toEqual(wanted);
    expect(await collect('nobody.example')).toEqual([]);
  });

  it('rejects bad parameters with the parameter named', async () => {
    const user = await api.createUser();

    const status = await api.call('GET', '/v1/cases?status=pending', { token: user.token });
    const limit = await api.call('GET', '/v1/cases?limit=500', { token: user.token });
    const unknown = await api.call('GET', '/v1/cases?sort=asc', { token: user.token });
    const cursor = await api.call('GET', '/v1/cases?cursor=bm90LWEtY3Vyc29y', { token: user.token });

    expect(status.status).toBe(400);
    expect(status.body.errors[0]).toMatchObject({ parameter: 'status' });
    expect(limit.body.errors[0]).toEqual({
      parameter: 'limit',
      detail: 'must be a whole number from 1 to 100',
    });
    expect(unknown.body.errors[0]).toEqual({
      parameter: 'sort',
      detail: 'is not a parameter of this operation',
    });
    expect(cursor.status).toBe(400);
    expect(cursor.body.errors[0]).toMatchObject({ parameter: 'cursor' });
  });

  it('refuses a cursor of one listing in another', async () => {
    const user = await api.createUser();
    for (let index = 0; index < 3; index += 1) {
      await openCase(user.token, { vendor: `cursor${index}.example`, expectations: [refundIn('2 days')] });
    }
    const first = await api.call('GET', '/v1/cases?status=open&limit=1', { token: user.token });

    const closed = await api.call('GET', `/v1/cases?status=closed&cursor=${first.body.nextCursor}`, {
      token: user.token,
    });

    expect(closed.status).toBe(400);
  });
});

describe('PATCH /v1/cases/{id}', () => {
  it('closes with a reason and reopens, recording both on the timeline', async () => {
    const user = await api.createUser();
    const opened = await openCase(user.token, { vendor: 'hulu.com', expectations: [refundIn('2 days')] });

    const closed = await api.call('PATCH', `/v1/cases/${opened.id}`, {
      token: user.token,
      body: { status: 'closed', reason: 'refund showed on my card' },
    });
    const reopened = await api.call('PATCH', `/v1/cases/${opened.id}`, {
      token: user.token,
      body: { status: 'open' },
    });

    expect(closed.body.status).toBe('closed');
    expect(closed.body.timeline.at(-1).summary).toBe('Closed by the user: refund showed on my card');
    expect(reopened.body.status).toBe('open');
    expect(reopened.body.timeline.at(-1).summary).toBe('Reopened by the user');
  });

  it('snoozes until a time, for a window, and lifts the snooze', async () => {
    const user = await api.createUser({ timeZone: 'Europe/Berlin' });
    const opened = await openCase(user.token, { vendor: 'hulu.com', expectations: [refundIn('2 days')] });

    const until = await api.call('PATCH', `/v1/cases/${opened.id}`, {
      token: user.token,
      body: { snoozedUntil: '2026-12-20T09:00:00+01:00' },
    });
    const forWindow = await api.call('PATCH', `/v1/cases/${opened.id}`, {
      token: user.token,
      body: { snoozeFor: '2 days' },
    });
    const lifted = await api.call('PATCH', `/v1/cases/${opened.id}`, {
      token: user.token,
      body: { snoozedUntil: null },
    });

    expect(until.body.snoozedUntil).toBe('2026-12-20T08:00:00.000Z');
    expect(forWindow.body.snoozedUntil).toBe('2026-12-17T15:00:00.000Z');
    expect(lifted.body.snoozedUntil).toBeNull();
  });

  it('moves a due time by a window from now or to a date, restarting alerts', async () => {
    const user = await api.createUser();
    const opened = await openCase(user.token, {
      vendor: 'constantcontact.com',
      expectations: [refundIn('PT1H')],
    });
    const expectationId = opened.expectations[0].id;
    await changeStored(opened.id, (current) => ({
      ...current,
      expectations: current.expectations.map((expectation) => ({
        ...expectation,
        status: 'overdue',
        alertsSent: 2,
      })),
    }));

    const moved = await api.call('PATCH', `/v1/cases/${opened.id}`, {
      token: user.token,
      body: { expectations: [{ id: expectationId, within: '1 business day' }] },
    });
    const toDate = await api.call('PATCH', `/v1/cases/${opened.id}`, {
      token: user.token,
      body: { expectations: [{ id: expectationId, dueAt: '2026-12-31' }] },
    });

    expect(moved.status).toBe(200);
    expect(moved.body.expectations[0]).toMatchObject({
      status: 'pending',
      alertsSent: 0,
      dueAt: '2026-12-17T04:59:59.000Z',
    });
    expect(moved.body.timeline.at(-1).type).toBe('expectation');
    expect(toDate.body.expectations[0].dueAt).toBe('2027-01-01T04:59:59.000Z');
  });

  it('refuses to move an expectation that was met, or one the case does not have', async () => {
    const user = await api.createUser();
    const opened = await openCase(user.token, { vendor: 'hulu.com', expectations: [refundIn('2 days')] });
    await resolveStored(opened.id);

    const met = await api.call('PATCH', `/v1/cases/${opened.id}`, {
      token: user.token,
      body: { expectations: [{ id: opened.expectations[0].id, within: '2 days' }] },
    });
    const missing = await api.call('PATCH', `/v1/cases/${opened.id}`, {
      token: user.token,
      body: { expectations: [{ id: 'nope', within: '2 days' }] },
    });

    expect(met.status).toBe(409);
    expect(met.body.detail).toContain('is met');
    expect(missing.status).toBe(409);
    expect(missing.body.detail).toContain('no expectation nope');
  });

  it('explains invalid changes', async () => {
    const user = await api.createUser();
    const opened = await openCase(user.token, { vendor: 'hulu.com', expectations: [refundIn('2 days')] });

    const resolved = await api.call('PATCH', `/v1/cases/${opened.id}`, {
      token: user.token,
      body: { status: 'resolved' },
    });
    const both = await api.call('PATCH', `/v1/cases/${opened.id}`, {
      token: user.token,
      body: { snoozedUntil: '2026-12-20T09:00:00Z', snoozeFor: '2 days' },
    });
    const empty = await api.call('PATCH', `/v1/cases/${opened.id}`, { token: user.token, body: {} });
    const badTime = await api.call('PATCH', `/v1/cases/${opened.id}`, {
      token: user.token,
      body: { snoozedUntil: 'tomorrow' },
    });

    expect(resolved.status).toBe(400);
    expect(resolved.body.errors[0]).toMatchObject({
      pointer: '#/status',
      detail: expect.stringContaining('"closed"'),
    });
    expect(both.body.detail).toContain('either "snoozedUntil" or "snoozeFor"');
    expect(empty.body.detail).toContain('at least one change');
    expect(badTime.body.errors[0]).toMatchObject({ pointer: '#/snoozedUntil' });
  });
});

describe('POST /v1/cases/{id}/notes', () => {
  it('logs a call whose promise becomes an expectation, with its reference', async () => {
    const user = await api.createUser();
    const opened = await openCase(user.token, {
      vendor: 'constantcontact.com',
      expectations: [{ expect: 'cancellation.confirmed', within: '1 day' }],
    });

    const answer = await api.call('POST', `/v1/cases/${opened.id}/notes`, {
      token: user.token,
      body: {
        text: 'rep promised refund in 2 business days, ref 8812',
        promise: { expect: 'refund.confirmed', within: '2 business days' },
        reference: '8812',
      },
    });

    expect(answer.status).toBe(201);
    expect(answer.body.references).toEqual(['8812']);
    expect(answer.body.expectations).toHaveLength(2);
    expect(answer.body.expectations[1]).toMatchObject({
      expect: 'refund.confirmed',
      dueAt: '2026-12-18T04:59:59.000Z',
      source: { kind: 'note', messageId: null, within: { value: 2, unit: 'business_days' } },
    });
    expect(answer.body.timeline.at(-2)).toMatchObject({
      type: 'note',
      summary: 'rep promised refund in 2 business days, ref 8812',
    });
    expect(answer.body.title).toBe('Constant Contact: cancellation, refund');
  });

  it('moves the awaited expectation when the note repeats a promise, counted from when the call happened', async () => {
    const user = await api.createUser();
    const opened = await openCase(user.token, {
      vendor: 'constantcontact.com',
      expectations: [refundIn('1 day')],
    });

    const answer = await api.call('POST', `/v1/cases/${opened.id}/notes`, {
      token: user.token,
      body: {
        text: 'called again',
        at: '2026-12-14T15:00:00Z',
        promise: { expect: 'refund.confirmed', within: '5 business days' },
      },
    });

    expect(answer.body.expectations).toHaveLength(1);
    expect(answer.body.expectations[0]).toMatchObject({
      id: opened.expectations[0].id,
      dueAt: '2026-12-22T04:59:59.000Z',
    });
  });

  it('reopens a resolved case when a new promise is logged, and keeps notes without one simple', async () => {
    const user = await api.createUser();
    const opened = await openCase(user.token, { vendor: 'hulu.com', expectations: [refundIn('2 days')] });
    await resolveStored(opened.id);

    const plain = await api.call('POST', `/v1/cases/${opened.id}/notes`, {
      token: user.token,
      body: { text: 'they said all is fine' },
    });
    const promised = await api.call('POST', `/v1/cases/${opened.id}/notes`, {
      token: user.token,
      body: { text: 'second refund promised', promise: { expect: 'refund.confirmed', within: '3 days' } },
    });

    expect(plain.body.status).toBe('resolved');
    expect(promised.body.status).toBe('open');
    expect(promised.body.expectations.map((expectation: { status: string }) => expectation.status)).toEqual([
      'met',
      'pending',
    ]);
  });

  it('applies two notes sent at the same time, one after the other', async () => {
    const user = await api.createUser();
    const opened = await openCase(user.token, { vendor: 'hulu.com', expectations: [refundIn('2 days')] });

    const answers = await Promise.all(
      ['first call', 'second call'].map((text) =>
        api.call('POST', `/v1/cases/${opened.id}/notes`, { token: user.token, body: { text } }),
      ),
    );
    const stored = await api.call('GET', `/v1/cases/${opened.id}`, { token: user.token });

    expect(answers.map((answer) => answer.status)).toEqual([201, 201]);
    const notes = stored.body.timeline
      .filter((entry: { type: string }) => entry.type === 'note')
      .map((entry: { summary: string }) => entry.summary);
    expect(notes.sort()).toEqual(['first call', 'second call']);
  });

  it('explains an empty note and an unreadable promise', async () => {
    const user = await api.createUser();
    const opened = await openCase(user.token, { vendor: 'hulu.com', expectations: [refundIn('2 days')] });

    const empty = await api.call('POST', `/v1/cases/${opened.id}/notes`, {
      token: user.token,
      body: { text: '' },
    });
    const promise = await api.call('POST', `/v1/cases/${opened.id}/notes`, {
      token: user.token,
      body: { text: 'x', promise: { expect: 'refund.confirmed', within: 'whenever' } },
    });

    expect(empty.body.errors[0]).toEqual({ pointer: '#/text', detail: 'must not be empty' });
    expect(promise.body.errors[0].pointer).toBe('#/promise/within');
  });
});
