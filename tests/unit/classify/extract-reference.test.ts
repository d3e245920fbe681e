import { describe, expect, it } from 'vitest';
import { chooseReference, withoutVendorName } from '../../../shared/classify/extract-reference';

describe('the vendor reference', () => {
  const policy = { value: '0551980331427', strength: 1, order: 133 };
  const brand = { value: 'MAPFRE', strength: 2, order: 113 };

  it("drops the vendor's own name read as a booking code, and nothing else", () => {
    expect(chooseReference(withoutVendorName([brand, policy], 'mapfre.es'))).toBe('0551980331427');
    expect(chooseReference(withoutVendorName([brand, policy], 'segurosbilbao.com'))).toBe('MAPFRE');
    expect(chooseReference(withoutVendorName([brand, policy], null))).toBe('MAPFRE');
  });
});
