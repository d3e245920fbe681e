import iconv from 'iconv-lite';

/**
 * Text that a sender encoded as UTF-8 but declared as Latin-1 or Windows-1252 comes out of the decoder with
 * each accented letter as two ("KÃ¼ndigung", "rÃ©siliation", "GrÃ¼ÃŸe"). Such a text is read back as the UTF-8
 * it is, when that leaves no undecodable byte: text that really is Latin-1 does not decode cleanly as UTF-8
 * with these pairs in it.
 */

// A UTF-8 lead byte read as Windows-1252 (Ã, Â, Ð, Ñ, …) followed by a continuation byte read the same way.
const MISREAD_PAIR =
  /[\u00C2-\u00DF][\u0080-\u00BF\u0152\u0153\u0160\u0161\u0178\u017D\u017E\u0192\u02C6\u02DC\u2013\u2014\u2018-\u201E\u2020-\u2022\u2026\u2030\u2039\u203A\u20AC\u2122]/;

/** The text as its sender wrote it, when it is UTF-8 decoded as Windows-1252; otherwise the text unchanged. */
export function repairMisdeclaredUtf8(text: string): string {
  if (!MISREAD_PAIR.test(text)) return text;
  const bytes = iconv.encode(text, 'win1252');
  // A character Windows-1252 cannot hold means the text was not produced by that misreading.
  if (iconv.decode(bytes, 'win1252') !== text) return text;
  const repaired = bytes.toString('utf8');
  return repaired.includes('\uFFFD') ? text : repaired;
}
