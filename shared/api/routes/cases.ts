import { Hono } from 'hono';
import type { Case } from '../../cases/case';
import { parseDurationText } from '../../cases/duration-text';
import {
  addNote,
  CaseActionError,
  endOfLocalDate,
  moveDueTime,
  openManualCase,
  snoozeEnd,
} from '../../cases/manual-case';
import type { User } from '../../cases/user';
import { closeCase, reopenCase, snoozeCase } from '../../cases/user-actions';
import { resolveVendorInput } from '../../cases/vendor-input';
import type { CaseHeader } from '../../store/case-items';
import { getCase, getUserCase, listUserCases, saveCase } from '../../store/cases';
import { ConcurrentUpdateError, InvalidCursorError } from '../../store/errors';
import { type ApiEnv, requireUser } from '../auth';
import type { ApiDeps } from '../deps';
import { ProblemError } from '../problem';
import { addNoteSchema, listCasesQuerySchema, openCaseSchema, updateCaseSchema } from '../schemas';
import { readJsonBody, readQuery } from '../validation';
import { caseListItemView, caseSummaryView, caseView } from '../views';
import { dueSpec, manualPromise, pastTime } from './case-input';
import { readListedCases } from './listed-cases';

const DEFAULT_PAGE_SIZE = 20;

/** The caller's cases: list, read, open by hand, change, and log notes. */
export function casesRoutes(deps: ApiDeps): Hono<ApiEnv> {
  const cases = new Hono<ApiEnv>();
  cases.use('*', requireUser(deps));

  cases.get('/', async (c) => {
    const query = readQuery(c, listCasesQuerySchema);
    const user = c.get('user');
    const options = {
      status: query.status ?? 'all',
      limit: query.limit === undefined ? DEFAULT_PAGE_SIZE : Number(query.limit),
      cursor: query.cursor,
    };
    try {
      const page = await listUserCases(deps.table, user.id, {
        ...options,
        matchesVendor: query.vendor === undefined ? undefined : vendorMatcher(query.vendor),
      });
      if (query.view === 'summary') {
        const now = deps.now();
        return c.json({
          items: page.items.map((header) => caseSummaryView(header, user, now)),
          nextCursor: page.nextCursor,
        });
      }
      const found = await readListedCases(
        page.items.map((header) => header.id),
        { userId: user.id, status: options.status, readCase: (caseId) => getCase(deps.table, caseId) },
      );
      const now = deps.now();
      return c.json({
        items: found.map((caseRecord) => caseListItemView(caseRecord, user, now)),
        nextCursor: page.nextCursor,
      });
    } catch (error) {
      if (error instanceof InvalidCursorError) {
        throw new ProblemError('validation', `the cursor is not valid for this listing: ${error.message}`, [
          { parameter: 'cursor', detail: 'use a nextCursor returned by this same listing' },
        ]);
      }
      throw error;
    }
  });

  cases.post('/', async (c) => {
    const body = await readJsonBody(c, openCaseSchema);
    const user = c.get('user');
    const now = deps.now();
    const vendor = resolveVendorInput(
      typeof body.vendor === 'string' ? vendorFields(body.vendor) : body.vendor,
    );
    if (vendor === null) {
      throw new ProblemError(
        'validation',
        "the vendor needs a domain: mail is matched to cases by the vendor's domain",
        [
          {
            pointer: '#/vendor',
            detail:
              'give the vendor\'s domain ("example.com"), or {"name","domain"}; this name is not in the vendor directory',
          },
        ],
      );
    }
    const opened = openManualCase(
      {
        vendor,
        title: body.title ?? null,
        expectations: body.expectations.map(manualPromise),
        promisedAt: pastTime(body.promisedAt, now, 'promisedAt'),
        refundEligibleUntil:
          body.refundEligibleUntil === undefined ? null : instant(body.refundEligibleUntil, user),
        note: body.note ?? null,
        reference: body.reference ?? null,
      },
      user,
      deps.transition,
      now,
    );
    const saved = await saveCase(deps.table, { before: null, after: opened });
    c.header('location', `/v1/cases/${saved.id}`);
    return c.json(caseView(saved, user, now), 201);
  });

  cases.get('/:id', async (c) => {
    const user = c.get('user');
    const found = await getUserCase(deps.table, user.id, c.req.param('id'));
    if (found === null) throw caseNotFound(c.req.param('id'));
    return c.json(caseView(found, user, deps.now()));
  });

  cases.patch('/:id', async (c) => {
    const body = await readJsonBody(c, updateCaseSchema);
    const user = c.get('user');
    const changed = await changeCase(deps, user, c.req.param('id'), (current, now) => {
      const context = { at: now, newId: deps.transition.newId };
      let next = current;
      for (const move of body.expectations ?? []) {
        next = moveDueTime(next, move.id, dueSpec(move), user, deps.transition, now);
      }
      if (body.snoozedUntil !== undefined) {
        next = snoozeCase(next, body.snoozedUntil === null ? null : new Date(body.snoozedUntil), context);
      }
      if (body.snoozeFor !== undefined) {
        const window = parseDurationText(body.snoozeFor);
        if (window !== null)
          next = snoozeCase(next, snoozeEnd(now, window, user.timeZone, deps.transition), context);
      }
      if (body.status === 'closed') next = closeCase(next, context, body.reason ?? null);
      if (body.status === 'open') next = reopenCase(next, context);
      return next;
    });
    return c.json(caseView(changed, user, deps.now()));
  });

  cases.post('/:id/notes', async (c) => {
    const body = await readJsonBody(c, addNoteSchema);
    const user = c.get('user');
    const changed = await changeCase(deps, user, c.req.param('id'), (current, now) =>
      addNote(
        current,
        {
          text: body.text,
          at: pastTime(body.at, now, 'at'),
          reference: body.reference ?? null,
          promise: body.promise === undefined ? null : manualPromise(body.promise),
        },
        user,
        deps.transition,
        now,
      ),
    );
    return c.json(caseView(changed, user, deps.now()), 201);
  });

  return cases;
}

