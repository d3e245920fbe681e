import { IANAZone } from 'luxon';
// zod/mini: the classic build adds ~450 KB to the API bundle; mini gives the same validation and JSON Schema.
import * as z from 'zod/mini';
import { parseDurationText } from '../cases/duration-text';
import './zod-english';

/** Schemas with an `id` become OpenAPI components; request and response ones are generated separately. */
export type SchemaMeta = { id: string };
export const requestSchemas = z.registry<SchemaMeta>();
export const responseSchemas = z.registry<SchemaMeta>();

function component<T extends z.ZodMiniType>(
  registry: typeof requestSchemas,
  id: string,
  schema: T,
  description?: string,
): T {
  registry.add(schema, { id });
  // JSON Schema generation reads descriptions from the global registry, ids from ours.
  if (description !== undefined) z.globalRegistry.add(schema, { description });
  return schema;
}

// ---------------------------------------------------------------- shared pieces

const EXPECTED_KINDS = ['cancellation.confirmed', 'refund.confirmed'] as const;
const EXPECTATION_STATUSES = ['pending', 'met', 'overdue', 'rejected', 'cancelled'] as const;
const CASE_STATUSES = ['open', 'resolved', 'closed'] as const;
const TIME_UNITS = ['minutes', 'hours', 'days', 'business_days', 'weeks'] as const;
const TIMELINE_TYPES = ['message', 'note', 'alert', 'status', 'expectation'] as const;

const dateTime = z.iso.datetime({ offset: true });
const nullableDateTime = z.nullable(dateTime);

const timeZone = z
  .string()
  .check(
    z.refine(
      (zone) => IANAZone.isValidZone(zone),
      'must be an IANA time zone such as "Europe/Sofia" or "America/New_York"',
    ),
  );
const language = z.string().check(z.regex(/^[a-z]{2}$/, 'must be an ISO 639-1 code such as "en"'));
const email = z.email('must be an email address such as "ana@example.com"');

/** A promise window as people write it: "2 business days", "two working days", "3h", or ISO 8601 "PT1H", "P3D". */
export const windowText = z.string().check(
  z.refine(
    (text) => parseDurationText(text) !== null,
    'must be a window such as "2 business days", "3 days", "1 hour", "90 minutes", "PT1H" or "P3D" (positive, at most about ten years)',
  ),
  z.describe(
    'A window: "2 business days", "two working days", "3 days", "1 hour", "90 minutes", "2 weeks", "PT4H", "P3D"',
  ),
);

const dueText = z
  .union([dateTime, z.iso.date()], {
    error: 'must be an ISO 8601 date-time with offset ("2026-12-17T18:00:00-05:00") or a date ("2026-12-17")',
  })
  .check(
    z.describe("An instant with offset, or a date (due at 23:59:59 that day in the deadline's time zone)"),
  );
const nextCursor = z
  .nullable(z.string())
  .check(z.describe('Pass as `cursor` for the next page; null on the last page'));

const durationOut = z.object({ value: z.number(), unit: z.enum(TIME_UNITS) });

// ---------------------------------------------------------------- responses

export const problemSchema = component(
  responseSchemas,
  'Problem',
  z.object({
    type: z.string(),
    title: z.string(),
    status: z.int(),
    detail: z.string(),
    instance: z.optional(z.string()),
    errors: z.optional(
      z.array(
        z.object({ detail: z.string(), pointer: z.optional(z.string()), parameter: z.optional(z.string()) }),
      ),
    ),
  }),
  'RFC 9457 problem details; `errors` lists each invalid field (a JSON Pointer into the body, or a parameter name).',
);

export const userSchema = component(
  responseSchemas,
  'User',
  z.object({
    id: z.string(),
    email: z.string(),
    forwardingAddresses: z.array(z.string()),
    watchAddresses: z.array(z.string()),
    alertEmail: z.nullable(z.string()),
    timeZone: z.string(),
    language: z.string(),
    defaultWindows: z.object({ cancellation: durationOut, refund: durationOut }),
    createdAt: dateTime,
    updatedAt: dateTime,
  }),
  'A user. Tokens are never shown again after they are issued.',
);

