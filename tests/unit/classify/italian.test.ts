import { describe, expect, it } from 'vitest';
import { classify, moneyOf, promisesOf } from './classify-helpers';

describe('Italian kinds', () => {
  it.each([
    ['Il tuo abbonamento è stato disattivato.', ['cancellation.confirmed']],
    ['Annullamento confermato per il tuo biglietto.', ['cancellation.confirmed']],
    ['Abbiamo ricevuto la tua richiesta di disdetta.', ['cancellation.received']],
    ['Il rimborso di 20,00 € è stato effettuato.', ['refund.confirmed']],
    // A trip the operator cancelled, with the operator named, is a cancellation done.
    [
      'Volo cancellato dalla compagnia: il rimborso è stato effettuato.',
      ['cancellation.confirmed', 'refund.confirmed'],
    ],
    // Named in a reason field, the same cancellation is the refund's background (the settled convention).
    ["Motivo: soggiorno annullato dalla struttura per un'inondazione.", []],
    ["L'importo è stato riaccreditato sulla tua carta.", ['refund.confirmed']],
    ['Abbiamo preso in carico la tua richiesta di rimborso.', ['refund.received']],
    // A withdrawal ("recesso") from an order is a return for a refund; from a contract, a cancellation.
    [
      "Confermiamo di aver ricevuto la tua richiesta di recesso dall'acquisto n. 5512 (giacca, 89,00 €).",
      ['refund.received'],
    ],
    ['Confermiamo di aver ricevuto la tua richiesta di recesso dal contratto.', ['cancellation.received']],
    ['La tua richiesta di rimborso è stata respinta.', ['refund.rejected']],
    // A refund paid into an app wallet the customer can move to a card or bank account is money, not credit.
    [
      "Ti abbiamo rimborsato 8,50 € sul borsellino elettronico: puoi spenderlo nell'app oppure trasferirlo sul tuo conto corrente quando vuoi.",
      ['refund.confirmed'],
    ],
    [
      "L'importo di 15,00 € è stato riaccreditato sul borsellino del tuo profilo e potrai prelevarlo sulla carta in qualsiasi momento.",
      ['refund.confirmed'],
    ],
    // Near misses: a wallet that cannot be paid out, or only to other users, stays credit.
    [
      "Il rimborso è stato accreditato sul borsellino dell'app e potrà essere usato per i prossimi acquisti; non è possibile trasferirlo sulla carta.",
      [],
    ],
    ["Il rimborso è stato accreditato sul borsellino, trasferibile solo su altri utenti dell'app.", []],
    ['Ti informiamo che la richiesta di rimborso non può essere accolta.', ['refund.rejected']],
    ['Siamo spiacenti, ma non possiamo riaccreditare il pagamento di 59,00 €.', ['refund.rejected']],
    // A refund request answered with a bare "non è possibile" is a refusal.
    [
      'In merito alla tua domanda di rimborso della rata di marzo (18,50 €), purtroppo non è possibile: il piano non lo prevede.',
      ['refund.rejected'],
    ],
    // Near miss: only one way of paying the refund is not possible.
    ["La richiesta di rimborso tramite bonifico non è possibile; riceverai l'importo sulla carta.", []],
    // The customer's own cancellation, given as the reason no premium is due back, is the refusal's background.
    [
      'Purtroppo la sua domanda di rimborso di 64,20 € non può essere accolta. Il contratto è stato disdetto da lei alla scadenza del 30/06/2025, quindi non le spetta alcun rimborso del rateo.',
      ['refund.rejected'],
    ],
    // Near miss: the same contract stated as cancelled beside a refused refund is still this letter's news.
    [
      'Purtroppo la sua domanda di rimborso di 64,20 € non può essere accolta. Il contratto è stato disdetto con effetto dal 30/06/2027.',
      ['cancellation.confirmed', 'refund.rejected'],
    ],
    // Money returned "su richiesta" (on request) is the terms, not a refund under way.
    [
      'Abbiamo ricevuto la tua richiesta di disattivazione della SIM. Il traffico non utilizzato ti sarà rimborsato su richiesta, secondo le condizioni generali.',
      ['cancellation.received'],
    ],
    // Near miss: the same refund with a time limit is under way.
    [
      'Abbiamo ricevuto la tua richiesta di disattivazione della SIM. Il traffico non utilizzato ti sarà rimborsato entro 30 giorni.',
      ['cancellation.received', 'refund.received'],
    ],
  ])('reads "%s" as %j', (text, kinds) => {
    expect(classify(text).kinds).toEqual(kinds);
  });

  it.each([
    ['Non è stato possibile annullare il tuo ordine.'],
    ['Il tuo ordine non è stato annullato.'],
    ['Se desideri disdire, chiama il 187.'],
    ['In caso di volo cancellato dalla compagnia, hai diritto a un nuovo posto.'],
    ["L'importo non viene rimborsato: è stato convertito in credito Italo."],
    ['Il rimborso è stato emesso come Credito Rossi Viaggi, che puoi utilizzare entro 12 mesi.'],
    ['Il rimborso è stato emesso sotto forma di credito di viaggio.'],
    ['La conferma che il contratto è stato disdetto ti arriverà entro 5 giorni.'],
    // The contract or supply is only the complement: what was closed is an invoice, a case, a complaint.
    ['La fattura relativa alla fornitura è stata chiusa il 12/03/2026.'],
    ['La pratica relativa alla tua fornitura è stata chiusa.'],
    ['Il reclamo relativo al contratto è stato chiuso.'],
    // A supply cut for arrears is no cancellation the customer asked for.
    ['La tua fornitura è stata disattivata per morosità in data 01/04/2026.'],
  ])('finds no confirmation in "%s"', (text) => {
    expect(classify(text).kinds.filter((kind) => kind.endsWith('.confirmed'))).toEqual([]);
  });

  it('reads a refund deadline that waits for the returned goods as a promise, as the corpus does', () => {
    expect(
      promisesOf(
        'Abbiamo ricevuto il tuo reso. Dopo il controllo del prodotto, effettueremo il rimborso entro 14 giorni sulla tua carta.',
      ),
    ).toEqual(['refund.confirmed 14 days']);
  });

  it('reads a confirmation the message itself is, not one announced for later', () => {
    expect(classify('Questa e-mail è la conferma che il tuo abbonamento è stato disdetto.').kinds).toEqual([
      'cancellation.confirmed',
    ]);
  });
});

describe('Italian promises, amounts and references', () => {
  it('reads "giorni lavorativi" with number words', () => {
    expect(
      promisesOf(
        'Abbiamo ricevuto la tua richiesta di rimborso. Il rimborso verrà effettuato entro dieci giorni lavorativi.',
      ),
    ).toEqual(['refund.confirmed 10 business_days']);
  });

  it('reads "due settimane"', () => {
    expect(
      promisesOf(
        'Abbiamo ricevuto la tua richiesta di rimborso. Il rimborso sarà accreditato entro due settimane.',
      ),
    ).toEqual(['refund.confirmed 2 weeks']);
  });

  it('labels the refunded figure, not the paid one', () => {
    expect(
      moneyOf('Importo pagato: 39,90 €\nImporto rimborsato: 31,92 €\nIl rimborso è stato effettuato.'),
    ).toBe('31.92 EUR');
  });

  it('reads "pratica n."', () => {
    expect(
      classify('Abbiamo ricevuto la tua richiesta di rimborso, pratica n. 2026-RIM-448812.').reference,
    ).toBe('2026-RIM-448812');
  });
});

describe('Italian refunds still to come', () => {
  it('reads "ti sarà rimborsato" as a refund under way with its promise', () => {
    const result = classify(
      'Il credito residuo di 12,50 € ti sarà rimborsato tramite bonifico entro 90 giorni.',
    );
    expect(result.kinds).toEqual(['refund.received']);
    expect(result.promises.map((p) => `${p.expect} ${p.within.value} ${p.within.unit}`)).toEqual([
      'refund.confirmed 90 days',
    ]);
  });
});

describe('Italian blind round RK–RN', () => {
  it('reads a fare that does not provide for a refund, after the request was examined, as a refusal', () => {
    const result = classify(
      'Abbiamo valutato la tua domanda di rimborso di 45,00 €. Purtroppo il biglietto Light non consente il rimborso dopo la partenza.',
    );
    expect(result.kinds).toEqual(['refund.rejected']);
    expect(
      moneyOf(
        'Abbiamo valutato la tua domanda di rimborso di 45,00 €. Il biglietto Light non prevede alcun rimborso.',
      ),
    ).toBe('45.00 EUR');
  });

  it('does not read a bare fare rule, with no request examined, as a refusal', () => {
    expect(
      classify('Ti ricordiamo che la tariffa Light non prevede il rimborso in caso di rinuncia.').kinds,
    ).toEqual([]);
  });

  it('reads a promised reply ("riscontro") on a refund request as no refund promise', () => {
    expect(
      promisesOf(
        'Abbiamo preso in carico la tua richiesta di rimborso del canone e ti daremo un riscontro entro 20 giorni.',
      ),
    ).toEqual([]);
    expect(
      promisesOf(
        'Abbiamo preso in carico la tua richiesta di rimborso: riceverai il riaccredito entro 20 giorni.',
      ),
    ).toEqual(['refund.confirmed 20 days']);
  });

  it('takes the disputed fee of a numbered complaint as the refused sum', () => {
    expect(
      moneyOf(
        'Abbiamo verificato il tuo reclamo nr. 55-1234 relativo al canone di maggio (19,90 €).\n\nDalle verifiche il servizio risulta attivo e funzionante. Per questo motivo la richiesta di rimborso non può essere accolta.',
      ),
    ).toBe('19.90 EUR');
  });
});

describe('Italian blind-round fixes (RQ–RZ)', () => {
  it('does not read the delay of a train, given after a colon, as a promised duration', () => {
    expect(
      promisesOf(
        'Abbiamo ricevuto la tua richiesta di rimborso per il treno Roma - Firenze (ritardo in arrivo: 52 minuti).',
      ),
    ).toEqual([]);
  });

  it('still reads a refund deadline in the sentence after the delay', () => {
    expect(
      promisesOf('Ritardo alla partenza: 45 minuti. Ti rimborseremo il biglietto entro 14 giorni.'),
    ).toEqual(['refund.confirmed 14 days']);
  });

  it('does not read the deadline of the final meter reading as a promised cancellation', () => {
    expect(
      promisesOf(
        "Abbiamo ricevuto la sua richiesta di cessazione della fornitura. La lettura finale del misuratore verrà eseguita entro 10 giorni lavorativi; dopo riceverà la conferma della chiusura dell'utenza.",
      ),
    ).toEqual([]);
  });

  it('still reads a promised closing of the supply', () => {
    expect(
      promisesOf(
        'Abbiamo ricevuto la richiesta di cessazione. La cessazione della fornitura sarà effettuata entro 7 giorni lavorativi.',
      ),
    ).toEqual(['cancellation.confirmed 7 business_days']);
  });

  it('reads the closing promised together with the final meter reading', () => {
    expect(
      promisesOf(
        'Abbiamo preso in carico la richiesta di disattivazione. Il distributore effettuerà la lettura finale del contatore e la chiusura del punto di prelievo entro 4 giorni lavorativi.',
      ),
    ).toEqual(['cancellation.confirmed 4 business_days']);
  });

  it('reads a reversal of the charge ("storno dell\'addebito") promised within a time as a refund promise', () => {
    expect(
      promisesOf(
        "Abbiamo preso in carico la sua segnalazione sul pagamento addebitato due volte. La pratica è passata al reparto contabile, che effettuerà lo storno dell'importo in eccesso entro 8 giorni lavorativi.",
      ),
    ).toEqual(['refund.confirmed 8 business_days']);
  });

  it('does not read the reversal of a booking ("storno della prenotazione") as a refund promise', () => {
    expect(
      promisesOf(
        'Abbiamo ricevuto la tua richiesta. Lo storno della prenotazione sarà fatto entro 3 giorni lavorativi.',
      ),
    ).not.toContain('refund.confirmed 3 business_days');
  });

  it('takes the purchase a report is about ("per l\'acquisto TS-…") as the reference', () => {
    expect(
      classify(
        "Abbiamo accolto la tua segnalazione per l'acquisto TS-77120493 e ti abbiamo rimborsato 12,00 €.",
      ).reference,
    ).toBe('TS-77120493');
  });

  it('takes a case number given as "in lavorazione con il numero" as the reference', () => {
    expect(
      classify(
        'Abbiamo ricevuto la tua segnalazione: la pratica risulta in lavorazione con il numero AB-2027-5521.',
      ).reference,
    ).toBe('AB-2027-5521');
  });

  it('takes a booking confirmation number and a credit note number as the reference', () => {
    expect(classify('Il rimborso è stato emesso.\n\nNumero di conferma: 5120.334.871').reference).toBe(
      '5120.334.871',
    );
    expect(
      classify('Ti abbiamo rimborsato il credito residuo (nota di credito n. CR27/114502).').reference,
    ).toBe('CR27/114502');
  });
});

describe('Italian blind-round fixes (SU–TB)', () => {
  it('reads a return registered by the shop as a refund under way', () => {
    expect(
      classify('Abbiamo registrato il reso del tuo ordine. Ti invieremo presto l’etichetta.').kinds,
    ).toEqual(['refund.received']);
    expect(classify('Il reso dell’ordine 55.210.334 è stato registrato.').kinds).toEqual(['refund.received']);
  });

  it('does not read a return not yet registered as a refund under way', () => {
    expect(classify('Il reso non è stato registrato: manca il numero d’ordine.').kinds).toEqual([]);
  });

  it('reads a refund "also being checked" as under review', () => {
    expect(classify('Stiamo valutando ora il rimborso dei mesi non goduti.').kinds).toEqual([
      'refund.received',
    ]);
  });

  it('reads "we cannot proceed" after examining a refund request as a refusal', () => {
    expect(
      classify(
        'Abbiamo esaminato la tua richiesta di rimborso per il corso online. Purtroppo non possiamo procedere: il corso è già stato seguito.',
      ).kinds,
    ).toEqual(['refund.rejected']);
  });

  it('does not read "we cannot proceed" with a cancellation as a refund refusal', () => {
    expect(
      classify(
        'Abbiamo esaminato la tua richiesta di rimborso. Per la disdetta non possiamo procedere: manca la firma.',
      ).kinds,
    ).not.toContain('refund.rejected');
  });
});

