/**
 * Message ids of our alerts. Every alert of a case names the same virtual thread root in In-Reply-To and
 * References (a message never sent, as issue trackers do), so mail clients thread one case's alerts together,
 * and a user's reply can be traced back to its case from those headers alone.
 */

// Our ids are base64url (shared/cases/ids.ts); anything else could break the Message-ID syntax or the parse back.
const TOKEN = /^[A-Za-z0-9_-]{1,128}$/;
const DOMAIN = /^(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)*[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/;

function checked(kind: string, value: string, pattern: RegExp): string {
  if (!pattern.test(value))
    throw new RangeError(`${kind} is not usable in a Message-ID: ${JSON.stringify(value)}`);
  return value;
}

function normalizedDomain(alertDomain: string): string {
  return checked('alert domain', alertDomain.trim().toLowerCase(), DOMAIN);
}

/**
 * `<case-{caseId}@{alertDomain}>`: the thread root all alerts of a case point to.
 * @throws RangeError when the case id is not a URL-safe token or the domain is not a host name.
 */
export function caseThreadRootId(caseId: string, alertDomain: string): string {
  return `<case-${checked('case id', caseId, TOKEN)}@${normalizedDomain(alertDomain)}>`;
}

/**
 * `<alert-{alertId}.case-{caseId}@{alertDomain}>`: one alert's Message-ID, stable for a given alert id (a resend
 * carries the same id, so receivers and the outbox can tell it is the same alert).
 * @throws RangeError when an id is not a URL-safe token or the domain is not a host name.
 */
export function alertMessageId(alertId: string, caseId: string, alertDomain: string): string {
  const alert = checked('alert id', alertId, TOKEN);
  return `<alert-${alert}.case-${checked('case id', caseId, TOKEN)}@${normalizedDomain(alertDomain)}>`;
}

/** The case id named by one of our Message-IDs (thread root or alert) on `alertDomain`, else null. */
export function caseIdFromMessageId(messageId: string, alertDomain: string): string | null {
  const match = /^\s*<?(?:alert-[A-Za-z0-9_-]{1,128}\.)?case-([A-Za-z0-9_-]{1,128})@([^<>@\s]+?)>?\s*$/.exec(
    messageId,
  );
  if (!match?.[1] || !match[2]) return null;
  // Domains compare case-insensitively; the ids (base64url) do not.
  return match[2].toLowerCase() === alertDomain.trim().toLowerCase() ? match[1] : null;
}
