import { describe, expect, it } from 'vitest';
import { classify, moneyOf, promisesOf } from './classify-helpers';

describe('French kinds', () => {
  it('reads a flight the airline cancelled, named as the occasion of a refund request, as background', () => {
    expect(
      classify(
        "À la suite de l'annulation par la compagnie de votre vol pour Lisbonne, nous avons bien reçu votre demande de remboursement et l'avons transmise au transporteur.",
      ).kinds,
    ).toEqual(['refund.received']);
    // Near miss: an order the marketplace seller cancelled, refunded, is still cancelled.
    expect(
      classify("Nous vous avons remboursé 18,00 € à la suite de l'annulation du vendeur partenaire.").kinds,
    ).toEqual(['cancellation.confirmed', 'refund.confirmed']);
  });

  it('reads a refusal "il ne nous est malheureusement pas possible de donner une suite favorable"', () => {
    expect(
      classify(
        "Nous avons étudié votre demande de remboursement. Il ne nous est hélas pas possible d'y donner une suite favorable.",
      ).kinds,
    ).toEqual(['refund.rejected']);
    // Near miss: the same words about a change of plan refuse no refund.
    expect(
      classify(
        "Nous avons étudié votre demande de changement d'offre. Il ne nous est malheureusement pas possible d'y donner une suite favorable.",
      ).kinds,
    ).toEqual([]);
  });

  it('reads no promise in a free-cancellation deadline counted back from the arrival', () => {
    expect(
      promisesOf(
        "Nous avons bien reçu votre demande d'annulation et vous enverrons la confirmation sous 48 heures. L'annulation reste gratuite jusqu'à 7 jours avant l'arrivée.",
      ),
    ).toEqual(['cancellation.confirmed 48 hours']);
  });

  it('reads the refund time after a "plus de / moins de N jours" condition met as the promise', () => {
    expect(
      promisesOf(
        "Nous confirmons l'annulation de votre location. Comme elle a lieu plus de trente jours avant le début du séjour, les arrhes versées vous seront remboursées par virement sous 21 jours.",
      ),
    ).toEqual(['refund.confirmed 21 days']);
    expect(
      promisesOf(
        "Votre réservation est bien annulée. Votre demande nous étant parvenue moins de 8 jours après l'achat, nous vous rembourserons le billet dans un délai de 15 jours.",
      ),
    ).toEqual(['refund.confirmed 15 days']);
  });

  it('still reads "plus de / moins de" before the refund time itself as no promise', () => {
    expect(
      promisesOf(
        'Nous avons bien reçu votre demande de remboursement. Le versement peut prendre plus de 10 jours ouvrés.',
      ),
    ).toEqual([]);
    expect(
      promisesOf(
        'Nous avons bien reçu votre demande de remboursement. En période de fêtes, le remboursement prend rarement moins de quinze jours.',
      ),
    ).toEqual([]);
  });

  it('reads a refund hedged by « le cas échéant » as no refund under way', () => {
    expect(
      classify('Vous serez remboursé des mois déjà payés et non couverts, le cas échéant.').kinds,
    ).toEqual([]);
    expect(classify('Vous serez remboursé des mois déjà payés et non couverts.').kinds).toEqual([
      'refund.received',
    ]);
  });

  it("reads a cancellation 'prise en compte' as done when a bracketed contract number stands between", () => {
    expect(
      classify(
        "Nous vous confirmons que votre résiliation de l'abonnement Sport Premium (contrat n° SP-88214) a bien été prise en compte.",
      ).kinds,
    ).toEqual(['cancellation.confirmed']);
    // Near miss: the request taken into account is only received.
    expect(
      classify(
        "Votre demande de résiliation de l'abonnement Sport Premium (contrat n° SP-88214) a bien été prise en compte.",
      ).kinds,
    ).toEqual(['cancellation.received']);
  });

  it("reads a cancellation 'prise en compte' as done, a request 'prise en compte' as received", () => {
    expect(
      classify("Nous avons bien pris en compte l'annulation de votre séjour du 6 au 10 avril.").kinds,
    ).toEqual(['cancellation.confirmed']);
    expect(classify('Votre résiliation a bien été prise en compte.').kinds).toEqual([
      'cancellation.confirmed',
    ]);
    expect(classify('Votre demande de résiliation a bien été prise en compte.').kinds).toEqual([
      'cancellation.received',
    ]);
    expect(classify('Nous avons bien pris en compte votre demande de résiliation.').kinds).toEqual([
      'cancellation.received',
    ]);
  });

  it('reads a trip or order cancelled by the driver, airline or seller as cancelled', () => {
    expect(classify('La compagnie a annulé votre vol pour Nice du 12 mars.').kinds).toEqual([
      'cancellation.confirmed',
    ]);
    expect(
      classify(
        "Nous vous avons remboursé 30,00 € suite à l'annulation du vendeur, le produit étant en rupture.",
      ).kinds,
    ).toEqual(['cancellation.confirmed', 'refund.confirmed']);
    expect(classify("Le vendeur n'a pas annulé la commande.").kinds).toEqual([]);
    expect(classify('Si le conducteur a annulé le trajet, vous serez remboursé.').kinds).toEqual([]);
  });

  it('reads a refund refused with an elided pronoun or "procéder à votre remboursement"', () => {
    expect(
      classify("Après vérification, nous ne pouvons pas t'accorder de remboursement pour cet achat.").kinds,
    ).toEqual(['refund.rejected']);
    expect(
      classify(
        'Nous ne sommes pas en mesure de procéder à votre remboursement, la consommation est confirmée.',
      ).kinds,
    ).toEqual(['refund.rejected']);
    expect(classify("Nous ne pouvons pas t'accorder de réduction sur ce forfait.").kinds).toEqual([]);
  });

  it.each([
    ['Votre abonnement a bien été résilié.', ['cancellation.confirmed']],
    ['Nous vous confirmons la résiliation de votre contrat.', ['cancellation.confirmed']],
    ["Votre demande d'annulation a bien été enregistrée.", ['cancellation.received']],
    ['Le remboursement de 45,00 € a été effectué sur votre carte.', ['refund.confirmed']],
    ['Nous vous avons remboursé la différence.', ['refund.confirmed']],
    ['Nous avons bien reçu votre demande de remboursement.', ['refund.received']],
    ['Votre demande de remboursement a été refusée.', ['refund.rejected']],
    ['Nous ne pouvons pas procéder au remboursement de cet article.', ['refund.rejected']],
  ])('reads "%s" as %j', (text, kinds) => {
    expect(classify(text).kinds).toEqual(kinds);
  });

  it.each([
    ["Votre commande n'a pas été annulée."],
    ['Si vous souhaitez annuler votre commande, rendez-vous dans votre espace client.'],
    ['Votre abonnement est sans engagement et résiliable à tout moment.'],
    ["Vous recevrez un e-mail dès que l'annulation aura été validée."],
    ["Nous vous avons offert un bon d'achat de 20 € à la place d'un remboursement."],
    ['La confirmation que votre abonnement a été résilié vous sera envoyée sous 5 jours.'],
  ])('finds no confirmation in "%s"', (text) => {
    expect(classify(text).kinds.filter((kind) => kind.endsWith('.confirmed'))).toEqual([]);
  });

  it('reads the sum that the next sentence points back to and refunds', () => {
    expect(
      moneyOf(
        'Votre abonnement coûtait 9,99 € par mois. Vous aviez réglé 499,99 € pour cette commande. ' +
          'Ce montant vous sera intégralement remboursé sous 14 jours.',
      ),
    ).toBe('499.99 EUR');
  });

  it('reads no refund in a tracker step still to come', () => {
    const tracker = (mark: string) =>
      classify(`Suivi de votre retour\n✔ Colis reçu à l'entrepôt\n${mark} Remboursement effectué`).kinds;
    expect(tracker('◯')).toEqual([]);
    expect(tracker('✔')).toEqual(['refund.confirmed']);
  });

  it('reads a confirmation the message itself is, not one announced for later', () => {
    expect(classify('Cet e-mail confirme que votre abonnement a été résilié.').kinds).toEqual([
      'cancellation.confirmed',
    ]);
  });

  it('reads a refusal that names no refund as refusing a refund only where the message speaks of one', () => {
    const refusal =
      "Après vérification, nous ne sommes malheureusement pas en mesure de donner suite à votre demande en l'état.";
    expect(
      classify(`Nous avons bien reçu votre courrier pour mettre fin à votre abonnement. ${refusal}`).kinds,
    ).toEqual([]);
    expect(classify(`Nous avons bien reçu votre demande de remboursement. ${refusal}`).kinds).toEqual([
      'refund.rejected',
    ]);
  });
});

describe('French promises, amounts and references', () => {
  it('reads the original booking as the reference ("Réservation d\'origine : …")', () => {
    expect(
      classify("Nous avons bien reçu votre demande de remboursement.\nRéservation d'origine : VC-55120\n")
        .reference,
    ).toBe('VC-55120');
    expect(
      classify('Nous avons bien reçu votre demande de remboursement.\nCommande initiale : 7731-KQ\n')
        .reference,
    ).toBe('7731-KQ');
  });

  it("reads no refund in a company's share capital printed in its legal footer", () => {
    expect(
      moneyOf(
        'Nous avons bien reçu votre demande de remboursement.\n\nSociété Exemple, SA au capital de 126 748 775 € - RCS Paris',
      ),
    ).toBeNull();
  });

  it('reads a refund request "noted" ("bien noté", "pris note de") as received', () => {
    expect(
      classify('Au sujet du double prélèvement, nous avons bien noté votre demande de remboursement.').kinds,
    ).toEqual(['refund.received']);
    expect(classify('Nous avons pris bonne note de votre demande de remboursement.').kinds).toEqual([
      'refund.received',
    ]);
    // Noting a preference is no refund request.
    expect(classify("Nous avons bien noté votre demande de changement d'adresse.").kinds).toEqual([]);
  });

  it('reads a refund with its sum and reason "initié" as received', () => {
    expect(
      promisesOf(
        'Votre mois ayant été payé en entier, un remboursement de 12,40 € pour les jours restants a été initié. Il vous sera versé par virement sous 7 jours ouvrés.',
      ),
    ).toEqual(['refund.confirmed 7 business_days']);
    expect(
      classify("Un remboursement de 12,40 € pour les jours restants n'a pas été initié.").kinds,
    ).not.toContain('refund.received');
  });

  it('reads a refund paid within days after the end date of the contract as the refund promise', () => {
    expect(
      promisesOf(
        'Nous vous confirmons la résiliation de votre contrat. Le solde de 41,20 € vous sera remboursé par virement (compte se terminant par 8812) sous 20 jours suivant la date de fin de votre contrat.',
      ),
    ).toEqual(['refund.confirmed 20 days']);
  });

  it('reads the end date of a contract to be confirmed as the cancellation, beside a refund request', () => {
    expect(
      promisesOf(
        'Nous accusons réception de votre demande de résiliation. Nous avons bien reçu votre demande de remboursement. Vous recevrez la confirmation de la date de fin de votre contrat sous 5 jours ouvrés.',
      ),
    ).toEqual(['cancellation.confirmed 5 business_days']);
  });

  it('reads "jours ouvrés" with a range', () => {
    expect(
      promisesOf(
        'Nous avons bien reçu votre demande de remboursement. Le remboursement sera effectué sous 5 à 10 jours ouvrés.',
      ),
    ).toEqual(['refund.confirmed 10 business_days']);
  });

  it('ends a condition set off by commas at the second comma, and no earlier condition', () => {
    expect(
      promisesOf(
        "Nous accusons réception de votre demande de remboursement. Le remboursement, s'il est accepté, sera effectué dans un délai maximum de 8 semaines.",
      ),
    ).toEqual(['refund.confirmed 8 weeks']);
    expect(
      promisesOf(
        'Nous accusons réception de votre demande de remboursement. Si elle est acceptée, le remboursement sera effectué dans un délai de 8 semaines.',
      ),
    ).toEqual([]);
  });

  it('reads number words', () => {
    expect(
      promisesOf(
        'Votre demande de résiliation a bien été enregistrée. La résiliation sera effective sous deux semaines.',
      ),
    ).toEqual(['cancellation.confirmed 2 weeks']);
  });

  it('ignores opening hours and bank delays', () => {
    expect(
      promisesOf(
        'Votre demande de remboursement a bien été enregistrée. Contactez-nous du lundi au samedi de 8h à 20h. Selon votre banque, il peut apparaître sous 3 jours.',
      ),
    ).toEqual([]);
  });

  it('reads 1 349,00 € and labels the refunded part', () => {
    expect(
      moneyOf(
        'Montant total payé 1 349,00 €\nMontant remboursé 249,00 €\nVotre remboursement a été effectué.',
      ),
    ).toBe('249.00 EUR');
  });

  // Mutual insurers close a contract or member number with a check letter set apart by a space.
  it('reads the check letter after a contract number ("n° 5530918 B", "n° 31 772 604 T")', () => {
    expect(
      classify('Votre contrat Auto n° 5530918 B est résilié depuis le 02/03/2026 à votre demande.').reference,
    ).toBe('5530918 B');
    expect(
      classify('Nous confirmons la résiliation de votre contrat Habitation n° 31 772 604 T au 30 juin.')
        .reference,
    ).toBe('31 772 604 T');
  });

  // Near miss: a capital opening the next word or sentence is no check letter.
  it('reads no check letter in a capital word after the number', () => {
    expect(classify('Votre contrat Auto n° 5530918 A compter du 1er mars, il est résilié.').reference).toBe(
      '5530918',
    );
    expect(classify('Votre contrat Auto n° 5530918 est résilié. Merci de votre confiance.').reference).toBe(
      '5530918',
    );
  });

  it('takes the request reference over the subscriber id', () => {
    const text =
      "Identifiant de l'abonné : 4471093\nRéférence de la demande : RES-2605-88172\nVotre demande de résiliation a bien été enregistrée.";
    expect(classify(text).reference).toBe('RES-2605-88172');
  });
});