describe('Italian blind round 2026-11-27', () => {
  it.each([
    // A withdrawal registered "with effect from" a date is the cancellation done.
    [
      'Ti confermiamo che il recesso dal tuo contratto Premium (Cliente n. 4471) è stato registrato e avrà effetto dal 30/04/2027.',
      ['cancellation.confirmed'],
    ],
    // Near miss: the effect depends on a condition.
    ['La disdetta del tuo abbonamento avrà effetto dal 30/04/2027 se ci invierai il modulo firmato.', []],
    // A contract stated as cancelled from a date, beside a refused refund.
    [
      'Il contratto è comunque cessato con decorrenza 15/02/2027, come richiesto.',
      ['cancellation.confirmed'],
    ],
    ['Il contratto sarà disdetto con effetto dal 15/02/2027.', []],
    // "di aver disposto il bonifico" is a transfer made.
    [
      'Ti confermiamo di aver eseguito ieri il bonifico di 32,10 € sul conto da te indicato.',
      ['refund.confirmed'],
    ],
    // Near miss: the customer is the one making the transfer.
    ['Dopo aver eseguito il bonifico di 32,10 €, inviaci la ricevuta.', []],
    // What happens once a deadline has passed is hypothetical.
    [
      "Hai 7 giorni per ritirarlo: trascorso tale termine, l'ordine verrà annullato e l'importo ti sarà rimborsato.",
      [],
    ],
    ['Trascorso tale termine, il tuo abbonamento è stato disattivato.', ['cancellation.confirmed']],
  ])('reads "%s" as %j', (text, kinds) => {
    expect(classify(text).kinds).toEqual(kinds);
  });

  it('does not read the customer\'s deadline to hand in the parcel ("consegnalo entro") as a promise', () => {
    expect(
      promisesOf(
        "Abbiamo ricevuto la tua richiesta di reso. Importo da rimborsare: 20,00 €. Stampa l'etichetta e applicala sul pacco, poi consegnalo in un punto di ritiro entro 7 giorni. Ti rimborseremo entro 10 giorni dal ricevimento.",
      ),
    ).toEqual(['refund.confirmed 10 days']);
  });
});

describe('Italian round 2026-11-27 (blind batches)', () => {
  it.each([
    // A cancellation request named as what the refund follows up: the "è stato eseguito" is the refund's.
    [
      "In risposta alla tua richiesta di annullamento tramite l'app, ti comunichiamo che il rimborso del biglietto è stato eseguito.",
      ['refund.confirmed'],
    ],
    // Near miss: the cancellation request itself carried out.
    ['La tua richiesta di annullamento della prenotazione è stata eseguita.', ['cancellation.confirmed']],
    // Closing a balancing bill is no cancellation.
    ["Abbiamo chiuso il conguaglio dei consumi di luce e c'è un credito per te.", []],
    // Near miss: closing the supply is one.
    ['Abbiamo chiuso il contratto di fornitura luce.', ['cancellation.confirmed']],
    // A trial period laid down by the contract ended: the contract did not.
    [
      "Il periodo di recesso previsto dal contratto si è concluso il 10/09/2026 e l'articolo è stato usato.",
      [],
    ],
    // Near miss: the contract itself ended.
    ['Il contratto si è concluso il 10/09/2026.', ['cancellation.confirmed']],
    // Cancelled and refunded, the two verbs sharing "abbiamo".
    [
      "Su tua indicazione abbiamo cancellato l'ordine 4471 e rimborsato 59,00 € sulla carta di pagamento.",
      ['cancellation.confirmed', 'refund.confirmed'],
    ],
    // Near miss: the refund only announced.
    [
      "Su tua indicazione abbiamo cancellato l'ordine 4471 e ti rimborseremo 59,00 € entro 5 giorni.",
      ['cancellation.confirmed', 'refund.received'],
    ],
  ])('reads "%s" as %j', (text, kinds) => {
    expect(classify(text).kinds).toEqual(kinds);
  });

  it('does not read the formal customer\'s own rebooking window ("può riprenotare entro") as a promise', () => {
    expect(
      promisesOf(
        'Il rimborso sarà disposto entro 7 giorni lavorativi. In alternativa, può riprenotare un altro viaggio entro 60 giorni.',
      ),
    ).toEqual(['refund.confirmed 7 business_days']);
  });

  it('still reads the vendor deadline beside it as a promise (near miss)', () => {
    expect(
      promisesOf(
        'Il rimborso è stato avviato: le sarà accreditato entro 7 giorni lavorativi e può consultarne lo stato online.',
      ),
    ).toEqual(['refund.confirmed 7 business_days']);
  });

  it('reads the sum of a transfer the vendor made as the refunded one, beside other sums', () => {
    expect(
      moneyOf(
        'Dal ricalcolo risulta un saldo a tuo favore. Ieri abbiamo effettuato il bonifico di 41,20 € sul tuo conto. Dal mese prossimo la rata sarà di 55 €.',
      ),
    ).toBe('41.20 EUR');
  });
});

describe('Italian blind round 5', () => {
  it.each([
    // A cancelled sailing named only as why the ticket went unused is the refund request's background.
    [
      'Confermiamo di aver ricevuto la richiesta di rimborso del biglietto rimasto inutilizzato a causa della soppressione del volo.',
      ['refund.received'],
    ],
    // Opening the letter, the same phrase is still the refund's reason, background by the settled convention.
    [
      'A causa della soppressione del treno delle 7:40, abbiamo rimborsato il tuo biglietto.',
      ['refund.confirmed'],
    ],
    // The operator's cancellation stated as news counts.
    [
      'Il treno delle 7:40 è stato soppresso e abbiamo rimborsato il tuo biglietto.',
      ['cancellation.confirmed', 'refund.confirmed'],
    ],
    // A refund started of the company's own accord is under way.
    ["Abbiamo avviato d'ufficio il rimborso di 45,00 € sulla tua carta.", ['refund.received']],
    ['Abbiamo avviato automaticamente il rimborso della quota.', ['refund.received']],
    // A plain "disdetta" registered is a cancellation request received.
    ['Abbiamo registrato la disdetta del tuo contratto di noleggio.', ['cancellation.received']],
    // A plan closing at its end date, not renewed and with no further charges, is a cancellation done.
    [
      "L'iscrizione si chiuderà il 30/06/2027 e non verrà rinnovata: da luglio non ti sarà addebitata alcuna quota.",
      ['cancellation.confirmed'],
    ],
  ])('reads "%s" as %j', (text, kinds) => {
    expect(classify(text).kinds).toEqual(kinds);
  });

  it.each([
    // Near miss: a direct-debit mandate's "disdetta" is no service.
    ['Abbiamo registrato la disdetta della domiciliazione bancaria.'],
    // Near miss: the closing stated under a condition.
    ["Se invii la disdetta, l'abbonamento si chiuderà alla scadenza e non ti sarà addebitata nessuna rata."],
  ])('finds no cancellation in "%s"', (text) => {
    expect(classify(text).kinds.filter((kind) => kind.startsWith('cancellation.'))).toEqual([]);
  });
});

describe('Italian round 2026-11-27 b (blind batches)', () => {
  it.each([
    // A supply ended, stated with the verb first ("è stata eseguita la cessazione").
    [
      'Le comunichiamo che in data 3 marzo è stata eseguita la disattivazione della sua utenza elettrica.',
      ['cancellation.confirmed'],
    ],
    // Near miss: not carried out.
    ['Non è stata eseguita la cessazione della fornitura perché manca la lettura.', []],
    // Near miss: still to come.
    ['La cessazione della fornitura sarà eseguita entro 5 giorni.', []],
  ])('reads "%s" as %j', (text, kinds) => {
    expect(classify(text).kinds).toEqual(kinds);
  });
});

describe('Italian blind round VK–VN', () => {
  it.each([
    // A refund request acknowledged, then refused with a pronoun for it ("accoglierla").
    [
      'Abbiamo ricevuto la tua richiesta di rimborso della quota di iscrizione. Siamo spiacenti, ma non possiamo accoglierla, come previsto dal regolamento.',
      ['refund.rejected'],
    ],
    // A cancellation request so refused is no refund matter, and confirms nothing.
    ['Abbiamo ricevuto la sua richiesta di disdetta. Purtroppo non possiamo accoglierla.', []],
    // Near miss: "accoglierla" with a time is no refusal.
    [
      'Abbiamo ricevuto la tua richiesta di rimborso. Non possiamo accoglierla prima di lunedì.',
      ['refund.received'],
    ],
    // A sum refunded through an object pronoun ("lo rimborseremo") is a refund under way.
    [
      'Il saldo finale è di 41,20 € a tuo favore. Lo rimborseremo sul tuo conto corrente entro 20 giorni.',
      ['refund.received'],
    ],
    // Near miss: the same verb in a condition.
    ['Se la somma risulterà dovuta, la rimborseremo sul tuo conto.', []],
  ])('reads "%s" as %j', (text, kinds) => {
    expect(classify(text).kinds).toEqual(kinds);
  });

  it('promises the pronoun refund within its time', () => {
    expect(
      promisesOf('Risulta un credito di 12,00 € a tuo favore. Lo rimborseremo con bonifico entro 30 giorni.'),
    ).toEqual(['refund.confirmed 30 days']);
  });

  it('takes an "istanza di rimborso" number as the reference', () => {
    expect(
      classify(
        'Ti scriviamo in merito alla tua istanza di rimborso n. TR/2026/7731. Il rimborso è stato effettuato.',
      ).reference,
    ).toBe('TR/2026/7731');
  });

  it('reads no promise in a quoted plan name with a duration', () => {
    expect(
      promisesOf(
        'Abbiamo ricevuto la tua richiesta di rimborso per il pacchetto "Prova 14 giorni". Il rimborso sarà effettuato entro 5 giorni lavorativi.',
      ),
    ).toEqual(['refund.confirmed 5 business_days']);
  });
});

describe('Italian blind round VK–VN near misses', () => {
  // A refund refused with "non possiamo accoglierla" in its own sentence leaves the cancellation confirmed.
  it.each([
    [
      'Il tuo abbonamento è stato disattivato. Quanto alla richiesta di rimborso del mese di marzo, non possiamo accoglierla: la quota copre il periodo di preavviso.',
      ['cancellation.confirmed', 'refund.rejected'],
    ],
  ])('reads "%s" as %j', (text, kinds) => {
    expect(classify(text).kinds).toEqual(kinds);
  });
});

describe('Italian blind round VO–VR', () => {
  it.each<[string, string[]]>([
    // A refusal to proceed "a un (ulteriore) rimborso".
    ['Non è pertanto possibile procedere a un ulteriore rimborso della stessa somma.', ['refund.rejected']],
    ['Non possiamo procedere ad alcun rimborso per questo abbonamento.', ['refund.rejected']],
    // Near miss: a refund that will be made.
    ['Possiamo procedere a un rimborso parziale entro dieci giorni.', []],
  ])('reads "%s" as %j', (text, kinds) => {
    expect(classify(text).kinds).toEqual(kinds);
  });
});

describe('Italian blind round VS–VV', () => {
  it.each<[string, string[]]>([
    // A cancellation received named only as the reason for a refund is background.
    [
      'Dato che la disdetta è arrivata in tempo, abbiamo restituito la caparra di 90,00 € con bonifico.',
      ['refund.confirmed'],
    ],
    // Near miss: the cancellation received as the news.
    ['La Sua disdetta ci è pervenuta e verrà elaborata entro cinque giorni.', ['cancellation.received']],
    // A request refused, with the policy's reason after "mentre": two weak refusals.
    [
      'Siamo a comunicarLe che la Sua richiesta non può essere accolta. Il contratto prevede la restituzione solo in caso di trasloco, mentre la mancata fruizione non dà diritto ad alcun rimborso.',
      ['refund.rejected'],
    ],
    // Near miss: a price list contrasting two conditions after "mentre".
    [
      'In caso di disdetta entro 7 giorni il rimborso è totale, mentre oltre tale termine non dà diritto ad alcun rimborso.',
      [],
    ],
    // Near miss: a request refused alone, with no refund named.
    ['La Sua richiesta non può essere accolta.', []],
    // A refund request passed on to a seller or another office is received.
    [
      'Abbiamo inoltrato al negozio la tua richiesta di rimborso per il pacco danneggiato.',
      ['refund.received'],
    ],
    ['Abbiamo inviato al venditore la sua richiesta di rimborso.', ['refund.received']],
    // Near miss: a question to the customer.
    ['Hai inviato al venditore la tua richiesta di rimborso?', []],
  ])('reads "%s" as %j', (text, kinds) => {
    expect(classify(text).kinds.slice().sort()).toEqual(kinds.slice().sort());
  });

  it('does not take a non-refundable sum (plural) as the refunded one', () => {
    expect(
      moneyOf(
        'Abbiamo effettuato il rimborso del credito residuo. Bonus non rimborsabili: 2,00 €. Importo rimborsato: 9,80 €.',
      ),
    ).toBe('9.80 EUR');
  });
});

describe('Italian round 2026-11-27 c (blind batches)', () => {
  it.each([
    // A deposit to be returned "if due", a condition set off by commas: no refund stated.
    ['Il deposito cauzionale, se spettante, Le sarà restituito con la bolletta di chiusura.', []],
    [
      'La fornitura è stata cessata. Il deposito, ove dovuto, verrà rimborsato in fattura.',
      ['cancellation.confirmed'],
    ],
    // Near miss: the same deposit return without the condition.
    ['Il deposito cauzionale Le sarà restituito con la bolletta di chiusura.', ['refund.received']],
  ])('reads "%s" as %j', (text, kinds) => {
    expect(classify(text).kinds).toEqual(kinds);
  });

  it('keeps "il rimborso, se dovuto, sarà disposto entro …" of a request under review as a promise', () => {
    expect(
      promisesOf(
        'Abbiamo ricevuto la Sua richiesta di rimborso. Il rimborso, se dovuto, sarà disposto tramite bonifico entro 45 giorni.',
      ),
    ).toEqual(['refund.confirmed 45 days']);
  });

  it('takes the return number ("Reso n.") over the order number', () => {
    expect(
      classify('Il rimborso è stato eseguito.\n\nOrdine: MZ-2026-4410\nReso n.: RS-30871\nImporto: 59,00 €')
        .reference,
    ).toBe('RS-30871');
  });

  it('keeps the order number when "Reso" heads no number', () => {
    expect(
      classify('Il rimborso è stato eseguito.\n\nOrdine n. 40021877\nReso: ricevuto il 3 marzo').reference,
    ).toBe('40021877');
  });
});

describe('Italian round 2026-11-27 W2 (blind batches WE–WH)', () => {
  it.each<[string, string[]]>([
    // Goods sent back to the warehouse or the sender: no money returned.
    ['Il pacco verrà restituito al mittente.', []],
    ["Dopo tre tentativi di consegna, l'articolo verrà restituito al nostro magazzino.", []],
    // Near miss: money returned.
    ['La somma verrà restituita sul tuo conto entro 10 giorni.', ['refund.received']],
  ])('reads "%s" as %j', (text, kinds) => {
    expect(classify(text).kinds).toEqual(kinds);
  });
});

describe('Italian round 2026-11-27 (blind batches WI–WL)', () => {
  it.each<[string, string[]]>([
    // A refund that "non può essere accordato" is refused.
    [
      "Il rimborso richiesto per il frullatore non può essere accordato, perché l'apparecchio presenta danni da urto.",
      ['refund.rejected'],
    ],
    [
      'Dopo la verifica del laboratorio, il rimborso di 74,50 € non potrà esserle accordato.',
      ['refund.rejected'],
    ],
    // Near misses: a refund granted, and something other than money not granted.
    ['Il rimborso è stato accordato e sarà accreditato entro 5 giorni lavorativi.', ['refund.received']],
    ['Lo sconto richiesto non può essere accordato.', []],
    // "S. Donato" (San) does not end the sentence.
    [
      'La sua richiesta di rimborso del biglietto S. Donato - Milano Centrale (importo 6,20 €) non può essere accolta.',
      ['refund.rejected'],
    ],
    [
      'La sua richiesta di rimborso del biglietto S. Donato - Milano Centrale (importo 6,20 €) è stata ricevuta.',
      ['refund.received'],
    ],
  ])('reads "%s" as %j', (text, kinds) => {
    expect(classify(text).kinds).toEqual(kinds);
  });
});