export const createdUserSchema = component(
  responseSchemas,
  'CreatedUser',
  z.object({ user: userSchema, token: z.string() }),
  'The new user and its API token (shown once: store it now).',
);

export const issuedTokenSchema = component(
  responseSchemas,
  'IssuedToken',
  z.object({ token: z.string() }),
  'A new API token (shown once); every earlier token of the user stops working.',
);

const vendorOut = z.object({ name: z.nullable(z.string()), domain: z.string() });

export const expectationSchema = component(
  responseSchemas,
  'Expectation',
  z.object({
    id: z.string(),
    expect: z.enum(EXPECTED_KINDS),
    status: z.enum(EXPECTATION_STATUSES),
    overdue: z.boolean(),
    promisedAt: dateTime,
    dueAt: dateTime,
    dueAtLocal: dateTime,
    timeZone: z.string(),
    source: z.object({
      kind: z.enum(['promise', 'default', 'note', 'manual']),
      messageId: z.nullable(z.string()),
      within: z.nullable(durationOut),
    }),
    metAt: nullableDateTime,
    amount: z.nullable(z.string()),
    currency: z.nullable(z.string()),
    reference: z.nullable(z.string()),
    alertsSent: z.int(),
    lastAlertAt: nullableDateTime,
  }),
  "A confirmation the vendor owes. `dueAt` is UTC, `dueAtLocal` the same instant in the user's time zone; `timeZone` is the zone the deadline was counted in. `overdue`: still awaited and past due.",
);

export const timelineEntrySchema = component(
  responseSchemas,
  'TimelineEntry',
  z.object({
    id: z.string(),
    at: dateTime,
    type: z.enum(TIMELINE_TYPES),
    summary: z.string(),
    details: z.record(
      z.string(),
      z.union([z.string(), z.number(), z.boolean(), z.null(), z.array(z.string())]),
    ),
  }),
);

const caseFields = {
  id: z.string(),
  title: z.string(),
  status: z.enum(CASE_STATUSES),
  vendor: vendorOut,
  overdue: z.boolean(),
  nextDueAt: nullableDateTime,
  nextDueAtLocal: nullableDateTime,
  references: z.array(z.string()),
  amount: z.nullable(z.string()),
  currency: z.nullable(z.string()),
  snoozedUntil: nullableDateTime,
  refundEligibleUntil: nullableDateTime,
  createdAt: dateTime,
  updatedAt: dateTime,
};

export const caseSummarySchema = component(
  responseSchemas,
  'CaseSummary',
  z.object({ ...caseFields, awaitedCount: z.int() }),
  'A case as listed with `view=summary`: what is awaited in numbers, without expectations and timeline.',
);

export const caseSchema = component(
  responseSchemas,
  'Case',
  z.object({
    ...caseFields,
    timeZone: z.string(),
    expectations: z.array(expectationSchema),
    timeline: z.array(timelineEntrySchema),
  }),
  "Something the user waits for from one vendor, with its expectations and timeline (oldest first). `timeZone` is the user's, used for the `…Local` times.",
);

export const caseListItemSchema = component(
  responseSchemas,
  'CaseListItem',
  z.object({ ...caseSchema.shape, awaitedCount: z.int() }),
  'A listed case: the case exactly as `GET /v1/cases/{id}` shows it (expectations and timeline included), plus `awaitedCount`, the expectations still awaited.',
);

export const caseListSchema = component(
  responseSchemas,
  'CaseList',
  z.object({ items: z.array(z.union([caseListItemSchema, caseSummarySchema])), nextCursor }),
  'Open cases first (those the sweep has flagged overdue at the top), then resolved, then closed; newest first within each. Items are full cases (`CaseListItem`); with `view=summary`, `CaseSummary` items without expectations and timeline. A page may be short while `nextCursor` is set; only `null` means the end.',
);

