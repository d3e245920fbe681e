// Intl.DateTimeFormat is costly to construct; alerts and opening hours ask for the same few zones over and over.
const formatters = new Map<string, Intl.DateTimeFormat>();

function zoneNameIn(timeZone: string, at: Date, locale: string, style: 'shortGeneric' | 'short'): string {
  const key = `${timeZone}|${locale}|${style}`;
  let formatter = formatters.get(key);
  if (formatter === undefined) {
    formatter = new Intl.DateTimeFormat(locale, { timeZone, timeZoneName: style });
    formatters.set(key, formatter);
  }
  return formatter.formatToParts(at).find((part) => part.type === 'timeZoneName')?.value ?? '';
}

/**
 * A short name for a zone at an instant: "ET", "PT", "CET"/"CEST", "EET"/"EEST", "BST", "UTC"; a generic name
 * ("Japan Time") where no abbreviation exists. Always English: that is what vendors and phone menus use.
 */
export function zoneAbbreviation(timeZone: string, at: Date): string {
  const isAbbreviation = (name: string) => /^[A-Z]{2,5}$/.test(name);
  const generic = zoneNameIn(timeZone, at, 'en-US', 'shortGeneric');
  if (isAbbreviation(generic)) return generic;
  const specific = zoneNameIn(timeZone, at, 'en-GB', 'short');
  return isAbbreviation(specific) ? specific : generic || timeZone;
}