describe('Italian blind round WM–WP', () => {
  it('reads a refund within a time once the parcel has arrived and been checked as a promise', () => {
    expect(
      promisesOf(
        "Abbiamo preso in carico il reso della borsa. Non appena avremo ricevuto il pacco e verificato il prodotto, ti rimborseremo entro 10 giorni sulla carta usata per l'acquisto.",
      ),
    ).toEqual(['refund.confirmed 10 days']);
  });

  it('still reads a refund once the parcel arrives, with no time given, as a condition', () => {
    expect(
      classify('Il tuo ordine è stato spedito. Quando riceveremo il reso, ti rimborseremo sulla carta.')
        .kinds,
    ).toEqual([]);
  });
});

describe('Italian coverage sweep', () => {
  it.each([
    // A reference "n." inside the refund's subject does not cut the phrase "in fase di lavorazione".
    ['Il rimborso per la bolletta n. 88/2026 è in fase di lavorazione.', ['refund.received']],
    // A refund request "trasmessa" to a department is acknowledged like "inoltrata".
    ["La tua domanda di rimborso è stata trasmessa all'ufficio contabilità.", ['refund.received']],
    ['Abbiamo dato il via al suo rimborso.', ['refund.received']],
    // Near miss: a request to send the documents is not a refund under way.
    ['La domanda di rimborso andrà trasmessa con raccomandata.', []],
    ["Ti abbiamo accreditato il rimborso di 18,00 € sull'IBAN indicato.", ['refund.confirmed']],
    // Near miss: a promise to credit the refund confirms nothing.
    ["Ti accrediteremo il rimborso di 18,00 € sull'IBAN indicato.", ['refund.received']],
    [
      'Abbiamo esaminato la richiesta di rimborso ma purtroppo non siamo in grado di concederlo.',
      ['refund.rejected'],
    ],
    ['Il rimborso da lei chiesto non è dovuto: il corso si è svolto regolarmente.', ['refund.rejected']],
    // Near miss: policy text about when no refund is due refuses nothing.
    ['Il rimborso non è dovuto in caso di mancata presentazione.', []],
    ['La segnalazione è stata archiviata senza rimborso.', ['refund.rejected']],
    // A refund held up for want of a document ("senza lo scontrino") is asked for, not refused.
    ['Senza lo scontrino non possiamo procedere al rimborso: la preghiamo di inviarcelo.', []],
    // Near miss: a refusal with its reason after a comma is still one.
    ['Purtroppo non possiamo procedere al rimborso, essendo scaduto il termine.', ['refund.rejected']],
    [
      "Abbiamo registrato la tua richiesta di disdetta dell'abbonamento e di rimborso del mese non goduto.",
      ['cancellation.received', 'refund.received'],
    ],
    [
      "Abbiamo chiuso il suo contratto e avviato il rimborso dell'anticipo.",
      ['cancellation.confirmed', 'refund.received'],
    ],
    // Near miss: "e avviato" for something else beside a cancellation.
    [
      'Abbiamo chiuso il suo contratto e avviato la spedizione del modem di reso.',
      ['cancellation.confirmed'],
    ],
    // Renewal switched off, and the plan stays on until it runs out with no further charges: a cancellation.
    [
      'Il rinnovo automatico è stato disattivato. La tessera rimarrà attiva fino alla scadenza senza nuovi addebiti.',
      ['cancellation.confirmed'],
    ],
    // Near miss: renewal still on, the plan only running to its end first.
    [
      'Il rinnovo automatico è attivo. Il servizio resterà attivo fino alla scadenza senza ulteriori addebiti, poi si rinnoverà.',
      [],
    ],
    // Near miss: a trial that stays active with no further costs, with no renewal switched off, ends nothing.
    ['La prova gratuita rimarrà attiva fino al 30 aprile senza altri addebiti.', []],
  ])('reads "%s" as %j', (text, kinds) => {
    expect(classify(text).kinds).toEqual(kinds);
  });
});

describe('Italian round 2026-11-27 (blind batches WU–WX)', () => {
  it('reads the sum asked back, not the one paid in brackets before it', () => {
    expect(
      moneyOf(
        'Abbiamo valutato la sua domanda di rimborso delle lezioni non godute (importo versato: 320,00 €), che lei ha calcolato in 240,00 €. Purtroppo non possiamo procedere al rimborso.',
      ),
    ).toBe('240.00 EUR');
    // Near miss: a refund of the sum paid, the only sum named, is still that sum.
    expect(moneyOf("Le abbiamo rimborsato l'importo versato di 320,00 €.")).toBe('320.00 EUR');
  });

  it('reads a confirmation promised after a semicolon that follows the notice period', () => {
    expect(
      promisesOf(
        "Le confermiamo di aver ricevuto la sua disdetta dell'abbonamento. Il contratto prevede un preavviso di 60 giorni; le invieremo la conferma di cessazione entro 7 giorni lavorativi.",
      ),
    ).toEqual(['cancellation.confirmed 7 business_days']);
    // Near miss: the notice period alone is no promise.
    expect(
      promisesOf(
        "Le confermiamo di aver ricevuto la sua disdetta dell'abbonamento. Il contratto prevede un preavviso di 60 giorni; la disdetta va inviata con raccomandata.",
      ),
    ).toEqual([]);
  });
});

describe('Italian round 2026-11-27 (blind batches WY–XB)', () => {
  it('reads a sum that "non può pertanto esserle restituito" as a refusal', () => {
    expect(
      classify(
        'Abbiamo esaminato la sua richiesta di rimborso. Il biglietto acquistato era a tariffa bloccata, quindi la somma pagata non può purtroppo esserle restituita.',
      ).kinds,
    ).toEqual(['refund.rejected']);
    // Near miss: a sum that cannot be returned in cash, but by bank transfer, is no refusal.
    expect(
      classify(
        'Abbiamo ricevuto la sua richiesta di rimborso. La somma non può esserle restituita in contanti: le faremo un bonifico entro 10 giorni.',
      ).kinds,
    ).not.toContain('refund.rejected');
  });

  it('reads a contract that "risulta terminato" as ended', () => {
    expect(
      classify(
        'Ti informiamo che, a seguito del tuo trasloco, il contratto di fornitura risulta terminato. Riceverai la fattura di chiusura con il prossimo ciclo.',
      ).kinds,
    ).toEqual(['cancellation.confirmed']);
    // Near misses: a contract that will end later, or only on a condition, is not ended yet.
    expect(
      classify(
        'Abbiamo ricevuto la tua disdetta. Il contratto risulterà terminato alla fine del mese di dicembre.',
      ).kinds,
    ).not.toContain('cancellation.confirmed');
    expect(
      classify('Il contratto di fornitura risulta terminato solo se la lettura finale è stata comunicata.')
        .kinds,
    ).toEqual([]);
  });

  it('reads no refund promise in a return label sent within a few days', () => {
    expect(
      promisesOf(
        "Abbiamo registrato il tuo recesso. Entro 3 giorni lavorativi ti invieremo via e-mail l'etichetta di reso prepagata. Ricevuto il prodotto, ti rimborseremo entro 14 giorni.",
      ),
    ).toEqual(['refund.confirmed 14 days']);
    // Near miss: a refund promised in the same sentence as the label still counts.
    expect(
      promisesOf(
        "Abbiamo registrato il tuo recesso. Ti invieremo l'etichetta di reso e ti rimborseremo entro 14 giorni dal ricevimento del prodotto.",
      ),
    ).toEqual(['refund.confirmed 14 days']);
  });
});

describe('Italian blind round XC–XF', () => {
  it('reads a refund request received beside a cancellation request with a long object between them', () => {
    expect(
      classify(
        "Abbiamo ricevuto la tua richiesta di annullamento della prenotazione dell'appartamento a Rimini (arrivo 12/07/2027, tre adulti) e la relativa richiesta di rimborso.",
      ).kinds,
    ).toEqual(['cancellation.received', 'refund.received']);
    // Near miss: another document named after the cancellation request is no refund request.
    expect(
      classify(
        'Abbiamo ricevuto la tua richiesta di annullamento della prenotazione e la relativa fattura di acconto.',
      ).kinds,
    ).toEqual(['cancellation.received']);
  });

  it('reads a promised confirmation with an aside on "eventuali" sums as a cancellation promise', () => {
    expect(
      promisesOf(
        'Abbiamo preso in carico la sua richiesta di recesso dal contratto. Le invieremo la conferma della cessazione, con il dettaglio degli eventuali importi da rimborsare, entro 10 giorni lavorativi.',
      ),
    ).toEqual(['cancellation.confirmed 10 business_days']);
    // Near miss: a sum "da rimborsare" that is the subject of the promise still makes it a refund promise.
    expect(
      promisesOf(
        "Abbiamo ricevuto la sua richiesta di rimborso. L'importo da rimborsare le sarà accreditato entro 14 giorni.",
      ),
    ).toEqual(['refund.confirmed 14 days']);
    // Near miss: "eventualmente" still hedges the promise.
    expect(
      promisesOf(
        'Abbiamo ricevuto la sua richiesta di disdetta. Le invieremo eventualmente una conferma entro 10 giorni lavorativi.',
      ),
    ).toEqual([]);
  });
});

describe('Italian blind round XM', () => {
  it.each([
    // "siamo costretti ad annullare" in the present is the vendor's own cancellation, as the past tense is.
    [
      'Per un guasto alla nave siamo costretti a cancellare la tua prenotazione del 12 luglio.',
      ['cancellation.confirmed'],
    ],
    [
      "Ci vediamo costretti ad annullare l'ordine n. 4471 perché l'articolo non è più disponibile.",
      ['cancellation.confirmed'],
    ],
    // Near miss: only a possibility.
    ['Potremmo essere costretti ad annullare la prenotazione se il maltempo continua.', []],
    // A security deposit returned is a refund paid.
    ['La cauzione di 150,00 € le è stata restituita con bonifico del 2 marzo.', ['refund.confirmed']],
    ['Il deposito cauzionale versato alla firma del contratto Le è stato restituito.', ['refund.confirmed']],
    // Near miss: a deposit still to be returned is no refund paid.
    ['Il deposito cauzionale Le sarà restituito alla chiusura del contratto.', ['refund.received']],
  ])('reads "%s" as %j', (text, kinds) => {
    expect(classify(text).kinds).toEqual(kinds);
  });
});

describe('Italian blind round XS–XV', () => {
  it.each([
    // "abbiamo quindi disposto il bonifico": an adverb between auxiliary and participle.
    [
      'Abbiamo pertanto disposto oggi il bonifico di 45,00 € sul conto da lei indicato.',
      ['refund.confirmed'],
    ],
    [
      'Le confermiamo di aver quindi disposto il bonifico di 45,00 € a titolo di rimborso.',
      ['refund.confirmed'],
    ],
    // Near miss: a transfer not yet made.
    ["Non abbiamo ancora disposto il bonifico di 45,00 € perché manca l'IBAN.", []],
    // A request to activate a service, annulled before activation, is the order cancelled.
    [
      "La sua domanda di adesione al servizio n. AB-1234 è stata annullata prima dell'attivazione.",
      ['cancellation.confirmed'],
    ],
    [
      'Ti informiamo che la richiesta di installazione della fibra risulta cancellata, come da te chiesto.',
      ['cancellation.confirmed'],
    ],
    // Near misses: a conditional and a negation.
    ['Se la richiesta di attivazione viene annullata entro 14 giorni, non paghi nulla.', []],
    ['La tua richiesta di attivazione non è stata annullata e proseguirà regolarmente.', []],
  ])('reads "%s" as %j', (text, kinds) => {
    expect(classify(text).kinds).toEqual(kinds);
  });
});

describe('Italian blind round XW–XZ', () => {
  it.each([
    // A refund case opened, numbered, "per il rimborso".
    ['Abbiamo aperto la pratica n. RB-7721 per il rimborso delle spese di spedizione.', ['refund.received']],
    ['Abbiamo aperto una pratica per il rimborso del biglietto non utilizzato.', ['refund.received']],
    // Near miss: a case opened for something else.
    ['Abbiamo aperto la pratica n. RB-7721 per la sostituzione del prodotto difettoso.', []],
    // A dated request to get a deposit back, then refused.
    [
      'Abbiamo valutato la sua richiesta del 14/03/2026 di restituzione della cauzione versata. Purtroppo la richiesta non può essere accolta.',
      ['refund.rejected'],
    ],
    // Near miss: a refused request of another kind.
    [
      'Abbiamo valutato la sua richiesta del 14/03/2026 di cambio tariffa. Purtroppo la richiesta non può essere accolta.',
      [],
    ],
  ])('reads "%s" as %j', (text, kinds) => {
    expect(classify(text).kinds).toEqual(kinds);
  });

  it('reads the promised refund time of a case passed to the accounts office', () => {
    const text =
      "Abbiamo aperto la pratica n. RB-7721 per il rimborso di 60,00 €. L'ufficio amministrativo provvederà al rimborso tramite bonifico entro 20 giorni.";
    expect(moneyOf(text)).toBe('60.00 EUR');
    expect(promisesOf(text)).toEqual(['refund.confirmed 20 days']);
  });
});

describe('Italian blind round YI–YL', () => {
  it('reads "ci spiace" before a sum that is not refundable as a refusal', () => {
    const text =
      "Abbiamo cancellato la sua prenotazione come richiesto. Ci spiace comunicarle che l'acconto di 80,00 € pagato con la carta al momento dell'ordine online non è rimborsabile.";
    expect(classify(text).kinds).toEqual(['cancellation.confirmed', 'refund.rejected']);
    expect(moneyOf(text)).toBe('80.00 EUR');
    expect(classify('Mi spiace, questa tariffa non è rimborsabile.').kinds).toEqual(['refund.rejected']);
    // Near miss: policy text without regret refuses nothing.
    expect(classify('Le tariffe Base non sono rimborsabili.').kinds).toEqual([]);
  });
});

describe('Italian blind round YM–YP', () => {
  it('reads a refund approved by the management, in the third person, as a refund acknowledged', () => {
    const text =
      "La direzione ha autorizzato il rimborso dell'acconto di 95,00 €. L'ufficio contabilità provvederà al bonifico entro 7 giorni lavorativi.";
    expect(classify(text).kinds).toEqual(['refund.received']);
    expect(moneyOf(text)).toBe('95.00 EUR');
    expect(classify('Il nostro ufficio ha approvato la richiesta di rimborso.').kinds).toEqual([
      'refund.received',
    ]);
    // Near miss: a conditional approval acknowledges nothing.
    expect(classify("Se l'ufficio ha approvato il rimborso, riceverà una email.").kinds).toEqual([]);
  });
});

describe('Italian blind round YQ–YT', () => {
  it('reads a deposit returned "solo in caso di" a future event as no refund', () => {
    expect(
      classify(
        'Ti ricordiamo che la cauzione versata alla firma del contratto ti verrà restituita solo in caso di recesso, con la fattura finale.',
      ).kinds,
    ).toEqual([]);
    // Near miss: a deposit that will be returned, with no condition, is a refund under way.
    expect(
      classify('La cauzione di 100,00 € ti verrà restituita sul conto corrente entro 30 giorni.').kinds,
    ).toEqual(['refund.received']);
  });
});

