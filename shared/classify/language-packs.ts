import { compilePack, type LanguagePack, type LanguagePackData } from './language-pack';
import { compileRegExpsOnFirstRun } from './regexp-engine';
import bg from './rules/bg.json';
import de from './rules/de.json';
import en from './rules/en.json';
import es from './rules/es.json';
import fr from './rules/fr.json';
import it from './rules/it.json';

// Before any rule compiles: see there.
compileRegExpsOnFirstRun();

/** A supported language: told apart by its stop-words, read with its pack. */
export interface Language {
  /** ISO 639-1. */
  language: string;
  stopwords: ReadonlySet<string>;
  /**
   * The compiled pack, built on first use: a program compiles only the languages its mail is written in
   * (compiling all of them at load was most of a Lambda cold start's own work).
   */
  pack(): LanguagePack;
}

function language(data: LanguagePackData): Language {
  let compiled: LanguagePack | undefined;
  return {
    language: data.language,
    stopwords: new Set(data.stopwords.map((word) => word.toLowerCase())),
    pack() {
      compiled ??= compilePack(data);
      return compiled;
    },
  };
}

/** Every supported language. Adding a language = adding its file here. */
export const LANGUAGES: readonly Language[] = [en, de, fr, es, it, bg].map((data) =>
  language(data as LanguagePackData),
);