describe('French registered requests and customer deadlines', () => {
  it('reads "enregistré votre demande de résiliation" and skips the box-return deadline', () => {
    const result = classify(
      'Nous avons bien enregistré votre demande de résiliation. Elle sera effective dans un délai de 10 jours. Pensez à restituer votre box dans une boutique ou un point relais sous 30 jours après la résiliation.',
    );
    expect(result.kinds).toEqual(['cancellation.received']);
    expect(result.promises.map((p) => `${p.expect} ${p.within.value} ${p.within.unit}`)).toEqual([
      'cancellation.confirmed 10 days',
    ]);
  });
});

describe('French compensation paid', () => {
  it('reads a compensation paid out as a confirmed refund', () => {
    expect(classify('Votre compensation pour le retard de votre train a bien été versée.').kinds).toEqual([
      'refund.confirmed',
    ]);
  });
  it('does not read a compensation request paid as confirmed', () => {
    expect(classify('Votre demande de compensation a été envoyée à notre service.').kinds).not.toContain(
      'refund.confirmed',
    );
  });
});

describe('French adverbial compensation', () => {
  it('does not read "en compensation" with a voucher as a refund', () => {
    expect(
      classify(
        "Toutes nos excuses. En compensation, un bon d'achat de 15 € a été versé sur votre compte client.",
      ).kinds,
    ).not.toContain('refund.confirmed');
  });

  it('reads the legal notice "un mois après sa réception, soit le …" in an acknowledgement as no confirmation', () => {
    expect(
      classify(
        'Votre demande est en cours de traitement. Votre résiliation prendra effet deux mois après la réception de votre lettre, soit le 05/03/2027.',
      ).kinds,
    ).not.toContain('cancellation.confirmed');
    expect(
      classify("La résiliation de l'abonnement prendra effet un mois après l'échéance, soit le 05/03/2027.")
        .kinds,
    ).toEqual(['cancellation.confirmed']);
    expect(
      classify(
        'Votre courrier nous est parvenu le 05/02/2027 : la résiliation prend effet un mois après réception, soit le 05/03/2027.',
      ).kinds,
    ).toEqual(['cancellation.confirmed']);
  });
});

describe('French deadline for dropping off a return', () => {
  it('reads "déposez le colis … sous 14 jours" as the customer\'s deadline, not a promise', () => {
    expect(
      promisesOf(
        'Renvoyez le colis depuis un point relais sous 10 jours. Après contrôle, nous procéderons au remboursement sous 5 jours ouvrés.',
      ),
    ).toEqual(['refund.confirmed 5 business_days']);
  });
});

describe('Français, manche UE–UP : non-reconduction confirmée', () => {
  it('lit « nous vous confirmons que votre abonnement ne sera pas reconduit » comme une résiliation', () => {
    expect(
      classify(
        'Nous vous confirmons par ailleurs que votre adhésion ne sera pas renouvelée le mois prochain.',
      ).kinds,
    ).toEqual(['cancellation.confirmed']);
    expect(
      classify(
        'Nous vous confirmons que votre abonnement ne sera pas reconduit si vous le résiliez avant le 3 mai.',
      ).kinds,
    ).toEqual([]);
    expect(classify('Merci de nous confirmer que votre contrat ne sera pas reconduit.').kinds).toEqual([]);
  });
});

describe("Français, manche UQ–UT : date d'effet « au plus tôt »", () => {
  it('lit « la résiliation prend effet …, soit le … au plus tôt » comme une date non arrêtée', () => {
    expect(
      classify(
        'Votre demande sera étudiée. La résiliation de votre abonnement prend effet à la fin de la période engagée, soit le 31/03/2027 au plus tôt.',
      ).kinds,
    ).not.toContain('cancellation.confirmed');
    expect(classify('Votre résiliation prendra effet le 28/02/2027 au plus tôt.').kinds).not.toContain(
      'cancellation.confirmed',
    );
    expect(
      classify(
        'La résiliation de votre abonnement prend effet à la fin de la période engagée, soit le 31/03/2027.',
      ).kinds,
    ).toEqual(['cancellation.confirmed']);
  });
});

describe('Français, manche UQ–UT : rendez-vous annulé par le prestataire', () => {
  it("lit « … nous informe qu'il a annulé votre rendez-vous » comme une annulation confirmée", () => {
    expect(
      classify(
        "Le cabinet nous informe qu'il doit fermer ce jour-là et a annulé votre rendez-vous du 4 février.",
      ).kinds,
    ).toEqual(['cancellation.confirmed']);
    expect(classify("Le livreur nous informe qu'il a annulé votre rendez-vous de livraison.").kinds).toEqual(
      [],
    );
    expect(classify("Le cabinet nous informe qu'il n'a pas annulé votre rendez-vous.").kinds).toEqual([]);
  });
});

describe('Français : un voyage annulé nommé seulement comme motif d’un remboursement est le contexte', () => {
  it("ne lit pas le « vol » d'un forfait « (vol + hôtel …), annulé » comme un vol annulé", () => {
    expect(
      classify(
        'Nous avons bien reçu votre demande de remboursement pour votre forfait à Malte (vol + hôtel, 4 nuits), annulé en raison de travaux à l’hôtel.',
      ).kinds,
    ).toEqual(['refund.received']);
    expect(
      classify(
        'Nous avons bien reçu votre demande de remboursement pour votre séjour à Rome (vol et hôtel du 2 au 6 mai), annulé par le voyagiste.',
      ).kinds,
    ).toEqual(['refund.received']);
  });
  it('ne lit pas le vol ou le train « …, annulé par / en raison de … » comme annulation confirmée', () => {
    expect(
      classify(
        'Nous avons bien reçu votre demande de remboursement concernant le vol AF1234 du 12 juin, annulé par la compagnie.',
      ).kinds,
    ).toEqual(['refund.received']);
    expect(
      classify(
        'Nous accusons réception de votre demande de remboursement pour votre trajet Lyon - Turin (train n° 9241), supprimé en raison de travaux.',
      ).kinds,
    ).toEqual(['refund.received']);
  });
  it('garde le vol annulé annoncé comme nouvelle', () => {
    expect(classify('Votre vol AF1234 du 12 juin a été annulé en raison de la grève.').kinds).toEqual([
      'cancellation.confirmed',
    ]);
  });
});

describe('French, round VK–VN: a fee added into a total', () => {
  it('takes the total after "=" when a fee is one of its addends', () => {
    expect(
      moneyOf(
        'Votre retour est enregistré. Montant du retour : 25,00 € (produit) + 4,95 € (frais de livraison) = 29,95 €. Nous vous rembourserons sous 10 jours.',
      ),
    ).toBe('29.95 EUR');
    expect(
      moneyOf(
        'Votre retour est enregistré. Montant du retour : 25,00 €. Frais de livraison = 4,95 €. Nous vous rembourserons sous 10 jours.',
      ),
    ).toBe('25.00 EUR');
  });
});

describe('French, round VW–VZ', () => {
  it('lit « demande dans les 30 jours » parmi les conditions comme un délai du client, non une promesse', () => {
    const underReview =
      'Nous avons bien reçu votre demande de remboursement. Le service comptable vérifiera les conditions (abonnement non utilisé, demande faite dans les 14 jours).';
    expect(classify(underReview).kinds).toEqual(['refund.received']);
    expect(promisesOf(underReview)).toEqual([]);
    expect(
      promisesOf(
        'Nous avons bien reçu votre demande de remboursement. Nous traiterons votre demande dans les 14 jours.',
      ),
    ).toEqual(['refund.confirmed 14 days']);
  });
});

describe('French blind round WA–WD', () => {
  it('reads "vous serez remboursé selon les conditions de notre politique" as the return policy, not a refund', () => {
    expect(
      classify(
        'Votre commande a été expédiée. Si un article ne vous plaît pas, renvoyez-le sous 30 jours et vous serez remboursé selon les modalités de notre politique de retour.',
      ).kinds,
    ).toEqual([]);
    expect(
      classify(
        'Vous disposez de 14 jours pour le renvoyer, et vous serez remboursée suivant nos conditions générales.',
      ).kinds,
    ).toEqual([]);
    // A refund stated for this return still counts.
    expect(classify('Votre colis retour est bien arrivé : vous serez remboursé sous 3 jours.').kinds).toEqual(
      ['refund.received'],
    );
  });
});

describe('French blind round WE–WH', () => {
  it('reads loyalty units "recrédités sur votre compte" as no money refunded', () => {
    const points = classify(
      'Le restaurant a annulé votre réservation. Vos 2 500 Étoiles ont été recréditées sur votre compte.',
    );
    expect(points.kinds).toEqual(['cancellation.confirmed']);
    // A sum of money recredited still confirms the refund.
    expect(classify('Vos 35,00 € ont été recrédités sur votre compte bancaire.').kinds).toEqual([
      'refund.confirmed',
    ]);
  });

  it('reads a cancellation request taken into account after a long parenthesis as received', () => {
    expect(
      classify(
        "Votre demande d'annulation pour la réservation 7723 (Gîte du Moulin, 5 nuits du 2 au 7 juin 2027, 4 personnes, option ménage incluse) a bien été prise en compte.",
      ).kinds,
    ).toEqual(['cancellation.received']);
    // The cancellation itself taken into account is done.
    expect(classify("L'annulation de votre séjour du 2 au 7 juin a bien été prise en compte.").kinds).toEqual(
      ['cancellation.confirmed'],
    );
  });
});

describe('French blind-round fixes (WI–WL)', () => {
  it('reads the restitution of a deposit done as a refund done, not the restitution of goods', () => {
    expect(
      classify('La restitution de la caution a bien été effectuée hier par virement sur votre compte.').kinds,
    ).toEqual(['refund.confirmed']);
    expect(classify('La restitution de votre décodeur a bien été effectuée.').kinds).toEqual([]);
    expect(
      classify('La restitution de votre dépôt de garantie sera effectuée sous 30 jours.').kinds,
    ).not.toContain('refund.confirmed');
  });

  it('does not read the length of a delay or a count of hours as a promised time', () => {
    const late =
      'Nous accusons réception de votre demande de remboursement pour le train du 4 mai, arrivé avec 3 h 05 de retard.';
    expect(promisesOf(late)).toEqual([]);
    const hours =
      'Nous avons bien reçu votre demande de remboursement. Selon nos relevés, 5 heures sur les 12 prévues restent à effectuer.';
    expect(promisesOf(hours)).toEqual([]);
    expect(
      promisesOf('Nous avons bien reçu votre demande de remboursement, qui sera traitée sous 48 heures.'),
    ).toEqual(['refund.confirmed 48 hours']);
  });
});

