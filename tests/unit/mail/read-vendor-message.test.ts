import { describe, expect, it } from 'vitest';
import { MailParseError } from '../../../shared/mail/errors';
import { readVendorMessage } from '../../../shared/mail/read-vendor-message';
import { buildMail } from './build-mail';

const VENDOR_BODY =
  'Hello Maria,\n\nYour refund of 12.50 EUR has been issued.\n\nKind regards,\nShop Support';

async function read(text: string, headers: Record<string, string> = {}) {
  return readVendorMessage(buildMail({ headers, text }));
}

describe('Gmail inline forwards', () => {
  it.each([
    [
      'en',
      '---------- Forwarded message ---------',
      'From',
      'Date',
      'Subject',
      'To',
      'Mon, Apr 13, 2026 at 12:06 PM',
    ],
    [
      'bg',
      '---------- Препратено съобщение ---------',
      'От',
      'Дата',
      'Тема',
      'До',
      'пн, 13.04.2026 г. в 12:06',
    ],
    [
      'de',
      '---------- Weitergeleitete Nachricht ---------',
      'Von',
      'Date',
      'Subject',
      'To',
      'Mo., 13. Apr. 2026 um 12:06 Uhr',
    ],
    [
      'fr',
      '---------- Message transféré ---------',
      'De',
      'Date',
      'Subject',
      'To',
      'lun. 13 avr. 2026 à 12:06',
    ],
    [
      'es',
      '---------- Mensaje reenviado ---------',
      'De',
      'Date',
      'Subject',
      'To',
      'lun, 13 abr 2026 a las 12:06',
    ],
    [
      'it',
      '---------- Messaggio inoltrato ---------',
      'Da',
      'Date',
      'Subject',
      'To',
      'lun 13 apr 2026 alle ore 12:06',
    ],
  ])(
    'recovers the vendor message of a %s Gmail forward',
    async (_lang, separator, from, date, subject, to, when) => {
      const text = `Please track this one.\n\n${separator}\n${from}: Shop Support <help@mail.shop.example.co.uk>\n${date}: ${when}\n${subject}: Refund issued\n${to}: Maria <maria@example-user.org>\n\n${VENDOR_BODY}\n`;
      const message = await read(text);
      expect(message.forward).toBe('gmail-inline');
      expect(message.from).toEqual({ name: 'Shop Support', address: 'help@mail.shop.example.co.uk' });
      expect(message.subject).toBe('Refund issued');
      expect(message.date?.toISOString()).toBe('2026-04-13T10:06:00.000Z');
      expect(message.text).toBe(VENDOR_BODY);
      expect(message.forwarderNote).toBe('Please track this one.');
      expect(message.forwarder?.address).toBe('maria@example-user.org');
    },
  );

  it('finds the forward when the user rewrote the subject without a prefix', async () => {
    const text = `---------- Forwarded message ---------\nFrom: Shop <help@shop.example.com>\nDate: Mon, Apr 13, 2026 at 12:06 PM\nSubject: Refund issued\nTo: Maria <maria@example-user.org>\n\n${VENDOR_BODY}`;
    const message = await read(text, { Subject: 'shop finally paid' });
    expect(message.forward).toBe('gmail-inline');
    expect(message.from?.address).toBe('help@shop.example.com');
  });
});