export const unmatchedMessageSchema = component(
  responseSchemas,
  'UnmatchedMessage',
  z.object({
    id: z.string(),
    messageId: z.string(),
    receivedAt: dateTime,
    reason: z.enum(['unrelated', 'no-vendor', 'unparsable', 'oversized']),
    error: z.nullable(z.string()),
    subject: z.nullable(z.string()),
    vendor: z.object({ name: z.nullable(z.string()), domain: z.nullable(z.string()) }),
    kinds: z.array(z.string()),
    sizeBytes: z.int(),
  }),
  'An accepted message that matched no case.',
);

export const messageListSchema = component(
  responseSchemas,
  'MessageList',
  z.object({ items: z.array(unmatchedMessageSchema), nextCursor }),
  'Newest first.',
);

export const healthSchema = component(responseSchemas, 'Health', z.object({ status: z.literal('ok') }));

// ---------------------------------------------------------------- requests

const promiseIn = z.strictObject({
  expect: z.enum(EXPECTED_KINDS),
  within: z.optional(windowText),
  dueAt: z.optional(dueText),
});
const exactlyOneDue = z.refine<{ within?: string | undefined; dueAt?: string | undefined }>(
  (promise) => (promise.within === undefined) !== (promise.dueAt === undefined),
  'give either "within" (e.g. "2 business days") or "dueAt" (e.g. "2026-12-17"), not both',
);
export const promiseSchema = component(
  requestSchemas,
  'PromiseInput',
  promiseIn.check(exactlyOneDue),
  'What the vendor promised, with either a window counted from the promise ("2 business days", "PT4H") or an absolute `dueAt`.',
);

const windowsIn = z.strictObject({ cancellation: z.optional(windowText), refund: z.optional(windowText) });

export const createUserSchema = component(
  requestSchemas,
  'CreateUserRequest',
  z.strictObject({
    email,
    forwardingAddresses: z
      .array(email)
      .check(z.minLength(1, 'must list at least one address'), z.maxLength(20)),
    watchAddresses: z.optional(z.array(email).check(z.maxLength(20))),
    alertEmail: z.optional(z.nullable(email)),
    timeZone: z.optional(timeZone),
    language: z.optional(language),
    defaultWindows: z.optional(windowsIn),
  }),
  'forwardingAddresses: the From addresses allowed to forward mail for the user; watchAddresses: recipient addresses of this user that vendors may write to directly. Each address belongs to one user only.',
);

export const updateMeSchema = component(
  requestSchemas,
  'UpdateMeRequest',
  z
    .strictObject({
      alertEmail: z.optional(z.nullable(email)),
      timeZone: z.optional(timeZone),
      language: z.optional(language),
      defaultWindows: z.optional(windowsIn),
    })
    .check(z.refine((body) => Object.keys(body).length > 0, 'give at least one field to change')),
);

const vendorIn = z.union(
  [
    z.string().check(z.minLength(1), z.maxLength(200)),
    z.strictObject({
      name: z.optional(z.string().check(z.minLength(1), z.maxLength(200))),
      domain: z.optional(z.string().check(z.minLength(1), z.maxLength(253))),
    }),
  ],
  {
    error: 'must be the vendor\'s domain ("constantcontact.com"), a known vendor name, or {"name","domain"}',
  },
);

export const openCaseSchema = component(
  requestSchemas,
  'OpenCaseRequest',
  z.strictObject({
    vendor: vendorIn,
    title: z.optional(z.string().check(z.minLength(1), z.maxLength(200))),
    expectations: z
      .array(promiseSchema)
      .check(z.minLength(1, 'must list at least one expectation'), z.maxLength(10)),
    promisedAt: z.optional(dateTime),
    refundEligibleUntil: z.optional(dueText),
    note: z.optional(z.string().check(z.minLength(1), z.maxLength(4000))),
    reference: z.optional(z.string().check(z.minLength(1), z.maxLength(100))),
  }),
  'A case opened by hand. Windows count from `promisedAt` (default: now).',
);

