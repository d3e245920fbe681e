import { describe, expect, it } from 'vitest';
import { LANGUAGES } from '../../../shared/classify/language-packs';
import {
  analyseSentence,
  lastSentenceStart,
  logicalLineAround,
  normalizeText,
  splitSentences,
  withoutUnstatedText,
} from '../../../shared/classify/sentences';

describe('splitSentences', () => {
  it('keeps numbered list items apart, but joins a wrap before a day of the month', () => {
    expect(splitSentences('1. cancellation of your broadband\n2. refund of the installation fee')).toEqual([
      '1. cancellation of your broadband',
      '2. refund of the installation fee',
    ]);
    expect(splitSentences('Ihr Vertrag endet zum\n31. März 2026.')).toEqual([
      'Ihr Vertrag endet zum 31. März 2026.',
    ]);
  });

  it('joins a list item that stops inside a bracket to the line that closes it, and only that one', () => {
    expect(splitSentences('1) Plan: your request to end line 0612 (plan\nMax 80) is registered.')).toEqual([
      '1) Plan: your request to end line 0612 (plan Max 80) is registered.',
    ]);
    // Near miss: the next line does not close the bracket; it is a field of its own.
    expect(splitSentences('1) Plan: your request to end line 0612 (plan\nStatus: registered')).toEqual([
      '1) Plan: your request to end line 0612 (plan',
      'Status: registered',
    ]);
  });

  it('ends a sentence at a dot followed by a capital', () => {
    expect(splitSentences('Your plan is cancelled. Thank you.')).toEqual([
      'Your plan is cancelled.',
      'Thank you.',
    ]);
  });

  it('ends one after the last digit group of a number, which is no ordinal', () => {
    expect(splitSentences('IBAN DE12 **** 93 08. Eine neue Bankverbindung folgt.')).toEqual([
      'IBAN DE12 **** 93 08.',
      'Eine neue Bankverbindung folgt.',
    ]);
    expect(splitSentences('Appelez le 01 23 45 67 89. Nous avons reçu votre demande.')).toHaveLength(2);
  });

  it('keeps a bracketed aside that the sentence goes on after in lower case', () => {
    expect(
      splitSentences('Сумата от 1 240,00 лв. (2 туристи) ще Ви бъде върната изцяло. Благодарим.'),
    ).toEqual(['Сумата от 1 240,00 лв. (2 туристи) ще Ви бъде върната изцяло.', 'Благодарим.']);
    expect(splitSentences('Your plan is cancelled. (Your data stays for 30 days.)')).toHaveLength(2);
    expect(splitSentences('Your plan is cancelled. (See below) We refunded you.')).toEqual([
      'Your plan is cancelled.',
      '(See below) We refunded you.',
    ]);
  });

  it('does not end one at the dot of a day or an ordinal', () => {
    expect(splitSentences('Ihr Vertrag endet zum 30. April. Danke.')).toEqual([
      'Ihr Vertrag endet zum 30. April.',
      'Danke.',
    ]);
  });

  it('joins a long line that stops mid-sentence with the next, even one starting with a capital', () => {
    const wrapped =
      'Ihr Stromliefervertrag "M-Ökostrom privat" für die Lieferstelle\nSendlinger Straße 12, 80331 München, ist zum 31.10.2026 beendet.';
    expect(splitSentences(wrapped)).toEqual([wrapped.replace('\n', ' ')]);
  });

  it('keeps short lines, fields, list items and table rows apart', () => {
    expect(splitSentences('Mit freundlichen Grüßen\nIhre Stadtwerke München')).toEqual([
      'Mit freundlichen Grüßen',
      'Ihre Stadtwerke München',
    ]);
    const fields = 'Data del viaggio: 20/02/2026, treno 9915, partenza ore 08:15 da Milano\nTariffa: Flex';
    expect(splitSentences(fields)).toHaveLength(2);
    const list = 'These are the things we have changed on your account this month\n- Plan: Basic';
    expect(splitSentences(list)).toHaveLength(2);
    const row =
      'Ihr Verbrauch im gesamten Abrechnungszeitraum bis zum Ende des Liefervertrags\nGuthaben     312,40 €';
    expect(splitSentences(row)).toHaveLength(2);
  });

  it("does not end one after the language's abbreviations", () => {
    const text = 'Адрес: гр. София. Благодарим Ви.';
    expect(splitSentences(text, new Set(['гр']))).toEqual(['Адрес: гр. София.', 'Благодарим Ви.']);
    expect(splitSentences(text)).toEqual(['Адрес: гр.', 'София.', 'Благодарим Ви.']);
  });

  it('does not end one after an abbreviation closing a hyphenated compound', () => {
    const text = 'Ihre Versicherungsschein-Nr. KF-2291 ist beendet. Vielen Dank.';
    expect(splitSentences(text, new Set(['nr']))).toEqual([
      'Ihre Versicherungsschein-Nr. KF-2291 ist beendet.',
      'Vielen Dank.',
    ]);
    expect(splitSentences('Ihre Kd.-Nr. 55 bleibt. Danke.', new Set(['nr']))).toEqual([
      'Ihre Kd.-Nr. 55 bleibt.',
      'Danke.',
    ]);
  });
});