describe('Italian blind round YQ–YT, promises', () => {
  it('reads the hours of a delay written "arrivato con 2 ore e 10 minuti" as no promise', () => {
    expect(
      promisesOf(
        'Abbiamo registrato la tua domanda di rimborso per il regionale delle 7:40, giunto con 2 ore e 10 minuti di ritardo. Ti rimborseremo il biglietto entro 30 giorni.',
      ),
    ).toEqual(['refund.confirmed 30 days']);
    // Near miss: a promise in the same sentence as the delay still counts.
    expect(
      promisesOf(
        'Abbiamo registrato la tua domanda di rimborso per il treno arrivato con 2 ore e ti rimborseremo entro 7 giorni.',
      ),
    ).toEqual(['refund.confirmed 7 days']);
  });
});

describe('Italian blind round YY–ZB', () => {
  it('reads "abbiamo annullato … n. 55812 e rimborsato" across the dot of a number label', () => {
    expect(
      classify(
        "Gentile cliente, abbiamo annullato la sua prenotazione n. 55812 e rimborsato l'importo di 80,00 € sulla carta di credito.",
      ).kinds,
    ).toEqual(['cancellation.confirmed', 'refund.confirmed']);
    expect(
      classify("Ciao Marco, abbiamo cancellato l'ordine nr. 7781 e riaccreditato 19,90 € sul tuo conto.")
        .kinds,
    ).toEqual(['cancellation.confirmed', 'refund.confirmed']);
    // Near miss: a refund only promised after the cancellation is not confirmed.
    expect(
      classify(
        "Ciao Marco, abbiamo cancellato l'ordine nr. 7781 e rimborseremo 19,90 € sul tuo conto entro 5 giorni.",
      ).kinds,
    ).not.toContain('refund.confirmed');
  });

  it('reads "non possiamo restituire la quota / il canone" as a refused refund', () => {
    const text =
      'Abbiamo esaminato la sua domanda di rimborso. Purtroppo non possiamo restituirle la quota di iscrizione di 150,00 €, come previsto dal regolamento.';
    expect(classify(text).kinds).toEqual(['refund.rejected']);
    expect(moneyOf(text)).toBe('150.00 EUR');
    expect(
      classify('Riguardo al rimborso richiesto: non possiamo restituire il canone residuo del contratto.')
        .kinds,
    ).toEqual(['refund.rejected']);
    // Near misses: only the way or the time of the refund is refused.
    expect(
      classify(
        'Per il rimborso: non possiamo restituire la caparra in contanti, ma solo con bonifico sul suo IBAN.',
      ).kinds,
    ).not.toContain('refund.rejected');
    expect(
      classify('Per il rimborso: non possiamo restituirle la quota prima di aver ricevuto il modulo firmato.')
        .kinds,
    ).not.toContain('refund.rejected');
  });
});

describe('Italian blind round ZG–ZJ', () => {
  it('reads "ha approvato (in via eccezionale) la restituzione della caparra" as a refund under way', () => {
    const text =
      "Dopo aver valutato la documentazione, l'amministrazione ha approvato in via straordinaria la restituzione del deposito di 120,00 €. Il bonifico sarà disposto entro 15 giorni.";
    expect(classify(text).kinds).toEqual(['refund.received']);
    expect(moneyOf(text)).toBe('120.00 EUR');
    expect(classify('Abbiamo accolto la restituzione della cauzione versata.').kinds).toEqual([
      'refund.received',
    ]);
    // Near miss: the approval only asked for is no refund under way.
    expect(
      classify('Se la direzione approverà la restituzione della caparra, le scriveremo di nuovo.').kinds,
    ).not.toContain('refund.received');
  });

  it('reads "abbiamo disposto il bonifico del rateo di premio non goduto" as a refund done', () => {
    const text =
      'A seguito della cessazione del contratto, le confermiamo che abbiamo eseguito il bonifico della parte di premio non goduta sul suo conto.';
    expect(classify(text).kinds).toEqual(['refund.confirmed']);
    expect(classify('Abbiamo disposto il bonifico dei ratei non goduti.').kinds).toEqual([
      'refund.confirmed',
    ]);
    // Near miss: a transfer paying an invoice is no refund.
    expect(
      classify('Abbiamo disposto il bonifico a saldo della fattura del premio annuo.').kinds,
    ).not.toContain('refund.confirmed');
  });

  it('keeps the kind of insurance out of a policy number ("polizza RCA 7781/…")', () => {
    expect(
      classify('Abbiamo disposto il bonifico del rimborso.', 'Rimborso premio – polizza RCA 4410/25/118')
        .reference,
    ).toBe('4410/25/118');
  });
});

describe('Italian blind round ZO–ZR', () => {
  it('reads a refund request received beside another request ("ricevuto la richiesta di disdetta … e la richiesta di rimborso")', () => {
    expect(
      classify(
        "Abbiamo registrato la sua richiesta di disdetta del contratto n. 4471 (linea fissa) e la richiesta di rimborso del canone di marzo; l'ufficio competente le risponderà a breve.",
      ).kinds,
    ).toEqual(['cancellation.received', 'refund.received']);
    const text =
      "Abbiamo preso in carico la domanda di recesso dall'iscrizione nonché la richiesta di restituzione dell'acconto di 80,00 € che ci aveva versato.";
    expect(classify(text).kinds).toContain('refund.received');
    expect(moneyOf(text)).toBe('80.00 EUR');
    // Near misses: a refund request the customer is only reminded of, or one refused, is not received.
    expect(
      classify(
        'Abbiamo ricevuto la sua richiesta di disdetta e le ricordiamo che la richiesta di rimborso del deposito deve pervenire entro 30 giorni.',
      ).kinds,
    ).toEqual(['cancellation.received']);
    expect(
      classify(
        'Abbiamo ricevuto la sua richiesta di disdetta e la richiesta di rimborso non può essere accolta.',
      ).kinds,
    ).not.toContain('refund.received');
  });
});

describe('Italian blind round AE–AH', () => {
  it('ends a condition inside an opening "poiché" clause at its comma', () => {
    expect(
      promisesOf(
        'Abbiamo preso in carico la tua richiesta di rimborso. Siccome la polizza copre il rimborso in caso di ritardo del volo, la somma ti verrà accreditata sulla carta entro 10 giorni lavorativi.',
      ),
    ).toEqual(['refund.confirmed 10 business_days']);
    // Near miss: a condition opening the sentence keeps it hypothetical.
    expect(
      promisesOf(
        'Abbiamo preso in carico la tua richiesta di rimborso. In caso di ritardo del volo, la somma ti verrà accreditata entro 10 giorni lavorativi.',
      ),
    ).toEqual([]);
  });

  it('reads "più di N ore" as about its own number, not a later promise', () => {
    expect(
      promisesOf(
        'Hai annullato con più di 48 ore di anticipo, quindi la richiesta di rimborso è stata registrata e sarà lavorata entro 7 giorni lavorativi.',
      ),
    ).toEqual(['refund.confirmed 7 business_days']);
    expect(
      promisesOf(
        'Abbiamo ricevuto la tua richiesta di rimborso. Il volo è partito con più di 3 ore di ritardo.',
      ),
    ).toEqual([]);
  });

  it('reads a time counted from the confirmation of the cancellation as about the refund', () => {
    expect(
      promisesOf(
        'Abbiamo ricevuto la tua richiesta di disdetta. La pratica di rimborso è stata aperta e sarà evasa entro 10 giorni lavorativi dalla conferma della disdetta.',
      ),
    ).toEqual(['refund.confirmed 10 business_days']);
  });

  it('reads a refund promised once a reported charge is confirmed by the check', () => {
    expect(
      promisesOf(
        "La segnalazione è stata inoltrata all'ufficio competente. Se l'addebito errato sarà accertato, la somma Le verrà rimborsata entro 20 giorni.",
      ),
    ).toEqual(['refund.confirmed 20 days']);
    // Near miss: a condition on the customer's wish is no check of the vendor's.
    expect(
      promisesOf(
        "La segnalazione è stata inoltrata all'ufficio competente. Se il cliente lo desidera, la somma Le verrà rimborsata entro 20 giorni.",
      ),
    ).toEqual([]);
  });

  it('reads a complaint\'s protocol number written "prot."', () => {
    expect(
      classify(
        'In merito alla Sua segnalazione (prot. 2026/S/1142), purtroppo non possiamo accogliere la richiesta di rimborso.',
      ).reference,
    ).toBe('2026/S/1142');
  });

  it('reads the number of a class pack given in brackets', () => {
    expect(
      classify(
        'Il pacchetto da 10 ingressi (n. PK-5512) non è rimborsabile: non possiamo restituirti la somma richiesta.',
      ).reference,
    ).toBe('PK-5512');
  });
});

describe('Italian blind round AK', () => {
  it('reads a cancellation named in a causal clause as the reason for a refund as background', () => {
    expect(
      classify(
        'Dato che il volo delle 7:40 per Cagliari è stato cancellato dalla compagnia, ti spetta il rimborso completo: lo riceverai sulla carta entro 7 giorni.',
      ).kinds,
    ).toEqual(['refund.received']);
    expect(
      classify('Visto che il concerto è stato annullato, abbiamo avviato il rimborso dei biglietti.').kinds,
    ).toEqual(['refund.received']);
    expect(
      classify(
        'Il rimborso della tariffa è stato eseguito sul tuo conto, in quanto la partenza è stata soppressa per sciopero.',
      ).kinds,
    ).toEqual(['refund.confirmed']);
    // Near misses: the same cancellation stated as news, in a sentence of its own or beside the refund, counts.
    expect(
      classify(
        'Il volo delle 7:40 per Cagliari è stato cancellato dalla compagnia. Ti spetta il rimborso completo: lo riceverai sulla carta entro 7 giorni.',
      ).kinds,
    ).toEqual(['cancellation.confirmed', 'refund.received']);
    expect(
      classify(
        'Abbiamo annullato la tua prenotazione e ti restituiremo il prezzo dei biglietti entro 10 giorni.',
      ).kinds,
    ).toEqual(['cancellation.confirmed', 'refund.received']);
    // Near miss: a causal clause with no refund in its sentence is not a refund's reason.
    expect(
      classify('Poiché il tuo abbonamento è stato disdetto, non riceverai altri addebiti.').kinds,
    ).toEqual(['cancellation.confirmed']);
  });

  it('reads a trip that "risulta soppresso" in a causal clause before a refund as background', () => {
    expect(
      classify('Siccome il treno delle 18:05 risulta soppresso, il biglietto ti verrà rimborsato per intero.')
        .kinds,
    ).toEqual(['refund.received']);
    // Near miss: stated on its own, the same trip is cancelled.
    expect(
      classify('Il treno delle 18:05 risulta soppresso. Il biglietto ti verrà rimborsato per intero.').kinds,
    ).toEqual(['cancellation.confirmed', 'refund.received']);
  });

  it('reads a refund made in a participle coordinated with an earlier "abbiamo …"', () => {
    expect(
      classify(
        "Abbiamo stornato l'addebito n. 5521 e contestualmente effettuato il rimborso di 24,90 € sulla tua carta di credito.",
      ).kinds,
    ).toEqual(['refund.confirmed']);
    expect(
      classify('Abbiamo controllato la pratica e rimborsato 35 € sul tuo conto corrente.').kinds,
    ).toEqual(['refund.confirmed']);
    // Near misses: a negated, future or temporal coordination confirms nothing.
    expect(classify('Non abbiamo ancora verificato la pratica né effettuato il rimborso.').kinds).toEqual([]);
    expect(
      classify('Dopo aver ricevuto il pacco ed effettuato il rimborso, ti manderemo una conferma via email.')
        .kinds,
    ).not.toContain('refund.confirmed');
    expect(
      classify('Abbiamo verificato la pratica e rimborseremo 35 € sul tuo conto corrente.').kinds,
    ).not.toContain('refund.confirmed');
  });
});

describe('Italian blind round AU–AX', () => {
  it('takes the refunded sum beside a charge that was not made ("non ti abbiamo addebitato")', () => {
    expect(
      moneyOf(
        "Due articoli erano esauriti:\n\n- Yogurt greco x 3 ... 4,80 €\n- Pane integrale ... 2,10 €\n\nNon le abbiamo addebitato questi articoli: l'importo di 6,90 € le è stato rimborsato ieri sulla sua carta.\n\nTotale pagato: 52,40 €",
      ),
    ).toBe('6.90 EUR');
    // Near miss: a charge that was made still rules its sum out as the refund.
    expect(
      moneyOf(
        'Ti abbiamo addebitato 12,30 € per la spedizione. Il rimborso di 40,00 € è stato effettuato sulla tua carta.',
      ),
    ).toBe('40.00 EUR');
  });
});

describe('Italian blind round AY–BB', () => {
  it('reads "abbiamo proceduto oggi al rimborso" as a refund done, with the day after the verb', () => {
    expect(
      classify('Abbiamo proceduto in giornata al rimborso di 18,90 € sul suo conto PayPal.').kinds,
    ).toEqual(['refund.confirmed']);
    // Near miss: proceeding today with the check of the request confirms nothing.
    expect(
      classify('Abbiamo proceduto oggi alla verifica della sua richiesta di rimborso.').kinds,
    ).not.toContain('refund.confirmed');
  });

  it('reads "di non poter procedere al rimborso" as a refused refund', () => {
    expect(
      classify(
        'Siamo spiacenti di non poter procedere al rimborso del biglietto, acquistato con tariffa non rimborsabile.',
      ).kinds,
    ).toEqual(['refund.rejected']);
    // Near miss: a refusal only until the goods come back is no refusal.
    expect(
      classify('Ci dispiace di non poter procedere al rimborso prima di aver ricevuto il prodotto reso.')
        .kinds,
    ).not.toContain('refund.rejected');
  });
});

describe('Italian blind round BG–BJ', () => {
  it('reads a return authorised or approved as a refund matter received', () => {
    expect(
      classify(
        "Buongiorno, abbiamo approvato il tuo reso per l'ordine 4471-22. In allegato trovi l'etichetta; il rimborso seguirà dopo il controllo della merce.",
      ).kinds,
    ).toEqual(['refund.received']);
    expect(classify('Gentile cliente, il suo reso è stato autorizzato dal nostro magazzino.').kinds).toEqual([
      'refund.received',
    ]);
    expect(
      classify("Gentile cliente, la sua richiesta di reso è stata autorizzata: l'etichetta arriverà a breve.")
        .kinds,
    ).toEqual(['refund.received']);
    // Near misses: a return authorised for an exchange, or the steps before authorising one, are no refund matter.
    expect(
      classify(
        'Abbiamo autorizzato il reso per la sostituzione del prodotto difettoso: riceverà un articolo nuovo.',
      ).kinds,
    ).toEqual([]);
    expect(classify('Per autorizzare il reso abbiamo bisogno di una foto del prodotto.').kinds).toEqual([]);
  });
});