const moveIn = z
  .strictObject({
    id: z.string().check(z.minLength(1)),
    within: z.optional(windowText),
    dueAt: z.optional(dueText),
  })
  .check(exactlyOneDue);

export const updateCaseSchema = component(
  requestSchemas,
  'UpdateCaseRequest',
  z
    .strictObject({
      status: z.optional(z.enum(['open', 'closed'])),
      reason: z.optional(z.string().check(z.minLength(1), z.maxLength(500))),
      snoozedUntil: z.optional(z.nullable(dateTime)),
      snoozeFor: z.optional(windowText),
      expectations: z.optional(z.array(moveIn).check(z.minLength(1), z.maxLength(10))),
    })
    .check(
      z.refine((body) => Object.keys(body).length > 0, 'give at least one change'),
      z.refine(
        (body) => body.snoozedUntil === undefined || body.snoozeFor === undefined,
        'give either "snoozedUntil" or "snoozeFor", not both',
      ),
    ),
  '`status` closes or reopens; `snoozedUntil` (null lifts it) or `snoozeFor` ("2 days") holds alerts back; `expectations` moves due times ("within" counts from now).',
);

export const addNoteSchema = component(
  requestSchemas,
  'AddNoteRequest',
  z.strictObject({
    text: z.string().check(z.minLength(1, 'must not be empty'), z.maxLength(4000)),
    at: z.optional(dateTime),
    reference: z.optional(z.string().check(z.minLength(1), z.maxLength(100))),
    promise: z.optional(promiseSchema),
  }),
  'A phone call or chat. A `promise` adds an expectation (or moves the awaited one), counted from `at` (default: now).',
);

export const attachMessageSchema = component(
  requestSchemas,
  'AttachMessageRequest',
  z.strictObject({ caseId: z.string().check(z.minLength(1)) }),
);

// ---------------------------------------------------------------- query strings

const limitText = z.optional(
  z.string().check(z.regex(/^(?:[1-9]\d?|100)$/, 'must be a whole number from 1 to 100')),
);

export const listCasesQuerySchema = z.strictObject({
  status: z.optional(z.enum(['open', 'resolved', 'closed', 'all'])),
  vendor: z.optional(z.string().check(z.minLength(1), z.maxLength(253))),
  cursor: z.optional(z.string().check(z.minLength(1))),
  limit: limitText,
  view: z.optional(
    z
      .enum(['full', 'summary'])
      .check(
        z.describe(
          'full (default): each item is the whole case with expectations and timeline; summary: the case without them (cheaper)',
        ),
      ),
  ),
});

export const listMessagesQuerySchema = z.strictObject({
  matched: z.optional(
    z.enum(['false'], {
      error: 'only "false" is supported: matched messages are on the timelines of their cases',
    }),
  ),
  cursor: z.optional(z.string().check(z.minLength(1))),
  limit: limitText,
});

export type CreateUserBody = z.output<typeof createUserSchema>;
export type UpdateMeBody = z.output<typeof updateMeSchema>;
export type OpenCaseBody = z.output<typeof openCaseSchema>;
export type UpdateCaseBody = z.output<typeof updateCaseSchema>;
export type AddNoteBody = z.output<typeof addNoteSchema>;
export type PromiseBody = z.output<typeof promiseSchema>;
export type UserView = z.output<typeof userSchema>;
export type CaseView = z.output<typeof caseSchema>;
export type CaseSummaryView = z.output<typeof caseSummarySchema>;
export type CaseListItemView = z.output<typeof caseListItemSchema>;
export type ExpectationView = z.output<typeof expectationSchema>;
export type UnmatchedMessageView = z.output<typeof unmatchedMessageSchema>;