describe("forwards written in the forwarder's own language", () => {
  it.each([
    ['ro', 'apple-inline', 'Început mesaj redirecționat:', 'De la', 'Subiect', 'Dată', 'Către'],
    ['tr', 'outlook-inline', '________________________________', 'Kimden', 'Konu', 'Gönderildi', 'Kime'],
    ['cs', 'gmail-inline', '---------- Přeposlaná zpráva ---------', 'Od', 'Předmět', 'Datum', 'Komu'],
    ['el', 'gmail-inline', '---------- Προωθημένο μήνυμα ---------', 'Από', 'Θέμα', 'Ημερομηνία', 'Προς'],
    ['hr', 'gmail-inline', '---------- Proslijeđena poruka ---------', 'Šalje', 'Predmet', 'Datum', 'Prima'],
    ['ca', 'gmail-inline', '---------- Missatge reenviat ---------', 'De', 'Assumpte', 'Data', 'Per a'],
    ['ca', 'apple-inline', 'Inici del missatge reenviat:', 'De', 'Assumpte', 'Data', 'Per a'],
    ['ru', 'gmail-inline', '---------- Пересылаемое сообщение ---------', 'От', 'Тема', 'Дата', 'Кому'],
    ['ru', 'gmail-inline', '---------- Пересланное сообщение ---------', 'От', 'Тема', 'Дата', 'Кому'],
    ['ru', 'apple-inline', 'Начало переадресованного сообщения:', 'От', 'Тема', 'Дата', 'Кому'],
    ['sv', 'outlook-inline', '________________________________', 'Från', 'Ämne', 'Skickat', 'Till'],
    [
      'sv',
      'gmail-inline',
      '---------- Vidarebefordrat meddelande ---------',
      'Från',
      'Ämne',
      'Datum',
      'Till',
    ],
    ['da', 'outlook-inline', '________________________________', 'Fra', 'Emne', 'Sendt', 'Til'],
    ['nb', 'gmail-inline', '---------- Videresendt melding ---------', 'Fra', 'Emne', 'Dato', 'Til'],
    [
      'fi',
      'outlook-inline',
      '________________________________',
      'Lähettäjä',
      'Aihe',
      'Lähetetty',
      'Vastaanottaja',
    ],
    ['hu', 'gmail-inline', '---------- Továbbított üzenet ---------', 'Feladó', 'Tárgy', 'Dátum', 'Címzett'],
  ])(
    'recovers the vendor message of a %s forward',
    async (_lang, style, separator, from, subject, date, to) => {
      const text = `Check this please.\n\n${separator}\n${from}: Shop Support <help@mail.shop.example.co.uk>\n${date}: Mon, Apr 13, 2026 at 12:06 PM\n${subject}: Refund issued\n${to}: Maria <maria@example-user.org>\n\n${VENDOR_BODY}\n`;
      const message = await read(text, { Subject: 'Fwd: Refund issued' });
      expect(message.forward).toBe(style);
      expect(message.from).toEqual({ name: 'Shop Support', address: 'help@mail.shop.example.co.uk' });
      expect(message.subject).toBe('Refund issued');
      expect(message.text).toBe(VENDOR_BODY);
    },
  );
});