describe('French coverage sweep (refund wordings)', () => {
  it('reads a refund request that "est bien arrivée", "à l\'étude" or a refund file opened as received', () => {
    expect(classify('Votre demande de remboursement est bien arrivée à notre service.').kinds).toEqual([
      'refund.received',
    ]);
    expect(
      classify("Ta demande de remboursement est toujours à l'étude auprès de la comptabilité.").kinds,
    ).toEqual(['refund.received']);
    expect(
      classify('Un dossier de remboursement a été ouvert à votre nom sous le numéro 4417.').kinds,
    ).toEqual(['refund.received']);
    expect(classify("Votre demande de remboursement est en cours d'examen par nos équipes.").kinds).toEqual([
      'refund.received',
    ]);
  });

  it('reads a refund authorised or granted, not yet paid, as received', () => {
    expect(
      classify('Le remboursement a été autorisé et attend le traitement de votre banque.').kinds,
    ).toEqual(['refund.received']);
    expect(classify('Votre remboursement a été accordé par le service financier.').kinds).toEqual([
      'refund.received',
    ]);
  });

  it('reads a request to cancel and to refund both as received', () => {
    expect(
      classify("Nous avons bien reçu votre demande d'annulation et de remboursement du séjour.").kinds,
    ).toEqual(['cancellation.received', 'refund.received']);
  });

  it('reads a file passed to the refunds department as a refund received', () => {
    expect(
      classify('Votre dossier a été transmis à notre service des remboursements pour traitement.').kinds,
    ).toEqual(['refund.received']);
    expect(classify('Votre dossier a été transmis à notre service technique.').kinds).toEqual([]);
  });

  it('reads a refund that "ne peut malheureusement pas vous être accordé" as refused', () => {
    expect(classify('Le remboursement ne peut hélas pas vous être accordé pour ce billet.').kinds).toEqual([
      'refund.rejected',
    ]);
  });

  it('reads a file closed without refund as refused, a closed file alone as nothing', () => {
    expect(classify('Par conséquent, nous classons votre réclamation sans remboursement.').kinds).toEqual([
      'refund.rejected',
    ]);
    expect(classify('Nous clôturons votre dossier, le problème étant résolu.').kinds).toEqual([]);
  });

  it('reads "ne pouvons donner suite à votre nouvelle demande de remboursement" as refused', () => {
    expect(classify('Nous ne pouvons donner suite à votre dernière demande de remboursement.').kinds).toEqual(
      ['refund.rejected'],
    );
    expect(
      classify('Nous ne pouvons donner suite à votre demande de résiliation, le remboursement restant dû.')
        .kinds,
    ).not.toContain('refund.rejected');
  });

  it('reads "on vous a remboursé" as done, a question or condition about it as nothing', () => {
    expect(classify('Bonne nouvelle, on vous a remboursé les 12,00 € prélevés deux fois.').kinds).toEqual([
      'refund.confirmed',
    ]);
    expect(classify("Si on vous a remboursé deux fois, merci de nous l'indiquer.").kinds).toEqual([]);
  });

  it('reads a refund "validé et versé" as done, "validé" alone as received', () => {
    expect(
      classify('Le remboursement de 42,00 € a été approuvé et versé sur votre compte ce matin.').kinds,
    ).toEqual(['refund.confirmed']);
    expect(classify('Le remboursement de 42,00 € a été approuvé.').kinds).toEqual(['refund.received']);
  });

  it('reads a transfer made to the account as a refund, a transfer promised as no confirmation', () => {
    expect(
      classify('Un virement de 80,00 € a été effectué sur votre compte en remboursement de vos frais.').kinds,
    ).toEqual(['refund.confirmed']);
    expect(
      classify('Un virement de 80,00 € a été effectué sur votre compte pour votre salaire.').kinds,
    ).toEqual([]);
    expect(
      classify('Un virement de 80,00 € sera effectué sur votre compte en remboursement de vos frais.').kinds,
    ).not.toContain('refund.confirmed');
  });

  it('reads an account "crédité de" a sum as a refund when it names the refund', () => {
    expect(
      classify('Votre compte bancaire a été crédité de 20,10 € au titre du remboursement.').kinds,
    ).toEqual(['refund.confirmed']);
    expect(
      classify('Votre compte client a été crédité de 20,10 € au titre du remboursement.').kinds,
    ).not.toContain('refund.confirmed');
    expect(classify('Votre compte a été crédité de 20,10 € de points fidélité.').kinds).toEqual([]);
  });
});

describe('French blind round WQ–WT', () => {
  it.each([
    // A sum credited as the shop's own credit instead of money is no refund.
    ['Nous avons crédité 25,00 € en crédit sur votre espace client, valable un an.', []],
    ['Nous vous avons crédité de 18,50 € en crédits utilisables sur le site.', []],
    // Near miss: money credited back to the card is still a refund.
    ['Nous avons crédité 25,00 € sur votre carte bancaire.', ['refund.confirmed']],
  ])('reads "%s" as %j', (text, kinds) => {
    expect(classify(text).kinds).toEqual(kinds);
  });

  it('takes the sum labelled as refunded over a returned item listed before it', () => {
    const text =
      'Votre remboursement a été effectué ce jour.\n\nArticles retournés : Chemise - 40,00 €\n                    Ceinture - 12,00 €\nMontant remboursé : 52,00 €';
    expect(moneyOf(text)).toBe('52.00 EUR');
  });

  it('reads the reference of a contribution or participation refunded', () => {
    const text =
      'Votre participation vous a été intégralement remboursée.\n\nRéférence de la participation : KP-20931\nMontant remboursé : 30,00 €';
    expect(classify(text).reference).toBe('KP-20931');
  });

  it('still takes the only returned item when no refunded sum is labelled', () => {
    const text = 'Votre remboursement a été effectué ce jour.\n\nArticles retournés : Chemise - 40,00 €';
    expect(moneyOf(text)).toBe('40.00 EUR');
  });
});

describe('French blind round WU–WX', () => {
  it.each([
    // A rule for after a renewal or a deadline is policy, not a refusal.
    ['Aucun remboursement ne sera accordé après la date de reconduction de votre contrat.', []],
    ['Aucun remboursement ne peut être effectué au-delà de 30 jours.', []],
    // Near misses: the same words refusing this refund still refuse it.
    ['Aucun remboursement ne sera effectué pour cette réservation.', ['refund.rejected']],
    [
      'Aucun remboursement ne sera accordé, votre abonnement ayant été renouvelé le 3 mars.',
      ['refund.rejected'],
    ],
  ])('reads "%s" as %j', (text, kinds) => {
    expect(classify(text).kinds).toEqual(kinds);
  });
});

describe('French blind round XC–XF', () => {
  it.each([
    // The refund's apposition closed by a comma before the verb.
    [
      'Le remboursement des nuits non consommées, soit 240,00 € pour deux chambres, a été effectué ce jour par virement.',
      ['refund.confirmed'],
    ],
    // Near miss: the same apposition before a promise is no confirmation.
    [
      'Le remboursement des nuits non consommées, soit 240,00 € pour deux chambres, sera effectué sous 10 jours par virement.',
      ['refund.received'],
    ],
  ])('reads "%s" as %j', (text, kinds) => {
    expect(classify(text).kinds).toEqual(kinds);
  });

  it('reads a closure reference', () => {
    const text = 'Votre compte a bien été clôturé.\n\nRéférence de clôture : CLO-11-90210\n\nCordialement';
    expect(classify(text).reference).toBe('CLO-11-90210');
  });

  it('takes the sum of the apposition', () => {
    const text =
      'Le remboursement des nuits non consommées, soit 240,00 € pour deux chambres, a été effectué ce jour par virement.';
    expect(moneyOf(text)).toBe('240.00 EUR');
  });
});

describe('French blind round XG–XJ', () => {
  it('reads a payment reference as the reference', () => {
    expect(
      classify(
        'Votre demande de remboursement a bien été reçue.\n\nRéférence du paiement : 774-20199-3\nMontant : 12,00 €',
      ).reference,
    ).toBe('774-20199-3');
    // Near miss: a payment method named without a number gives no reference.
    expect(
      classify('Votre demande de remboursement a bien été reçue. Référence du paiement : carte bancaire.')
        .reference,
    ).toBeNull();
  });
});

describe('French blind round XK–XN', () => {
  it.each([
    // A cancellation request said to have arrived "en dehors du délai" is the refusal's background.
    [
      'Nous ne pouvons pas rembourser votre prime : votre lettre de résiliation nous est parvenue le 2 mars, soit en dehors du délai contractuel.',
      ['refund.rejected'],
    ],
    ['Votre demande de résiliation nous est parvenue hors délai.', []],
    // Near miss: arrived in time, it is acknowledged.
    ['Votre demande de résiliation nous est bien parvenue le 2 mars.', ['cancellation.received']],
  ])('reads "%s" as %j', (text, kinds) => {
    expect(classify(text).kinds).toEqual(kinds);
  });

  it('keeps the promise of a letter that details a possible sum due', () => {
    expect(
      promisesOf(
        'Votre demande de résiliation a bien été enregistrée. Une lettre de confirmation indiquant les éventuels frais restant à régler vous sera envoyée sous 8 jours.',
      ),
    ).toEqual(['cancellation.confirmed 8 days']);
  });

  it('still reads « éventuel » before the refund as a hedge', () => {
    expect(promisesOf('Un éventuel remboursement vous sera versé sous 8 jours.')).toEqual([]);
  });
});

describe('French operation reference', () => {
  it('reads « Référence de l’opération » as the refund reference', () => {
    const text =
      "Le trop-perçu de 18,00 € vous a été reversé par virement ce jour.\n\nRéférence de l'opération : RB-77-20415\nNuméro de client : 661204";
    expect(classify(text).reference).toBe('RB-77-20415');
  });
});

describe('French blind round XO–XR', () => {
  it('reads a refund request passed on « à notre service … » as received', () => {
    const text =
      'Après contrôle, nous avons donc transmis au service financier une demande de remboursement de 60,00 €. Le virement sera effectué sous 8 jours ouvrés.';
    expect(classify(text).kinds).toEqual(['refund.received']);
    expect(moneyOf(text)).toBe('60.00 EUR');
    // Near miss: a request to the other department, about nothing refunded, stays unrelated.
    expect(
      classify('Nous avons transmis au service technique votre demande de changement de box.').kinds,
    ).toEqual([]);
  });

  it('reads « nous vous confirmons que le renouvellement automatique … a été désactivé » as the plan ending', () => {
    const text =
      'Nous vous confirmons que le renouvellement automatique de votre abonnement Premium pour le domaine www.mon-atelier.fr a bien été désactivé. Aucun nouveau prélèvement ne sera effectué.';
    expect(classify(text).kinds).toEqual(['cancellation.confirmed']);
    // Near miss: only once it is switched off, nothing is confirmed.
    expect(
      classify(
        'Dès que le renouvellement automatique de votre abonnement aura été désactivé, aucun nouveau prélèvement ne sera effectué.',
      ).kinds,
    ).not.toContain('cancellation.confirmed');
  });
});

describe('French blind round XS–XV', () => {
  it('reads « nous avons lancé son remboursement » as a refund under way', () => {
    const text =
      'Votre forfait a bien été résilié. Le mois de janvier vous avait déjà été prélevé : nous avons initié son remboursement, vous le recevrez sur votre carte sous 7 jours ouvrés.';
    expect(classify(text).kinds).toEqual(['cancellation.confirmed', 'refund.received']);
    expect(promisesOf(text)).toEqual(['refund.confirmed 7 business_days']);
    // Near miss: the refund only to be started once something happens is no refund under way.
    expect(
      classify('Une fois le colis réceptionné, nous lancerons son remboursement si tout est conforme.').kinds,
    ).not.toContain('refund.confirmed');
  });

  it('reads a return request « envoyée au vendeur » and a « Remboursement demandé » line as received', () => {
    expect(classify('Bonjour, votre demande de retour a été envoyée au marchand.').kinds).toEqual([
      'refund.received',
    ]);
    const text = 'Bonjour,\nNuméro de retour : 88120455\nRemboursement demandé : 54,00 EUR\nCordialement';
    expect(classify(text).kinds).toEqual(['refund.received']);
    expect(moneyOf(text)).toBe('54.00 EUR');
    // Near miss: a refund asked for in a heading of a refused claim stays refused, not confirmed.
    expect(
      classify(
        'Remboursement demandé : 54,00 EUR\nNous ne pouvons malheureusement pas donner suite à votre demande de remboursement.',
      ).kinds,
    ).not.toContain('refund.confirmed');
  });

  it('keeps a time the seller has « pour vous répondre » out of the promises', () => {
    expect(
      promisesOf(
        'Votre demande de remboursement a bien été enregistrée. Le marchand a 5 jours ouvrés pour vous répondre.',
      ),
    ).toEqual([]);
    // Near miss: a refund promised with a time still counts.
    expect(
      promisesOf(
        'Votre demande de remboursement a bien été transmise. Nous vous rembourserons sous 5 jours ouvrés.',
      ),
    ).toEqual(['refund.confirmed 5 business_days']);
  });

  it('reads a department called « Après-Vente » as no temporal clause', () => {
    expect(
      promisesOf(
        "Nous avons bien reçu votre demande d'annulation. Notre service Après-Vente vous enverra la confirmation de l'annulation sous 48 heures.",
      ),
    ).toEqual(['cancellation.confirmed 48 hours']);
    // Near miss: « après » opening a clause still holds its phrases back.
    expect(
      classify("Après l'annulation de votre commande, nous vous rembourserons sous 48 heures.").kinds,
    ).not.toContain('cancellation.confirmed');
  });
});

describe('French promises of the end date of a contract', () => {
  it('reads "reviendra vers vous sous N jours avec la date de fin de votre contrat" as a promised confirmation', () => {
    expect(
      promisesOf(
        'Votre demande de résiliation a bien été enregistrée. Votre agence reviendra vers vous sous 5 jours ouvrés avec la date de fin de votre contrat et le solde à régler.',
      ),
    ).toEqual(['cancellation.confirmed 5 business_days']);
  });

  it('promises nothing when the callback is about something else (near miss)', () => {
    expect(
      promisesOf(
        'Votre demande de résiliation a bien été enregistrée. Un conseiller reviendra vers vous sous 48 heures pour vous présenter nos offres avant la fin du mois.',
      ),
    ).toEqual([]);
  });
});

