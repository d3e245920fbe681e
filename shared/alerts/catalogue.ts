import type { TimeUnit } from '../classify/types';
import bg from './messages/bg.json' with { type: 'json' };
import de from './messages/de.json' with { type: 'json' };
import en from './messages/en.json' with { type: 'json' };
import es from './messages/es.json' with { type: 'json' };
import fr from './messages/fr.json' with { type: 'json' };
import it from './messages/it.json' with { type: 'json' };

/** The phrasing of alert emails in one language; English defines the shape every language file follows. */
export type AlertCatalogue = typeof en;

/** Languages alert emails are written in; anything else gets English. */
export type AlertLanguage = 'en' | 'bg' | 'de' | 'fr' | 'es' | 'it';

// A new language is a new JSON file listed here; the compiler checks it has every phrase English has.
const CATALOGUES: Record<AlertLanguage, AlertCatalogue> = { en, bg, de, fr, es, it };

/** Every language with a catalogue. */
export const ALERT_LANGUAGES = Object.keys(CATALOGUES) as AlertLanguage[];

/** The catalogue for a user's language ("de", "de-AT", "DE"), English when that language has none. */
export function catalogueFor(language: string | null): {
  language: AlertLanguage;
  catalogue: AlertCatalogue;
} {
  const base = (language ?? '').trim().toLowerCase().split(/[-_]/)[0] ?? '';
  const supported = ALERT_LANGUAGES.find((candidate) => candidate === base) ?? 'en';
  return { language: supported, catalogue: CATALOGUES[supported] };
}

/** "3 business days", "1 Werktag", "2 работни дни": the count with the unit in the catalogue's plural form. */
export function countOf(catalogue: AlertCatalogue, unit: TimeUnit, count: number): string {
  const forms: Record<string, string> = catalogue.units[unit];
  const category = new Intl.PluralRules(catalogue.locale).select(count);
  const form = forms[category] ?? forms.other ?? '{count}';
  return form.replace('{count}', new Intl.NumberFormat(catalogue.locale).format(count));
}