describe('Italian blind round BO–BR', () => {
  it('reads an annulled double charge as no cancellation of a service', () => {
    expect(
      classify('Ci scusiamo: abbiamo annullato il doppio pagamento e rimborsato 8,40 € sulla sua carta.')
        .kinds,
    ).toEqual(['refund.confirmed']);
    expect(classify("Le confermiamo di aver annullato l'ultimo addebito non dovuto.").kinds).toEqual([]);
    // Near misses: a service or booking annulled, also after an ordinal, is still a cancellation done.
    expect(classify('Abbiamo annullato il secondo abbonamento attivo sul tuo profilo.').kinds).toEqual([
      'cancellation.confirmed',
    ]);
    expect(classify('Le confermiamo di aver annullato la sua prenotazione per il 4 maggio.').kinds).toEqual([
      'cancellation.confirmed',
    ]);
  });

  it('reads "non è pertanto previsto il rimborso" as a refused refund', () => {
    expect(
      classify(
        'Il periodo per il recesso si è concluso prima della sua richiesta. Non è quindi previsto alcun rimborso per il prodotto.',
      ).kinds,
    ).toEqual(['refund.rejected']);
  });

  it('reads a confirmation promised after a notice-period check, in the same sentence', () => {
    expect(
      promisesOf(
        'Abbiamo ricevuto la sua richiesta di disdetta. Controlleremo il preavviso di 60 giorni indicato nel contratto; entro 7 giorni lavorativi le manderemo la conferma della disdetta.',
      ),
    ).toEqual(['cancellation.confirmed 7 business_days']);
    // Near miss: a deadline the customer must keep after the notice period is no promise.
    expect(
      promisesOf(
        'Abbiamo ricevuto la sua richiesta di disdetta. Il contratto prevede un preavviso di 60 giorni; entro 7 giorni deve inviarci il modulo firmato.',
      ),
    ).toEqual([]);
  });
});

describe('Italian blind round BS–BV', () => {
  it('reads "non ci è quindi possibile restituire" as a refused refund', () => {
    expect(
      classify(
        "L'annullamento è arrivato a pochi giorni dal soggiorno: non ci è pertanto possibile restituire l'acconto versato.",
      ).kinds,
    ).toEqual(['refund.rejected']);
  });

  it('reads a transfer executed beside its crediting time as a refund done', () => {
    expect(
      classify(
        'A seguito della chiusura della linea, ti comunichiamo che abbiamo disposto il rimborso del traffico non utilizzato. Il bonifico è stato eseguito stamattina; i tempi di accredito variano a seconda della banca.',
      ).kinds,
    ).toEqual(['refund.confirmed']);
    // Near miss: the customer's own transfer executed confirms nothing.
    expect(
      classify(
        'Il tuo bonifico è stato eseguito stamattina; i tempi di accredito variano a seconda della banca.',
      ).kinds,
    ).toEqual([]);
  });

  it('reads "di norma il rimborso ti verrà accreditato entro" as a promise', () => {
    expect(
      promisesOf(
        'La tua domanda di rimborso è stata presa in carico. Le tempistiche dipendono dal vettore: di norma il rimborso ti verrà accreditato entro 6 settimane.',
      ),
    ).toEqual(['refund.confirmed 6 weeks']);
    // Near miss: a usual posting time after a refund done is no promise.
    expect(
      promisesOf("Il rimborso è stato eseguito oggi: di norma l'accredito risulta visibile entro 3 giorni."),
    ).toEqual([]);
  });

  it('reads a contract number wrapped onto the next line before "n." over a closing invoice number', () => {
    const reading = classify(
      "Le confermiamo che l'utenza luce legata al contratto\nn. 7700214598 è stata chiusa il 31/08/2026. La fattura di chiusura n. FE26-114077 è disponibile nell'area riservata.",
    );
    expect(reading.kinds).toEqual(['cancellation.confirmed']);
    expect(reading.reference).toBe('7700214598');
  });
});

describe('Italian blind round CE–CL', () => {
  it('reads a non-refundable fee after an apology across an article number as a refusal', () => {
    const reading = classify(
      "Spiacenti per il disagio, ma purtroppo ai sensi dell'art. 12 delle condizioni generali il canone trimestrale di 150,00 € non è rimborsabile.",
    );
    expect(reading.kinds).toEqual(['refund.rejected']);
    expect(reading.amount).toBe('150.00');
    // Near miss: the same rule quoted without regret is policy text.
    expect(
      classify("Ai sensi dell'art. 12 delle condizioni generali il canone trimestrale non è rimborsabile.")
        .kinds,
    ).toEqual([]);
  });

  it('reads a cancellation promised within a time if the order has not shipped yet', () => {
    const acknowledged = 'Abbiamo ricevuto la tua richiesta di annullamento del tuo ordine.';
    expect(
      promisesOf(
        `${acknowledged} Se il pacco non è ancora stato spedito, procederemo all'annullamento entro 48 ore e ti scriveremo.`,
      ),
    ).toEqual(['cancellation.confirmed 48 hours']);
    // Near miss: a condition on the customer's choice stays hypothetical.
    expect(promisesOf(`${acknowledged} Se preferisci, l'annullamento sarà completato entro 48 ore.`)).toEqual(
      [],
    );
  });

  it('reads a confirmation promised after a notice period and a colon', () => {
    expect(
      promisesOf(
        "Abbiamo ricevuto la tua disdetta dell'abbonamento. La disdetta decorre con un preavviso di 60 giorni: ti manderemo la conferma definitiva entro 7 giorni lavorativi.",
      ),
    ).toEqual(['cancellation.confirmed 7 business_days']);
  });

  it('reads a notice period taking effect as no promise', () => {
    expect(
      promisesOf(
        'Abbiamo ricevuto la tua comunicazione di recesso dal contratto. Il recesso avrà effetto decorsi 60 giorni dalla ricezione. Ti invieremo una conferma entro 15 giorni.',
      ),
    ).toEqual(['cancellation.confirmed 15 days']);
  });

  it('reads a request falling within a guarantee window as no promise', () => {
    expect(
      promisesOf(
        'Abbiamo ricevuto la tua richiesta di rimborso. Dato che rientra nei 30 giorni della nostra garanzia, il rimborso ti sarà accreditato entro 5 giorni lavorativi.',
      ),
    ).toEqual(['refund.confirmed 5 business_days']);
  });

  it('reads a supply contract number after a long contract name', () => {
    expect(
      classify(
        'Abbiamo ricevuto la tua richiesta di disdetta del contratto di fornitura di gas naturale n. GN-558210 per la tua abitazione.',
      ).reference,
    ).toBe('GN-558210');
  });
});

describe('Italian blind round CU–CX', () => {
  it('drops a received cancellation whose numbered request could not be processed, with its reason', () => {
    expect(
      classify(
        "Buongiorno, abbiamo ricevuto il suo modulo di disdetta per l'utenza telefonica. Purtroppo non abbiamo potuto gestire la richiesta nr. 4471/B: manca la firma del titolare.",
      ).kinds,
    ).toEqual([]);
    expect(
      classify(
        'Buongiorno, abbiamo ricevuto la sua richiesta di cessazione. Non è stato possibile elaborare la richiesta, poiché il documento allegato è scaduto.',
      ).kinds,
    ).toEqual([]);
  });

  it('keeps a cancellation done when the request refused is a refund asked for the sentence before', () => {
    expect(
      classify(
        "Buongiorno, abbiamo chiuso il suo abbonamento come richiesto. Ci ha chiesto anche il rimborso dell'ultima rata. Non è stato possibile gestire la richiesta: la rata era già scaduta.",
      ).kinds,
    ).toEqual(['cancellation.confirmed', 'refund.rejected']);
  });

  it('reads the end date of the contract to be sent within a time as the confirmation promised', () => {
    expect(
      promisesOf(
        "Ciao, abbiamo preso in carico la tua richiesta di disdetta. La pratica passa ora all'ufficio amministrativo. Ti comunicheremo la data di fine abbonamento entro 7 giorni lavorativi.",
      ),
    ).toEqual(['cancellation.confirmed 7 business_days']);
    expect(
      promisesOf(
        'Gentile cliente, abbiamo ricevuto la sua richiesta di disdetta. Il modulo sarà verificato dai nostri uffici. Riceverà la data di fine del contratto entro 15 giorni.',
      ),
    ).toEqual(['cancellation.confirmed 15 days']);
  });

  it('reads no promise in a time counted back from the end of the contract', () => {
    expect(
      promisesOf(
        "Ciao, abbiamo ricevuto la tua richiesta di disdetta. La segreteria verificherà il preavviso. Le lezioni restano prenotabili fino a 10 giorni prima della fine dell'abbonamento.",
      ),
    ).toEqual([]);
  });

  it('reads no promise in the outcome of a refund request, a decision rather than the payment', () => {
    expect(
      promisesOf(
        "Ciao, abbiamo ricevuto la tua richiesta di rimborso. La pratica sarà esaminata dal nostro ufficio. Ti comunicheremo l'esito entro 30 giorni.",
      ),
    ).toEqual([]);
  });

  it('keeps a cancellation done beside a refund request refused with its reason after a colon', () => {
    expect(
      classify(
        'Ciao, il tuo abbonamento è stato disattivato. Quanto alla richiesta di rimborso della quota di ottobre, non possiamo accoglierla: il preavviso è di 30 giorni.',
      ).kinds,
    ).toEqual(['cancellation.confirmed', 'refund.rejected']);
  });

  it('reads a refund transaction code as the reference', () => {
    expect(
      classify(
        'Ciao, il tuo abbonamento è stato annullato e ti abbiamo rimborsato 12,00 € sulla carta. Codice operazione di rimborso: RB-55120-X.',
      ).reference,
    ).toBe('RB-55120-X');
  });

  it('reads two requests registered with "sia … sia" or "sia … che quella di" as both received', () => {
    expect(
      classify(
        'Buongiorno, le confermiamo di aver preso in carico sia la sua richiesta di cessazione della linea mobile sia la richiesta di rimborso del credito residuo. Le scriveremo a pratica conclusa.',
      ).kinds,
    ).toEqual(['cancellation.received', 'refund.received']);
    expect(
      classify(
        'Ciao, abbiamo registrato sia la tua domanda di disattivazione del servizio che quella di restituzione della cauzione. Ti aggiorneremo presto.',
      ).kinds,
    ).toEqual(['cancellation.received', 'refund.received']);
  });

  it('reads no refund request in a fee named beside a cancellation registered with "sia"', () => {
    expect(
      classify(
        'Ciao, abbiamo registrato sia la tua richiesta di disdetta che il cambio di indirizzo. Ti ricordiamo che il canone di novembre resta dovuto.',
      ).kinds,
    ).toEqual(['cancellation.received']);
  });

  it('reads a refund promised if the check finds no damage as a promise', () => {
    expect(
      promisesOf(
        'Gentile cliente, abbiamo preso in carico la sua richiesta di rimborso della cauzione. Stiamo controllando il veicolo riconsegnato. Se non vengono riscontrati danni, il rimborso sarà effettuato entro 7 giorni lavorativi.',
      ),
    ).toEqual(['refund.confirmed 7 business_days']);
  });

  it('reads no promise in a refund bound to a condition that is not the outcome of the check', () => {
    expect(
      promisesOf(
        'Gentile cliente, abbiamo preso in carico la sua richiesta di rimborso della cauzione. Se non ci sono pagamenti in sospeso sul suo conto, il rimborso sarà effettuato entro 7 giorni lavorativi.',
      ),
    ).toEqual([]);
  });
});

describe('Italian durations around a return label and updates', () => {
  it('reads the refund time after a colon that follows the return label as a promise', () => {
    expect(
      promisesOf(
        "Abbiamo registrato il reso. Stampa l'etichetta di spedizione: entro 10 giorni dall'arrivo del pacco ti rimborseremo l'importo.",
      ),
    ).toEqual(['refund.confirmed 10 days']);
  });

  it('still reads a deadline for using the label as no promise', () => {
    expect(
      promisesOf(
        "Abbiamo registrato il reso. Usa l'etichetta entro 10 giorni, poi riceverai il rimborso dopo il controllo.",
      ),
    ).toEqual([]);
  });

  it('reads an update promised by a time as no refund promise', () => {
    expect(
      promisesOf(
        "Abbiamo girato la tua richiesta di rimborso all'ufficio contabilità. Ti terremo aggiornata per email entro 5 giorni lavorativi.",
      ),
    ).toEqual([]);
  });
});

describe('Italian blind round DW–DZ', () => {
  it('reads a supply cessation stated as carried out on a date as a cancellation', () => {
    expect(
      classify(
        "Gentile cliente, la cessazione dell'utenza gas del tuo appartamento (PDR 0034512) è stata effettuata in data 4 dicembre. Ti invieremo la fattura finale.",
      ).kinds,
    ).toEqual(['cancellation.confirmed']);
    expect(
      classify(
        "La chiusura della fornitura idrica presso l'immobile di Corso Italia 12, Ancona è stata eseguita il 9 ottobre, su tua richiesta.",
      ).kinds,
    ).toEqual(['cancellation.confirmed']);
  });

  it('does not confirm a cessation still to be carried out, only requested or of a direct debit', () => {
    for (const text of [
      "La cessazione dell'utenza gas (PDR 0034512) sarà effettuata il 4 dicembre.",
      "La richiesta di cessazione dell'utenza gas (PDR 0034512) è stata effettuata il 4 dicembre.",
      'La cessazione della domiciliazione bancaria è stata eseguita il 4 dicembre.',
    ]) {
      expect(classify(text).kinds).toEqual([]);
    }
  });
});

