import { describe, expect, it } from 'vitest';
import { moneyOf } from './classify-helpers';

describe('a total under the sums it adds up', () => {
  it('is the refund when one of the listed sums is labelled as refunded', () => {
    expect(
      moneyOf(
        'Die Erstattung für das nicht genutzte Navigationsgerät und die Kaution haben wir heute veranlasst.\n\nMietvertrag: MV-55120\nErstattung Navigationsgerät: 24,00 €\nRückgabe Kaution: 250,00 €\nGesamt: 274,00 €',
      ),
    ).toBe('274.00 EUR');
    expect(
      moneyOf(
        'We have refunded your order today.\n\nRefund for the lamp: £40.00\nDelivery charge returned: £4.95\nTotal: £44.95',
      ),
    ).toBe('44.95 GBP');
  });

  it('is not the refund when it does not add them up or a bill takes the refund off', () => {
    // The total is a different figure (what was paid): the labelled refund stays the refund.
    expect(
      moneyOf(
        'We have refunded the unused days of your plan.\n\nRefund for unused days: £12.00\nMonthly fee: £30.00\nTotal: £50.00',
      ),
    ).toBe('12.00 GBP');
    // A final bill takes the refund off: its total is what is still charged.
    expect(
      moneyOf(
        'We have refunded the unused part of your contract.\n\nMonthly fee: £30.00\nRefund for unused days: -£12.00\nTotal: £18.00',
      ),
    ).toBe('12.00 GBP');
  });
});
