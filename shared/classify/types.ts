/** What a vendor's message states. An empty set means the message is unrelated. */
export type Kind =
  | 'cancellation.received'
  | 'cancellation.confirmed'
  | 'refund.received'
  | 'refund.confirmed'
  | 'refund.rejected';

export const KINDS: readonly Kind[] = [
  'cancellation.received',
  'cancellation.confirmed',
  'refund.received',
  'refund.confirmed',
  'refund.rejected',
];

export type TimeUnit = 'minutes' | 'hours' | 'days' | 'business_days' | 'weeks';

export interface Duration {
  value: number;
  unit: TimeUnit;
}

/** Something the vendor says will happen next, and the window it gives ("refund within 2 business days"). */
export interface VendorPromise {
  expect: Kind;
  within: Duration;
}

/** The classifier's reading of one vendor message's text. */
export interface Classification {
  kinds: Kind[];
  /** Amount as a decimal string with two decimals ("1234.50"), or null. */
  amount: string | null;
  /** ISO 4217 code, or null. */
  currency: string | null;
  reference: string | null;
  /** ISO 639-1 code of the vendor's message, or null when unknown. */
  language: string | null;
  promises: VendorPromise[];
  /** The phrases that decided `kinds` and `promises`, as they appear in the message. */
  evidence: string[];
}