describe('Outlook inline forwards', () => {
  it.each([
    [
      'en',
      '________________________________\nFrom: Shop Support <help@shop.example.com>\nSent: Monday, April 13, 2026 12:06 PM\nTo: Maria <maria@example-user.org>\nSubject: Refund issued',
    ],
    [
      'bg',
      'От: Shop Support <help@shop.example.com>\nИзпратено: понеделник, 13 април 2026 г. 12:06\nДо: Мария <maria@example-user.org>\nТема: Refund issued',
    ],
    [
      'de',
      'Von: Shop Support <help@shop.example.com>\nGesendet: Montag, 13. April 2026 12:06\nAn: Maria <maria@example-user.org>\nBetreff: Refund issued',
    ],
    [
      'fr',
      'De : Shop Support <help@shop.example.com>\nEnvoyé : lundi 13 avril 2026 12:06\nÀ : Maria <maria@example-user.org>\nObjet : Refund issued',
    ],
    [
      'es',
      'De: Shop Support <help@shop.example.com>\nEnviado: lunes, 13 de abril de 2026 12:06\nPara: Maria <maria@example-user.org>\nAsunto: Refund issued',
    ],
    [
      'it',
      'Da: Shop Support <help@shop.example.com>\nInviato: lunedì 13 aprile 2026 12:06\nA: Maria <maria@example-user.org>\nOggetto: Refund issued',
    ],
    [
      'en (Original Message)',
      '-----Original Message-----\nFrom: Shop Support <help@shop.example.com>\nSent: Monday, April 13, 2026 12:06 PM\nTo: Maria <maria@example-user.org>\nSubject: Refund issued',
    ],
  ])('recovers the vendor message of a %s Outlook forward', async (_lang, header) => {
    const message = await read(`Keep an eye on this.\n\n${header}\n\n${VENDOR_BODY}`, {
      Subject: 'FW: Refund issued',
    });
    expect(message.forward).toBe('outlook-inline');
    expect(message.from?.address).toBe('help@shop.example.com');
    expect(message.subject).toBe('Refund issued');
    expect(message.date?.toISOString()).toBe('2026-04-13T10:06:00.000Z');
    expect(message.text).toBe(VENDOR_BODY);
    expect(message.forwarderNote).toBe('Keep an eye on this.');
  });

  it('recovers a forward that Outlook quoted line by line, rule and headers too, when the subject says forward', async () => {
    const quote = (text: string) =>
      text
        .split('\n')
        .map((line) => `> ${line}`)
        .join('\n');
    const forwarded = quote(
      `________________________________\nVon: Shop Support <help@shop.example.com>\nGesendet: Montag, 13. April 2026 12:06\nAn: Maria <maria@example-user.org>\nBetreff: Refund issued\n\n${VENDOR_BODY}`,
    );
    const message = await read(`Erledigt!\n\n${forwarded}`, { Subject: 'WG: Refund issued' });
    expect(message.forward).toBe('outlook-inline');
    expect(message.from?.address).toBe('help@shop.example.com');
    expect(message.text).toBe(VENDOR_BODY);
    expect(message.forwarderNote).toBe('Erledigt!');
    // The same quoted block under a reply is the older message of a chain: the text above it is the message.
    const reply = await read(`Your refund has been issued.\n\n${forwarded}`, {
      Subject: 'Re: Refund issued',
    });
    expect(reply.forward).toBe('direct');
    expect(reply.text).toBe('Your refund has been issued.');
  });

  it('keeps a display-name-only sender (Outlook hides known addresses)', async () => {
    const message = await read(
      `De : IKEA France\nEnvoyé : lundi 13 juillet 2026 10:31\nÀ : Olivier <o@example-user.org>\nObjet : Remboursement\n\n${VENDOR_BODY}`,
    );
    expect(message.from).toEqual({ name: 'IKEA France', address: null });
    expect(message.forward).toBe('outlook-inline');
  });

  it('reads the HTML part when the plain text lost the header block', async () => {
    const html = `<div>FYI</div><hr><div id="divRplyFwdMsg"><b>From:</b> Shop &lt;help@shop.example.com&gt;<br><b>Sent:</b> Monday, April 13, 2026 12:06 PM<br><b>To:</b> Maria<br><b>Subject:</b> Refund issued</div><div style="display:none">preview text</div><table><tr><td>Refund</td><td>12.50 EUR</td></tr></table>`;
    const message = await readVendorMessage(buildMail({ text: 'FYI\n\nRefund 12.50 EUR', html }));
    expect(message.forward).toBe('outlook-inline');
    expect(message.from?.address).toBe('help@shop.example.com');
    expect(message.text).toBe('Refund\t12.50 EUR');
    expect(message.forwarderNote).toBe('FYI');
  });
});

describe('Apple Mail inline forwards', () => {
  it.each([
    [
      'en',
      'Begin forwarded message:',
      'From',
      'Subject',
      'Date',
      'To',
      'April 13, 2026 at 12:06:00 PM GMT+2',
    ],
    [
      'bg',
      'Начало на препратеното съобщение:',
      'От',
      'Относно',
      'Дата',
      'До',
      '13 април 2026 г. в 12:06:00 GMT+2',
    ],
    ['bg', 'Начало на препратеното писмо:', 'От', 'Тема', 'Дата', 'До', '13 април 2026 г. в 12:06:00 GMT+2'],
    [
      'de',
      'Anfang der weitergeleiteten Nachricht:',
      'Von',
      'Betreff',
      'Datum',
      'An',
      '13. April 2026 um 12:06:00 GMT+2',
    ],
    ['fr', 'Début du message réexpédié :', 'De', 'Objet', 'Date', 'À', '13 avril 2026 à 12:06:00 UTC+2'],
    [
      'es',
      'Inicio del mensaje reenviado:',
      'De',
      'Asunto',
      'Fecha',
      'Para',
      '13 de abril de 2026, 12:06:00 GMT+2',
    ],
    ['it', 'Inizio messaggio inoltrato:', 'Da', 'Oggetto', 'Data', 'A', '13 aprile 2026 12:06:00 GMT+2'],
  ])(
    'recovers the vendor message of a %s Apple Mail forward',
    async (_lang, separator, from, subject, date, to, when) => {
      const text = `Look.\n\nSent from my iPhone\n\n${separator}\n\n${from}: Shop <help@shop.example.com>\n${subject}: Refund issued\n${date}: ${when}\n${to}: Maria <maria@example-user.org>\n\n${VENDOR_BODY}`;
      const message = await read(text);
      expect(message.forward).toBe('apple-inline');
      expect(message.from?.address).toBe('help@shop.example.com');
      expect(message.date?.toISOString()).toBe('2026-04-13T10:06:00.000Z');
      expect(message.text).toBe(VENDOR_BODY);
      expect(message.forwarderNote).toBe('Look.\n\nSent from my iPhone');
    },
  );
});

