/** Why a raw input could not be read as a mail message at all. */
export type MailParseErrorCode = 'empty' | 'too-large' | 'not-a-message';

/** Raised for input that is not a mail message (no headers, binary garbage) or exceeds the size limit. */
export class MailParseError extends Error {
  override readonly name = 'MailParseError';

  constructor(
    readonly code: MailParseErrorCode,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}
