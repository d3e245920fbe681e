import { describe, expect, it } from 'vitest';
import type { VendorMessage } from '../../../shared/mail/types';
import { identifyVendor } from '../../../shared/mail/vendor';

function vendorMessage(overrides: Partial<VendorMessage>): VendorMessage {
  return {
    from: null,
    subject: 'Refund',
    date: null,
    messageId: null,
    text: '',
    chainText: overrides.text ?? '',
    jsonLd: [],
    links: [],
    forward: 'outlook-inline',
    forwarder: { name: 'Olivier', address: 'olivier@laposte.net' },
    forwarderNote: '',
    ...overrides,
  };
}

describe('identifyVendor from the sender address', () => {
  it('reduces the address to its registrable domain (public-suffix aware)', () => {
    const message = vendorMessage({ from: { name: 'Shop', address: 'news@mail.shop.example.co.uk' } });
    expect(identifyVendor(message)).toEqual({ domain: 'example.co.uk', name: 'Shop' });
  });

  it('keeps a vendor that shares its domain with the forwarder', () => {
    const message = vendorMessage({
      from: { name: 'Free', address: 'resiliation@free.fr' },
      forwarder: { name: 'Laurent', address: 'laurent@free.fr' },
    });
    expect(identifyVendor(message).domain).toBe('free.fr');
  });
});

describe('identifyVendor when only the display name is shown', () => {
  it('prefers the body domain the display name matches', () => {
    const message = vendorMessage({
      from: { name: 'IKEA France', address: null },
      text: 'Questions? Write to olivier@laposte.net or see https://www.ikea.com/fr/fr/customer-service',
      links: [
        'https://click.trk.example-esp.net/x',
        'https://www.facebook.com/ikea',
        'https://www.ikea.com/fr/fr/',
      ],
    });
    expect(identifyVendor(message)).toEqual({ domain: 'ikea.com', name: 'IKEA France' });
  });

  it('matches a Cyrillic display name to a Latin domain', () => {
    const message = vendorMessage({
      from: { name: 'Технополис', address: null },
      text: 'При въпроси пишете на online@technopolis.bg или посетете www.technopolis.bg',
      forwarder: { name: 'Петя', address: 'petya@abv.bg' },
    });
    expect(identifyVendor(message).domain).toBe('technopolis.bg');
  });

  it('falls back to the domain the body points to most, ignoring trackers and mailbox providers', () => {
    const message = vendorMessage({
      from: { name: 'Customer Care', address: null },
      text: 'Contact care@acme-widgets.com. Track it: https://bit.ly/abc. Sent to olivier@gmail.com',
      links: ['https://www.acme-widgets.com/orders', 'https://bit.ly/xyz', 'https://twitter.com/acme'],
    });
    expect(identifyVendor(message).domain).toBe('acme-widgets.com');
  });

  it("reads no hosted help desk's domain as the vendor's (many vendors answer from vendor.zendesk.com)", () => {
    const helpDeskOnly = vendorMessage({
      from: { name: 'WeTransfer Support', address: null },
      text: 'Kind regards, Joost\nhttps://wetransfer.zendesk.com/hc | Request #2281947',
    });
    expect(identifyVendor(helpDeskOnly).domain).toBeNull();
    const withOwnSite = vendorMessage({
      from: { name: 'Support', address: null },
      text: 'https://acme.freshdesk.com/support | Acme Ltd, www.acme-widgets.com',
    });
    expect(identifyVendor(withOwnSite).domain).toBe('acme-widgets.com');
  });

  it("prefers the site whose privacy notice or imprint the footer links to over a third party's link", () => {
    const message = vendorMessage({
      from: { name: 'Servicecenter Fahrgastrechte', address: null },
      text:
        'Sie können sich an die Schlichtungsstelle wenden: https://soep-online.de\n\n' +
        'DB Fernverkehr AG\nDatenschutz: https://www.bahn.de/datenschutz',
    });
    expect(identifyVendor(message).domain).toBe('bahn.de');
    const unsubscribe = vendorMessage({
      from: { name: 'Equipo', address: null },
      text: 'Más información en https://www.consumo.gob.es/reclamaciones',
      links: ['https://www.tienda-ejemplo.es/baja?u=123'],
    });
    expect(identifyVendor(unsubscribe).domain).toBe('tienda-ejemplo.es');
  });

  it('looks in the older messages quoted under a reply when the reply itself names no domain', () => {
    const reply = 'Nous ne pouvons pas donner une suite favorable à votre demande.\n\nService Client Darty';
    const message = vendorMessage({
      from: { name: 'Darty Service Client', address: null },
      text: reply,
      chainText: `${reply}\n\n-----Message d'origine-----\nDe : Darty Service Client\n\nNous avons bien reçu votre demande.\n--\nDarty - https://www.darty.com`,
    });
    expect(identifyVendor(message).domain).toBe('darty.com');
    expect(identifyVendor({ ...message, chainText: reply }).domain).toBeNull();
  });

  it("never answers with the forwarder's own domain", () => {
    const message = vendorMessage({
      from: { name: 'Support', address: null },
      text: 'Reply to olivier@example-corp.com',
      forwarder: { name: 'Olivier', address: 'olivier@example-corp.com' },
    });
    expect(identifyVendor(message).domain).toBeNull();
  });

  it('takes no abbreviation under an unknown suffix for a domain', () => {
    const message = vendorMessage({
      from: { name: 'Servizio Clienti', address: null },
      text: 'Fastweb S.p.A. - P.IVA 12878470157 - C.F. 12878470157',
    });
    expect(identifyVendor(message).domain).toBeNull();
    const named = vendorMessage({ ...message, text: `${message.text} - www.fastweb.it` });
    expect(identifyVendor(named).domain).toBe('fastweb.it');
  });

  it('answers null when nothing names a domain', () => {
    expect(identifyVendor(vendorMessage({ from: { name: 'Shop', address: null } }))).toEqual({
      domain: null,
      name: 'Shop',
    });
  });
});