describe('normalizeText', () => {
  it('reads the dots masking digits of an account or card as one mark, no sentence end', () => {
    expect(normalizeText('auf Ihr Konto DE12 ... 4471 überwiesen')).toBe(
      'auf Ihr Konto DE12 … 4471 überwiesen',
    );
    expect(normalizeText('to your card ending ...1234 today')).toBe('to your card ending …1234 today');
    expect(normalizeText('auf das Konto DE.. ..7702 erstattet')).toBe('auf das Konto DE…7702 erstattet');
    expect(normalizeText('Wait... We have refunded you.')).toBe('Wait... We have refunded you.');
    expect(normalizeText('Hm.. .. 5 Tage später.')).toBe('Hm.. .. 5 Tage später.');
  });
});

describe('withoutUnstatedText', () => {
  it('blanks a quoted line signed with a dash and a name, on its line or the next', () => {
    const text =
      'Our year in numbers.\n"My train was cancelled and my refund was processed at once." - Sarah, Leeds\n' +
      '"Two taps and done."\n— Imran K.\nSee you in 2027.';
    expect(withoutUnstatedText(text)).toBe('Our year in numbers.\n\n\n\nSee you in 2027.');
  });

  it('blanks the steps of a tracker still to come, keeping those done', () => {
    const text = 'Your return:\n✔ Parcel received\n◯ Refund issued\n[ ] Money on your card\nThanks.';
    expect(withoutUnstatedText(text)).toBe('Your return:\n✔ Parcel received\n\n\nThanks.');
  });

  it('blanks a clause quoted inside a sentence, and keeps a short status in quotes', () => {
    const subject =
      'We sent you an email with the subject "Your broadband and phone have been cancelled" too early.';
    expect(withoutUnstatedText(subject)).toBe('We sent you an email with the subject  too early.');
    const status = 'Status: "Refunded"\nYour request "Cancel my plan" is done. The 27" monitor was refunded.';
    expect(withoutUnstatedText(status)).toBe(status);
  });

  it('blanks a quoted block under a line introducing an example, and keeps a quoted message', () => {
    const leadIns = { example: /like this|например/u, title: /(?!)/u };
    const example =
      'Once it is done, we send a text like this:\n\n  "Your line has been cancelled. No more charges."\n';
    expect(withoutUnstatedText(example, leadIns)).toBe('Once it is done, we send a text like this:\n\n  \n');
    const relayed =
      'The seller sent you a message:\n\n"I have issued a refund of £18.00 for the missing planter."';
    expect(withoutUnstatedText(relayed, leadIns)).toBe(relayed);
  });

  it('blanks a quoted title after its lead-in words, however short', () => {
    const leadIns = { example: /(?!)/u, title: /(?:titled|mit dem Betreff)\s*:?\s*$/iu };
    expect(withoutUnstatedText('Please ignore our email titled "Account closed" from Monday.', leadIns)).toBe(
      'Please ignore our email titled  from Monday.',
    );
    const status = 'Your plan now shows as "Cancelled and refunded".';
    expect(withoutUnstatedText(status, leadIns)).toBe(status);
  });
});