describe('French numbered lists of requests whose items run on', () => {
  it('reads each numbered item as received, also after sentences of its own', () => {
    const reading = classify(
      'Bonjour,\n\nNous avons bien reçu vos demandes :\n\n1) La clôture de votre compte client. Nous la traiterons dès réception du formulaire signé.\n\n2) Le remboursement du trop-perçu de 18,40 €. Le service comptable vérifie vos paiements.\n\nCordialement',
    );
    expect(reading.kinds).toEqual(['cancellation.received', 'refund.received']);
  });

  it('ends the list at a sentence opening another one (near miss)', () => {
    expect(
      classify(
        'Bonjour,\n\nNous avons bien reçu vos demandes :\n\n1) La clôture de votre compte client. Nous la traiterons rapidement.\n\nPour information, nos autres services :\n\n2) Remboursement de vos frais de port sur simple demande.\n\nCordialement',
      ).kinds,
    ).toEqual(['cancellation.received']);
  });
});

describe('French blind round YU–YX', () => {
  it('reads a bill credit said not to be paid back, followed by an unchanged plan, as no refund refused', () => {
    expect(
      classify(
        'En dédommagement de la panne, un avoir de 10,00 € figurera sur votre prochaine facture. Cette somme ne sera pas versée par remboursement sur votre carte. Votre contrat reste inchangé.',
      ).kinds,
    ).toEqual([]);
    // Near miss: a refund asked for, then refused in words that name no refund, is still refused.
    expect(
      classify(
        "Vous avez sollicité le remboursement de vos frais de mise en service. Il ne nous est pas possible d'y donner suite.",
      ).kinds,
    ).toEqual(['refund.rejected']);
  });
});

describe('French blind round YY–ZB', () => {
  it('reads a numbered item that a client wrapped inside a bracket as one sentence', () => {
    const text =
      "Bonjour,\n\nNous avons bien reçu votre courrier.\n\n1) Clôture : votre demande de résiliation de l'abonnement internet n° 55 12 40 (offre\nFibre Max) a bien été enregistrée. Elle prendra effet au plus tard 30 jours après sa réception.\n\nBien à vous";
    expect(classify(text).kinds).toEqual(['cancellation.received']);
    expect(promisesOf(text)).toEqual(['cancellation.confirmed 30 days']);
  });

  it('reads a transfer of the deposit made to the customer as a refund paid, with its sum', () => {
    const text =
      "Bonjour,\n\nNous vous informons que le virement de 95,00 € correspondant aux arrhes de votre location (chalet n° 4, semaine du 3 au 10 août) a bien été effectué hier sur le compte dont l'IBAN se termine par 1187.\n\nLes frais de dossier de 15,00 € restent dus.\n\nCordialement";
    expect(classify(text).kinds).toEqual(['refund.confirmed']);
    expect(moneyOf(text)).toBe('95.00 EUR');
    expect(
      classify(
        'Le virement de 95,00 € correspondant à votre dépôt de garantie a été effectué ce jour sur votre compte.',
      ).kinds,
    ).toEqual(['refund.confirmed']);
  });

  it("reads no refund paid in the customer's own transfer or one still to come (near misses)", () => {
    expect(
      classify(
        "Votre virement de 95,00 € correspondant à l'acompte de votre séjour a bien été effectué sur le compte dont l'IBAN se termine par 1187.",
      ).kinds,
    ).not.toContain('refund.confirmed');
    expect(
      classify(
        "Le virement de 95,00 € correspondant à l'acompte sera effectué sur votre compte sous 5 jours ouvrés.",
      ).kinds,
    ).not.toContain('refund.confirmed');
    expect(
      classify(
        "Pourriez-vous nous dire si le virement correspondant à l'acompte a été effectué sur votre compte ?",
      ).kinds,
    ).not.toContain('refund.confirmed');
  });

  it('reads the number of a credit note ("réf. avoir …") as the reference', () => {
    expect(
      classify(
        'Un avoir de 12,00 € sera déduit de votre prochaine commande (réf. avoir CR-55120) et reste valable trois mois.',
      ).reference,
    ).toBe('CR-55120');
  });
});

describe('French blind round ZO–ZR', () => {
  it('reads a refund launched after another act of the same sentence ("nous avons annulé … et lancé le remboursement")', () => {
    const text =
      "Nous avons annulé votre commande et initié le remboursement de la totalité du montant réglé, soit 58,40 €. L'argent vous sera reversé sous 5 jours ouvrés.";
    const reading = classify(text);
    expect(reading.kinds).toEqual(['cancellation.confirmed', 'refund.received']);
    expect(moneyOf(text)).toBe('58.40 EUR');
    expect(
      classify('Nous avons bien reçu le colis retourné et avons aussitôt déclenché votre remboursement.')
        .kinds,
    ).toEqual(['refund.received']);
    // Near misses: something else launched is no refund, and a launched refund is not yet paid.
    expect(
      classify('Nous avons noté votre réclamation et lancé une enquête auprès du transporteur.').kinds,
    ).toEqual([]);
    expect(classify('Nous avons clôturé votre dossier et lancé le remboursement.').kinds).not.toContain(
      'refund.confirmed',
    );
  });

  it('reads a ticket code written right after "billet" as the reference', () => {
    expect(
      classify(
        "Suite à l'examen de votre demande au sujet du billet TR-58K2QW (Lyon - Dijon), nous ne pouvons pas vous rembourser.",
      ).reference,
    ).toBe('TR-58K2QW');
    // Near misses: a route or a class after "billet" is no code.
    expect(classify('Votre billet Paris-Lyon du 3 mai reste valable.').reference).toBeNull();
    expect(classify('Votre billet 2e-classe reste valable.').reference).toBeNull();
  });
});

describe('French blind round ZW–ZZ', () => {
  it('reads "ne pouvons pas prendre en charge le remboursement" as a refused refund', () => {
    expect(
      classify(
        "À l'examen de votre dossier, nous ne pouvons malheureusement pas prendre en charge le remboursement de vos billets d'avion : la maladie invoquée était antérieure à la souscription.",
      ).kinds,
    ).toEqual(['refund.rejected']);
    expect(
      classify(
        'Nous regrettons de ne pas pouvoir prendre en charge votre remboursement, faute de justificatif médical.',
      ).kinds,
    ).toEqual(['refund.rejected']);
    // Near misses: coverage granted, and something else that cannot be handled.
    expect(
      classify('Nous prenons en charge le remboursement de vos frais de rapatriement.').kinds,
    ).not.toContain('refund.rejected');
    expect(
      classify('Nous ne pouvons pas prendre en charge votre appel pour le moment, merci de rappeler.').kinds,
    ).toEqual([]);
  });
});

describe('French blind round AA–AD', () => {
  it('reads a refund dated before this letter, given as the reason for a refusal, as no refund paid', () => {
    expect(
      classify(
        "Nous ne pouvons malheureusement pas accepter votre demande de remboursement :\nvos lentilles vous ont déjà été remboursées le 02/06/2026 et votre garantie n'en couvre qu'une paire par an.",
      ).kinds,
    ).toEqual(['refund.rejected']);
    expect(
      classify(
        'Après examen, nous ne pouvons pas donner une suite favorable à votre demande de remboursement :\nle 5 mai, nous vous avions déjà remboursé la consultation concernée.',
      ).kinds,
    ).toEqual(['refund.rejected']);
    // Near miss: a refund paid today beside a refused fee is still paid.
    expect(
      classify(
        "Le billet vous a été remboursé aujourd'hui sur votre carte bancaire. En revanche, nous ne pouvons pas rembourser les frais de dossier.",
      ).kinds,
    ).toEqual(['refund.confirmed', 'refund.rejected']);
  });

  it('reads a refused refund request whose sum is explained in brackets before the verb', () => {
    expect(
      classify(
        'Votre demande de remboursement de 30,00 € (frais de livraison facturés en double) a malheureusement été rejetée.',
      ).kinds,
    ).toEqual(['refund.rejected']);
    expect(
      moneyOf(
        'Votre demande de remboursement de 30,00 € (frais de livraison facturés en double) a malheureusement été rejetée.',
      ),
    ).toBe('30.00 EUR');
    // Near miss: a bracket after a refund that was paid refuses nothing.
    expect(
      classify('Votre remboursement de 30,00 € (frais de livraison) a été effectué sur votre carte.').kinds,
    ).toEqual(['refund.confirmed']);
  });

  it('reads "nous ne sommes plus en mesure de l\'annuler" as a cancellation that could not be done', () => {
    expect(
      classify(
        "Nous avons bien reçu votre demande d'annulation. Votre colis est déjà parti de notre entrepôt : nous ne sommes plus en mesure de l'annuler.",
      ).kinds,
    ).toEqual([]);
    expect(
      classify(
        "Votre demande d'annulation nous est bien parvenue, mais la commande étant déjà préparée, nous ne pouvons plus l'annuler.",
      ).kinds,
    ).toEqual([]);
    // Near miss: a request received that is still being handled stays received.
    expect(
      classify(
        "Nous avons bien reçu votre demande d'annulation. Notre service client la traitera sous 48 heures.",
      ).kinds,
    ).toEqual(['cancellation.received']);
  });
});

describe('Français, manche AE–AH : délai imparti à un tiers', () => {
  it('reads a deadline allotted to someone as no promise of the vendor', () => {
    expect(
      promisesOf(
        "Le transporteur n'ayant pas répondu dans le délai de 10 jours qui lui était accordé, votre demande de remboursement est acceptée.",
      ),
    ).toEqual([]);
    // The vendor's own promise after it still counts.
    expect(
      promisesOf(
        "Le transporteur n'ayant pas répondu dans le délai imparti, votre demande de remboursement est acceptée. Le remboursement sera effectué sous 4 jours ouvrés.",
      ),
    ).toEqual(['refund.confirmed 4 business_days']);
  });

  it('reads a deposit kept ("l\'acompte reste acquis") beside a declined request as a refused refund', () => {
    const request = 'Vous sollicitez le remboursement des arrhes de 150 € versées pour votre séjour.';
    expect(
      classify(
        `${request} Nous regrettons de ne pas pouvoir y donner une suite favorable : conformément à nos conditions de vente, les arrhes versées restent acquises à l'hôtel.`,
      ).kinds,
    ).toEqual(['refund.rejected']);
    // Near misses: the same clause as booking terms, or the deposit kept alone, refuses nothing by itself.
    expect(
      classify(
        "Votre séjour est réservé. L'acompte de 150 € reste acquis à l'établissement pour toute annulation à moins de 15 jours.",
      ).kinds,
    ).toEqual([]);
    expect(
      classify(
        `${request} Selon nos conditions, l'acompte de 150 € reste définitivement acquis à l'établissement.`,
      ).kinds,
    ).toEqual([]);
  });
});

describe('French blind round AU–AX', () => {
  it('takes the balance that the next paragraph refunds ("Ce solde vous sera remboursé")', () => {
    expect(
      moneyOf(
        'Votre contrat de gaz est résilié depuis le 3 mars.\n\nDécompte final :\nMontant TTC : 41,20 €\nMensualités déjà versées : 60,00 €\nSolde en votre faveur : 18,80 €\n\nCe solde vous sera remboursé sur votre compte bancaire d’ici 10 jours.',
      ),
    ).toBe('18.80 EUR');
    // Near miss: a next paragraph that names its own sum points back to nothing.
    expect(
      moneyOf(
        'Votre contrat de gaz est résilié depuis le 3 mars.\n\nDécompte final :\nMontant TTC : 41,20 €\n\nCe montant de 25,00 € vous sera remboursé par virement sous 10 jours.',
      ),
    ).toBe('25.00 EUR');
    // Near miss: a fee closing the block is not what the next paragraph refunds.
    expect(
      moneyOf(
        'Votre billet a été annulé.\n\nPrix du billet : 58,00 €\nFrais d’annulation : 0,00 €\n\nLe montant vous a été remboursé sur la carte utilisée lors de l’achat.',
      ),
    ).not.toBe('0.00 EUR');
  });
});