/**
 * Reads the user's case, applies a pure transition and stores the result on the version read; when another
 * writer got there first, starts over from a fresh read.
 * @throws ProblemError 404 for a case that is not the user's, 409 when the transition refuses or races persist.
 */
async function changeCase(
  deps: ApiDeps,
  user: User,
  caseId: string,
  transition: (current: Case, now: Date) => Case,
): Promise<Case> {
  for (let attempt = 0; attempt < 3; attempt += 1) {
    const before = await getUserCase(deps.table, user.id, caseId);
    if (before === null) throw caseNotFound(caseId);
    let after: Case;
    try {
      after = transition(before, deps.now());
    } catch (error) {
      if (error instanceof CaseActionError) throw new ProblemError('conflict', error.message);
      throw error;
    }
    if (after === before) return before;
    try {
      return await saveCase(deps.table, { before, after });
    } catch (error) {
      if (!(error instanceof ConcurrentUpdateError)) throw error;
    }
  }
  throw new ProblemError('conflict', `case ${caseId} is being changed by another request; try again`);
}

/** Another user's case and a missing one look the same: no hint that the id exists. */
export function caseNotFound(caseId: string): ProblemError {
  return new ProblemError('notFound', `you have no case ${caseId}`);
}

function vendorFields(text: string): { name?: string; domain?: string } {
  return /^[^\s]+\.[^\s]+$/.test(text.trim()) ? { domain: text } : { name: text };
}

/** A date-time as given, or a calendar date as the end of that day in the user's zone. */
function instant(text: string, user: User): string {
  return /^\d{4}-\d{2}-\d{2}$/.test(text)
    ? endOfLocalDate(text, user.timeZone).toISOString()
    : new Date(text).toISOString();
}

/** `vendor=` matches the vendor's domain (also when given with a subdomain) or its name, ignoring case. */
function vendorMatcher(query: string): (vendor: CaseHeader['vendor']) => boolean {
  const wanted = query
    .trim()
    .toLowerCase()
    .replace(/^www\./, '');
  return (vendor) =>
    vendor.domain === wanted || wanted.endsWith(`.${vendor.domain}`) || vendor.name?.toLowerCase() === wanted;
}
