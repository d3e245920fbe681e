import { describe, expect, it } from 'vitest';
import { decimalString, dollarCountry, findMoney } from '../../../shared/classify/money';

describe('reading sums of money', () => {
  it.each([
    ['1.234,56 €', '1234.56', 'EUR'],
    ['12,50 лв.', '12.50', 'BGN'],
    ['USD 1,299.00', '1299.00', 'USD'],
    ['£7.99', '7.99', 'GBP'],
    ['€ 45', '45.00', 'EUR'],
    ['45 EUR', '45.00', 'EUR'],
    ['BGN 117.15', '117.15', 'BGN'],
    ['CHF 89.90', '89.90', 'CHF'],
    ['129,99 zł', '129.99', 'PLN'],
    ['1 349,00 €', '1349.00', 'EUR'],
    ['29,90 euro', '29.90', 'EUR'],
    ["CHF 1'250.50", '1250.50', 'CHF'],
    ['ARS 132.450,00', '132450.00', 'ARS'],
    ['CLP 89.990', '89990.00', 'CLP'],
  ])('reads %s', (text, amount, currency) => {
    expect(findMoney(`Total: ${text} today`).map((m) => [m.amount, m.currency])).toEqual([
      [amount, currency],
    ]);
  });

  it('reads no sum inside a booking code joined by a hyphen, but a negative sum after a dash', () => {
    expect(findMoney('Your refund for booking 7HQ2-MXN4 has been processed: £57.40.')).toEqual([
      expect.objectContaining({ amount: '57.40', currency: 'GBP' }),
    ]);
    expect(findMoney('Ref. AB12/EUR5 and a credit of -€5.00')).toEqual([
      expect.objectContaining({ amount: '5.00', currency: 'EUR' }),
    ]);
  });

  it('does not read a size next to a sum as a sum', () => {
    expect(findMoney('size 39 €59.90').map((m) => m.amount)).toEqual(['59.90']);
  });

  it('reads forints written "Ft" but no feet written "ft"', () => {
    const read = (text: string) => findMoney(text).map((m) => [m.amount, m.currency]);
    expect(read('a 6 ft x 2 ft desk for $219.00')).toEqual([['219.00', 'USD']]);
    expect(read('Visszatérítés: 1 500 Ft')).toEqual([['1500.00', 'HUF']]);
  });

  it.each([
    ['$62.37 CAD', '62.37', 'CAD'],
    ['CAD $62.37', '62.37', 'CAD'],
    ['62,37 $ CAD', '62.37', 'CAD'],
    ['$ 899.999,00 ARS', '899999.00', 'ARS'],
  ])('takes the currency from a code written beside a dollar sign: %s', (text, amount, currency) => {
    expect(findMoney(`Refunded ${text} today`).map((m) => [m.amount, m.currency])).toEqual([
      [amount, currency],
    ]);
  });

  it.each([
    ['ca', '$84.00', 'CAD'],
    ['ca', '43,18 $', 'CAD'],
    ['mx', '$278.00', 'MXN'],
    ['cl', '$18.900', 'CLP'],
    ['au', '20 dollars', 'AUD'],
    ['com', '$84.00', 'USD'],
    [null, '$84.00', 'USD'],
    ['ca', 'US$84.00', 'USD'],
    ['ca', '€84.00', 'EUR'],
  ])('reads a bare dollar sign from a sender in %s by its country', (country, text, currency) => {
    const lowerText = `refund of ${text} today`.toLowerCase();
    expect(findMoney(lowerText, lowerText, country).map((m) => m.currency)).toEqual([currency]);
  });

  it('turns grouped and decimal separators into a dot and two decimals', () => {
    expect(decimalString('1,299')).toBe('1299.00');
    expect(decimalString('0,5')).toBe('0.50');
    expect(decimalString('007')).toBe('7.00');
  });
});

describe('whose dollars a bare "$" means', () => {
  it.each([
    ["a dollar country's domain", 'refund of $42.37', 'ca', 'ca'],
    [
      'the company line of a .com vendor',
      'refund of $42.37\nrogers communications canada inc., toronto',
      'com',
      'ca',
    ],
    ['an address line', 'refund of $45.00\nav. corrientes 2813, c1191aak, caba, argentina', 'com', 'ar'],
    [
      'a province on an address line',
      'refund of $64.38\n612 rue saint-jacques, montréal (québec)',
      'com',
      'ca',
    ],
    [
      'a province on an address line with an abbreviated flat number',
      'solde créditeur de 48,17 $\nadresse du service : 4125, rue saint-denis, app. 3, montréal (québec)',
      'com',
      'ca',
    ],
    [
      'a postal code on an address line',
      'refund of $48.00\n333 bloor street east, toronto, on m4w 1g9',
      'com',
      'ca',
    ],
    ['no country named', 'refund of $45.00\n123 main street, springfield', 'com', 'com'],
    [
      'a destination in prose',
      'your flight 1234 to cancún, mexico was cancelled. refund of $420.00',
      'com',
      'com',
    ],
    ['new mexico, a state', 'refund of $45.00\nacme inc., albuquerque, new mexico 87101', 'com', 'com'],
    [
      'two countries',
      'refund of $45.00\nacme inc., toronto, canada\nacme pty ltd, sydney, australia',
      'com',
      'com',
    ],
  ])('reads %s', (_, text, domainCountry, country) => {
    expect(dollarCountry(text, domainCountry)).toBe(country);
  });
});