describe('HTML-only forwards', () => {
  it('reads an Apple Mail forward inside a cited blockquote', async () => {
    const html = `<div>Look.</div><div><br><blockquote type="cite"><div>Début du message réexpédié :</div><br><b>De:</b> Shop &lt;help@shop.example.com&gt;<br><b>Objet:</b> Remboursement effectué<br><b>Date:</b> 13 avril 2026 à 12:06:00 UTC+2<br><b>À:</b> Maria<br><br><p>Votre remboursement a été effectué.</p></blockquote></div>`;
    const message = await readVendorMessage(buildMail({ html }));
    expect(message.forward).toBe('apple-inline');
    expect(message.from?.address).toBe('help@shop.example.com');
    expect(message.text).toBe('Votre remboursement a été effectué.');
    expect(message.forwarderNote).toBe('Look.');
  });

  it('reads an Apple Mail forward whose separator stands above the cited blockquote', async () => {
    const html = `<div dir="auto">Will it come by Friday?<br><br><div>Начало на препратеното съобщение:</div><br><blockquote type="cite"><div><b>От:</b> Shop &lt;orders@shop.example.bg&gt;<br><b>Тема:</b> Поръчката е изпратена<br><b>Дата:</b> 12 май 2026 г. в 9:14:03 ч. EEST<br><b>До:</b> Ivo</div><br><p>Поръчката Ви е предадена на куриер.</p></blockquote></div>`;
    const message = await readVendorMessage(buildMail({ html }));
    expect(message.forward).toBe('apple-inline');
    expect(message.from?.address).toBe('orders@shop.example.bg');
    expect(message.text).toBe('Поръчката Ви е предадена на куриер.');
    expect(message.forwarderNote).toBe('Will it come by Friday?');
  });

  it('reads no forward from a separator above cited text without headers', async () => {
    const html = `<div>See below.</div><div>Begin forwarded message:</div><br><blockquote type="cite"><p>Your order has shipped.</p></blockquote>`;
    const message = await readVendorMessage(buildMail({ html }));
    expect(message.forward).toBe('direct');
  });

  it('reads an Outlook forward that puts each header in its own paragraph', async () => {
    const html = `<p>FYI</p><div style="border-top:solid #E1E1E1 1pt"><p class="MsoNormal"><b>From:</b> Shop Support [mailto:help@shop.example.com]</p><p class="MsoNormal"><b>Sent:</b> Monday, April 13, 2026 12:06 PM</p><p class="MsoNormal"><b>To:</b> Maria</p><p class="MsoNormal"><b>Subject:</b> Refund issued</p></div><p>Your refund was issued.</p>`;
    const message = await readVendorMessage(buildMail({ html }));
    expect(message.forward).toBe('outlook-inline');
    expect(message.from).toEqual({ name: 'Shop Support', address: 'help@shop.example.com' });
    expect(message.subject).toBe('Refund issued');
    expect(message.text).toBe('Your refund was issued.');
  });
});