describe('French blind round BG–BJ', () => {
  it('reads a deposit that "ne peut pas être restitué" as a refused refund', () => {
    expect(
      classify(
        "Votre réservation a bien été annulée. Comme indiqué dans nos conditions, l'acompte de 90,00 € ne pourra malheureusement pas vous être restitué.",
      ).kinds,
    ).toEqual(['cancellation.confirmed', 'refund.rejected']);
    expect(
      classify(
        'Nous sommes désolés, mais les arrhes versées ne peuvent pas être remboursées. Un avoir vous est proposé.',
      ).kinds,
    ).toEqual(['refund.rejected']);
    // Near miss: a deposit kept under the booking terms, with no refund asked for, refuses nothing.
    expect(
      classify(
        "Votre séjour est annulé. Selon nos conditions, l'acompte de 120,00 € est conservé et ne peut pas être restitué.",
      ).kinds,
    ).toEqual(['cancellation.confirmed']);
    // Near miss: the deposit is only held back until the keys are handed back.
    expect(
      classify(
        'Votre location est confirmée. Le dépôt de garantie ne sera pas restitué avant la remise des clés et l’état des lieux.',
      ).kinds,
    ).toEqual([]);
  });

  it('reads a refund after "Notez que, si vous annulez …," as part of the condition', () => {
    expect(
      classify(
        'Le changement de votre réservation est confirmé. Nous vous rappelons que, si vous annulez ce voyage, des frais de 20 % seront retenus et le solde vous sera remboursé par virement.',
      ).kinds,
    ).toEqual([]);
    // Near miss: a condition on the goods checked stays an approval condition of a refund under way.
    expect(
      classify(
        'Nous avons bien reçu votre colis retourné et nous vous confirmons que, si le produit est conforme, le remboursement sera effectué sous 10 jours.',
      ).kinds,
    ).toEqual(['refund.received']);
  });

  it('takes the total, not the rate, of "5 mois à 38 €, 190 € au total"', () => {
    expect(
      moneyOf(
        'Nous avons bien reçu votre demande de remboursement des séances non utilisées, soit 4 séances à 15 €, 60,00 € au total.',
      ),
    ).toBe('60.00 EUR');
    // Near miss: a rate with no count before it stays the refunded sum.
    expect(moneyOf('Nous avons bien reçu votre demande de remboursement de 15 € par séance.')).toBe(
      '15.00 EUR',
    );
  });
});
describe('French blind round BK–BN', () => {
  it('keeps a refund promised once the vendor’s own check confirms the charge ("si l’erreur est avérée, …")', () => {
    expect(
      promisesOf(
        "Votre réclamation est bien enregistrée. Si l'erreur de facturation est confirmée, la somme vous sera remboursée par virement sous 10 jours ouvrés.",
      ),
    ).toEqual(['refund.confirmed 10 business_days']);
    expect(
      promisesOf(
        'Nous avons reçu votre demande. Si le prélèvement en double se vérifie, nous vous rembourserons dans un délai de 30 jours.',
      ),
    ).toEqual(['refund.confirmed 30 days']);
    // Near misses: a condition on the customer's own act or on a cancellation stays hypothetical.
    const cancellation = classify(
      'Si votre résiliation est confirmée, le montant restant vous sera remboursé sous 10 jours.',
    );
    expect(cancellation.kinds).toEqual([]);
    expect(cancellation.promises).toEqual([]);
    expect(
      promisesOf('Si vous annulez votre réservation, le montant vous sera remboursé sous 10 jours.'),
    ).toEqual([]);
  });

  it('reads a refund request "également enregistrée" beside a cancellation request', () => {
    expect(
      classify(
        "Nous avons bien reçu votre demande d'annulation de la commande 55120. Votre demande de remboursement a également été enregistrée.",
      ).kinds,
    ).toEqual(['cancellation.received', 'refund.received']);
    // Near miss: a refund request only to be registered later is no acknowledgement.
    expect(
      classify('Votre demande de remboursement pourra être enregistrée dès réception du formulaire signé.')
        .kinds,
    ).toEqual([]);
  });

  it('reads a letter "contenant" a cancellation request as that request received', () => {
    expect(
      classify(
        "Nous avons bien reçu votre lettre recommandée contenant votre demande de résiliation de votre contrat d'assurance habitation.",
      ).kinds,
    ).toEqual(['cancellation.received']);
    // Near miss: a letter holding a direct debit mandate's cancellation is no service cancelled.
    expect(
      classify('Nous avons bien reçu votre courrier contenant la résiliation de votre mandat de prélèvement.')
        .kinds,
    ).toEqual([]);
  });
});

describe('French blind round CM–CP', () => {
  it('reads "pas en mesure d\'accepter ce retour" as a refused refund', () => {
    const reading = classify(
      "Nous avons bien reçu votre demande de remboursement pour la lampe commandée en mars. Le délai de rétractation de 14 jours étant dépassé, nous ne sommes malheureusement pas en mesure d'accepter ce retour.",
    );
    expect(reading.kinds).toEqual(['refund.rejected']);
    expect(reading.promises).toEqual([]);
    // Near miss: a return accepted once it has been checked is no refusal.
    expect(
      classify('Nous acceptons ce retour : dès réception du colis, nous procéderons au remboursement.').kinds,
    ).not.toContain('refund.rejected');
  });

  it('reads a refund chosen "plutôt qu\'un avoir" as money, not a voucher', () => {
    expect(
      classify(
        "Votre train a été supprimé. Vous avez préféré un remboursement plutôt qu'un échange ou un avoir : le remboursement sera versé sous 10 jours.",
      ).kinds,
    ).toContain('refund.received');
    expect(
      classify(
        "Vous avez demandé le remboursement au lieu d'un avoir. Le remboursement sera effectué sous 5 jours.",
      ).kinds,
    ).toEqual(['refund.received']);
    // Near miss: a credit note given as the refund stays a voucher.
    expect(
      classify('Nous avons émis un avoir de 40,00 € en remboursement de votre commande.').kinds,
    ).not.toContain('refund.confirmed');
  });

  it('takes the deposit refunded, not the price of the stay', () => {
    expect(
      moneyOf(
        "Nous confirmons l'annulation de votre réservation.\n\nMontant de la réservation : 560,00 €\nAcompte versé : 150,00 €\n\nL'acompte vous a été remboursé ce matin sur votre carte bancaire.",
      ),
    ).toBe('150.00 EUR');
    // Near miss: a sum labelled as refunded still wins over the deposit paid.
    expect(
      moneyOf(
        'Votre séjour est annulé.\n\nArrhes versées : 150,00 €\nMontant remboursé : 90,00 €\n\nLe remboursement a été effectué sur votre carte.',
      ),
    ).toBe('90.00 EUR');
    expect(
      moneyOf(
        'Votre caution vous a été remboursée ce jour par virement bancaire.\n\nCaution versée : 500,00 €\nFrais de ménage retenus : 60,00 €\nMontant restitué : 440,00 €',
      ),
    ).toBe('440.00 EUR');
  });
});

describe('French blind round CQ–CT', () => {
  it('reads « vous avez annulé le 2 mars votre réservation », the date before the booking, as a cancellation done', () => {
    expect(
      classify(
        'Vous avez annulé, le lundi 2 mars 2026, votre réservation à l’hôtel. Nous vous avons remboursé 84,00 € sur votre carte bancaire.',
      ).kinds,
    ).toEqual(['cancellation.confirmed', 'refund.confirmed']);
    expect(classify('Vous avez annulé hier votre billet de train.').kinds).toEqual([
      'cancellation.confirmed',
    ]);
    // Near miss: the same words in a condition state no cancellation.
    expect(
      classify('Si vous avez annulé le 02/03 votre réservation, aucun frais ne vous sera facturé.').kinds,
    ).toEqual([]);
  });
});

describe('French blind round CU–CX', () => {
  it('reads a contract that « prendra donc fin » on a date as ended', () => {
    expect(
      classify(
        'Madame, nous avons bien reçu votre attestation. Votre adhésion se terminera donc le 31 décembre 2026.',
      ).kinds,
    ).toEqual(['cancellation.confirmed']);
    expect(
      classify(
        'Madame, nous ne pouvons pas vous rembourser la cotisation de décembre. Votre contrat prendra par conséquent fin le 31/12/2026 et cette cotisation reste due.',
      ).kinds,
    ).toEqual(['cancellation.confirmed', 'refund.rejected']);
  });

  it('reads no ended contract when « prendra donc fin » is conditional', () => {
    expect(
      classify(
        "Madame, nous avons bien reçu votre attestation. Votre contrat prendra ainsi fin au 31/12/2026, sauf si vous changez d'avis.",
      ).kinds,
    ).toEqual([]);
  });

  it('takes the amount with tax given in brackets after the amount before tax', () => {
    expect(
      moneyOf(
        'Bonjour, votre demande de remboursement de 100,00 € HT (120,00 € TTC) est acceptée et sera traitée sous 10 jours.',
      ),
    ).toBe('120.00 EUR');
    expect(
      moneyOf(
        'Bonjour, votre demande de remboursement de 120,00 € TTC (100,00 € HT) est acceptée et sera traitée sous 10 jours.',
      ),
    ).toBe('120.00 EUR');
  });

  it('keeps a refund request acknowledged when a refund to the wallet is only promised under a condition', () => {
    expect(
      classify(
        "Bonjour, nous avons bien reçu votre demande de remboursement pour l'achat ci-dessous. Le vendeur a 48 heures pour nous répondre. S'il ne fournit aucun justificatif, le remboursement sera versé sur votre porte-monnaie.",
      ).kinds,
    ).toEqual(['refund.received']);
  });

  it('still reads a refund credited to the wallet for later purchases as no money refund', () => {
    expect(
      classify(
        'Bonjour, nous avons bien reçu votre demande de remboursement. La somme a été créditée sur votre porte-monnaie, utilisable lors de vos prochains achats.',
      ).kinds,
    ).toEqual([]);
    expect(
      classify(
        "Bonjour, nous avons bien reçu votre demande de remboursement. Même si le vendeur n'a pas répondu, le remboursement a été versé sur votre porte-monnaie, utilisable lors de vos prochains achats.",
      ).kinds,
    ).toEqual([]);
  });
});

describe('French round of blind batches DC–DN', () => {
  it('reads what a plan does once a request is handled as no confirmation when the confirmation is still to come', () => {
    const text =
      "Bonjour, ta demande de résiliation a bien été enregistrée. Notre équipe va la traiter : selon tes conditions d'abonnement, celui-ci restera actif jusqu'au 31/01/2027, puis ne sera pas renouvelé. Tu recevras un e-mail confirmant la résiliation sous 3 jours.";
    expect(classify(text).kinds).toEqual(['cancellation.received']);
    expect(promisesOf(text)).toEqual(['cancellation.confirmed 3 days']);
  });

  it('still reads a plan left to run out and not renewed as cancelled when no confirmation is to come', () => {
    expect(
      classify(
        "Bonjour, votre demande de résiliation a bien été prise en compte. Selon vos conditions d'abonnement, celui-ci restera actif jusqu'au 31/01/2027, puis ne sera pas renouvelé.",
      ).kinds,
    ).toEqual(['cancellation.confirmed']);
    expect(
      classify(
        'Bonjour, votre abonnement a bien été résilié. Vous recevrez un récapitulatif de la résiliation par e-mail sous 24 heures.',
      ).kinds,
    ).toEqual(['cancellation.confirmed']);
  });

  it('reads a refund asked "ainsi que" beside an acknowledged cancellation request as received', () => {
    const text =
      "Madame, nous avons bien reçu votre lettre du 4 mars par laquelle vous demandez l'annulation de votre adhésion ainsi que le remboursement des frais d'inscription, soit 35,00 €.";
    expect(classify(text).kinds).toEqual(['cancellation.received', 'refund.received']);
    expect(moneyOf(text)).toBe('35.00 EUR');
    expect(
      classify(
        "Bonjour, nous accusons bonne réception de votre demande d'annulation de la réservation, ainsi que de votre demande de remboursement des arrhes. Vous recevrez la confirmation de l'annulation sous 24 heures, puis le remboursement sous 7 jours ouvrés.",
      ),
    ).toMatchObject({ kinds: ['cancellation.received', 'refund.received'] });
    expect(
      promisesOf(
        "Bonjour, nous accusons bonne réception de votre demande d'annulation de la réservation, ainsi que de votre demande de remboursement des arrhes. Vous recevrez la confirmation de l'annulation sous 24 heures, puis le remboursement sous 7 jours ouvrés.",
      ),
    ).toEqual(['cancellation.confirmed 24 hours', 'refund.confirmed 7 business_days']);
  });

  it('reads no refund request in "ainsi que" when nothing is acknowledged', () => {
    expect(
      classify(
        'Pour demander la résiliation de votre contrat ainsi que le remboursement de la cotisation, remplissez le formulaire en ligne.',
      ).kinds,
    ).toEqual([]);
  });

  it('reads a transfer for a double debit made this morning as the refund done', () => {
    const text =
      'Bonjour, nous vous confirmons que le virement de 19,90 € correspondant au prélèvement en double de votre abonnement a été effectué ce matin sur votre compte. Il devrait apparaître sous 2 jours selon votre banque.';
    expect(classify(text).kinds).toEqual(['refund.confirmed']);
    expect(moneyOf(text)).toBe('19.90 EUR');
  });

  it('reads no refund done in a transfer for a double debit still to be made', () => {
    expect(
      classify(
        'Bonjour, le virement de 19,90 € correspondant au double prélèvement de votre abonnement sera effectué demain sur votre compte.',
      ).kinds,
    ).not.toContain('refund.confirmed');
  });

  it('reads no reference in the model number of an item returned ("Article : …, réf. …")', () => {
    expect(
      classify(
        'Bonjour, le remboursement de 59,00 € a été effectué ce jour sur votre carte.\nCommande : KD-4410-2291\nArticle : Bouilloire électrique 1,7 L, réf. BK-17S\n',
      ).reference,
    ).toBe('KD-4410-2291');
  });

  it('reads the refused fare, not the taxes only offered back on request, as the sum of a refused refund', () => {
    expect(
      moneyOf(
        'Après examen, nous ne pouvons pas donner une suite favorable à votre demande de remboursement. Le montant de 212,00 € de votre billet reste acquis à la compagnie.\n\nSeules les redevances aéroportuaires (24,60 €) peuvent être remboursées, sur demande écrite.',
      ),
    ).toBe('212.00 EUR');
    // Taxes refunded as such, with no other sum, are still the refund.
    expect(
      moneyOf("Seules les taxes d'aéroport, soit 24,60 €, vous ont été remboursées sur votre carte."),
    ).toBe('24.60 EUR');
  });

  it('reads the member number written "N° adhérent" beside a confirmed cancellation', () => {
    expect(
      classify(
        'Nous vous confirmons la résiliation de votre abonnement.\n\nN° adhérent : MB-40217\nClub : Salle du Centre\n',
      ).reference,
    ).toBe('MB-40217');
    // On mail stating no kind the member number is not taken.
    expect(
      classify('Découvrez nos nouveaux cours collectifs de la rentrée.\n\nN° adhérent : MB-40217\n')
        .reference,
    ).toBeNull();
  });

  it('reads a refund request refused "with regret" ("sommes au regret de", "regrettons de devoir") as refused', () => {
    expect(classify('Nous sommes au regret de refuser votre demande de remboursement.').kinds).toEqual([
      'refund.rejected',
    ]);
    expect(classify('Nous regrettons de devoir rejeter votre demande de remboursement.').kinds).toEqual([
      'refund.rejected',
    ]);
    // A refusal only considered is none.
    expect(
      classify('Si nous devions refuser votre demande de remboursement, vous en seriez informé par courrier.')
        .kinds,
    ).toEqual([]);
  });
});

