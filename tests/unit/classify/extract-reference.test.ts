import { describe, expect, it } from 'vitest';
import { chooseReference, withoutVendorName } from '../../../shared/classify/extract-reference';
import { classify } from './classify-helpers';

describe('the vendor reference', () => {
  const policy = { value: '0551980331427', strength: 1, order: 133 };
  const brand = { value: 'MAPFRE', strength: 2, order: 113 };

  it("drops the vendor's own name read as a booking code, and nothing else", () => {
    expect(chooseReference(withoutVendorName([brand, policy], 'mapfre.es'))).toBe('0551980331427');
    expect(chooseReference(withoutVendorName([brand, policy], 'segurosbilbao.com'))).toBe('MAPFRE');
    expect(chooseReference(withoutVendorName([brand, policy], null))).toBe('MAPFRE');
  });

  it("ranks a customer's standing number below every other label, and drops it where nothing is stated", () => {
    const member = { value: '88120457', strength: 0, order: 10 };
    expect(chooseReference([member])).toBe('88120457');
    expect(chooseReference([member, policy])).toBe('0551980331427');
    expect(chooseReference([member], false)).toBeNull();
    expect(chooseReference([member, policy], false)).toBe('0551980331427');
  });
});

// A customer, member, account or subscriber number is the reference only for want of a case, order, booking,
// contract or parcel number, and only in a message that states something (a cancellation, a refund).
describe.each([
  {
    language: 'English',
    only: 'Membership number: 88120457\nWe have cancelled your membership. No further payments will be taken.',
    onlyValue: '88120457',
    both: 'Account number: 4410 2875 119\nYour refund request has been received. Case number: CS-4471209',
    bothValue: 'CS-4471209',
    nothingStated: 'Customer number: 551203887\nYour November bill is ready to view online.',
  },
  {
    language: 'German',
    only: 'Mitgliedsnummer: 7730118924\nIhre Kündigung ist bei uns eingegangen.',
    onlyValue: '7730118924',
    both: 'Kundennummer: 551 203 8874\nAuftragsnummer: 4482917306\nIhre Kündigung ist eingegangen.',
    bothValue: '4482917306',
    nothingStated: 'Kundennummer: 551 203 8874\nIhre Rechnung für November steht im Kundenportal bereit.',
  },
  {
    language: 'French',
    only: "Numéro d'adhérent : 40218877\nNous avons bien reçu votre demande de résiliation.",
    onlyValue: '40218877',
    both: 'Référence client : CL-0093341\nNuméro de commande : 7740012859\nNous avons bien reçu votre demande de résiliation.',
    bothValue: '7740012859',
    nothingStated:
      'Référence client : CL-0093341\nVotre facture de novembre est disponible dans votre espace client.',
  },
  {
    language: 'Spanish',
    only: 'Nº de socio: 0048812\nTu baja ha sido tramitada correctamente.',
    onlyValue: '0048812',
    both: 'Número de cliente: 7710294\nNúmero de pedido: 40018827\nHemos recibido tu solicitud de cancelación.',
    bothValue: '40018827',
    nothingStated:
      'Número de cliente: 7710294\nTu factura de noviembre ya está disponible en el área de clientes.',
  },
  {
    language: 'Italian',
    only: 'Tessera n. 8820147\nLa disdetta del tuo abbonamento è stata registrata.',
    onlyValue: '8820147',
    both: 'Codice cliente: 5502198\nNumero pratica: PR-2026-04417\nAbbiamo ricevuto la tua richiesta di disdetta.',
    bothValue: 'PR-2026-04417',
    nothingStated: "Codice cliente: 5502198\nLa bolletta di novembre è disponibile nell'area clienti.",
  },
  {
    language: 'Bulgarian',
    only: 'Клиентски номер: 3100458271\nДоговорът ви е прекратен.',
    onlyValue: '3100458271',
    both: 'Клиентски номер: 3100458271\nНомер на заявката: 2026-448812\nПриехме заявката ви за прекратяване на договора.',
    bothValue: '2026-448812',
    nothingStated: 'Клиентски номер: 3100458271\nФактурата ви за ноември е готова в клиентския портал.',
  },
])(
  '$language customer, member and account numbers',
  ({ only, onlyValue, both, bothValue, nothingStated }) => {
    it('reads the number when the message prints no other', () => {
      expect(classify(only).reference).toBe(onlyValue);
    });

    it('takes the order or case number printed beside it', () => {
      expect(classify(both).reference).toBe(bothValue);
    });

    it('reads none from a message that states nothing', () => {
      expect(classify(nothingStated).kinds).toEqual([]);
      expect(classify(nothingStated).reference).toBeNull();
    });
  },
);

describe('a parcel beside a customer number', () => {
  it('takes the tracking number', () => {
    expect(
      classify(
        'Customer number: 551203887\nTracking number: JD014600001234\nWe have received your return and will refund you.',
      ).reference,
    ).toBe('JD014600001234');
  });
});

// Gyms print short membership numbers ("tessera n. 4471"): four digits set apart by a sign or an abbreviation are
// the number, as after an order label; after a bare word they may be a year or a count.
describe('four-digit member numbers', () => {
  it.each([
    ['Tessera n. 4471\nAbbiamo ricevuto la tua richiesta di disdetta.', '4471'],
    ['Membership no. 3092\nWe have received your cancellation request.', '3092'],
    ['Mitgliedsnummer: 7713\nIhre Kündigung ist bei uns eingegangen.', '7713'],
  ])('reads them after a sign or an abbreviation: %s', (text, value) => {
    expect(classify(text).reference).toBe(value);
  });

  it('reads no year or bare count', () => {
    expect(classify('Membership no. 2019\nWe have received your cancellation request.').reference).toBeNull();
    expect(
      classify('Member 4471 of our club, we have received your cancellation request.').reference,
    ).toBeNull();
  });
});