describe('Thunderbird inline forwards', () => {
  it.each([
    ['en', '-------- Forwarded Message --------', 'Subject', 'Date', 'From', 'To'],
    ['bg', '-------- Препратено съобщение --------', 'Тема', 'Дата', 'От', 'До'],
    ['de', '-------- Weitergeleitete Nachricht --------', 'Betreff', 'Datum', 'Von', 'An'],
    ['fr', '-------- Message transféré --------', 'Sujet :', 'Date :', 'De :', 'Pour :'],
    ['es', '-------- Mensaje reenviado --------', 'Asunto', 'Fecha', 'De', 'Para'],
    ['it', '-------- Messaggio Inoltrato --------', 'Oggetto', 'Data', 'Mittente', 'A'],
  ])(
    'recovers the vendor message of a %s Thunderbird forward',
    async (_lang, separator, subject, date, from, to) => {
      const label = (name: string) => (name.endsWith(':') ? name : `${name}:`);
      const text = `${separator}\n${label(subject)}\tRefund issued\n${label(date)}\tMon, 13 Apr 2026 12:06:00 +0200\n${label(from)}\tShop <help@shop.example.com>\n${label(to)}\tMaria <maria@example-user.org>\n\n${VENDOR_BODY}`;
      const message = await read(text);
      expect(message.forward).toBe('thunderbird-inline');
      expect(message.from?.address).toBe('help@shop.example.com');
      expect(message.subject).toBe('Refund issued');
      expect(message.date?.toISOString()).toBe('2026-04-13T10:06:00.000Z');
      expect(message.text).toBe(VENDOR_BODY);
      expect(message.forwarderNote).toBe('');
    },
  );

  it('reads header cells that lost their colons under the separator, and no such table without one', async () => {
    const table =
      'Asunto\tHemos recibido tu solicitud\nFecha\tWed, 03 Jun 2026 19:00:00 +0200\n' +
      'De\tFerrovía Express <reembolsos@ferrovia.example.es>\nPara\tCarmen <carmen@example-user.org>';
    const forwarded = await read(
      `Reclamación enviada.\n\n-------- Mensaje reenviado --------\n${table}\n\n${VENDOR_BODY}`,
    );
    expect(forwarded.forward).toBe('thunderbird-inline');
    expect(forwarded.from?.address).toBe('reembolsos@ferrovia.example.es');
    expect(forwarded.text).toBe(VENDOR_BODY);
    const timetable = await read(
      `Ihre Fahrt:\n\nVon\tBerlin <fahrt@bahn.example.de>\nAn\tHamburg\nDatum\t12.05.2026\n\n${VENDOR_BODY}`,
    );
    expect(timetable.forward).toBe('direct');
  });

  it('reads labels without colons under a forward separator when a sender and a subject are there', async () => {
    const headers =
      'From Shop <help@shop.example.com>\nDate Mon, 13 Apr 2026 at 12:06\n' +
      'Subject Refund issued\nTo Maria <maria@example-user.org>';
    const gmail = await read(
      `See below.\n\n---------- Forwarded message ---------\n${headers}\n\n${VENDOR_BODY}`,
    );
    expect(gmail.forward).toBe('gmail-inline');
    expect(gmail.from?.address).toBe('help@shop.example.com');
    expect(gmail.subject).toBe('Refund issued');
    expect(gmail.text).toBe(VENDOR_BODY);
    // Prose right under the separator ("A seguito …", "Da lunedì …") is no header block without a subject.
    const prose = await read(
      `Guarda qui.\n\n-------- Messaggio Inoltrato --------\nA seguito della tua richiesta\nDa lunedì il servizio è chiuso.\n\n${VENDOR_BODY}`,
    );
    expect(prose.forward).toBe('direct');
  });

  it('unquotes a forwarded message that is quoted as a whole', async () => {
    const quoted = VENDOR_BODY.split('\n')
      .map((line) => `> ${line}`)
      .join('\n');
    const text = `-------- Forwarded Message --------\nSubject:\tRefund issued\nDate:\tMon, 13 Apr 2026 12:06:00 +0200\nFrom:\tShop <help@shop.example.com>\nTo:\tMaria <maria@example-user.org>\n\n${quoted}`;
    expect((await read(text)).text).toBe(VENDOR_BODY);
  });
});

describe('forwards of forwards', () => {
  it('recovers the innermost vendor message and reports the outermost style', async () => {
    const text = `From my husband, see below.\n\n---------- Forwarded message ---------\nFrom: Ivan <ivan@example-user.org>\nDate: Mon, Apr 13, 2026 at 1:00 PM\nSubject: Fwd: Refund issued\nTo: Maria <maria@example-user.org>\n\nhere it is\n\nBegin forwarded message:\n\nFrom: Shop <help@shop.example.com>\nSubject: Refund issued\nDate: April 13, 2026 at 12:06:00 PM GMT+2\nTo: Ivan <ivan@example-user.org>\n\n${VENDOR_BODY}`;
    const message = await read(text);
    expect(message.forward).toBe('gmail-inline');
    expect(message.from?.address).toBe('help@shop.example.com');
    expect(message.text).toBe(VENDOR_BODY);
    expect(message.forwarderNote).toBe('From my husband, see below.');
  });

  it('follows an Outlook forward inside a forward whose subject says FW', async () => {
    const text = `FYI\n\nFrom: Ivan <ivan@example-user.org>\nSent: Monday, April 13, 2026 1:00 PM\nTo: Maria <maria@example-user.org>\nSubject: FW: Refund issued\n\nFrom: Shop <help@shop.example.com>\nSent: Monday, April 13, 2026 12:06 PM\nTo: Ivan <ivan@example-user.org>\nSubject: Refund issued\n\n${VENDOR_BODY}`;
    const message = await read(text, { Subject: 'FW: FW: Refund issued' });
    expect(message.from?.address).toBe('help@shop.example.com');
    expect(message.text).toBe(VENDOR_BODY);
  });

  it('takes the message attached to an attached message', async () => {
    const vendor = buildMail({
      headers: { From: 'Shop <help@shop.example.com>', Subject: 'Refund issued' },
      text: VENDOR_BODY,
    });
    const middle = buildMail({
      headers: { From: 'Ivan <ivan@example-user.org>' },
      text: 'see attached',
      attached: vendor,
    });
    const message = await readVendorMessage(buildMail({ text: 'from Ivan', attached: middle }));
    expect(message.forward).toBe('attachment');
    expect(message.from?.address).toBe('help@shop.example.com');
    expect(message.text).toBe(VENDOR_BODY);
    expect(message.forwarderNote).toBe('from Ivan');
  });
});