describe('French overpayments paid back and requests to cancel with a refund', () => {
  it('reads an overpayment found and a transfer of the sum to the account as a refund done', () => {
    const result = classify(
      'Un excédent de versement a été relevé sur votre échéancier. Nous avons bien effectué un virement de 17,20 € sur votre compte.',
    );
    expect(result.kinds).toEqual(['refund.confirmed']);
    expect(result.amount).toBe('17.20');
  });

  it('reads neither half alone as a refund done', () => {
    expect(
      classify('Nous avons procédé au virement de 240,00 € sur votre compte au titre de vos ventes.').kinds,
    ).toEqual([]);
    expect(
      classify(
        'Un trop-perçu a été constaté. Si vous nous envoyez votre RIB, nous procéderons au virement de 9,00 € sur votre compte.',
      ).kinds.filter((kind) => kind.endsWith('.confirmed')),
    ).toEqual([]);
  });

  it('reads a request to cancel with a refund acknowledged as both requests received', () => {
    expect(
      classify("Nous avons bien enregistré votre demande de résiliation avec remboursement de l'abonnement.")
        .kinds,
    ).toEqual(['cancellation.received', 'refund.received']);
  });
});

describe('French contract numbers after a product word', () => {
  it('reads the insurance product before the number as no series prefix', () => {
    expect(
      classify(
        'Résiliation de votre contrat MOTO 5530-2291\n\nNous avons bien reçu votre demande de résiliation de votre contrat moto n° 5530-2291.',
      ).reference,
    ).toBe('5530-2291');
  });

  it('keeps a number that opens with a product word joined by a hyphen', () => {
    expect(
      classify('Nous avons bien reçu votre demande de résiliation de votre contrat AUTO-118820.').reference,
    ).toBe('AUTO-118820');
  });

  it('still joins a series prefix that is no product word', () => {
    expect(
      classify('Votre contrat MRC 4410-7788\n\nNous avons bien reçu votre demande de résiliation.').reference,
    ).toBe('MRC 4410-7788');
  });
});

describe('French round of blind batches EA–EH', () => {
  it('reads a dispute, claim or ticket closed as no cancellation', () => {
    expect(
      classify(
        'Après vérification auprès du transporteur, nous avons clôturé votre réclamation en votre faveur et vous avons remboursé la totalité de la commande.',
      ).kinds,
    ).toEqual(['refund.confirmed']);
    expect(classify('Nous vous confirmons la clôture de votre dossier de contestation.').kinds).toEqual([]);
    // Near miss: an account closed is still a cancellation.
    expect(classify('Comme demandé, nous avons clôturé votre compte.').kinds).toEqual([
      'cancellation.confirmed',
    ]);
  });

  it('reads a refund paid into the marketplace wallet as money refunded', () => {
    const paid =
      "Le vendeur n'a pas répondu à temps : nous vous avons remboursé 18,90 € (article et livraison) sur votre porte-monnaie. Vous pouvez le transférer sur votre compte bancaire quand vous le souhaitez.";
    expect(classify(paid).kinds).toEqual(['refund.confirmed']);
    expect(moneyOf(paid)).toBe('18.90 EUR');
    const approved =
      'Nous avons accepté votre demande de remboursement. Le remboursement sera versé sur votre porte-monnaie sous 2 jours ouvrés.';
    expect(classify(approved).kinds).toEqual(['refund.received']);
    expect(promisesOf(approved)).toEqual(['refund.confirmed 2 business_days']);
    // Near miss: money credited to the wallet as a purchase credit is no refund.
    expect(
      classify(
        'Votre commande a été annulée. Le montant a été crédité sur votre porte-monnaie, utilisable pour vos prochains achats.',
      ).kinds,
    ).toEqual(['cancellation.confirmed']);
  });

  it('reads a contract stated "clos" at a date with no further premium as cancelled', () => {
    expect(
      classify(
        'Nous regrettons de ne pouvoir accepter votre demande de remboursement. Votre adhésion sera close au 31 janvier 2027 et aucune cotisation ne sera prélevée après cette date.',
      ).kinds,
    ).toEqual(['cancellation.confirmed', 'refund.rejected']);
    // Near miss: the contract closed only if a condition is met.
    expect(
      classify(
        'Votre contrat sera clos au 31 janvier 2027 si nous recevons votre attestation avant cette date.',
      ).kinds,
    ).toEqual([]);
  });

  it('reads « regrettons de ne pouvoir accepter votre demande de remboursement » as a refusal', () => {
    expect(
      classify(
        'Nous sommes désolés de ne pouvoir accepter votre demande de remboursement des frais de dossier.',
      ).kinds,
    ).toEqual(['refund.rejected']);
    // Near miss: the same words about a cancellation refuse no refund.
    expect(
      classify('Nous regrettons de ne pouvoir accepter votre demande de résiliation anticipée.').kinds,
    ).toEqual([]);
  });

  it('keeps a cancellation standing beside a refused refund whose reason is when the cancellation took effect', () => {
    expect(
      classify(
        "Nous avons étudié votre demande de remboursement de la mensualité d'avril. Il ne nous est pas possible d'y donner une suite favorable : la résiliation n'a pris effet que le 5 avril. Votre abonnement est bien résilié depuis le 5 avril.",
      ).kinds,
    ).toEqual(['cancellation.confirmed', 'refund.rejected']);
    // Near miss: a cancellation request refused for a commitment is still no cancellation.
    expect(
      classify(
        "Nous avons bien reçu votre demande de résiliation. Nous ne pouvons pas y donner suite : votre contrat comporte une période d'engagement jusqu'en juin.",
      ).kinds,
    ).toEqual([]);
  });

  it("reads a member number after « l'adhérent » and a claims statement number", () => {
    expect(
      classify(
        "Votre demande de résiliation a bien été enregistrée pour le contrat famille de l'adhérent MB-77120.",
      ).reference,
    ).toBe('MB-77120');
    expect(
      classify("Votre demande de résiliation a bien été enregistrée pour l'adhérent principal.").reference,
    ).toBeNull();
    expect(
      classify('Un remboursement de 22,00 € a été viré sur votre compte.\n\nDécompte n° RB-5521-0098')
        .reference,
    ).toBe('RB-5521-0098');
  });

  it('reads a cancellation taken note of ("nous prenons note de votre annulation") as received', () => {
    expect(
      classify(
        "Nous prenons bonne note de votre annulation. L'acompte versé à la réservation ne pourra pas vous être remboursé, conformément à nos conditions de vente.",
      ).kinds,
    ).toEqual(['cancellation.received', 'refund.rejected']);
    expect(
      classify('Nous avons pris note de votre demande de résiliation et la transmettons au service concerné.')
        .kinds,
    ).toEqual(['cancellation.received']);
    // Near miss: a remark noted about a class that was cancelled is no cancellation of the customer's.
    expect(classify("Nous prenons note de votre remarque sur l'annulation du cours de mardi.").kinds).toEqual(
      [],
    );
  });

  it('reads an answer or a reply promised within a time ("une réponse sous 10 jours") as no promise', () => {
    expect(
      promisesOf(
        "Nous avons bien enregistré votre demande de résiliation. Notre service juridique l'examine et vous recevrez une réponse par courrier dans un délai de 10 jours.",
      ),
    ).toEqual([]);
    expect(
      promisesOf(
        'Nous avons bien enregistré votre demande de résiliation. Vous aurez un retour de notre service sous 48 heures.',
      ),
    ).toEqual([]);
    // Near misses: the cancellation itself within a time, a reply by e-mail (where the confirmation comes, as the
    // stored messages read it) and a refund "en réponse" are still promised.
    expect(
      promisesOf(
        'Nous avons bien enregistré votre demande de résiliation. Vous recevrez une réponse par e-mail sous 7 jours ouvrés.',
      ),
    ).toEqual(['cancellation.confirmed 7 business_days']);
    expect(
      promisesOf(
        'Nous avons bien enregistré votre demande de résiliation. Elle sera effective sous 10 jours.',
      ),
    ).toEqual(['cancellation.confirmed 10 days']);
    expect(
      promisesOf(
        'Nous avons bien reçu votre demande de remboursement. En réponse à celle-ci, nous vous rembourserons sous 14 jours.',
      ),
    ).toEqual(['refund.confirmed 14 days']);
  });
});

describe('French blind round EU–EX', () => {
  it('reads the time a third party has to answer ("dispose de 5 jours pour répondre") as no promise', () => {
    expect(
      promisesOf(
        'Nous avons bien reçu votre demande de remboursement. Le transporteur a été saisi et dispose de 5 jours ouvrés pour répondre à notre enquête.',
      ),
    ).toEqual([]);
    // Near miss: the refund itself within a time is still promised.
    expect(
      promisesOf(
        'Nous avons bien reçu votre demande de remboursement. Nous vous rembourserons sous 5 jours ouvrés.',
      ),
    ).toEqual(['refund.confirmed 5 business_days']);
  });

  it('takes the total refunded with the delivery costs ("frais de port … remboursés, soit un total de")', () => {
    const text =
      'Nous avons effectué ce jour le remboursement de 59,00 € sur votre carte. Les frais de livraison (6,50 €) vous ont aussi été remboursés, soit un total de 65,50 €.';
    expect(moneyOf(text)).toBe('65.50 EUR');
    // Near miss: delivery costs kept back stay out of the refund.
    expect(
      moneyOf(
        'Nous avons effectué ce jour le remboursement de 59,00 € sur votre carte. Les frais de livraison (6,50 €) restent à votre charge, soit un total de 65,50 € payé.',
      ),
    ).toBe('59.00 EUR');
  });
});

describe('French blind round EY–FB', () => {
  it('reads a train cancelled in a relative clause ("dont le train a été supprimé") as the background of a refund request', () => {
    expect(
      classify(
        'Bonjour, nous accusons bonne réception de votre demande de remboursement concernant votre trajet du 4 mars, dont la circulation a été supprimée. Elle sera traitée par notre service client.',
      ).kinds,
    ).toEqual(['refund.received']);
    expect(
      classify(
        'Nous avons bien reçu votre demande de remboursement pour le séjour à Nice, dont le vol retour a dû être annulé.',
      ).kinds,
    ).toEqual(['refund.received']);
    // Near miss: the cancellation stated as the news of its own sentence still confirms it.
    expect(
      classify(
        'Votre train Intercités du 4 mars a été supprimé. Nous avons bien reçu votre demande de remboursement.',
      ).kinds,
    ).toEqual(['cancellation.confirmed', 'refund.received']);
  });
});

describe('French blind round FC–FN', () => {
  it('reads a refund credited to a withdrawable marketplace wallet ("Crédité sur : votre porte-monnaie") as money', () => {
    expect(
      classify(
        'Bonjour, le litige est clos en votre faveur.\nMontant remboursé : 64,50 €\nCrédité sur : votre porte-monnaie\nVous pouvez virer ce solde sur votre compte bancaire.',
      ).kinds,
    ).toEqual(['refund.confirmed']);
    // Near miss: a wallet credit to spend on the next purchases stays store credit.
    expect(
      classify(
        'Bonjour, le montant de 64,50 € a été crédité sur votre porte-monnaie, utilisable pour vos prochains achats.',
      ).kinds,
    ).not.toContain('refund.confirmed');
  });
});