describe('Italian blind round EE–EL', () => {
  it('reads a refund ordered with the credit still to come within a time as under way, with its promise', () => {
    const text =
      "Abbiamo disposto il rimborso del premio non goduto con bonifico sul conto che ci ha comunicato: l'accredito avverrà entro 20 giorni da oggi.";
    expect(classify(text).kinds).toEqual(['refund.received']);
    expect(promisesOf(text)).toEqual(['refund.confirmed 20 days']);
    // Near miss: ordered to the account with no credit still to come, the refund is done.
    expect(
      classify('Abbiamo disposto il rimborso di 54,00 € con bonifico sul conto che ci ha comunicato.').kinds,
    ).toEqual(['refund.confirmed']);
  });

  it('does not read the no-cash-refund rule for postponed shows as a refused refund', () => {
    expect(
      classify(
        'Lo spettacolo è stato spostato a marzo e i biglietti restano validi. Secondo il regolamento, per gli spettacoli posticipati non è previsto il rimborso in denaro.',
      ).kinds,
    ).toEqual([]);
    // Near miss: the same rule given in answer to the customer's request is still a refusal.
    expect(
      classify(
        'Abbiamo esaminato la tua domanda: essendo la data solo posticipata, non è previsto alcun rimborso.',
      ).kinds,
    ).toEqual(['refund.rejected']);
  });

  it('reads a refused request to give back a withheld deposit as a refund refusal, with its sum', () => {
    const text =
      'In merito alla sua richiesta di restituzione della cauzione di 250,00 € relativa al contratto di locazione n. 77/B, la richiesta non può essere accolta a causa dei danni rilevati.';
    expect(classify(text).kinds).toEqual(['refund.rejected']);
    expect(moneyOf(text)).toBe('250.00 EUR');
    // Near miss: a refused cancellation of a contract is no refund refusal.
    expect(
      classify('La sua richiesta di disdetta del contratto non può essere accolta prima della scadenza.')
        .kinds,
    ).not.toContain('refund.rejected');
  });

  it('keeps the refund promise hedged only by a check of the documents', () => {
    expect(
      promisesOf(
        'Abbiamo ricevuto la sua richiesta di rimborso. Se la documentazione sarà completa, il rimborso le verrà accreditato entro 45 giorni.',
      ),
    ).toEqual(['refund.confirmed 45 days']);
  });

  it('reads a membership the staff will close within a time as a promised cancellation', () => {
    expect(
      promisesOf(
        'Abbiamo ricevuto la tua richiesta di disdetta.\nCodice: AB-77120\nLo staff chiuderà il tuo abbonamento entro 7 giorni lavorativi.',
      ),
    ).toEqual(['cancellation.confirmed 7 business_days']);
    // Near miss: a case closed within a time is no cancellation.
    expect(
      promisesOf(
        'Abbiamo ricevuto la tua segnalazione.\nCodice: AB-77120\nChiuderemo la pratica entro 7 giorni.',
      ),
    ).toEqual([]);
  });

  it('takes the fee of a complaint dated after its number as the refused sum', () => {
    expect(
      moneyOf(
        "Gentile cliente,\n\nin merito al reclamo n. CT-5512 del 02/09/2026, relativo all'addebito di 15,00 € per la spedizione, il reclamo non può essere accolto.\n\nIl servizio risulta regolarmente fornito (art. 4) secondo le condizioni. L'importo è quindi dovuto e non sarà rimborsato.",
      ),
    ).toBe('15.00 EUR');
  });

  it('takes a course enrolment number as the reference', () => {
    expect(
      classify(
        'Il corso di ceramica di sabato è stato annullato.\nIscrizione n. CER-2291\nTi abbiamo già rimborsato la quota sulla carta.',
      ).reference,
    ).toBe('CER-2291');
  });

  it('reads an amount reversed onto the customer’s account as a refund paid', () => {
    const result = classify(
      "Ci dispiace, il prodotto non è più disponibile e abbiamo annullato l'ordine.\nAbbiamo stornato l'importo di 89,00 € sulla tua carta di credito.",
    );
    expect(result.kinds).toEqual(['cancellation.confirmed', 'refund.confirmed']);
    expect(moneyOf("Abbiamo già stornato l'importo di 89,00 € sul tuo conto PayPal.")).toBe('89.00 EUR');
    // Near miss: an amount reversed from an invoice, with no money sent back, is no refund.
    expect(classify("Abbiamo stornato l'importo dalla fattura di ottobre.").kinds).toEqual([]);
  });

  it('keeps a refund promised once a report is found in order', () => {
    expect(
      promisesOf(
        'Abbiamo preso in carico la tua richiesta. Se la segnalazione è in regola, disporremo il rimborso sulla tua carta entro 7 giorni lavorativi.',
      ),
    ).toEqual(['refund.confirmed 7 business_days']);
    // Near miss: a refund only if the vendor decides to grant it stays no promise.
    expect(
      promisesOf(
        'Abbiamo preso in carico la tua richiesta. Se decideremo di accoglierla, disporremo il rimborso entro 7 giorni lavorativi.',
      ),
    ).toEqual([]);
  });

  it('keeps a refund promised on a positive outcome of the check', () => {
    expect(
      promisesOf(
        'Abbiamo registrato il suo reclamo, che verrà esaminato. In caso di esito positivo, il rimborso le sarà accreditato entro 20 giorni.',
      ),
    ).toEqual(['refund.confirmed 20 days']);
    // Near miss: a credit in case of a positive outcome with no time is no promise.
    expect(
      promisesOf(
        'Abbiamo registrato il suo reclamo. In caso di esito positivo, il rimborso le sarà accreditato con bonifico.',
      ),
    ).toEqual([]);
  });
});

describe('Italian blind round EY–FB', () => {
  it('reads no promise from an outcome announced by e-mail within a time', () => {
    expect(
      promisesOf(
        'Abbiamo registrato la sua domanda di rimborso. La pratica verrà valutata dal nostro ufficio e le invieremo l’esito per e-mail entro 20 giorni.',
      ),
    ).toEqual([]);
    // Near miss: the refund itself within the time stays a promise.
    expect(
      promisesOf(
        'Abbiamo registrato la sua domanda di rimborso. Riceverà l’esito per e-mail e il rimborso sulla carta entro 20 giorni.',
      ),
    ).toEqual(['refund.confirmed 20 days']);
  });

  it('takes the sum requested over the ticket price', () => {
    expect(
      moneyOf(
        'Abbiamo ricevuto la tua richiesta di indennizzo per il ritardo.\nImporto del biglietto: 60,00 €\nImporto richiesto: 15,00 €',
      ),
    ).toBe('15.00 EUR');
    // Near miss: the ticket price alone in a refund request is still its sum.
    expect(moneyOf('Abbiamo ricevuto la tua richiesta di rimborso.\nImporto del biglietto: 60,00 €')).toBe(
      '60.00 EUR',
    );
  });
});

describe('Italian blind round FC–FN', () => {
  it('reads a refund "disposto" with the credit promised in the next sentence as under way', () => {
    const started = classify(
      'Il tuo ordine è rientrato in magazzino. Abbiamo disposto il rimborso di 45,00 € sulla tua carta. Vedrai l’accredito entro 7 giorni lavorativi.',
    );
    expect(started.kinds).toEqual(['refund.received']);
    expect(
      promisesOf(
        'Abbiamo disposto il rimborso di 45,00 € sulla tua carta. Vedrai l’accredito entro 7 giorni lavorativi.',
      ),
    ).toEqual(['refund.confirmed 7 business_days']);
    // A heading "rimborso disposto" over a credit to come reads the same.
    expect(
      classify(
        'Rimborso disposto\n\nPer il tuo ordine abbiamo disposto il rimborso degli articoli mancanti. La somma ti sarà riaccreditata sul conto entro 10 giorni lavorativi.',
      ).kinds,
    ).toEqual(['refund.received']);
    // Near miss: disposed "già" or "oggi" reads as done.
    expect(
      classify(
        'Abbiamo già disposto il rimborso di 45,00 € sulla tua carta. Vedrai l’accredito entro 7 giorni lavorativi.',
      ).kinds,
    ).toEqual(['refund.confirmed']);
    expect(
      classify(
        'Abbiamo disposto oggi il rimborso di 45,00 € sulla tua carta. Vedrai l’accredito entro 7 giorni lavorativi.',
      ).kinds,
    ).toEqual(['refund.confirmed']);
  });

  it('reads a refund whose sum "ammonta a" and that "è stato approvato" as received', () => {
    const approved = classify(
      'La polizza è stata disdetta. Il rimborso del premio non goduto, al netto delle imposte, ammonta a 88,40 € ed è stato approvato. Le sarà accreditato sul conto entro 15 giorni.',
    );
    expect(approved.kinds).toEqual(['cancellation.confirmed', 'refund.received']);
    expect(
      moneyOf(
        'Il rimborso del premio non goduto, al netto delle imposte, ammonta a 88,40 € ed è stato approvato.',
      ),
    ).toBe('88.40 EUR');
    expect(
      promisesOf(
        'Il rimborso del premio non goduto, al netto delle imposte, ammonta a 88,40 € ed è stato approvato. Le sarà accreditato sul conto entro 15 giorni.',
      ),
    ).toEqual(['refund.confirmed 15 days']);
    // Near miss: a refund not approved is not received.
    expect(
      classify('Il rimborso del premio non goduto ammonta a 88,40 € ma non è stato approvato.').kinds,
    ).not.toContain('refund.received');
  });

  it('reads a compensation request taken on with a long description before the verb', () => {
    expect(
      classify(
        'La sua richiesta di indennizzo per i ritardi della linea suburbana nel mese di settembre 2026 è stata presa in carico.',
      ).kinds,
    ).toEqual(['refund.received']);
  });

  it('reads no promise from an outcome "comunicato" within a time', () => {
    expect(
      promisesOf(
        'La sua richiesta di indennizzo è stata presa in carico. L’esito le verrà comunicato entro 30 giorni; in caso di accoglimento il bonus sarà accreditato sul prossimo abbonamento.',
      ),
    ).toEqual([]);
    // Near miss: the refund itself credited within the time, after the outcome, stays a promise.
    expect(
      promisesOf(
        'La sua richiesta di rimborso è stata presa in carico. L’esito le verrà comunicato via e-mail e, in caso di esito positivo, il rimborso le sarà accreditato entro 15 giorni.',
      ),
    ).toEqual(['refund.confirmed 15 days']);
  });

  it('keeps a refund promised "se è tutto in ordine" after the check', () => {
    expect(
      promisesOf(
        'Il tuo reso è arrivato. Controlleremo gli articoli: se è tutto in ordine, riceverai il rimborso sulla carta entro 10 giorni.',
      ),
    ).toEqual(['refund.confirmed 10 days']);
    // Near miss: a refund hedged by something else stays a condition.
    expect(
      promisesOf(
        'Il tuo reso è arrivato. Se ci invii la prova d’acquisto, riceverai il rimborso sulla carta entro 10 giorni.',
      ),
    ).toEqual([]);
  });
});

describe('Italian blind round FO–FZ', () => {
  it('reads a refund approved after a long description of what it is for as received', () => {
    const approved =
      'Ti informiamo che il rimborso della caparra pagata per il soggiorno sul Lago di Garda (camera doppia, tre notti, 12–15 marzo) è stato approvato dall’amministrazione. La somma di 180,00 € ti sarà accreditata sul conto entro 7 giorni lavorativi.';
    expect(classify(approved).kinds).toEqual(['refund.received']);
    expect(moneyOf(approved)).toBe('180.00 EUR');
    expect(promisesOf(approved)).toEqual(['refund.confirmed 7 business_days']);
    // Near misses: not approved, or another subject's verb after a comma or a colon.
    expect(
      classify(
        'Il rimborso della caparra pagata per il soggiorno sul Lago di Garda (camera doppia, tre notti) non è stato approvato dalla direzione.',
      ).kinds,
    ).not.toContain('refund.received');
    expect(
      classify(
        'Per il rimborso della caparra versata per il soggiorno di marzo compili il modulo online, il cambio di camera della prenotazione è stato registrato.',
      ).kinds,
    ).toEqual([]);
    expect(
      classify(
        'Per il rimborso della caparra versata per il soggiorno di marzo compili il modulo online: la modifica della prenotazione è stata registrata.',
      ).kinds,
    ).toEqual([]);
  });

  it('takes the policy, not the number of a past claim named as the reason of a refusal', () => {
    expect(
      classify(
        'La polizza casa n. 712.004.338 è stata disdetta. Non possiamo rimborsare il premio residuo: nel corso dell’anno è stato liquidato un sinistro (pratica n. 2026/CL/55120).',
      ).reference,
    ).toBe('712.004.338');
    expect(
      classify(
        'La polizza casa n. 712.004.338 è stata disdetta. Non possiamo rimborsare il premio residuo, perché è stato denunciato un sinistro n. SX-2026-4471.',
      ).reference,
    ).toBe('712.004.338');
    // Near miss: the claim the message is about keeps its number.
    expect(
      classify(
        'La sua denuncia di sinistro (pratica n. 2026/CL/55120) sulla polizza casa n. 712.004.338 è stata registrata.',
      ).reference,
    ).toBe('2026/CL/55120');
  });

  it('reads the number after "prenotazione PRN"', () => {
    expect(
      classify(
        'Non è stato possibile annullare la prenotazione PRN 5530917: la preghiamo di contattare l’agenzia.',
      ).reference,
    ).toBe('5530917');
  });
});

describe('Italian blind round GA–GD, amounts', () => {
  it('does not take a fee kept back on the refund as the refunded sum', () => {
    expect(
      moneyOf(
        'Gentile cliente, il rimborso della sua prenotazione è stato approvato.\n\nValore del servizio: 80,00 €\nSpese di gestione del rimborso: 8,00 €\nImporto a lei rimborsato: 72,00 €\n\nIl bonifico è stato disposto oggi.',
      ),
    ).toBe('72.00 EUR');
    expect(
      moneyOf(
        'Abbiamo accolto la richiesta di rimborso del biglietto.\n\nBiglietto: 25,00 €\nDiritti di rimborso: 2,50 €\nSomma rimborsata: 22,50 €\n\nIl rimborso è stato accreditato sulla carta.',
      ),
    ).toBe('22.50 EUR');
    // Near miss: a fee that is itself the only sum refunded is still taken.
    expect(moneyOf('Ti abbiamo rimborsato i diritti di prevendita, pari a 3,50 €.')).toBe('3.50 EUR');
    // Near miss: the net sum after a fee named in its computation is the refund, not the fee's line.
    expect(
      moneyOf(
        'La richiesta è stata accolta.\n\nImporto da rimborsare: 1/2 di 120,00 € al netto delle spese di pratica (4,00 €) = 56,00 €\n\nRiceverà il bonifico a breve.',
      ),
    ).toBe('56.00 EUR');
  });

  it('takes the product of a rate times a count, not the rate', () => {
    expect(
      moneyOf(
        'Ci scusiamo per il disagio. Le abbiamo rimborsato la differenza di tariffa:\n\n4 giorni x 12,50 € = 50,00 €\n\nCordiali saluti',
      ),
    ).toBe('50.00 EUR');
    expect(moneyOf('Ti abbiamo rimborsato i giorni non goduti:\n\n2 × 9,90 € = 19,80 €\n\nA presto')).toBe(
      '19.80 EUR',
    );
    // Near miss: a refund labelled as such still wins over a product shown beside it.
    expect(
      moneyOf(
        'Importo rimborsato: 40,00 €\n\nDettaglio della tariffa originaria: 3 notti x 60,00 € = 180,00 €\n\nIl rimborso è stato eseguito sulla carta.',
      ),
    ).toBe('40.00 EUR');
  });
});

describe('Italian blind round GE–GH', () => {
  it('reads a withdrawal given as the reason of a refused refund as no cancellation', () => {
    expect(
      classify(
        "Non è previsto alcun rimborso della penale, dato che la disdetta è avvenuta prima del termine dell'offerta vincolata.",
      ).kinds,
    ).toEqual(['refund.rejected']);
    expect(
      classify(
        'Ci dispiace, ma la sua richiesta di rimborso non può essere accolta: la quota è dovuta in quanto il recesso è stato effettuato oltre i termini.',
      ).kinds,
    ).toEqual(['refund.rejected']);
    // Near miss: the same withdrawal stated as the news still confirms it.
    expect(
      classify('Le comunichiamo che la disdetta del suo contratto è avvenuta in data 3 marzo.').kinds,
    ).toEqual(['cancellation.confirmed']);
  });

  it('takes the fee asked back as the refused sum', () => {
    expect(
      moneyOf(
        'Ci ha chiesto la restituzione delle spese di attivazione riportate nella fattura di maggio (24,00 €); ci dispiace, ma la domanda non può essere accolta.',
      ),
    ).toBe('24.00 EUR');
    expect(
      moneyOf(
        'In merito al reclamo con cui chiedeva la restituzione del contributo di disattivazione addebitato in bolletta (35,50 euro), la informiamo che il reclamo non può essere accolto.',
      ),
    ).toBe('35.50 EUR');
  });

  it('reads a refund "disposto" with the credit still to come within a time as under way', () => {
    const text =
      'Abbiamo disposto il rimborso sulla tua carta di pagamento; la somma ti sarà riaccreditata entro 10 giorni lavorativi.';
    expect(classify(text).kinds).toEqual(['refund.received']);
    expect(promisesOf(text)).toEqual(['refund.confirmed 10 business_days']);
    // Near miss: credited already, the refund is done.
    expect(
      classify('Abbiamo disposto il rimborso, che ti è stato riaccreditato sulla carta di pagamento.').kinds,
    ).toEqual(['refund.confirmed']);
    // Near miss: disposed today, the credit within days is the bank's posting.
    expect(
      classify(
        'Abbiamo disposto oggi il rimborso sulla tua carta di pagamento; la somma ti sarà riaccreditata entro 5 giorni lavorativi.',
      ).kinds,
    ).toEqual(['refund.confirmed']);
  });
});

