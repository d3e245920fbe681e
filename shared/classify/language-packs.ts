import { compilePack, type LanguagePack, type LanguagePackData } from './language-pack';
import bg from './rules/bg.json';
import de from './rules/de.json';
import en from './rules/en.json';
import es from './rules/es.json';
import fr from './rules/fr.json';
import it from './rules/it.json';

/** Every supported language, compiled once at module load. Adding a language = adding its file here. */
export const LANGUAGE_PACKS: readonly LanguagePack[] = [en, de, fr, es, it, bg].map((data) =>
  compilePack(data as LanguagePackData),
);
