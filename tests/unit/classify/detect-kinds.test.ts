import { describe, expect, it } from 'vitest';
import { detectKinds } from '../../../shared/classify/detect-kinds';
import { compilePack, type LanguagePackData } from '../../../shared/classify/language-pack';
import english from '../../../shared/classify/rules/en.json';
import { analyseSentence } from '../../../shared/classify/sentences';
import { KINDS } from '../../../shared/classify/types';
import { classify } from './classify-helpers';

/** English with only the given phrases, in the given order. */
function packWith(phrases: LanguagePackData['signals']['cancellation.confirmed']) {
  const none = Object.fromEntries(KINDS.map((kind) => [kind, []])) as unknown as LanguagePackData['signals'];
  return compilePack({
    ...(english as LanguagePackData),
    signals: { ...none, 'cancellation.confirmed': phrases },
  });
}

describe('detectKinds', () => {
  it('counts a strong phrase even when a weak one over the same words comes first in the file', () => {
    const pack = packWith([
      { pattern: '\\bplan ends\\b', strength: 1 },
      { pattern: '\\byour plan ends on\\b', strength: 2 },
    ]);
    const reading = detectKinds([analyseSentence('Your plan ends on 3 March.', pack)], pack);
    expect(reading.kinds).toEqual(['cancellation.confirmed']);
  });

  it('needs two weak phrases over different words to decide', () => {
    const pack = packWith([
      { pattern: '\\bplan ends\\b', strength: 1 },
      { pattern: '\\bthank you for being a member\\b', strength: 1 },
    ]);
    const one = detectKinds([analyseSentence('Your plan ends on 3 March.', pack)], pack);
    const two = detectKinds(
      ['Your plan ends on 3 March.', 'Thank you for being a member.'].map((text) =>
        analyseSentence(text, pack),
      ),
      pack,
    );
    expect(one.kinds).toEqual([]);
    expect(two.kinds).toEqual(['cancellation.confirmed']);
  });

  it('counts a phrase carrying its own negation after a future marker, but no other confirmation there', () => {
    const pack = packWith([
      { pattern: "\\bwon't be charged again\\b", strength: 2, negated: true },
      { pattern: '\\bplan (?:is|has been) cancell?ed\\b', strength: 2 },
    ]);
    const read = (text: string) => detectKinds([analyseSentence(text, pack)], pack).kinds;
    expect(read("We will send you a receipt, and you won't be charged again.")).toEqual([
      'cancellation.confirmed',
    ]);
    expect(read('We will send you an email once your plan is cancelled.')).toEqual([]);
  });

  it('tries a phrase opening with look-behinds only at word starts, with the same matches', () => {
    const pack = packWith([{ pattern: '(?<!trial )\\bplan ends\\b', strength: 2 }]);
    expect(pack.signals[0]?.atWordStart).not.toBeNull();
    const read = (text: string) => detectKinds([analyseSentence(text, pack)], pack).kinds;
    expect(read('Your plan ends on 3 March.')).toEqual(['cancellation.confirmed']);
    expect(read('Your trial plan ends on 3 March.')).toEqual([]);
  });

  it('expands fragments used inside other fragments', () => {
    const pack = compilePack({
      ...(english as LanguagePackData),
      fragments: {
        ...(english as LanguagePackData).fragments,
        plan: '(?:plan|{tier} plan)',
        tier: '(?:gold|silver)',
      },
      signals: {
        ...(Object.fromEntries(KINDS.map((kind) => [kind, []])) as unknown as LanguagePackData['signals']),
        'cancellation.confirmed': [{ pattern: '\\byour {plan} (?:is|has been) cancell?ed\\b' }],
      },
    });
    const read = (text: string) => detectKinds([analyseSentence(text, pack)], pack).kinds;
    expect(read('Your gold plan has been cancelled.')).toEqual(['cancellation.confirmed']);
  });

  it('ends a condition at a consequence after a comma, so what follows is stated', () => {
    const pack = compilePack({
      ...(english as LanguagePackData),
      consequences: ['so', 'therefore'],
      signals: {
        ...(Object.fromEntries(KINDS.map((kind) => [kind, []])) as unknown as LanguagePackData['signals']),
        'refund.rejected': [{ pattern: "\\bwe(?:'re| are) unable to refund\\b", negated: true }],
      },
    });
    const read = (text: string) => detectKinds([analyseSentence(text, pack)], pack).kinds;
    expect(
      read(
        'Plans are refundable only if they are cancelled within 14 days, so we are unable to refund this payment.',
      ),
    ).toEqual(['refund.rejected']);
    expect(read('If your plan was cancelled late, we are unable to refund it.')).toEqual([]);
  });
});

describe('a request refused in the sentence after it is named', () => {
  it.each([
    [
      'You asked us to refund the unused part of your annual fee. Unfortunately we are unable to grant your request.',
      ['refund.rejected'],
    ],
    [
      'Получихме Вашето искане за възстановяване на платената сума. За съжаление не можем да удовлетворим искането.',
      ['refund.rejected'],
    ],
    [
      'Nos solicitó el reembolso de la cuota de enero. Lamentablemente no podemos atender su solicitud.',
      ['refund.rejected'],
    ],
    [
      'Ci ha chiesto il rimborso del canone di marzo. Purtroppo non possiamo accogliere la sua richiesta.',
      ['refund.rejected'],
    ],
    // The refund asked for names the cancellation after it: the refusal leaves the cancellation standing.
    [
      'Your contract has been terminated as of 1 November. You asked us to refund the fee paid on termination. ' +
        'Unfortunately we are unable to grant your request.',
      ['cancellation.confirmed', 'refund.rejected'],
    ],
    // Both asked for, both refused: no cancellation is read.
    [
      'You asked us to cancel your contract and refund the fee. Unfortunately we are unable to grant your request.',
      ['refund.rejected'],
    ],
    // The refused request was a cancellation: nothing is cancelled, and no refund was refused.
    [
      'We have received your request to cancel your contract. Unfortunately we cannot accept your request, as the minimum term runs until May 2027.',
      [],
    ],
    // Not a refusal of the request, only of one way to send it.
    [
      'You asked us to refund the fee. We cannot accept your request by phone, please use the online form.',
      [],
    ],
  ])('reads "%s" as %j', (text, kinds) => {
    expect(classify(text).kinds).toEqual(kinds);
  });
});
