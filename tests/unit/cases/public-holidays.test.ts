import { describe, expect, it } from 'vitest';
import { buildPublicHolidayTable, directoryCountries } from '../../../shared/cases/generate-public-holidays';
import { isPublicHoliday } from '../../../shared/cases/public-holidays';
import tableData from '../../../shared/cases/public-holidays.json' with { type: 'json' };

describe('generated public holiday table', () => {
  it('is what the installed date-holidays computes for the vendor directory’s countries (else regenerate it)', () => {
    expect(tableData).toEqual(buildPublicHolidayTable());
  });

  it('lists every country of the vendor directory', () => {
    expect(Object.keys(tableData.countries).sort()).toEqual(directoryCountries());
  });
});

describe('isPublicHoliday', () => {
  it('knows movable and fixed public holidays of a listed country', () => {
    expect(isPublicHoliday('DE', '2026-04-03')).toBe(true); // Good Friday
    expect(isPublicHoliday('US', '2026-11-26')).toBe(true); // Thanksgiving
    expect(isPublicHoliday('BG', '2026-04-10')).toBe(true); // Orthodox Good Friday
    expect(isPublicHoliday('DE', '2026-04-02')).toBe(false);
  });

  it('leaves out holidays that are not public days off', () => {
    expect(isPublicHoliday('US', '2026-02-14')).toBe(false); // Valentine's Day, an observance
  });

  it('answers false for a country or a year the table does not list', () => {
    expect(isPublicHoliday('XX', '2026-01-01')).toBe(false);
    expect(isPublicHoliday('DE', `${tableData.years.to + 1}-01-01`)).toBe(false);
  });
});