describe('Italian blind round GI–GL', () => {
  it('takes a travel agency itinerary number as the reference, not a route named after "itinerario"', () => {
    expect(
      classify(
        'La compagnia ha cancellato il volo Roma - Palermo del 3 luglio (itinerario 5530118842907). Abbiamo avviato il rimborso di 98,40 € sulla tua carta.',
      ).reference,
    ).toBe('5530118842907');
    expect(
      classify('Abbiamo emesso il rimborso di 74,00 €.\n\nNumero di itinerario: 7110482239').reference,
    ).toBe('7110482239');
    // Near miss: a route is no reference.
    expect(
      classify('Abbiamo emesso il rimborso di 74,00 € per il tuo itinerario Milano - Bari.').reference,
    ).toBeNull();
  });
});

describe('Italian blind round GQ–GT', () => {
  it('reads a refusal with "invece", "tuttavia" or "però" between "non è" and "possibile"', () => {
    const text =
      "L'abbonamento annuale è stato chiuso con decorrenza 15/11. Non è tuttavia possibile procedere al rimborso del canone residuo di 38,20 €, come previsto dal regolamento.";
    expect(classify(text).kinds).toEqual(['cancellation.confirmed', 'refund.rejected']);
    expect(moneyOf(text)).toBe('38.20 EUR');
    expect(classify('Non è invece possibile procedere al rimborso delle spese di spedizione.').kinds).toEqual(
      ['refund.rejected'],
    );
    // Near miss: refused only until a document arrives, it is no refusal.
    expect(
      classify('Non è però possibile procedere al rimborso senza la ricevuta di acquisto.').kinds,
    ).not.toContain('refund.rejected');
  });
});

describe('Italian blind round GU–GX', () => {
  it('reads a withdrawal said to have come after the deadline as the reason of a refusal, not as done', () => {
    expect(
      classify(
        'Riguardo alla sua domanda di rimborso della quota di adesione, non è possibile procedere: la disdetta è avvenuta oltre i 30 giorni stabiliti dal regolamento.',
      ).kinds,
    ).toEqual(['refund.rejected']);
    expect(
      classify(
        "Non possiamo restituire l'importo del canone: la cessazione è stata effettuata dopo la scadenza del periodo di ripensamento.",
      ).kinds,
    ).toEqual(['refund.rejected']);
    expect(
      classify(
        'Non possiamo rimborsare il canone: il recesso è avvenuto tardivamente, fuori dal periodo di prova.',
      ).kinds,
    ).toEqual(['refund.rejected']);
    // Near miss: a withdrawal stated as done on a date is still confirmed.
    expect(classify('Le confermiamo che la disdetta del contratto è avvenuta il 12/11/2026.').kinds).toEqual([
      'cancellation.confirmed',
    ]);
  });
});

describe('Italian blind round HC–HF', () => {
  it('reads a refund hedged only by the goods showing no damage or signs of use as a promise', () => {
    expect(
      promisesOf(
        "Abbiamo registrato il tuo reso. Se non si riscontrano difetti né segni d'uso, ti rimborseremo l'importo entro 10 giorni.",
      ),
    ).toEqual(['refund.confirmed 10 days']);
    // Near miss: a refund hedged by the customer's own step stays no promise.
    expect(
      promisesOf('Abbiamo registrato il tuo reso. Se ci invii la ricevuta, ti rimborseremo entro 10 giorni.'),
    ).toEqual([]);
  });

  it('reads a paid deposit with its sum declared not refundable as a refusal, even with a voucher offered instead', () => {
    expect(
      classify(
        "L'acconto pagato di 95 euro non è rimborsabile, però glielo abbiamo trasformato in un buono valido un anno.",
      ).kinds,
    ).toEqual(['refund.rejected']);
    // Near miss: policy text with no sum paid is no refusal.
    expect(classify("Ricordiamo che l'acconto non è rimborsabile.").kinds).toEqual([]);
    // Near miss: a refund paid as a voucher is still no money back.
    expect(classify("L'importo ti è stato rimborsato con un buono.").kinds).not.toContain('refund.confirmed');
  });

  it('reads the cancellation of a stay or booking taken note of as done', () => {
    expect(
      classify('Abbiamo preso atto della cancellazione della sua prenotazione del 3 marzo.').kinds,
    ).toEqual(['cancellation.confirmed']);
    // Near miss: a request to cancel taken note of is only received.
    expect(
      classify('Abbiamo preso nota della sua richiesta di cancellazione della prenotazione.').kinds,
    ).not.toContain('cancellation.confirmed');
  });

  it('reads two requests acknowledged together in the plural ("sono state prese in carico")', () => {
    expect(
      classify(
        "La richiesta di disdetta dell'abbonamento internet, insieme alla richiesta di restituzione della caparra versata, sono state registrate oggi.",
      ).kinds,
    ).toEqual(['cancellation.received', 'refund.received']);
    expect(
      classify(
        'La tua richiesta di disattivazione della linea e la richiesta di rimborso del canone sono state prese in carico dal nostro ufficio.',
      ).kinds,
    ).toEqual(['cancellation.received', 'refund.received']);
    // Near miss: the same requests not accepted are not acknowledged.
    expect(
      classify('Le richieste di disdetta e di restituzione della caparra non sono state accolte.').kinds,
    ).not.toContain('cancellation.received');
    // Near miss: a product returned is no money request.
    expect(classify('Le richieste di restituzione del prodotto sono state registrate.').kinds).not.toContain(
      'refund.received',
    );
  });

  it('takes a "codice di conferma" of a booking as the reference', () => {
    expect(
      classify(
        'Il tuo volo del 3 marzo (codice di conferma ZT4KQP) è stato cancellato e ti abbiamo rimborsato 80,00 €.',
      ).reference,
    ).toBe('ZT4KQP');
  });
});

describe('Italian round 2026-11-28 (blind batches HK–HN)', () => {
  it('reads a compensation or refund of a stated sum "già accreditato" as paid', () => {
    const paid =
      'Le comunichiamo che la pratica è chiusa: Le è stato riconosciuto un indennizzo di 8,40 €, già versato sul conto corrente indicato nel modulo.';
    expect(classify(paid).kinds).toEqual(['refund.confirmed']);
    expect(moneyOf(paid)).toBe('8.40 EUR');
    expect(
      classify(
        'Abbiamo approvato un rimborso di 45,00 €, riaccreditato il 4 novembre sulla carta usata per l’acquisto.',
      ).kinds,
    ).toEqual(['refund.confirmed']);
    // Near misses: the same sum still to be credited is no payment.
    expect(
      classify('Ti spetta un rimborso di 45,00 €, accreditato entro 10 giorni lavorativi sulla tua carta.')
        .kinds,
    ).not.toContain('refund.confirmed');
    expect(
      classify(
        'Se la domanda sarà accolta, riceverà un indennizzo di 8,40 €, accreditato sul conto indicato.',
      ).kinds,
    ).not.toContain('refund.confirmed');
  });
});

describe('Italian blind round HW–HZ', () => {
  it('reads a membership closed past a parenthesis naming the club and the member code', () => {
    expect(
      classify(
        'Gentile Marco,\nle confermiamo che il suo abbonamento Fitness Plus (sede di Torino Lingotto, codice cliente TS-55102) è stato chiuso.',
      ).kinds,
    ).toEqual(['cancellation.confirmed']);
    // Near miss: the same subject and parenthesis, closed only in the future or on request.
    expect(
      classify(
        'Gentile Marco,\nil suo abbonamento Fitness Plus (sede di Torino Lingotto, codice cliente TS-55102) sarà chiuso alla fine del mese.',
      ).kinds,
    ).not.toContain('cancellation.confirmed');
    expect(
      classify(
        'Gentile Marco,\nil suo abbonamento Fitness Plus (sede di Torino Lingotto, codice cliente TS-55102) non è stato chiuso: manca la firma sul modulo.',
      ).kinds,
    ).not.toContain('cancellation.confirmed');
  });
});

describe('Italian blind round IA–ID', () => {
  it('reads a refusal with an adverb inside "non siamo … in grado di procedere con il rimborso"', () => {
    const result = classify(
      'Buongiorno,\nil prodotto ci è arrivato usato e senza confezione originale. Non siamo quindi in grado di procedere con il rimborso di 59,90 €.',
    );
    expect(result.kinds).toEqual(['refund.rejected']);
    expect(moneyOf('Non siamo purtroppo in grado di procedere con il rimborso di 12,00 €.')).toBe(
      '12.00 EUR',
    );
    // Near miss: able only once something is done, which refuses nothing.
    expect(
      classify(
        'Non siamo pertanto in grado di procedere con il rimborso finché non riceveremo la ricevuta di spedizione.',
      ).kinds,
    ).not.toContain('refund.rejected');
  });

  it('keeps a refund hedged only by the check of the goods or the claim as a promise', () => {
    expect(
      promisesOf(
        'Abbiamo registrato il reso del tuo dispositivo. Se non emergono difetti o parti mancanti, effettueremo il rimborso sul tuo conto entro 10 giorni.',
      ),
    ).toEqual(['refund.confirmed 10 days']);
    expect(
      promisesOf(
        'Abbiamo ricevuto la sua domanda di rimborso. Se la documentazione risulta completa e corretta, il rimborso verrà versato sul suo IBAN entro 30 giorni.',
      ),
    ).toEqual(['refund.confirmed 30 days']);
    // Near miss: hedged by the customer's own step, it stays a condition.
    expect(
      promisesOf(
        'Abbiamo ricevuto la sua domanda di rimborso. Se ci invierà la fattura originale, il rimborso verrà versato sul suo IBAN entro 30 giorni.',
      ),
    ).toEqual([]);
    expect(
      classify(
        'Se la documentazione risulta completa e corretta, il rimborso verrà versato sul suo IBAN entro 30 giorni.',
      ).kinds,
    ).not.toContain('refund.confirmed');
  });

  it('takes no discount code as the reference', () => {
    expect(
      classify(
        'Saldi di fine stagione: inserisci il codice INVERNO30 nel carrello per il 30% di sconto. Per non ricevere più la newsletter clicca qui.',
      ).reference,
    ).toBeNull();
    expect(classify('Approfitta subito del codice sconto FESTA2026 sul nostro sito.').reference).toBeNull();
    // Near miss: a booking code still is one.
    expect(
      classify('La tua prenotazione è stata annullata. Codice: PX7731Q. Il rimborso è stato effettuato.')
        .reference,
    ).toBe('PX7731Q');
  });
});

describe('Italian blind round r8', () => {
  it('reads a refund request acknowledged together with the notice of termination itself ("la sua disdetta … e la richiesta di rimborso")', () => {
    const text =
      'Gentile cliente, abbiamo registrato la sua disdetta del contratto (n. cliente 55-10293) e la richiesta di rimborso del canone di marzo pari a 19,00 €. Le faremo sapere appena possibile.';
    expect([...classify(text).kinds].sort()).toEqual(['cancellation.received', 'refund.received']);
    expect(moneyOf(text)).toBe('19.00 EUR');
  });

  it('does not read a refund acknowledged beside a notice of termination when only a refusal follows it', () => {
    // Near miss: the notice is acknowledged, the refund is named only as not due.
    expect(
      classify('Abbiamo ricevuto il tuo recesso e nessun rimborso è dovuto per il mese in corso.').kinds,
    ).not.toContain('refund.received');
  });
});

describe('Italian blind round IQ–IT', () => {
  it('reads a reply promised within a time, followed by a semicolon, as no promise', () => {
    expect(
      promisesOf(
        'Gentile Cliente, abbiamo preso in carico la Sua richiesta di rimborso. Le daremo riscontro entro 10 giorni lavorativi; se servissero altri documenti la ricontatteremo.',
      ),
    ).toEqual([]);
  });

  it('reads a refund hedged only by the outcome of the check ("se il controllo conferma…") as a promise', () => {
    expect(
      promisesOf(
        "Ciao, abbiamo ricevuto la tua richiesta di rimborso per l'articolo difettoso. Se il controllo conferma il difetto segnalato, il rimborso sarà accreditato sulla tua carta entro 3-5 giorni lavorativi.",
      ),
    ).toEqual(['refund.confirmed 5 business_days']);
  });

  it('keeps a condition on the customer ("se confermi…") hypothetical', () => {
    expect(
      promisesOf(
        'Ciao, abbiamo ricevuto la tua richiesta di rimborso. Se confermi i dati bancari, il rimborso sarà accreditato entro 5 giorni lavorativi.',
      ),
    ).toEqual([]);
  });

  it('takes a licence number ("licenza n.") as the reference', () => {
    expect(
      classify(
        'Gentile cliente, abbiamo disattivato il rinnovo automatico del suo abbonamento (licenza n. AB-77-1200). Non le verrà addebitato alcun rinnovo.',
      ).reference,
    ).toBe('AB-77-1200');
  });
});

describe('Italian blind round IU–IX', () => {
  it('reads "e\'" written for "è" in a supply ended ("la fornitura … e\' cessata in data …")', () => {
    expect(
      classify(
        "Gentile cliente, come richiesto, l'utenza elettrica del suo vecchio appartamento e' cessata in data 12/03/2026. Riceverà a breve la bolletta finale.",
      ).kinds,
    ).toEqual(['cancellation.confirmed']);
    // Near miss: a supply that will end, on a condition, is no cancellation done.
    expect(
      classify(
        "Gentile cliente, l'utenza e' attiva: sarà cessata solo se ci invierà il modulo firmato.",
      ).kinds.filter((kind) => kind.endsWith('.confirmed')),
    ).toEqual([]);
  });

  it('takes a season ticket number after a route with a dash ("abbonamento Roma - Latina (n. …)")', () => {
    expect(
      classify(
        'Gentile viaggiatore, il suo abbonamento annuale Roma - Latina (n. TR-AN-40917) resta valido sui bus sostitutivi.',
      ).reference,
    ).toBe('TR-AN-40917');
    // Near miss: a dash with no number after the words gives no reference.
    expect(
      classify(
        'Gentile viaggiatore, il suo abbonamento annuale Roma - Latina resta valido sui bus sostitutivi.',
      ).reference,
    ).toBeNull();
  });
});

describe('Italian blind round IY–JB', () => {
  it('reads a refund "disposto" with a bare refunded-sum line and the credit still to come as under way', () => {
    const reading = classify(
      "Buongiorno, le confermiamo che abbiamo disposto il rimborso del biglietto non utilizzato.\nImporto rimborsato: 64,50 €\nL'accredito sul suo conto avverrà entro 20 giorni.",
    );
    expect(reading.kinds).toEqual(['refund.received']);
    expect(
      promisesOf(
        "Buongiorno, le confermiamo che abbiamo disposto il rimborso del biglietto non utilizzato.\nImporto rimborsato: 64,50 €\nL'accredito sul suo conto avverrà entro 20 giorni.",
      ),
    ).toEqual(['refund.confirmed 20 days']);
    // Near miss: a refund stated as paid beside the same line stays confirmed.
    expect(
      classify(
        "Buongiorno, il rimborso è stato effettuato sulla sua carta.\nImporto rimborsato: 64,50 €\nL'accredito sul suo conto avverrà entro 20 giorni.",
      ).kinds,
    ).toEqual(['refund.confirmed']);
    // Near miss: the same line with a posting time and no refund "disposto" is no refund under way.
    expect(
      classify(
        'Ciao, ecco il riepilogo del tuo reso.\nImporto rimborsato: 64,50 €\nLo vedrai sul conto entro 3 giorni.',
      ).kinds,
    ).toEqual(['refund.confirmed']);
  });

  it('reads a refund hedged only by "se tutto risulterà in ordine" as a promise', () => {
    expect(
      promisesOf(
        'Gentile cliente, abbiamo ricevuto la sua richiesta di rimborso. Se tutto risulterà in ordine, il rimborso le verrà accreditato entro 15 giorni.',
      ),
    ).toEqual(['refund.confirmed 15 days']);
    // Near miss: a refund on any other condition is still no promise.
    expect(
      promisesOf(
        'Gentile cliente, abbiamo ricevuto la sua richiesta di rimborso. Se la compagnia aerea lo approverà, il rimborso le verrà accreditato entro 15 giorni.',
      ),
    ).toEqual([]);
  });

  it('does not read the length of a pass or subscription ("skipass 3 giorni") as a promise', () => {
    expect(
      promisesOf(
        "Ciao, abbiamo ricevuto la tua richiesta di rimborso per l'abbonamento 3 giorni acquistato online. Ti risponderemo appena possibile.",
      ),
    ).toEqual([]);
    // Near miss: a refund time in the same sentence still counts.
    expect(
      promisesOf(
        'Ciao, abbiamo ricevuto la tua richiesta di rimborso per lo skipass 3 giorni: il rimborso verrà effettuato entro 10 giorni.',
      ),
    ).toEqual(['refund.confirmed 10 days']);
  });
});