describe('French blind round FO–FZ', () => {
  it('reads a credit "en crédits" on the customer account, the sum between, as no money refund', () => {
    expect(
      classify(
        "L'établissement ayant fermé, nous avons crédité votre compte client de 45,00 € en crédits utilisables sur notre site.",
      ).kinds,
    ).toEqual([]);
    // Near miss: money credited to the bank card stays a refund.
    expect(
      classify('Nous avons crédité votre carte bancaire de 45,00 € en remboursement de votre commande.')
        .kinds,
    ).toEqual(['refund.confirmed']);
  });

  it('reads a transfer made today to the account given in the claim form as a refund', () => {
    expect(
      classify(
        'Après réexamen, nous avons accepté de prendre en charge ces frais. Le virement de 89,00 € a été effectué ce jour sur le compte bancaire que vous avez indiqué dans votre réclamation.',
      ).kinds,
    ).toEqual(['refund.confirmed']);
    // Near miss: a buy-back payout to the account given in a trade-in form is no refund.
    expect(
      classify(
        'Le virement de 89,00 € a été effectué ce jour sur le compte bancaire indiqué dans votre formulaire de reprise.',
      ).kinds,
    ).toEqual([]);
  });

  it('reads no promise in a time-of-day range ending with minutes ("entre 7h et 9h30")', () => {
    expect(
      promisesOf(
        "Nous avons eu confirmation que l'accès était fermé le 2 mai entre 8h et 10h45. Votre demande de remboursement est validée. Le remboursement sera effectué sur votre carte dans un délai de 3 jours ouvrés.",
      ),
    ).toEqual(['refund.confirmed 3 business_days']);
  });

  it('joins a contract number printed after "n°" and a series prefix', () => {
    expect(
      classify(
        'Nous vous confirmons que votre contrat habitation n° MRH 5520914 est résilié à compter du 1er mars 2026.',
      ).reference,
    ).toBe('MRH 5520914');
  });

  it('reads no promise in a duration counted from a later date ("dans les 10 jours suivant cette date")', () => {
    expect(
      promisesOf(
        'Votre demande de résiliation a bien été prise en compte. Elle prendra effet le 1er mars 2027 ; un courriel de confirmation vous parviendra dans les 8 jours qui suivent cette date.',
      ),
    ).toEqual([]);
    // Near miss: a duration counted from now is still a promise.
    expect(
      promisesOf(
        'Votre demande de résiliation a bien été prise en compte. Vous recevrez un courriel de confirmation dans les 8 jours.',
      ),
    ).toEqual(['cancellation.confirmed 8 days']);
  });

  it('takes the number of a closing invoice ("facture de clôture n°") beside a closed contract', () => {
    expect(
      classify(
        'Votre contrat de gaz a été résilié le 15 janvier. Votre facture de clôture n° GZ-558201 est consultable dans votre espace personnel.',
      ).reference,
    ).toBe('GZ-558201');
  });
});

describe('French blind round GI–GL', () => {
  it('takes a bare subscriber "identifiant" beside a cancellation as the weakest reference', () => {
    expect(
      classify(
        'Bonjour, votre demande de résiliation de la ligne fixe a bien été prise en compte.\nIdentifiant : 0477120934',
      ).reference,
    ).toBe('0477120934');
    expect(
      classify('Nous avons bien pris en compte la résiliation de votre offre box (identifiant 07AB551208).')
        .reference,
    ).toBe('07AB551208');
    // Near miss: on a notice stating no kind it is not taken.
    expect(
      classify('Votre nouvelle grille tarifaire s’applique dès le 1er février.\nIdentifiant : 0477120934')
        .reference,
    ).toBe(null);
    // Near miss: a stronger case number beside it wins.
    expect(
      classify(
        'Votre demande de résiliation a bien été enregistrée sous le dossier n° RS-88412.\nIdentifiant : 0477120934',
      ).reference,
    ).toBe('RS-88412');
  });
});

describe('French blind round GM–GP', () => {
  it('reads a supply contract that ended after a move as cancelled', () => {
    expect(
      classify(
        'Suite à votre changement d’adresse, votre contrat de gaz n° 5520 1184 pour le logement du 3 place Bellecour, 69002 Lyon a pris fin le 31 mars.',
      ).kinds,
    ).toEqual(['cancellation.confirmed']);
    expect(
      classify(
        'Votre contrat de fourniture d’électricité pour l’appartement situé 8 avenue Foch à Nancy s’est terminé le 12 juin.',
      ).kinds,
    ).toEqual(['cancellation.confirmed']);
    // Near miss: the commitment period of the contract ending is no cancellation.
    expect(
      classify(
        'Votre contrat mobile souscrit en boutique le 4 mars 2024 avec la période d’engagement de 24 mois a pris fin le 4 mars.',
      ).kinds,
    ).toEqual([]);
  });
  it('takes a contract number printed in groups of four and three digits before a word', () => {
    expect(
      classify('Votre contrat de gaz n° 3318 2046 771 pour le logement de Rennes a été résilié le 2 mai.')
        .reference,
    ).toBe('3318 2046 771');
    // Near miss: one group after the number, then a word, is not joined.
    expect(
      classify('Votre contrat de gaz n° 3318 2046 pour le logement de Rennes a été résilié.').reference,
    ).toBe('3318');
  });

  it('reads "pas en mesure de vous restituer le montant" as a refused refund', () => {
    expect(
      classify(
        "Nous avons examiné votre demande de remboursement. Votre billet n'étant pas échangeable, nous ne pouvons malheureusement pas vous rendre la somme payée. Un avoir de 20 € reste disponible sur votre compte.",
      ).kinds,
    ).toEqual(['refund.rejected']);
    // Near miss: a deposit returned only later is no refusal.
    expect(
      classify(
        'Nous avons bien reçu votre demande de remboursement. Nous ne pouvons pas encore vous restituer le montant de la caution tant que l’état des lieux n’est pas fait.',
      ).kinds,
    ).toEqual(['refund.received']);
  });

  it('reads a cancellation request taken into account across a "(réf. …)" aside', () => {
    expect(
      classify(
        "Bonjour Madame, votre demande de résiliation de l'abonnement internet (réf. abonné AB-7730215) a été bien prise en compte.",
      ).kinds,
    ).toEqual(['cancellation.received']);
    // Near miss: a cancellation itself taken into account is confirmed, not merely received.
    expect(
      classify('La résiliation de votre abonnement (réf. AB-7730215) a bien été prise en compte.').kinds,
    ).not.toEqual(['cancellation.received']);
  });

  it('takes the number after "contrat habitation" or "police auto" as the reference', () => {
    expect(
      classify(
        'Concernant votre police auto MX-5518290, nous ne pouvons pas vous rembourser la prime prélevée en mars.',
      ).reference,
    ).toBe('MX-5518290');
    // Near miss: a year after the contract type is no reference.
    expect(
      classify('Votre contrat habitation 2027 : nous ne pouvons pas vous rembourser la cotisation.')
        .reference,
    ).toBeNull();
  });

  it('reads "malheureusement … ne peut pas être remboursé" as a refusal even beside "reste dû"', () => {
    expect(
      classify(
        'Bonjour, après examen de votre dossier, malheureusement la cotisation de 24,00 € débitée le 2 avril ne peut pas être remboursée : selon nos conditions, toute cotisation commencée reste due.',
      ).kinds,
    ).toEqual(['refund.rejected']);
    // Near miss: the same words under a condition refuse nothing yet.
    expect(
      classify(
        'Si vous résiliez après le 5, malheureusement la mensualité entamée reste due et ne peut pas être remboursée.',
      ).kinds,
    ).toEqual([]);
  });
});

describe('Français, manche HK–HN : numéros de remboursement et références adhérent', () => {
  it('prefers the refund number over the booking code', () => {
    expect(
      classify(
        'Votre remboursement a bien été effectué.\nRéférence de réservation : Q7RT4M\nN° de remboursement : RB-5520913\nMontant remboursé : 88,00 €',
      ).reference,
    ).toBe('RB-5520913');
  });

  it('takes a "référence adhérent" beside a refused refund', () => {
    expect(
      classify(
        'Nous ne pouvons malheureusement pas rembourser les mois restants de votre abonnement.\n\nRéférence adhérent : CL-44-80217',
      ).reference,
    ).toBe('CL-44-80217');
    // Near miss: an order number, stronger, still wins over it.
    expect(
      classify(
        'Nous ne pouvons malheureusement pas rembourser la commande n° 7781203.\nRéférence adhérent : CL-44-80217',
      ).reference,
    ).toBe('7781203');
  });

  it('reads no promise in "7 jours/7" or "24h/24" printed beside a cancellation request', () => {
    expect(
      promisesOf(
        'Nous avons bien reçu votre demande de résiliation.\nFormule : Le Quotidien, 6 jours/7, édition numérique\nNotre service client répond 24h/24.',
      ),
    ).toEqual([]);
    // Near miss: a real delay still is a promise.
    expect(
      promisesOf('Nous avons bien reçu votre demande de résiliation. Elle sera traitée sous 7 jours.'),
    ).toEqual(['cancellation.confirmed 7 days']);
  });

  it('takes a contract number labelled a few words after "contrat" ("contrat de fourniture d\'électricité n° …")', () => {
    expect(
      classify(
        "Votre contrat de fourniture d'électricité verte n° EL-88120345 a été résilié le 12/03/2026 suite à votre départ du logement.",
      ).reference,
    ).toBe('EL-88120345');
  });
});

describe('Français, manche HS–HV : résiliation prenant effet, contrat sur deux lignes, francs CFP', () => {
  it('reads "la résiliation de votre contrat prend effet le 31 janvier" beside a refused refund', () => {
    const text =
      'Votre demande nous étant parvenue en décembre, la résiliation de votre adhésion prend effet le 31 janvier 2027. Nous ne pouvons donc pas rembourser la cotisation de janvier.';
    expect(classify(text).kinds).toEqual(['cancellation.confirmed', 'refund.rejected']);
    // Near miss: an effect held by a condition is no confirmation.
    expect(
      classify(
        'La résiliation de votre adhésion prend effet le 31 janvier 2027 sous réserve de la restitution de votre carte.',
      ).kinds,
    ).not.toContain('cancellation.confirmed');
    // Near miss: a request acknowledged, its effect reckoned from the notice period, stays a request.
    expect(
      classify(
        'Nous accusons réception de votre demande de résiliation. Selon nos conditions, la résiliation prend effet à la fin du mois suivant la demande, soit le 31 mars 2027.',
      ).kinds,
    ).toEqual(['cancellation.received']);
  });

  it('takes a contract number whose label wraps onto the next line ("contrat de\\nlocation n° …")', () => {
    expect(
      classify(
        'Nous avons bien reçu votre demande de résiliation concernant votre contrat de\nlocation de box n° LB-7720391.',
      ).reference,
    ).toBe('LB-7720391');
  });

  it('reads a sum in Pacific francs (XPF)', () => {
    expect(
      moneyOf(
        'Nous accusons réception de votre demande de remboursement.\nMontant demandé : 12 600 XPF\nElle sera étudiée par notre service.',
      ),
    ).toBe('12600.00 XPF');
  });
});

describe('French blind round IA–ID', () => {
  it.each([
    [
      'Après examen de votre trajet du 2 avril (Nantes -> Gare, réf. course VT-4409127), nous vous avons remboursé 6,30 € sur votre carte.',
      'VT-4409127',
    ],
    ['Numéro de course : 55012398\nNous vous avons remboursé le supplément de 4,00 €.', '55012398'],
    ['Votre trajet n° TX-310955 a été annulé et vous a été remboursé.', 'TX-310955'],
  ])('reads a ride number as the reference: "%s"', (text, reference) => {
    expect(classify(text).reference).toBe(reference);
  });

  it('takes no ride reference from a ride named only by its date', () => {
    expect(classify('Nous vous avons remboursé 6,30 € pour la course du 2 avril 2026.').reference).toBeNull();
  });
});

describe('French blind round IE–IH', () => {
  it.each([
    "Pour rappel, toute annulation effectuée moins de 48 heures avant le départ n'ouvre droit à aucun remboursement.",
    'Nos conditions : chaque annulation effectuée après le 1er mars est facturée 20 €.',
    "Une annulation effectuée au moins sept jours avant l'arrivée permet le remboursement intégral des arrhes.",
  ])('reads a generic cancellation rule in the terms as no cancellation: "%s"', (text) => {
    expect(classify(text).kinds).toEqual([]);
  });

  it.each([
    'Votre annulation effectuée le 3 mai a bien été enregistrée.',
    'La résiliation effectuée le 12 juin met fin à votre contrat.',
  ])('still reads the customer\'s cancellation "effectuée" as confirmed: "%s"', (text) => {
    expect(classify(text).kinds).toEqual(['cancellation.confirmed']);
  });

  it('reads a contract ending on a date with "the instalment of that month will be the last" as confirmed', () => {
    expect(
      classify(
        'Nous avons bien reçu votre courrier. Votre contrat prendra fin le 30 juin 2027 et la cotisation de juin sera la dernière prélevée.',
      ).kinds,
    ).toEqual(['cancellation.confirmed']);
    // Near miss: the last instalment before a price rise ends nothing.
    expect(
      classify('La mensualité de janvier sera la dernière avant la hausse de tarif annoncée en février.')
        .kinds,
    ).toEqual([]);
  });

  it('takes an invoice number printed as "Facture concernée :" beside a refund', () => {
    expect(
      classify(
        'Facture concernée : FC-2291047\nLe remboursement de 40,00 € a été effectué ce jour sur votre carte bancaire.',
      ).reference,
    ).toBe('FC-2291047');
  });
});