describe('reply chains', () => {
  const NEWEST = 'Hi Maria,\n\nWe have refunded the duplicate charge today.\n\nBest,\nJordan';
  it.each([
    ['en', 'On Thu, Apr 9, 2026 at 3:41 PM, Shop Support <help@shop.example.com> wrote:'],
    ['bg', 'На 9.04.2026 г. в 15:41 ч. Shop Support <help@shop.example.com> написа:'],
    ['de', 'Am 09.04.2026 um 15:41 schrieb Shop Support <help@shop.example.com>:'],
    ['fr', 'Le jeu. 9 avr. 2026 à 15:41, Shop Support <help@shop.example.com> a écrit :'],
    ['es', 'El jue, 9 abr 2026 a las 15:41, Shop Support (<help@shop.example.com>) escribió:'],
    ['it', 'Il giorno gio 9 apr 2026 alle ore 15:41 Shop Support <help@shop.example.com> ha scritto:'],
  ])('drops the quoted older messages under a %s attribution', async (_lang, attribution) => {
    const text = `---------- Forwarded message ---------\nFrom: Shop Support <help@shop.example.com>\nDate: Mon, Apr 13, 2026 at 12:06 PM\nSubject: Re: Double charge\nTo: Maria <maria@example-user.org>\n\n${NEWEST}\n\n${attribution}\n> Hi Maria,\n> we cannot refund this charge.\n>\n>> older question\n\n--\nShop Ltd, 1 Main Street`;
    const message = await read(text);
    expect(message.text).toBe(`${NEWEST}\n\n--\nShop Ltd, 1 Main Street`);
    expect(message.text).not.toContain('cannot refund');
  });

  it('drops an attribution wrapped onto two lines', async () => {
    const text = `${NEWEST}\n\nOn Thu, Apr 9, 2026 at 3:41 PM, Shop Support <help@shop.example.com>\nwrote:\n> we cannot refund this charge.`;
    const message = await read(text, {
      From: 'Shop <help@shop.example.com>',
      To: 'watch@inbox-watcher.test',
      Subject: 'Re: x',
    });
    expect(message.forward).toBe('direct');
    expect(message.text).toBe(NEWEST);
  });

  it('cuts an Outlook original message below the newest one', async () => {
    const older = `${'Older text that is long enough to be a real message body. '.repeat(12)}`;
    const text = `${NEWEST}\n\n${'Further details about your case follow here. '.repeat(14)}\n\n-----Original Message-----\nFrom: Maria <maria@example-user.org>\nSent: Thursday, April 9, 2026 3:41 PM\nTo: Shop <help@shop.example.com>\nSubject: Double charge\n\n${older}`;
    const message = await read(text, {
      From: 'Shop <help@shop.example.com>',
      To: 'watch@inbox-watcher.test',
      Subject: 'RE: Double charge',
    });
    expect(message.forward).toBe('direct');
    expect(message.from?.address).toBe('help@shop.example.com');
    expect(message.text).toContain('We have refunded');
    expect(message.text).not.toContain('Older text');
  });

  it('reads a short vendor reply above a quoted Outlook message as the vendor message, not a forward', async () => {
    const text = `${NEWEST}\n\n-----Original Message-----\nFrom: Maria <maria@example-user.org>\nSent: Thursday, April 9, 2026 3:41 PM\nTo: Shop <help@shop.example.com>\nSubject: Double charge\n\nPlease refund me.`;
    const message = await read(text, {
      From: 'Shop <help@shop.example.com>',
      To: 'watch@inbox-watcher.test',
      Subject: 'RE: Double charge',
    });
    expect(message.forward).toBe('direct');
    expect(message.from?.address).toBe('help@shop.example.com');
    expect(message.text).toBe(NEWEST);
  });

  it("reads a person's answer to the vendor's mail, sent to the watcher address, as a forward of that mail", async () => {
    const vendorMail = `________________________________\nDa: Servizio Clienti Negozio\nInviato: giovedì 19 novembre 2026 18:10\nA: Elena Costa <elena.costa@hotmail.it>\nOggetto: R: Annullamento ordine 2301188\n\n${VENDOR_BODY}`;
    const headers = {
      From: 'Elena Costa <elena.costa@hotmail.it>',
      Subject: 'R: Annullamento ordine 2301188',
    };
    const message = await read(`Non riescono ad annullarlo!\n\n${vendorMail}`, headers);
    expect(message.forward).toBe('outlook-inline');
    expect(message.from?.name).toBe('Servizio Clienti Negozio');
    expect(message.text).toBe(VENDOR_BODY);
    expect(message.forwarderNote).toBe('Non riescono ad annullarlo!');
    // The quoted mail was sent to someone else: an older message of a chain, not one this person received.
    const elsewhere = vendorMail.replace(
      'A: Elena Costa <elena.costa@hotmail.it>',
      'A: Ufficio Resi <resi@negozio.example.it>',
    );
    const reply = await read(`Non riescono ad annullarlo!\n\n${elsewhere}`, headers);
    expect(reply.forward).toBe('direct');
    expect(reply.text).toBe('Non riescono ad annullarlo!');
  });

  it('cuts an Outlook header block (no separator line) inside a forwarded reply', async () => {
    const text = `FYI\n\nFrom: Shop <help@shop.example.com>\nSent: Monday, April 13, 2026 12:06 PM\nTo: Maria <maria@example-user.org>\nSubject: RE: Double charge\n\n${NEWEST}\n\nFrom: Maria <maria@example-user.org>\nSent: Thursday, April 9, 2026 3:41 PM\nTo: Shop <help@shop.example.com>\nSubject: Double charge\n\nPlease refund me.`;
    const message = await read(text, { Subject: 'FW: RE: Double charge' });
    expect(message.from?.address).toBe('help@shop.example.com');
    expect(message.text).toBe(NEWEST);
  });
});

