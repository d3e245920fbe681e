import { classifyText } from '../../../shared/classify/classify-text';
import type { Classification } from '../../../shared/classify/types';

/** Classifies a short vendor text (no subject, no JSON-LD unless given). */
export function classify(text: string, subject = '', jsonLd: unknown[] = []): Classification {
  return classifyText({ subject, text, jsonLd });
}

/** Promises as compact strings ("refund.confirmed 10 business_days") for readable expectations. */
export function promisesOf(text: string): string[] {
  return classify(text).promises.map(
    (promise) => `${promise.expect} ${promise.within.value} ${promise.within.unit}`,
  );
}

/** Amount and currency as one string ("1234.56 EUR"), or null. */
export function moneyOf(text: string): string | null {
  const { amount, currency } = classify(text);
  return amount === null ? null : `${amount} ${currency}`;
}