describe('Italian blind round JC–JF', () => {
  it('reads a refund after "Le ricordiamo che, se …," as the condition\'s consequence, not a refund under way', () => {
    expect(
      classify(
        "Gentile cliente, le confermiamo il cambio di data del soggiorno. Le ricordiamo che, qualora disdica la prenotazione almeno 10 giorni prima, l'acconto di 200,00 € le sarà restituito.",
      ).kinds,
    ).toEqual([]);
    // Near miss: a refund that waits only on the request being accepted is still a refund under way.
    expect(
      classify(
        'Gentile cliente, abbiamo preso in carico la sua pratica. Le comunichiamo che, se la richiesta sarà accolta, il rimborso le verrà accreditato entro 20 giorni.',
      ).kinds,
    ).toEqual(['refund.received']);
  });

  it('reads a shipping notice\'s "ti rimborseremo … dopo la verifica" as the return policy', () => {
    expect(
      classify(
        'Ciao Marco, il tuo ordine è stato spedito e arriverà in 3 giorni. Reso gratuito entro 14 giorni: ti rimborseremo la spesa dopo aver controllato gli articoli.',
      ).kinds,
    ).toEqual([]);
    // Near miss: the same sentence after a return actually registered is a refund under way.
    expect(
      classify(
        'Ciao Marco, abbiamo registrato il tuo reso. Ti rimborseremo la spesa dopo la verifica degli articoli.',
      ).kinds,
    ).toEqual(['refund.received']);
  });
});

describe('Italian blind round JG–JJ', () => {
  it('keeps a refund hedged only by the sent documents being complete as a promise', () => {
    expect(
      promisesOf(
        'Gentile cliente, abbiamo preso in carico la sua domanda di rimborso. Se la documentazione inviata risulterà regolare, il rimborso sarà eseguito entro 15 giorni lavorativi.',
      ),
    ).toEqual(['refund.confirmed 15 business_days']);
    // Near miss: a refund hedged by approval still to come is no promise.
    expect(
      promisesOf(
        'Gentile cliente, abbiamo preso in carico la sua domanda di rimborso. Se il fornitore approverà la richiesta, il rimborso sarà eseguito entro 15 giorni lavorativi.',
      ),
    ).toEqual([]);
  });

  it('takes an account number as the reference of a cancellation when nothing stronger is printed', () => {
    expect(
      classify(
        'Ciao Laura, abbiamo disattivato il rinnovo automatico del tuo abbonamento (account n. AB-40021): non riceverai altri addebiti.',
      ).reference,
    ).toBe('AB-40021');
    // Near miss: an account number beside a ticket number gives way to the ticket.
    expect(
      classify(
        'Ciao Laura, abbiamo disattivato il rinnovo automatico del tuo abbonamento (account n. AB-40021), pratica n. 77120: non riceverai altri addebiti.',
      ).reference,
    ).toBe('77120');
  });
});

describe('Italian blind round JK–JN', () => {
  it('reads an amount reversed today onto the card, named after the card, as a refund done', () => {
    const text =
      'Buongiorno, come concordato abbiamo stornato in giornata sul suo conto corrente BancoPosta la somma di 48,50 € per il servizio non fruito.';
    expect(classify(text).kinds).toEqual(['refund.confirmed']);
    expect(moneyOf(text)).toBe('48.50 EUR');
    // Near miss: the same reversal still to be made is no refund done.
    expect(
      classify(
        'Buongiorno, come concordato storneremo in giornata sul suo conto corrente BancoPosta la somma di 48,50 € per il servizio non fruito.',
      ).kinds,
    ).not.toContain('refund.confirmed');
    // Near miss: a sum reversed onto the vendor's own account is no refund to the customer.
    expect(
      classify(
        'Buongiorno, abbiamo stornato oggi sul conto la somma di 48,50 € addebitata per errore sul nostro conto interno.',
      ).kinds,
    ).not.toContain('refund.confirmed');
  });
});

describe('Italian paid sums', () => {
  it('reads a sum followed by words saying the customer paid it as the price, not the refund named after it', () => {
    expect(
      moneyOf(
        'Abbiamo ricevuto la tua richiesta di rimborso dei 35,00 € che hai pagato. Si applicano spese di gestione. Il tuo rimborso di 25,00 € verrà effettuato entro 14 giorni.',
      ),
    ).toBe('25.00 EUR');
  });
});

describe('Italian notices received too late', () => {
  it('reads a cancellation that could not be acted on ("non è stato possibile darvi seguito") as no kind', () => {
    expect(
      classify(
        'Gentile cliente, abbiamo ricevuto la sua lettera di disdetta del contratto. Essendo giunta dopo la scadenza del preavviso, non è stato possibile darvi seguito e il contratto si è rinnovato per un altro anno.',
      ).kinds,
    ).toEqual([]);
    // Near miss: a notice received in time is still acknowledged.
    expect(
      classify(
        'Gentile cliente, abbiamo ricevuto la sua lettera di disdetta del contratto, che verrà elaborata a breve.',
      ).kinds,
    ).toEqual(['cancellation.received']);
  });
});

describe('Italian refunds done at a named time of day', () => {
  it('reads "abbiamo provveduto stamattina a restituire" as a refund done', () => {
    expect(
      classify(
        "Buongiorno, abbiamo provveduto stamattina a rimborsare l'acconto di 150,00 € sulla sua carta.",
      ).kinds,
    ).toEqual(['refund.confirmed']);
    // Near miss: the same act promised stays no confirmation.
    expect(
      classify("Buongiorno, provvederemo domattina a rimborsare l'acconto di 150,00 € sulla sua carta.")
        .kinds,
    ).not.toContain('refund.confirmed');
  });
});

describe('Italian sums returned with the time after the verb', () => {
  it('reads "le abbiamo restituito oggi l\'intera caparra" as a refund done', () => {
    const result = classify(
      "Buongiorno, come concordato al telefono abbiamo annullato la sua prenotazione. Le abbiamo restituito ieri l'intero acconto di 80,00 € tramite bonifico sul suo conto.",
    );
    expect(result.kinds).toContain('refund.confirmed');
    expect(classify('Abbiamo restituito per intero la cauzione di 200,00 € sulla sua carta.').kinds).toEqual([
      'refund.confirmed',
    ]);
  });
  it('does not confirm the same words as a promise or a question', () => {
    expect(
      classify("Le restituiremo oggi stesso l'intero acconto di 80,00 € tramite bonifico sul suo conto.")
        .kinds,
    ).not.toContain('refund.confirmed');
    expect(
      classify("Ci chiede se le abbiamo restituito ieri l'intero acconto di 80,00 €? Stiamo verificando.")
        .kinds,
    ).not.toContain('refund.confirmed');
  });
});

describe('Italian refusals of a refund named at the start of the sentence', () => {
  it('keeps the contract cancelled when "in merito al rimborso, non possiamo accogliere la richiesta"', () => {
    const result = classify(
      "Buongiorno, le comunichiamo che il contratto è stato annullato con decorrenza dal 1° giugno. In merito al rimborso del canone già versato, di 89,00 €, non possiamo accogliere la richiesta: le condizioni dell'offerta escludono la restituzione delle quote in caso di cessazione anticipata.",
    );
    expect(result.kinds).toContain('cancellation.confirmed');
    expect(result.kinds).toContain('refund.rejected');
  });
  it('still reads the same refusal as refusing the cancellation when no refund is named before it', () => {
    const result = classify(
      'Buongiorno, abbiamo ricevuto la sua disdetta. Purtroppo non possiamo accogliere la richiesta: il contratto prevede un vincolo di 24 mesi e la cessazione anticipata non è ammessa.',
    );
    expect(result.kinds).not.toContain('cancellation.confirmed');
  });
});

describe('Italian outcomes announced about a refund', () => {
  it('gives the processing time to the cancellation, not to a refund whose outcome is only to be told', () => {
    expect(
      promisesOf(
        "Abbiamo ricevuto la sua richiesta di disdetta e la sua richiesta di rimborso. La disdetta verrà gestita nei tempi contrattuali (45 giorni dalla ricezione) e le comunicheremo l'esito della valutazione del rimborso.",
      ),
    ).toEqual(['cancellation.confirmed 45 days']);
    // Near miss: a refund itself promised within the time keeps its topic.
    expect(
      promisesOf(
        'Abbiamo ricevuto la sua richiesta di disdetta e di rimborso. La disdetta è in lavorazione e il rimborso le sarà accreditato entro 14 giorni.',
      ),
    ).toContain('refund.confirmed 14 days');
  });
});

describe('Italian references: booking confirmations, refund references, discount codes', () => {
  it('takes "conferma n." as the booking number', () => {
    expect(
      classify(
        'Gentile ospite, per la sua prenotazione (conferma n. 99817) abbiamo rimborsato 60,00 € sulla carta utilizzata.',
      ).reference,
    ).toBe('99817');
  });
  it('takes "Riferimento rimborso:" before an invoice number', () => {
    expect(
      classify(
        "La bolletta n. FT-2026-77120 risulta a suo credito. Abbiamo disposto il rimborso dell'importo di 42,10 €.\nRiferimento rimborso: RB-55-20931\nCordiali saluti",
      ).reference,
    ).toBe('RB-55-20931');
  });
  it('takes no discount code as a reference', () => {
    expect(
      classify(
        'Abbiamo rimborsato 20,00 € sulla tua carta. Per il prossimo acquisto hai uno sconto del 10% con il codice AUTUNNO10.',
      ).reference,
    ).toBeNull();
    // Near miss: a booking code given with "con il codice" outside any discount stays the reference.
    expect(
      classify(
        'La prenotazione con il codice KT7781 è stata annullata e abbiamo rimborsato 120,00 € sulla sua carta.',
      ).reference,
    ).toBe('KT7781');
  });
});

describe('Italian refusals and insurance refunds', () => {
  it('reads "non possiamo restituirla" after a sum stated as not refundable as a refund refused', () => {
    const reading = classify(
      "Gentile cliente, l'acconto di 80,00 € non è rimborsabile per disdette comunicate con meno di 24 ore di preavviso. Siamo spiacenti, non siamo pertanto in grado di restituirglielo.",
    );
    expect(reading.kinds).toEqual(['refund.rejected']);
    expect(reading.amount).toBe('80.00');
    // Near miss: a parcel that cannot go back to its sender is no refund refused.
    expect(
      classify('Gentile cliente, il pacco è rimasto in giacenza e non possiamo restituirlo al mittente.')
        .kinds,
    ).toEqual([]);
    // Near miss: the clitic alone, with no sum refused elsewhere, decides nothing.
    expect(classify('Gentile cliente, purtroppo non possiamo restituirla.').kinds).toEqual([]);
  });
  it('reads the unused premium credited to the IBAN as a refund under way', () => {
    const text =
      "Gentile cliente, la polizza è cessata. La quota di premio non goduta, pari a 64,20 €, le sarà accreditata sull'IBAN che ci ha comunicato entro 20 giorni.";
    const reading = classify(text);
    expect(reading.kinds).toEqual(['cancellation.confirmed', 'refund.received']);
    expect(reading.amount).toBe('64.20');
    expect(promisesOf(text)).toEqual(['refund.confirmed 20 days']);
    // Near miss: a prize credited to the account is no refund.
    expect(
      classify('Gentile cliente, il premio del concorso sarà accreditato sul conto corrente entro 30 giorni.')
        .kinds,
    ).toEqual([]);
  });
});

describe('Italian blind round KZ–LB', () => {
  it('takes a request number with a programme name between label and "n."', () => {
    expect(
      classify(
        'Gentile cliente, la sua richiesta di rimborso Telepass n. TP-8812-03 è stata accolta e il rimborso di 12,40 € è stato accreditato sul suo conto.',
      ).reference,
    ).toBe('TP-8812-03');
    // Near miss: a customer number after the same label is no case number.
    expect(
      classify(
        'La richiesta di rimborso cliente n. 55120344 è stata ricevuta, il rimborso è stato accreditato sul conto. Ordine n. OR-4471-22.',
      ).reference,
    ).toBe('OR-4471-22');
  });
});

describe('Italian blind round LL–LN', () => {
  it('reads tickets stated as cancelled after a withdrawal request named before them', () => {
    expect(
      classify(
        'Ciao Marco, come da tua richiesta di recesso, i biglietti del tuo ordine sono stati annullati. Il rimborso è stato disposto e arriverà sulla carta entro 7 giorni lavorativi.',
      ).kinds,
    ).toEqual(['cancellation.confirmed', 'refund.received']);
    expect(
      classify(
        'A seguito della sua richiesta di annullamento, le prenotazioni per il fine settimana sono state cancellate.',
      ).kinds,
    ).toEqual(['cancellation.confirmed']);
    // Near miss: what is cancelled is the appointment the request named, with no service as the subject.
    expect(
      classify(
        "Abbiamo ricevuto la sua richiesta di sopralluogo: l'appuntamento di giovedì è stato annullato su sua indicazione.",
      ).kinds,
    ).not.toContain('cancellation.confirmed');
  });

  it('takes the refused sum asked back, not a zero refundable amount in the summary', () => {
    const reading = classify(
      "Gentile cliente, la tariffa scelta non prevede rimborsi: non ci è possibile rimborsare l'importo prepagato di 89,90 €.\n\nImporto rimborsabile: 0,00 €",
    );
    expect(reading.kinds).toContain('refund.rejected');
    expect(reading.amount).toBe('89.90');
    // Near miss: a zero refund alone gives no sum at all.
    expect(
      classify('Purtroppo la sua richiesta di rimborso è stata respinta. Importo rimborsato: 0,00 €.').amount,
    ).toBeNull();
  });

  it('takes the number a request was registered with, also past a card number with "n."', () => {
    expect(
      classify(
        'Abbiamo ricevuto la tua richiesta di disdetta della palestra (tessera n. 8812), registrata con il numero DSD-4410-2.',
      ).reference,
    ).toBe('DSD-4410-2');
    // Near miss: with no number registered, the card number is all there is.
    expect(
      classify('Abbiamo ricevuto la tua richiesta di disdetta della palestra (tessera n. 8812).').reference,
    ).toBe('8812');
  });
});
