import { type LanguagePack, matchesOf } from './language-pack';
import { clauseEnd, clauseStart, isHypothetical, type SentenceScopes } from './sentences';
import type { Duration, Kind, TimeUnit, VendorPromise } from './types';

type Domain = 'cancellation' | 'refund';

export interface PromiseReading {
  promises: VendorPromise[];
  evidence: string[];
}

/**
 * Finds the timelines the vendor promises. A duration is a promise when it sits in an asserted clause
 * about a cancellation, a refund or a confirmation to come, and that matter is still pending in this
 * message (its `.received` kind is present): a vendor promises the confirmation of what it has not done yet.
 * Bank posting times ("may take 5 days to appear"), the customer's own deadlines and hypotheticals are not.
 */
export function extractPromises(
  analysed: readonly SentenceScopes[],
  pack: LanguagePack,
  kinds: readonly Kind[],
): PromiseReading {
  const pending = (['cancellation', 'refund'] as const).filter((domain) =>
    kinds.includes(`${domain}.received`),
  );
  const promises: VendorPromise[] = [];
  const evidence: string[] = [];
  if (pending.length === 0) return { promises, evidence };
  analysed.forEach((scopes, index) => {
    const { sentence } = scopes;
    if (scopes.isQuestion) return;
    const durations = [...pack.duration.matches(sentence)];
    for (const match of durations) {
      const within = readDuration(match.groups ?? {}, pack);
      if (!within || isHypothetical(scopes, match.index)) continue;
      const from = clauseStart(scopes, match.index);
      const to = clauseEnd(scopes, match.index + match[0].length);
      // Cues before the duration count from the sentence start: "remember to return the box … within 30 days".
      if (isExcluded(sentence.slice(0, to), match, durations, pack)) continue;
      const domain = topicOf(scopes, from, match.index, to, analysed[index - 1]?.sentence, pack, pending);
      if (!domain || !pending.includes(domain)) continue;
      const domains = pending.length === 2 && confirmsBoth(sentence, match.index, pack) ? pending : [domain];
      for (const promised of domains) {
        const expect: Kind = `${promised}.confirmed`;
        if (!promises.some((p) => p.expect === expect && sameDuration(p.within, within))) {
          promises.push({ expect, within });
          if (!evidence.includes(scopes.original)) evidence.push(scopes.original);
        }
      }
    }
  });
  return { promises, evidence };
}

/**
 * Whether the duration ends a confirmation of both pending matters at once ("you will receive confirmation of the
 * cancellation and the refund within 10 days"): a confirmation word, or a future marker ("they will cancel the
 * plan and refund you within 5 days"), then both matters' topic words after it, with no comma or semicolon up to
 * the duration.
 */
function confirmsBoth(sentence: string, at: number, pack: LanguagePack): boolean {
  const before = sentence.slice(0, at);
  const stretch = before.slice(Math.max(before.lastIndexOf(','), before.lastIndexOf(';')) + 1);
  const namesBoth = (from: number) =>
    from >= 0 &&
    (['cancellation', 'refund'] as const).every(
      (topic) => stretch.slice(from).search(pack.topics[topic]) >= 0,
    );
  if (namesBoth(stretch.search(pack.topics.confirmation))) return true;
  const [future] = pack.future.matches(stretch);
  return future !== undefined && namesBoth(future.index);
}

/**
 * Whether an exclusion cue speaks of this duration. A cue that holds another duration of the sentence is about
 * that one: "after a delay of 70 minutes we will refund you within 14 days" still promises the 14 days.
 */
function isExcluded(
  before: string,
  duration: RegExpExecArray,
  durations: readonly RegExpExecArray[],
  pack: LanguagePack,
): boolean {
  for (const cue of pack.promiseExclusion.matches(before)) {
    const cueEnd = cue.index + cue[0].length;
    const holdsAnother = durations.some(
      (other) => other !== duration && other.index >= cue.index && other.index < cueEnd,
    );
    if (!holdsAnother) return true;
  }
  return false;
}

function sameDuration(a: Duration, b: Duration): boolean {
  return a.value === b.value && a.unit === b.unit;
}

function readDuration(groups: Record<string, string | undefined>, pack: LanguagePack): Duration | null {
  const from = quantity(groups.from, pack);
  const to = groups.to === undefined ? null : quantity(groups.to, pack);
  const unit = unitOf(groups.unit ?? '', pack);
  const value = to ?? from;
  if (value === null || value <= 0 || !unit) return null;
  return { value, unit };
}

function quantity(text: string | undefined, pack: LanguagePack): number | null {
  if (!text) return null;
  if (/^\d+$/.test(text)) return Number(text);
  return pack.numbers.get(text.toLowerCase()) ?? null;
}

function unitOf(text: string, pack: LanguagePack): TimeUnit | null {
  const normalized = text.replace(/\s+/g, ' ');
  return pack.units.find(({ regex }) => regex.test(normalized))?.unit ?? null;
}

/**
 * The matter a duration is about: the topic word nearest before it in its clause, else after it, else
 * anywhere in the sentence, else in the sentence before ("… must validate the cancellation. It has 48
 * hours for that.").
 */
function topicOf(
  scopes: SentenceScopes,
  clauseFrom: number,
  at: number,
  clauseTo: number,
  previous: string | undefined,
  pack: LanguagePack,
  pending: readonly Domain[],
): Domain | null {
  const { sentence } = scopes;
  const windows = [
    { text: sentence.slice(clauseFrom, at), nearest: 'last' as const },
    { text: sentence.slice(at, clauseTo), nearest: 'first' as const },
    { text: sentence, nearest: 'last' as const },
    { text: previous ?? '', nearest: 'last' as const },
  ];
  for (const window of windows) {
    const topic = nearestTopic(window.text, window.nearest, pack);
    if (topic) return topic;
    // A bare "confirmation" is about the one pending matter; with two pending, look further for which.
    if (pending.length === 1 && window.text.search(pack.topics.confirmation) >= 0) return pending[0] ?? null;
  }
  return null;
}

function nearestTopic(text: string, nearest: 'first' | 'last', pack: LanguagePack): Domain | null {
  let best: { topic: Domain; index: number } | null = null;
  for (const topic of ['cancellation', 'refund'] as const) {
    for (const match of matchesOf(pack.topics[topic], text)) {
      if (!best || (nearest === 'last' ? match.index > best.index : match.index < best.index)) {
        best = { topic, index: match.index };
      }
    }
  }
  return best?.topic ?? null;
}
