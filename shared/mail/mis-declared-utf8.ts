import iconv from 'iconv-lite';

/**
 * Text that a sender encoded as UTF-8 but declared as Latin-1 or Windows-1252 comes out of the decoder with
 * each accented letter as two or three characters ("KÃ¼ndigung", "rÃ©siliation", "GrÃ¼ÃŸe", "â‚¬"). Such a text
 * is read back as the UTF-8 it is, when that leaves no undecodable byte: text that really is Latin-1 does not
 * decode cleanly as UTF-8 with these runs in it.
 */

/** The characters Windows-1252 shows for the given bytes, escaped for a regex character class. */
function shownAs(from: number, to: number): string {
  const bytes = Buffer.from(Array.from({ length: to - from + 1 }, (_, offset) => from + offset));
  return [...iconv.decode(bytes, 'win1252')]
    .map((char) => `\\u{${char.codePointAt(0)?.toString(16)}}`)
    .join('');
}

// A UTF-8 lead byte (0xC2–0xF4) as Windows-1252 shows it, then a continuation byte (0x80–0xBF) shown the same way.
const MISREAD_RUN = new RegExp(`[${shownAs(0xc2, 0xf4)}][${shownAs(0x80, 0xbf)}]`, 'u');

/** The text as its sender wrote it, when it is UTF-8 decoded as Windows-1252; otherwise the text unchanged. */
export function repairMisdeclaredUtf8(text: string): string {
  if (!MISREAD_RUN.test(text)) return text;
  const bytes = iconv.encode(text, 'win1252');
  // A character Windows-1252 cannot hold means the text was not produced by that misreading.
  if (iconv.decode(bytes, 'win1252') !== text) return text;
  const repaired = bytes.toString('utf8');
  return repaired.includes('\uFFFD') ? text : repaired;
}