describe('attached, auto-forwarded and direct messages', () => {
  const vendor = () =>
    buildMail({
      headers: {
        From: 'Shop <orders@shop.example.com>',
        To: 'Maria <maria@example-user.org>',
        Subject: 'Order cancelled',
        Date: 'Mon, 13 Apr 2026 12:06:00 +0200',
      },
      text: VENDOR_BODY,
    });

  it('takes an attached message, not the cover note', async () => {
    const message = await readVendorMessage(buildMail({ text: 'see the attachment', attached: vendor() }));
    expect(message.forward).toBe('attachment');
    expect(message.from?.address).toBe('orders@shop.example.com');
    expect(message.subject).toBe('Order cancelled');
    expect(message.date?.toISOString()).toBe('2026-04-13T10:06:00.000Z');
    expect(message.text).toBe(VENDOR_BODY);
    expect(message.forwarderNote).toBe('see the attachment');
    expect(message.forwarder?.address).toBe('maria@example-user.org');
  });

  it.each([
    [
      'Gmail forwarding',
      {
        'X-Forwarded-To': 'watch@inbox-watcher.test',
        'X-Forwarded-For': 'maria@example-user.org watch@inbox-watcher.test',
      },
    ],
    ['a redirect rule', { 'Resent-From': 'maria@example-user.org', 'Resent-To': 'watch@inbox-watcher.test' }],
    ['a plain alias', { 'Delivered-To': 'watch@inbox-watcher.test' }],
    [
      'the envelope recipient of the last hop',
      {
        Received:
          'from mx.example-user.org by mx.inbox-watcher.test with ESMTPS id 1 for <watch@inbox-watcher.test>; Mon, 13 Apr 2026 12:07:00 +0200',
      },
    ],
  ])('recognises an auto-forward by %s', async (_how, headers) => {
    const raw = buildMail({
      headers: {
        From: 'Shop <orders@shop.example.com>',
        To: 'Maria <maria@example-user.org>',
        Subject: 'Order cancelled',
        ...headers,
      },
      text: VENDOR_BODY,
    });
    const message = await readVendorMessage(raw);
    expect(message.forward).toBe('auto-forward');
    expect(message.from?.address).toBe('orders@shop.example.com');
    expect(message.forwarder?.address).toBe('maria@example-user.org');
    expect(message.text).toBe(VENDOR_BODY);
  });

  it('reads mail the vendor sent straight to the watcher', async () => {
    const raw = buildMail({
      headers: {
        From: 'Shop <orders@shop.example.com>',
        To: 'watch@inbox-watcher.test',
        'Delivered-To': 'watch@inbox-watcher.test',
        Subject: 'Order cancelled',
      },
      html: '<p>Your order was cancelled.</p><script type="application/ld+json">{"@type":"Order","orderStatus":"OrderCancelled"}</script>',
    });
    const message = await readVendorMessage(raw);
    expect(message.forward).toBe('direct');
    expect(message.forwarder).toBeNull();
    expect(message.text).toBe('Your order was cancelled.');
    expect(message.jsonLd).toEqual([{ '@type': 'Order', orderStatus: 'OrderCancelled' }]);
  });

  it('does not take a vendor table of From/To stops for a forward', async () => {
    const raw = buildMail({
      headers: { From: 'Rail <info@rail.example.it>', To: 'watch@inbox-watcher.test', Subject: 'Biglietto' },
      text: 'Il tuo viaggio\n\nDa: Milano Centrale\nA: Roma Termini\nData: 20/02/2026\n\nBuon viaggio',
    });
    const message = await readVendorMessage(raw);
    expect(message.forward).toBe('direct');
    expect(message.from?.address).toBe('info@rail.example.it');
  });
});

