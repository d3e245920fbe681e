import iconv from 'iconv-lite';

/**
 * Text that a sender encoded as UTF-8 but declared as a single-byte charset comes out of the decoder with each
 * non-ASCII letter as two or three characters: "KÃ¼ndigung", "â‚¬" under Windows-1252, "п²п╟я┤п╟п╩п╬" under KOI8-R,
 * "Р—Р°СЏРІРєР°" under Windows-1251. Such a text is read back as the UTF-8 it is, when that leaves no
 * undecodable byte: text really written in one of these charsets does not decode cleanly as UTF-8.
 */

// The charsets senders mislabel UTF-8 with: the Western default, and the two Cyrillic ones mail clients still offer.
const SINGLE_BYTE_CHARSETS = ['win1252', 'koi8-r', 'win1251'];

/** The characters a charset shows for the given bytes, escaped for a regex character class. */
function shownAs(charset: string, from: number, to: number): string {
  const bytes = Buffer.from(Array.from({ length: to - from + 1 }, (_, offset) => from + offset));
  return [...iconv.decode(bytes, charset)]
    .map((char) => `\\u{${char.codePointAt(0)?.toString(16)}}`)
    .join('');
}

// Per charset: a UTF-8 lead byte (0xC2–0xF4) as it shows it, then a continuation byte (0x80–0xBF) shown the
// same way; and a lead byte followed by anything else, which no misread text holds (genuine Cyrillic text, where
// letters follow letters, is told apart by it without re-encoding the whole text).
const MISREADINGS = SINGLE_BYTE_CHARSETS.map((charset) => {
  const lead = `[${shownAs(charset, 0xc2, 0xf4)}]`;
  const continuation = `[${shownAs(charset, 0x80, 0xbf)}]`;
  return {
    charset,
    run: new RegExp(`${lead}${continuation}`, 'u'),
    brokenRun: new RegExp(`${lead}(?!${continuation})`, 'u'),
  };
});

/** The text as its sender wrote it, when it is UTF-8 decoded as a single-byte charset; otherwise unchanged. */
export function repairMisdeclaredUtf8(text: string): string {
  for (const { charset, run, brokenRun } of MISREADINGS) {
    if (!run.test(text) || brokenRun.test(text)) continue;
    const bytes = iconv.encode(text, charset);
    // A character the charset cannot hold means the text was not produced by misreading it so.
    if (iconv.decode(bytes, charset) !== text) continue;
    const repaired = bytes.toString('utf8');
    if (!repaired.includes('\uFFFD')) return repaired;
  }
  return text;
}