describe('French blind round II–IL', () => {
  it('takes a delivery number ("Livraison : …") as the reference of a refund', () => {
    expect(
      classify('Nous vous avons remboursé 52,00 € sur votre carte.\nLivraison : DX-4R7T21').reference,
    ).toBe('DX-4R7T21');
    // Near miss: a delivery date is no reference.
    expect(
      classify('Nous vous avons remboursé 52,00 € sur votre carte.\nLivraison : 12/03/2026').reference,
    ).toBeNull();
    // Near miss: an energy supply point ("point de livraison") is no delivery.
    expect(
      classify('Nous vous avons remboursé 52,00 € sur votre compte.\nPoint de livraison : 1522 8841 0073 41')
        .reference,
    ).toBeNull();
  });
});

describe('French blind round IQ–IT', () => {
  it('takes the sum asked for, not the sum settled ("Montant réglé")', () => {
    expect(
      moneyOf(
        'Nous accusons réception de votre demande de remboursement.\nMontant réglé : 420,00 €\nMontant demandé : 380,00 €\nNous revenons vers vous rapidement.',
      ),
    ).toBe('380.00 EUR');
  });
});

describe('French blind round IU–IX', () => {
  it('takes the order number, not the item reference in its parentheses ("commande n° … (…, réf. …)")', () => {
    expect(
      classify(
        'Suite au retour de votre commande n° 8841207 (lampe de bureau noire, réf. 204.117), nous vous confirmons que le remboursement a été effectué par virement.',
      ).reference,
    ).toBe('8841207');
    // Near miss: a case reference of its own is still taken.
    expect(
      classify(
        'Nous vous confirmons que le remboursement a été effectué par virement. Réf. dossier : RC-55102.',
      ).reference,
    ).toBe('RC-55102');
  });

  it('takes a credit note number ("Référence avoir") below an order number', () => {
    expect(
      classify(
        'Votre commande n° 7710342 a bien été remboursée par virement ce jour.\nRéférence avoir : AV-26-11873',
      ).reference,
    ).toBe('7710342');
    // Alone, the credit note number is still the reference.
    expect(
      classify(
        "Nous avons émis un avoir de 40,00 € au lieu d'un remboursement.\nRéférence avoir : AV-26-11873",
      ).reference,
    ).toBe('AV-26-11873');
  });

  it('takes a membership number ("adhésion n° …") beside a cancellation request', () => {
    expect(
      classify(
        'Bonjour, votre demande de résiliation a bien été prise en compte. Votre adhésion n° GY-40-2210 prendra fin après le préavis.',
      ).reference,
    ).toBe('GY-40-2210');
  });
});

describe('French blind round IY–JB', () => {
  it('reads a "bon à valoir" credited to the customer account as a voucher, not a refund', () => {
    expect(
      classify(
        "Suite à l'annulation de votre séjour, nous avons crédité sur votre espace client un bon à valoir de 640,00 €, valable 12 mois sur l'ensemble de nos séjours.",
      ).kinds,
    ).not.toContain('refund.confirmed');
    // Near miss: money credited back to the card is still a refund.
    expect(
      classify('Nous avons crédité la somme de 640,00 € sur votre carte bancaire ce jour.').kinds,
    ).toContain('refund.confirmed');
  });
});

describe('French blind round JC–JF', () => {
  it('reads a refund accepted after a long description of what it covers as received, not confirmed', () => {
    const reading = classify(
      "Bonjour, nous vous informons que le remboursement des deux nuits d'hôtel annulées lors de votre voyage de groupe à Annecy (séjour de mars) a été accepté. Le virement sera effectué sous 7 jours ouvrés.",
    );
    expect(reading.kinds).toContain('refund.received');
    expect(reading.kinds).not.toContain('refund.confirmed');
    // Near miss: the long gap must not run across a condition into another clause's acceptance.
    expect(
      classify(
        'Le remboursement des frais de dossier et des options facturées en supplément sur votre location sera étudié lorsque votre dossier est accepté par notre service.',
      ).kinds,
    ).not.toContain('refund.received');
  });

  it('takes a marketplace transaction number printed without a label sign ("la transaction 4471203")', () => {
    expect(
      classify(
        "Bonjour, l'article de la transaction 4471203 n'a pas été envoyé à temps. Nous t'avons remboursé 15,90 € sur ta carte bancaire.",
      ).reference,
    ).toBe('4471203');
    // Near miss: a short number after "transaction" is no reference.
    expect(
      classify("Nous t'avons remboursé 15,90 € sur ta carte bancaire pour ta transaction 12 du mois.")
        .reference,
    ).not.toBe('12');
  });
});

describe('French blind round JG–JJ', () => {
  it('takes no product code with its formula in brackets as the contract number', () => {
    const text =
      "Votre demande de résiliation a bien été prise en compte.\n\nN° d'adhérent : 7731 0458\nContrat : PRV-2 (formule solo)\n\nCordialement,";
    expect(classify(text).reference).toBe('7731 0458');
    // Near miss: a contract number with no formula beside it is still the reference.
    expect(
      classify(
        "Votre demande de résiliation a bien été prise en compte.\n\nN° d'adhérent : 7731 0458\nContrat : PRV-204417\n\nCordialement,",
      ).reference,
    ).toBe('PRV-204417');
  });
});

describe('French blind round JK–JN', () => {
  it('reads a refund done today whose long subject names the order between noun and verb', () => {
    const text =
      'Bonjour, nous vous informons que le remboursement de 38,90 € pour le doublon constaté sur votre commande CMD-55102 a été effectué ce jour.';
    expect(classify(text).kinds).toEqual(['refund.confirmed']);
    // Near miss: the order, not the refund, is what was placed (feminine participle): no confirmation.
    expect(
      classify(
        'Bonjour, le remboursement des frais de port de votre commande CMD-55102 effectuée hier reste à l’étude, la commande a été effectuée le 2 mai.',
      ).kinds,
    ).not.toContain('refund.confirmed');
  });

  it('reads a refund after a negated "allons" clause ended by a colon', () => {
    const text =
      "Bonjour, nous n'allons pas vous demander de renvoyer l'article : nous avons procédé ce jour au remboursement de votre achat.";
    expect(classify(text).kinds).toEqual(['refund.confirmed']);
    // Near miss: "n'allons pas tarder" still speaks of the future.
    expect(
      classify("Bonjour, nous n'allons pas tarder à procéder au remboursement de votre achat.").kinds,
    ).not.toContain('refund.confirmed');
  });

  it('reads "nous n\'avons pas la possibilité de vous rembourser" as a refused refund', () => {
    expect(
      classify(
        "Cet achat a été réglé via la boutique Google Play : nous n'avons hélas pas la possibilité de le rembourser nous-mêmes.",
      ).kinds,
    ).toEqual(['refund.rejected']);
    // Near miss: the same words about something other than money refuse no refund.
    expect(
      classify("Nous n'avons pas la possibilité de modifier l'adresse de livraison de votre commande.").kinds,
    ).toEqual([]);
  });
});

describe('French paid sums', () => {
  it('reads a sum followed by words saying the customer paid it as the price, not the refund named after it', () => {
    expect(
      moneyOf(
        "Nous avons bien reçu votre demande de remboursement des 35,00 € que vous avez payés. Des frais de dossier s'appliquent. Votre remboursement de 25,00 € sera effectué sous 14 jours.",
      ),
    ).toBe('25.00 EUR');
  });
});

describe('French blind round KU–KX', () => {
  it('reads a premium that stays due and "ne peut donc pas vous être remboursée" as a refused refund', () => {
    const text =
      "Suite à votre demande, voici notre réponse. La prime d'avril, prélevée le 2 avril, couvre un mois déjà entamé : elle reste due et ne pourra donc pas vous être remboursée.";
    expect(classify(text).kinds).toEqual(['refund.rejected']);
    expect(
      classify(
        'Les frais de mise en service restent acquis et ne peuvent malheureusement pas vous être remboursés.',
      ).kinds,
    ).toEqual(['refund.rejected']);
    // Near miss: a deposit kept under the terms, in a cancellation confirmation, refuses no request.
    expect(
      classify(
        "Nous vous confirmons l'annulation de votre séjour. L'acompte de 150 € reste acquis et ne pourra pas vous être remboursé.",
      ).kinds,
    ).toEqual(['cancellation.confirmed']);
    // Near miss: the same rule stated as policy, to nobody in particular.
    expect(
      classify(
        'Selon nos conditions générales, toute mensualité commencée reste due et ne peut pas être remboursée.',
      ).kinds,
    ).toEqual([]);
  });
});

describe('French blind round KY–LB', () => {
  it('reads no promise in the count of unused days a prorated refund is for', () => {
    expect(
      promisesOf(
        'Votre contrat a pris fin le 4 mars. Le remboursement des 17 jours non utilisés, soit 8,20 €, est en cours de traitement et vous sera versé par virement sous 21 jours.',
      ),
    ).toEqual(['refund.confirmed 21 days']);
    expect(
      promisesOf(
        'Votre abonnement est résilié. Le remboursement des deux semaines restantes est en cours et le virement sera effectué dans un délai de 10 jours.',
      ),
    ).toEqual(['refund.confirmed 10 days']);
    // Near miss: a duration with no unused-days cue is still the promise.
    expect(
      promisesOf(
        'Votre demande de remboursement est en cours de traitement et le montant vous sera versé sous 17 jours.',
      ),
    ).toEqual(['refund.confirmed 17 days']);
  });
});

describe('French deposits kept, named by "soit"', () => {
  it('takes the deposit "versé …, soit 250,00 €" as the refused sum beside a balance not charged', () => {
    const result = classify(
      "Nous avons bien pris en compte l'annulation de votre réservation. Les arrhes versées lors de la réservation, soit 250,00 €, restent acquises conformément à nos conditions. Nous ne pouvons donc pas vous les rembourser. Le solde de 600,00 € ne sera pas prélevé.",
    );
    expect(result.kinds).toContain('refund.rejected');
    expect(result.amount).toBe('250.00');
    // Near miss: a sum refunded beside the deposit kept is still the refunded one.
    expect(
      classify(
        "L'acompte versé à la commande, soit 100,00 €, est conservé. En revanche, nous vous avons remboursé 300,00 € sur votre carte.",
      ).amount,
    ).toBe('300.00');
  });
});

describe('French member numbers printed in groups after a series prefix', () => {
  it('reads "AB-123 456" at the end of its line as one number', () => {
    const text =
      "Nous avons bien reçu votre demande de résiliation.\n\nNuméro d'adhérent : LV-517 386\nFormule : Confort\n\nVotre attestation de résiliation vous parviendra sous 15 jours.";
    expect(classify(text).reference).toBe('LV-517 386');
    // Near miss: a count after the number, before a word, is not joined to it.
    expect(
      classify(
        "Nous avons bien reçu votre demande de résiliation. Numéro d'adhérent : LV-517 200 euros restent dus.",
      ).reference,
    ).not.toBe('LV-517 200');
  });
});

describe('French fees "ne sont pas remboursables" beside a refusal to grant the request', () => {
  it('reads non-refundable fees and "pas donner une suite favorable à votre demande" as a refused refund', () => {
    const result = classify(
      "Nous avons examiné votre courrier au sujet des frais de dossier de 35,00 € payés à l'ouverture. Ces frais correspondent à la création de votre compte et au badge remis le premier jour ; ils ne sont donc pas remboursables. Nous ne pouvons malheureusement pas donner une suite favorable à votre demande.",
    );
    expect(result.kinds).toEqual(['refund.rejected']);
    expect(result.amount).toBe('35.00');
    // Near miss: the fee policy alone, in a welcome letter, refuses nothing.
    expect(
      classify(
        'Bienvenue dans votre nouveau club ! Les frais de dossier couvrent la création de votre badge et ne sont pas remboursables. Bonne séance !',
      ).kinds,
    ).toEqual([]);
  });
});

describe('French contract ending "à cette date" with no premium for the next month', () => {
  it('confirms a cancellation whose end refers back to the date just given', () => {
    const result = classify(
      'Votre demande de résiliation nous est bien parvenue ; elle prend effet le 31 mars 2027. Votre adhésion se terminera à cette date et aucune cotisation ne sera prélevée pour avril.',
    );
    expect(result.kinds).toContain('cancellation.confirmed');
    // Near miss: the same words under a condition confirm nothing.
    expect(
      classify(
        'Si vous nous renvoyez le formulaire signé, votre adhésion se terminera à cette date et aucune cotisation ne sera prélevée pour avril.',
      ).kinds,
    ).not.toContain('cancellation.confirmed');
  });
});