describe('input that is not a message', () => {
  it('raises MailParseError', async () => {
    await expect(readVendorMessage(Buffer.from('not a mail at all'))).rejects.toBeInstanceOf(MailParseError);
  });
});

describe('gaps found on held-out mail', () => {
  it('joins an Outlook subject that wrapped onto a line of its own', async () => {
    const message = await read(
      [
        'FYI',
        '',
        '________________________________',
        'De : SNCF Connect <noreply@sncf-connect.com>',
        'Envoyé : mercredi 16 septembre 2026 07:45',
        'À : Camille <camille@example-user.org>',
        'Objet : Votre train du 18 septembre est supprimé - remboursement',
        'effectué',
        '',
        VENDOR_BODY,
      ].join('\n'),
      { Subject: 'TR: Votre train' },
    );
    expect(message.subject).toBe('Votre train du 18 septembre est supprimé - remboursement effectué');
    expect(message.text.startsWith('Hello Maria')).toBe(true);
  });

  it('reads an Outlook forward that shows only the sender name and a date', async () => {
    const message = await read(
      [
        'Sky will nichts erstatten',
        '',
        '________________________________',
        'Von: Sky Kundenservice',
        'Datum: Montag, 14. September 2026 11:44',
        'Betreff: Ihre Anfrage zur Erstattung',
        '',
        VENDOR_BODY,
      ].join('\n'),
      { Subject: 'WG: Ihre Anfrage zur Erstattung' },
    );
    expect(message.forward).toBe('outlook-inline');
    expect(message.from?.name).toBe('Sky Kundenservice');
    expect(message.text.startsWith('Hello Maria')).toBe(true);
  });

  it('keeps a vendor mail that quotes a forwarded message as the vendor message itself', async () => {
    const own =
      'Dear Laura,\n\nThank you for your patience. We contacted the hotel about your request for a refund of the prepayment. The property agreed, and they have now refunded GBP 112.40 to the card used for the prepayment. You can see their reply below, and our team remains available if anything is unclear.\n';
    const message = await readVendorMessage(
      buildMail({
        headers: {
          From: 'Booking.com <customer.service@booking.com>',
          Subject: 'Update on your refund request',
        },
        text: `${own}\n---------- Forwarded message ---------\nFrom: Hotel <reservations@hotel.example.pt>\nDate: Wed, 16 Sep 2026 at 11:02\nSubject: Reservation\nTo: Booking.com <customer.service@booking.com>\n\nWe confirm the refund.`,
      }),
    );
    expect(message.forward).toBe('direct');
    expect(message.from?.address).toBe('customer.service@booking.com');
    expect(message.text).toContain('they have now refunded GBP 112.40');
  });
});
