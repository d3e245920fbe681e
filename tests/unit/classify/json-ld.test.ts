import { describe, expect, it } from 'vitest';
import { readJsonLd } from '../../../shared/classify/read-json-ld';
import { classify } from './classify-helpers';

const order = (status: string) => ({
  '@context': 'http://schema.org',
  '@type': 'Order',
  orderNumber: 'A-20261',
  orderStatus: `http://schema.org/${status}`,
});

describe('schema.org JSON-LD', () => {
  it('reads OrderCancelled as a confirmed cancellation, with the order number', () => {
    const result = classify('Thanks for shopping with us.', 'Your order', [order('OrderCancelled')]);
    expect(result.kinds).toEqual(['cancellation.confirmed']);
    expect(result.reference).toBe('A-20261');
    expect(result.evidence).toContain('schema.org orderStatus OrderCancelled');
  });

  it('lets an order still in progress overrule a cancellation read from the text', () => {
    const result = classify('Your order has been cancelled.', '', [order('OrderInTransit')]);
    expect(result.kinds).toEqual([]);
  });

  it('finds orders inside @graph and ignores junk', () => {
    expect(
      readJsonLd([{ '@graph': [order('OrderCancelled')] }, null, 'x', 42]).statuses.map((s) => s.kind),
    ).toEqual(['cancellation.confirmed']);
    expect(readJsonLd([{ '@type': 'Order', orderStatus: 7 }]).statuses).toEqual([]);
  });
});