describe('lastSentenceStart', () => {
  it('finds where the last sentence begins, by the same rules', () => {
    const text = 'Die Gebühr bleibt. Am 3. März erstatten wir ';
    expect(text.slice(lastSentenceStart(text))).toBe('Am 3. März erstatten wir ');
    expect(lastSentenceStart('one sentence without an end ')).toBe(0);
  });

  it("reads past the language's abbreviations and a dot before a lower-case word", () => {
    const text = 'Таксата остава. Възстановихме на 14.09.2025 г. сумата от ';
    expect(text.slice(lastSentenceStart(text, new Set(['г'])))).toBe(
      'Възстановихме на 14.09.2025 г. сумата от ',
    );
  });
});

describe('logicalLineAround', () => {
  it('spans the lines a client wrapped, and no further', () => {
    const text =
      'Guten Tag.\n\nDas Guthaben von 312,40 € haben wir am 20.11.2026 auf Ihr Konto\nDE89 7015 0000 **** **** 12 überwiesen.\nDanke.';
    const [start, end] = logicalLineAround(text, text.indexOf('312,40'));
    expect(text.slice(start, end)).toBe(
      'Das Guthaben von 312,40 € haben wir am 20.11.2026 auf Ihr Konto\nDE89 7015 0000 **** **** 12 überwiesen.',
    );
    const [dankeStart, dankeEnd] = logicalLineAround(text, text.indexOf('Danke'));
    expect(text.slice(dankeStart, dankeEnd)).toBe('Danke.');
  });
});

describe('analyseSentence', () => {
  const english = LANGUAGES.find((language) => language.language === 'en')?.pack();

  it.each([
    ['Re: cancellation confirmed? [Case CAN-7718204]', true],
    ['Has your refund been issued? (Ref 12345)', true],
    ['¿Se ha tramitado la baja', true],
    ['Your cancellation is confirmed [Case CAN-7718204]', false],
    ['Questions? Call us on 0800 123 456 any time.', false],
  ])('tells whether "%s" asks a question', (sentence, asks) => {
    if (!english) throw new Error('no English pack');
    expect(analyseSentence(sentence, english).isQuestion).toBe(asks);
  });
});

describe('the hypothetical ranges of a sentence', () => {
  const pack = (code: string) => {
    const found = LANGUAGES.find((language) => language.language === code)?.pack();
    if (!found) throw new Error(`no ${code} pack`);
    return found;
  };
  const hypotheticalText = (sentence: string, code: string) => {
    const scopes = analyseSentence(sentence, pack(code));
    return scopes.hypothetical.map(([from, to]) => scopes.sentence.slice(from, to).trim());
  };

  it.each([
    // A temporal clause without a comma ends where the main clause opens.
    [
      'Once the parcel is back with us we will refund you within 14 days.',
      'en',
      ['once the parcel is back with us'],
    ],
    [
      "When the box reaches our warehouse you'll get the money back in 5 days.",
      'en',
      ['when the box reaches our warehouse'],
    ],
    // Its own subject opens no main clause.
    ['Once we receive the item we will refund you.', 'en', ['once we receive the item']],
    // Approval is a condition, not a step on the way: the promise stays hypothetical.
    [
      "Once it's approved we'll pay the refund within 5 days.",
      'en',
      ["once it's approved we'll pay the refund within 5 days."],
    ],
    [
      'Nach Erhalt der Rücksendung überweisen wir den Betrag binnen 10 Tagen.',
      'de',
      ['nach erhalt der rücksendung'],
    ],
    ['Nach Eingang der Geräte wird der Kaufpreis erstattet.', 'de', ['nach eingang der geräte']],
    // After the customer's request arrives: instructions for a request not yet made.
    [
      'Nach Eingang Ihres Antrags zahlen wir den Betrag innerhalb von 14 Tagen zurück.',
      'de',
      ['nach eingang ihres antrags zahlen wir den betrag innerhalb von 14 tagen zurück.'],
    ],
    // A condition set off by dashes ends at the closing dash, as one set off by commas does.
    ['Sie bekommen – falls berechtigt – das Geld in 30 Tagen.', 'de', ['falls berechtigt']],
    ['You will get the money – if eligible – within 30 days.', 'en', ['if eligible']],
  ])('"%s" (%s) is hypothetical in %j', (sentence, code, ranges) => {
    expect(hypotheticalText(sentence, code)).toEqual(ranges);
  });
});
