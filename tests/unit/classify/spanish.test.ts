import { describe, expect, it } from 'vitest';
import { classify, moneyOf, promisesOf } from './classify-helpers';

describe('Spanish kinds', () => {
  it.each([
    ['Tu pedido ha sido cancelado.', ['cancellation.confirmed']],
    ['Hemos dado de baja tu línea.', ['cancellation.confirmed']],
    ['Hemos recibido tu solicitud de baja.', ['cancellation.received']],
    ['Hemos procesado tu reembolso de 30,00 €.', ['refund.confirmed']],
    // A booking described as cancelled at the customer's request, in an apposition.
    [
      'Ya te hemos abonado los 45,00 € de la reserva del apartamento, anulada a tu petición.',
      ['cancellation.confirmed', 'refund.confirmed'],
    ],
    ['La devolución ya se ha realizado.', ['refund.confirmed']],
    ['Hemos registrado tu solicitud de devolución.', ['refund.received']],
    ['Lamentablemente, tu solicitud de reembolso ha sido rechazada.', ['refund.rejected']],
    ['No podemos atender tu solicitud de reembolso.', ['refund.rejected']],
    // A returned item that "cannot be refunded" is a refusal; a fee that cannot be is not.
    [
      'Hemos revisado el paquete: las zapatillas (45,00 €) no pueden ser reembolsadas porque se han usado.',
      ['refund.rejected'],
    ],
    ['Los gastos de envío no pueden ser reembolsados.', []],
    // A cancellation request received that the vendor could not carry out is no kind.
    [
      'Hemos recibido tu solicitud de baja del servicio de fibra de la línea 912345678 (Calle Mayor 3, 2º A, Sevilla), pero no hemos podido tramitarla.',
      [],
    ],
    [
      'Nos llegó su petición de baja de la póliza de hogar n.º 55-120034 con fecha 3 de octubre, aunque no ha sido posible gestionarla.',
      [],
    ],
    // A service stated as cancelled in the preterite.
    [
      'Te confirmamos que tu contrato de gas en Avenida del Puerto 9, 1.º A, se dio de baja el 4 de marzo.',
      ['cancellation.confirmed'],
    ],
    ['Tus líneas móviles se dieron de baja ayer y no se te cobrará nada más.', ['cancellation.confirmed']],
    // Near misses: a conditional, and something that is not a service.
    ['Si tu contrato se dio de baja por error, llámanos y lo reactivamos.', []],
    ['Tu contrato se dio de baja de la lista de correo comercial.', []],
    // A plan stated to run until its end date and not to be renewed is a cancellation done.
    ['Tu membresía continuará activa hasta el 30 de junio y no se renovará.', ['cancellation.confirmed']],
    // Near miss: the how-to for turning the renewal off.
    [
      'Si desactivas la renovación automática, tu suscripción seguirá activa hasta el 3 de mayo y no se renovará.',
      [],
    ],
    // Near miss: the refund, not the cancellation, could not be processed.
    [
      'Hemos recibido tu solicitud de baja, pero no hemos podido tramitar el reembolso.',
      ['cancellation.received'],
    ],
  ])('reads "%s" as %j', (text, kinds) => {
    expect(classify(text).kinds).toEqual(kinds);
  });

  it.each([
    ['No se ha podido cancelar tu pedido porque ya está en preparación.'],
    ['Si quieres darte de baja, llama al 1004.'],
    ['Puedes solicitar el reembolso íntegro de tu reserva en Gestionar reservas.'],
    ['Tu billete no ha sido cancelado.'],
    ['Podrás pedir que la reserva, anulada a tu petición, se reactive si hay plazas.'],
    ['La confirmación de que tu contrato ha sido cancelado te llegará en 5 días.'],
  ])('finds no confirmation in "%s"', (text) => {
    expect(classify(text).kinds.filter((kind) => kind.endsWith('.confirmed'))).toEqual([]);
  });

  it('does not read the time to send a return label as a refund promise', () => {
    expect(
      promisesOf(
        'Hemos registrado tu solicitud de devolución y, cuando llegue el artículo, te devolveremos el dinero. Dentro de los próximos 2 días te mandaremos por email la etiqueta de Correos.',
      ),
    ).toEqual([]);
  });

  it('does not read the time to answer a refund request as a refund promise', () => {
    expect(
      promisesOf(
        'Hemos recibido tu petición de reembolso del billete. El departamento de reclamaciones la estudiará y te contestará en un plazo de 20 días.',
      ),
    ).toEqual([]);
    // Near miss: a refund time beside the answer is still a promise.
    expect(
      promisesOf(
        'Hemos aprobado tu reembolso de 40,00 € y se te devolverá en un plazo de 10 días hábiles; nuestro equipo te responderá por correo si hay alguna incidencia.',
      ),
    ).toEqual(['refund.confirmed 10 business_days']);
  });

  it('reads a refund request received beside a cancellation request, past an "n.º"', () => {
    expect(
      classify(
        'Te confirmamos que hemos recibido tu solicitud de baja del seguro de viaje n.º 44-901233, junto con tu petición de reembolso de la prima de octubre.',
      ).kinds,
    ).toEqual(['cancellation.received', 'refund.received']);
  });

  it('still reads the refund time beside a label sent today', () => {
    expect(
      promisesOf(
        'Hemos recibido tu solicitud de devolución. Te enviaremos la etiqueta hoy y el reembolso se realizará en un plazo de 5 días hábiles.',
      ),
    ).toEqual(['refund.confirmed 5 business_days']);
  });

  it('reads nothing in an example text message quoted under a line introducing it', () => {
    const quoted = (leadIn: string) =>
      classify(`${leadIn}\n\n   "Orange: Tu línea ha sido dada de baja. No se generarán más cargos."`).kinds;
    expect(quoted('Cuando la baja esté hecha, te enviaremos un SMS como este:')).toEqual([]);
    expect(quoted('Te reenviamos el SMS que te enviamos ayer:')).toEqual(['cancellation.confirmed']);
  });

  it('reads a refund deadline that waits for the returned goods as a promise, as the corpus does', () => {
    expect(
      promisesOf(
        'Hemos registrado tu devolución. Una vez recibamos el producto en nuestro almacén, te reembolsaremos 40,00 € en un plazo de 14 días.',
      ),
    ).toEqual(['refund.confirmed 14 days']);
  });

  it('reads a refund time that waits only for the papers to be complete as a promise, as "si procede" is read', () => {
    expect(
      promisesOf(
        'Hemos registrado su petición de extorno. Si la documentación aportada es correcta, le devolveremos la prima en un plazo máximo de 15 días.',
      ),
    ).toEqual(['refund.confirmed 15 days']);
    expect(
      promisesOf(
        'Tu reclamación ya está en nuestro sistema. Si los documentos están completos, te reembolsaremos el importe en 7 días hábiles.',
      ),
    ).toEqual(['refund.confirmed 7 business_days']);
  });

  // Near miss: papers found missing, or a refund said done after the condition, stay conditional.
  it('reads no promise and no confirmation when the papers are incomplete or the refund is said done', () => {
    expect(
      promisesOf(
        'Hemos registrado su petición. Si la documentación está incompleta, se la pediremos en un plazo de 10 días.',
      ),
    ).toEqual([]);
    expect(
      classify('Si la documentación está completa, el reembolso ya se ha realizado en su cuenta.').kinds,
    ).not.toContain('refund.confirmed');
  });
  it('reads a confirmation the message itself is, not one announced for later', () => {
    expect(classify('Este correo es la confirmación de que tu suscripción ha sido cancelada.').kinds).toEqual(
      ['cancellation.confirmed'],
    );
  });
});

describe('Spanish promises, amounts and references', () => {
  it('reads "días hábiles" with number words', () => {
    expect(
      promisesOf(
        'Hemos recibido tu solicitud de baja. Recibirás un e-mail confirmando la baja en un plazo máximo de dos días hábiles.',
      ),
    ).toEqual(['cancellation.confirmed 2 business_days']);
  });

  it('reads a range given with "a"', () => {
    expect(
      promisesOf(
        'Hemos recibido tu solicitud de reembolso. El reembolso se realizará en un plazo de 5 a 7 días hábiles.',
      ),
    ).toEqual(['refund.confirmed 7 business_days']);
  });

  it('ignores bank posting times', () => {
    expect(
      promisesOf('Hemos procesado tu reembolso. El abono puede tardar entre 3 y 5 días hábiles en aparecer.'),
    ).toEqual([]);
  });

  it('reads a refunded amount of zero as no refund', () => {
    const refunded = (sum: string) =>
      classify(`Te confirmamos que tu billete ha sido anulado.\nImporte devuelto: ${sum}`).kinds;
    expect(refunded('0,00 €')).toEqual(['cancellation.confirmed']);
    expect(refunded('5,00 €')).toEqual(['cancellation.confirmed', 'refund.confirmed']);
  });

  it('reads 1.089,00 € and € 89,98', () => {
    expect(moneyOf('Hemos procesado el reembolso de 1.089,00 € a tu tarjeta.')).toBe('1089.00 EUR');
    expect(moneyOf('Hemos procesado tu reembolso de € 89,98.')).toBe('89.98 EUR');
  });

  it('reads a reference from a table written as text', () => {
    const text =
      'Hemos recibido tu solicitud de baja.\n| Folio de solicitud | 5520193 |\n| Estado | En trámite |';
    expect(classify(text).reference).toBe('5520193');
  });

  it('takes the case number over the booking code', () => {
    const text =
      'Tu solicitud de reembolso para la reserva HX4M9B, número de caso 2609-118273, ha sido rechazada.';
    expect(classify(text).reference).toBe('2609-118273');
  });

  it('keeps a country prefix "ES" as part of the order number', () => {
    expect(classify('Hola.', 'Devolución del pedido ES4471B0028815 completada').reference).toBe(
      'ES4471B0028815',
    );
    // Near miss: "es" as the verb still joins label and number.
    expect(classify('Tu número de pedido es 4471B0028815. Gracias.').reference).toBe('4471B0028815');
  });
});

describe('Spanish refusals and formal address', () => {
  it('reads a cancellation the vendor could not make as nothing', () => {
    expect(
      classify(
        'Hemos recibido su solicitud de cancelación del pedido. Lamentablemente no es posible cancelarlo, ya que ha sido enviado.',
      ).kinds,
    ).toEqual([]);
  });

  it('reads the refund offered once the parcel comes back as an option, not a request received', () => {
    expect(
      classify(
        'Hemos recibido tu solicitud de reembolso. Cuando el paquete vuelva, tramitaremos la devolución.',
      ).kinds,
    ).toEqual(['refund.received']);
    expect(
      classify(
        'No hemos podido cancelar el pedido: ya salió del almacén. Cuando el paquete vuelva, tramitaremos la devolución del importe.',
      ).kinds,
    ).toEqual([]);
  });

  it('reads the formal "le confirmamos" and a denied refund', () => {
    expect(classify('Le confirmamos la anulación de su billete.').kinds).toEqual(['cancellation.confirmed']);
    expect(classify('Hemos decidido denegar el reembolso de 85,00 €.').kinds).toEqual(['refund.rejected']);
  });
});

describe('Spanish blind round RK–RN', () => {
  it('takes the compensation, not the ticket price, as the refunded sum', () => {
    expect(
      moneyOf(
        'Le informamos de que hemos abonado la indemnización por el retraso de su tren.\nImporte de los billetes: 120,00 €\nIndemnización (25 %): 30,00 €\nEl importe se ha devuelto a su tarjeta.',
      ),
    ).toBe('30.00 EUR');
  });
});

describe('Spanish blind-round fixes (RQ–RZ)', () => {
  it('reads a trip the operator cancelled, named in a reason clause, as a confirmed cancellation', () => {
    expect(
      classify('Con motivo de la cancelación de tu vuelo Sevilla - Lisboa, te ofrecemos un nuevo billete.')
        .kinds,
    ).toEqual(['cancellation.confirmed']);
    // A reason clause leading a refund is the refund's background (label conventions, blind round CQ–CT).
    expect(
      classify(
        'Con motivo de la cancelación de tu vuelo Sevilla - Lisboa, te hemos reembolsado el importe completo.',
      ).kinds,
    ).toEqual(['refund.confirmed']);
  });

  it('does not read a possible or conditional cancellation of a trip as confirmed', () => {
    expect(
      classify('Si se produjera la cancelación del tren, te reembolsaremos el billete.').kinds,
    ).not.toContain('cancellation.confirmed');
    expect(
      classify('En caso de cancelación del vuelo por parte de la aerolínea, recibirás el reembolso.').kinds,
    ).not.toContain('cancellation.confirmed');
  });

  it('reads a return registered for an order as a refund received', () => {
    expect(
      classify('Hemos registrado la devolución de tu pedido 5501237. Te enviamos la etiqueta para el envío.')
        .kinds,
    ).toEqual(['refund.received']);
  });

  it('does not read an invitation to register a return as received', () => {
    expect(classify('Para registrar la devolución de tu pedido, entra en Mis compras.').kinds).toEqual([]);
  });

  it('reads a refund request taken up as a topic and then acknowledged as received', () => {
    expect(
      classify(
        'En relación con tu petición de reembolso de la entrada, la hemos registrado y te responderemos pronto.',
      ).kinds,
    ).toEqual(['refund.received']);
  });

  it('does not read a refund request taken up as a topic but not acknowledged', () => {
    expect(classify('Respecto a tu solicitud de reembolso, no la hemos recibido todavía.').kinds).toEqual([]);
  });
});

describe('Spanish blind-round fixes (SU–TB)', () => {
  it('reads a reply to a refund request with a fee not refundable as a refusal', () => {
    expect(
      classify(
        'En respuesta a su solicitud de reembolso de la cuota, le comunicamos que la cuota de 60,00 € no es reembolsable al haberse iniciado el curso.',
      ).kinds,
    ).toEqual(['refund.rejected']);
  });

  it('does not read a reply to a refund request alone as a refusal', () => {
    expect(
      classify('En relación con su solicitud de reembolso, le informamos de que la estamos revisando.').kinds,
    ).not.toContain('refund.rejected');
  });
});

describe('Spanish blind-round near misses (SU–TB)', () => {
  it('does not read a reply that reports the refund done, beside a fare rule, as a refusal', () => {
    expect(
      classify(
        'En relación con su solicitud de reembolso del trayecto, le informamos de que ya hemos tramitado el reembolso de las tasas. La tarifa contratada no admite el reembolso del billete.',
      ).kinds,
    ).toEqual(['refund.confirmed']);
  });
});

describe('Spanish blind round 2026-11-27', () => {
  it.each([
    // An operator or provider cancelling the booked activity, stated as the news.
    ['Sentimos informarte de que la aerolínea ha cancelado el vuelo del día 3.', ['cancellation.confirmed']],
    // Near miss: named only as the reason for a refund (background).
    [
      'Como el proveedor ha cancelado la visita, te hemos devuelto el importe de 40,00 € a tu tarjeta.',
      ['refund.confirmed'],
    ],
    // A transfer of a sum to the customer's account is the refund made.
    [
      'Esta mañana hemos realizado la transferencia de 75,50 € a tu cuenta terminada en 2231.',
      ['refund.confirmed'],
    ],
    // Near miss: a seller's payout is no refund.
    ['Hemos realizado la transferencia de 75,50 € a tu cuenta por tus ventas de la semana.', []],
    // A return under review is a refund matter acknowledged.
    ['Tu devolución n.º 8812 se encuentra en revisión.', ['refund.received']],
    ['Si tu devolución está en revisión, te avisaremos por correo.', []],
  ])('reads "%s" as %j', (text, kinds) => {
    expect(classify(text).kinds).toEqual(kinds);
  });

  it('reads a cancellation refused because the requester is not the contract holder as no cancellation', () => {
    expect(
      classify(
        'Hemos recibido tu solicitud de baja de los servicios de fibra. Lamentablemente no hemos podido tramitarla: la solicitud no la ha hecho el titular del contrato.',
      ).kinds,
    ).toEqual([]);
  });
});

describe('Spanish round 2026-11-27 (blind batches)', () => {
  it.each([
    // A suspended show is the refund's background, not a refund on hold.
    [
      'Te confirmamos la devolución de tus entradas del concierto suspendido. La devolución se ha realizado hoy.',
      ['refund.confirmed'],
    ],
    // A request acknowledged that names the money back as what was asked for.
    [
      'Hemos recibido tu petición para anular la reserva y para que te reembolsemos el importe abonado.',
      ['cancellation.received', 'refund.received'],
    ],
    // Near miss: the customer is told what to do to get the money back.
    ['Para que te reembolsemos el importe, envíanos el formulario firmado.', []],
    // A fee refused with its reason.
    [
      'El cargo de octubre (29,90 €) no es reembolsable, ya que el servicio estuvo disponible todo el mes.',
      ['refund.rejected'],
    ],
    // Near miss: the fee policy, with no reason given for this customer.
    ['Las cuotas mensuales no son reembolsables.', []],
    // Near miss: the refund itself suspended.
    [
      'La devolución se ha realizado, pero el reembolso está suspendido por una revisión.',
      ['refund.received'],
    ],
  ])('reads "%s" as %j', (text, kinds) => {
    expect(classify(text).kinds).toEqual(kinds);
  });
});

describe('Spanish round 2026-11-27 b (blind batches)', () => {
  it.each([
    // A service the operator cancelled, named only as the reason of the refund: background.
    [
      'Hemos efectuado la devolución del importe de tu billete, puesto que el trayecto del 3 de mayo fue cancelado por la compañía.',
      ['refund.confirmed'],
    ],
    ['Te hemos abonado el importe del billete porque tu tren fue suprimido.', ['refund.confirmed']],
    // Near miss: the cancellation stated as the news, beside the refund.
    [
      'Tu trayecto del 3 de mayo fue cancelado por la compañía y hemos efectuado la devolución del importe.',
      ['cancellation.confirmed', 'refund.confirmed'],
    ],
    // Near miss: the cancellation is why the vendor writes, with no refund named.
    ['Le escribimos porque su vuelo fue cancelado por la aerolínea.', ['cancellation.confirmed']],
    // A multi-trip pass ("bono 10 viajes") refunded to the account is a money refund, not a voucher.
    ['Hemos devuelto el importe de tu bono 10 viajes a tu cuenta.', ['refund.confirmed']],
    // Near miss: a travel voucher instead of money.
    ['Te hemos devuelto el importe con un bono de viaje.', []],
    // A refund to be processed ("se tramitará") is under way.
    ['La devolución se tramitará en tu cuenta bancaria en un plazo de diez días.', ['refund.received']],
    // Near miss: only if the customer qualifies.
    ['Si cumples las condiciones, la devolución se tramitará en tu cuenta bancaria.', []],
    // Near miss: an option offered, the refund processed once asked for.
    ['Puede solicitar el reembolso del billete, que se tramitará en un plazo de 7 días.', []],
    // A refund the vendor's team has started.
    ['Nuestro departamento de cobros ya ha iniciado el reembolso del recibo duplicado.', ['refund.received']],
    // Near miss: the customer started a return of goods.
    ['Has iniciado la devolución del artículo.', []],
  ])('reads "%s" as %j', (text, kinds) => {
    expect(classify(text).kinds).toEqual(kinds);
  });
});

describe('Spanish blind round VK–VN', () => {
  // A duration inside a quoted service or plan name is the name, not a promise.
  it('reads no promise in a quoted plan name with a duration', () => {
    expect(
      promisesOf(
        'Hemos recibido tu solicitud de reembolso por la compra del plan "Prueba 15 días" y la estamos revisando.',
      ),
    ).toEqual([]);
  });

  // Near miss: the real promise beside the quoted name stays.
  it('keeps the promise beside a quoted plan name', () => {
    expect(
      promisesOf(
        'Hemos recibido tu solicitud de reembolso del plan "Prueba 15 días". Te devolveremos el importe en un plazo de 10 días hábiles.',
      ),
    ).toEqual(['refund.confirmed 10 business_days']);
  });
});

describe('Spanish blind round VO–VR', () => {
  it.each<[string, string[]]>([
    // A cancellation stated as processed with "se ha tramitado", after an emphatic "sí".
    [
      'Lamentablemente no podemos reembolsar la cuota. Tu baja sí se ha tramitado y no habrá más cargos.',
      ['refund.rejected', 'cancellation.confirmed'],
    ],
    ['Te informamos de que la baja se ha procesado y ya no se emitirán recibos.', ['cancellation.confirmed']],
    // Near miss: the customer's own cancellation told in the past as a reason.
    ['Como la cancelación se realizó fuera de plazo, no procede el reembolso.', ['refund.rejected']],
    // Near miss: the processing still to come.
    ['Tu baja se tramitará en los próximos días.', []],
    // Near miss: a refused cancellation.
    ['Tu baja no se ha tramitado porque falta la firma del titular.', []],
    // A refund request opened by the vendor is received.
    ['Hemos abierto una solicitud de reembolso y el equipo de cobros la revisará.', ['refund.received']],
    ['Hemos iniciado un expediente de devolución por el cargo duplicado.', ['refund.received']],
    // Near miss: the customer is told how to open one.
    ['Puedes abrir una solicitud de reembolso desde tu área de cliente.', []],
  ])('reads "%s" as %j', (text, kinds) => {
    expect(classify(text).kinds.slice().sort()).toEqual(kinds.slice().sort());
  });
});

describe('Spanish blind round VS–VV', () => {
  it.each<[string, string[]]>([
    // A refund "tramitado" with the money still to arrive is under way, not done.
    [
      'Hemos tramitado tu reembolso, que recibirás en tu tarjeta en un plazo máximo de 15 días.',
      ['refund.received'],
    ],
    [
      'Ya hemos tramitado la devolución y la recibirás en la cuenta indicada en unos días.',
      ['refund.received'],
    ],
    // Near miss: "tramitado" on its own still reads as done.
    ['Hemos tramitado el reembolso de 18,00 € a tu tarjeta.', ['refund.confirmed']],
  ])('reads "%s" as %j', (text, kinds) => {
    expect(classify(text).kinds.slice().sort()).toEqual(kinds.slice().sort());
  });

  it('promises the refund within the time given after "tramitado"', () => {
    expect(
      promisesOf('Hemos tramitado tu reembolso, que recibirás en tu tarjeta en un plazo máximo de 15 días.'),
    ).toEqual(['refund.confirmed 15 days']);
  });

  it('takes the sum of an "abono" the customer is entitled to over a conditional charge', () => {
    expect(
      moneyOf(
        'Por los días no disfrutados te corresponde un abono de 7,90 €. Ya hemos tramitado el abono. Si no nos entregas el decodificador, te cobraremos 45,00 €.',
      ),
    ).toBe('7.90 EUR');
  });
});

describe('Spanish round 2026-11-27 c (blind batches)', () => {
  it.each([
    // A flight cancelled, named in a fronted "como …" clause only as the reason of the refund: background.
    ['Como tu tren del día 12 fue cancelado, te hemos devuelto el importe íntegro.', ['refund.confirmed']],
    ['Dado que la excursión fue anulada, hemos procesado el reembolso de la reserva.', ['refund.confirmed']],
    // Near miss: the cancellation is the news, and what follows is no refund matter.
    ['Como tu tren fue cancelado, te hemos reservado plaza en el siguiente.', ['cancellation.confirmed']],
    // A refund asked of another department, of a charge "que se realizó": the charge was made, not the refund.
    [
      'Hemos solicitado a nuestro departamento de administración la devolución del cobro de 45,00 € que se efectuó en tu tarjeta.',
      ['refund.received'],
    ],
    // Near miss: the refund itself was made.
    ['La devolución del cobro de 45,00 € se efectuó ayer en tu tarjeta.', ['refund.confirmed']],
  ])('reads "%s" as %j', (text, kinds) => {
    expect(classify(text).kinds).toEqual(kinds);
  });
});

describe('Spanish round 2026-11-27 W (blind batches)', () => {
  it.each([
    // A medical appointment (the booked service itself) cancelled by the clinic, at the patient's request.
    ['Te confirmamos que hemos anulado tu cita del día 9 con la dermatóloga.', ['cancellation.confirmed']],
    ['Hemos cancelado su cita médica en el centro de Triana.', ['cancellation.confirmed']],
    // Near miss: a technician's visit for an order that stays, and a cancellation still to be done.
    ['Hemos cancelado tu cita de instalación del router; tu pedido sigue activo.', []],
    ['Si lo prefieres, anularemos tu cita con la dermatóloga.', []],
    // A refund that "no procede" is refused.
    [
      'Le informamos de que el reembolso solicitado no procede según las condiciones de su tarifa.',
      ['refund.rejected'],
    ],
    // Near miss: under a condition.
    ['Si el reembolso no procede, te lo explicaremos por escrito.', []],
    // A refund promised once the vendor's own check bears the claim out: under way.
    [
      'Si se comprueba que el paquete llegó incompleto, te reembolsaremos la diferencia en un plazo de 5 días.',
      ['refund.received'],
    ],
    // Near miss: a condition on the customer's own act.
    ['Si cancelas antes del viernes, te devolveremos el importe en 5 días.', []],
  ])('reads "%s" as %j', (text, kinds) => {
    expect(classify(text).kinds).toEqual(kinds);
  });

  it("promises the refund within the time given after the vendor's check", () => {
    expect(
      promisesOf(
        'Si se confirma que el artículo faltaba, te devolveremos el importe en un plazo máximo de 48 horas.',
      ),
    ).toEqual(['refund.confirmed 48 hours']);
  });
});

describe('Spanish round 2026-11-27 W2 (blind batches WE–WH)', () => {
  it.each([
    // A cancelled trip named in a relative clause as the occasion of a refund: the refund only.
    [
      'Ya hemos recibido la compensación de la aerolínea por el vuelo a Lisboa que fue cancelado. Hoy te hemos transferido 80,00 € a tu cuenta.',
      ['refund.confirmed'],
    ],
    [
      'Te devolvemos el importe del billete de tren que fue suprimido: hemos realizado la transferencia de 32,40 € hoy.',
      ['refund.confirmed'],
    ],
    // Near miss: the cancellation stated as the news.
    [
      'Te informamos de que el vuelo a Lisboa del sábado fue cancelado por la aerolínea.',
      ['cancellation.confirmed'],
    ],
  ])('reads "%s" as %j', (text, kinds) => {
    expect(classify(text).kinds).toEqual(kinds);
  });
  it('reads a call promised to fix a date for collecting the equipment as no promise of the cancellation', () => {
    expect(
      promisesOf(
        'Hemos recibido tu solicitud de baja. Te llamaremos en un plazo de 48 horas para concertar una cita con el técnico que retirará el router.',
      ),
    ).toEqual([]);
  });

  it('keeps the confirmation promised beside such a call', () => {
    expect(
      promisesOf(
        'Hemos recibido tu solicitud de baja. Te confirmaremos la baja por correo en un plazo de 48 horas y después te llamaremos para fijar la fecha de recogida.',
      ),
    ).toEqual(['cancellation.confirmed 48 hours']);
  });
});

describe('Spanish blind round WM–WP', () => {
  it.each([
    // A cancellation request acknowledged, then refused far from its noun with "pero lamentablemente no hemos podido".
    [
      'Hemos recibido tu petición de baja de la tarifa de internet y televisión vinculada a la dirección de Calle Mayor 12, pero por desgracia no hemos podido completarla.',
      [],
    ],
    [
      'Hemos recibido su solicitud de baja del contrato de suministro de gas natural del domicilio de la calle Alcalá, pero lamentablemente no hemos podido tramitarla.',
      [],
    ],
    // Near miss: what could not be done is something else than the cancellation.
    [
      'Hemos recibido tu solicitud de baja de la tarifa de internet y televisión vinculada a la dirección de Calle Mayor 12, pero lamentablemente no hemos podido localizarte por teléfono.',
      ['cancellation.received'],
    ],
  ])('reads "%s" as %j', (text, kinds) => {
    expect(classify(text).kinds).toEqual(kinds);
  });
});

describe('Spanish coverage sweep', () => {
  it.each([
    // A refund request acknowledged past an "n.º", forwarded, or under review.
    [
      'Tu solicitud de devolución n.º 44120 ha sido recibida y la estudiaremos en breve.',
      ['refund.received'],
    ],
    [
      'La petición de reembolso que nos enviaste ha sido trasladada al área de contabilidad.',
      ['refund.received'],
    ],
    ['La solicitud de reembolso del abono mensual se encuentra en estudio.', ['refund.received']],
    ['Su reembolso se está tramitando y le llegará en unos días.', ['refund.received']],
    ['Hemos derivado su reclamación al departamento de reembolsos.', ['refund.received']],
    [
      'Tu consulta ha sido remitida al equipo de devoluciones, que te contestará pronto.',
      ['refund.received'],
    ],
    // A cancellation request in process.
    ['Su petición de baja de la tarifa móvil sigue en tramitación.', ['cancellation.received']],
    // Refusals.
    [
      'Sentimos no poder acceder a tu solicitud de reembolso porque la entrada ya fue utilizada.',
      ['refund.rejected'],
    ],
    [
      'Damos por cerrada su reclamación sin reembolso, al no apreciar ningún defecto en el producto.',
      ['refund.rejected'],
    ],
    [
      'Lo sentimos, pero tu billete no es apto para reembolso por tratarse de una tarifa promocional.',
      ['refund.rejected'],
    ],
    // A refund just issued.
    ['Acabamos de realizar el reembolso de 24,95 € de tu compra.', ['refund.confirmed']],
    // A request "just received".
    ['Acabamos de recibir su petición de baja del servicio de alarma.', ['cancellation.received']],
    // A membership ending on a date without renewal.
    ['Su suscripción terminará el 15 de enero y no se renovará.', ['cancellation.confirmed']],
  ])('reads "%s" as %j', (text, kinds) => {
    expect(classify(text).kinds).toEqual(kinds);
  });
});

describe('Spanish coverage sweep near misses', () => {
  it.each([
    // Policy text, questions, promises and conditions around the same words.
    ['Los artículos personalizados no son aptos para reembolso.', []],
    ['¿Su pedido no es apto para reembolso? Consulte nuestras condiciones.', []],
    ['Si tu caso es derivado al departamento de reembolsos, te avisaremos.', []],
    ['Acabamos de recibir tu solicitud de reembolso y la revisaremos.', ['refund.received']],
    ['Acabamos de enviarte la etiqueta de devolución del producto.', []],
    ['Tu suscripción terminará el 15 de enero y no se renovará si no confirmas tus datos de pago.', []],
    ['Su suscripción de prueba terminará el 15 de enero y no se renovará.', []],
    ['Hemos cerrado la incidencia de la entrega, sin más novedad.', []],
  ])('reads "%s" as %j', (text, kinds) => {
    expect(classify(text).kinds).toEqual(kinds);
  });
});

describe('Spanish blind round WQ–WT', () => {
  it('reads a payment reference of a receipt', () => {
    const text =
      'Tu suscripción se ha renovado.\n\nImporte cargado: 12,00 €\nReferencia de pago: PAY-44120-X';
    expect(classify(text).reference).toBe('PAY-44120-X');
  });

  it('prefers the request number acknowledged to a payment reference', () => {
    const text =
      'Hemos registrado tu solicitud de reembolso con el número SR-5521.\n\nReferencia de pago: PAY-44120-X';
    expect(classify(text).reference).toBe('SR-5521');
  });
});

describe('Spanish blind round WU–WX', () => {
  it.each([
    // A second participle sharing "hemos" with a cancellation states the refund done too.
    [
      'Hemos dado de baja tu plan mensual y realizado el reembolso de 14,99 € a tu tarjeta.',
      ['cancellation.confirmed', 'refund.confirmed'],
    ],
    ['Hemos revisado tu caso y efectuado la devolución de 22,00 € en tu cuenta.', ['refund.confirmed']],
    // Near misses: a refusal before the "y", a promise, a participle of another matter.
    ['No hemos recibido el paquete y procesado el reembolso todavía.', []],
    ['Hemos actualizado tus datos y realizado el cambio de tarifa.', []],
  ])('reads "%s" as %j', (text, kinds) => {
    expect([...classify(text).kinds].sort()).toEqual(kinds);
  });

  it('confirms no refund still to be made after a cancellation done', () => {
    expect(classify('Hemos anulado tu reserva y realizaremos el reembolso en breve.').kinds).not.toContain(
      'refund.confirmed',
    );
  });

  it.each([
    // A claim for a refund resolved in the customer's favour: approved, not yet paid.
    [
      'Tras revisar su solicitud de reembolso por el cobro duplicado, hemos resuelto favorablemente su reclamación.',
      ['refund.received'],
    ],
    ['Le informamos de que su reclamación de devolución ha sido resuelta a su favor.', ['refund.received']],
    // Near misses: resolved without saying how, and a favourable answer about something else.
    ['Su reclamación de devolución ha sido resuelta.', []],
    ['Hemos resuelto favorablemente su solicitud de cambio de titular.', []],
  ])('reads "%s" as %j', (text, kinds) => {
    expect(classify(text).kinds).toEqual(kinds);
  });

  it('reads the time promised for the transfer of an approved refund', () => {
    const text =
      'Hemos aprobado su solicitud de reembolso.\n\nForma de pago: transferencia bancaria.\n\nLa transferencia se efectuará en un plazo de diez días hábiles.';
    expect(promisesOf(text)).toEqual(['refund.confirmed 10 business_days']);
  });
});

describe('Spanish blind round XC–XF', () => {
  it('reads a request acknowledged by one agent ("he recibido", "he registrado")', () => {
    expect(
      classify('He recibido tu solicitud de reembolso del pedido y la he pasado a contabilidad.').kinds,
    ).toEqual(['refund.received']);
    expect(classify('He registrado su solicitud de baja del servicio de fibra.').kinds).toEqual([
      'cancellation.received',
    ]);
    // Near miss: the same words in a condition acknowledge nothing.
    expect(
      classify('Si en diez días no he recibido tu solicitud de reembolso firmada, cerraremos la incidencia.')
        .kinds,
    ).toEqual([]);
  });

  it('reads a trip cancelled in a "cuyo" clause after a refund as its occasion, not a cancellation', () => {
    expect(
      classify(
        'Te confirmamos que hemos realizado el reembolso de tu billete, cuyo vuelo de vuelta fue cancelado por la huelga de controladores.',
      ).kinds,
    ).toEqual(['refund.confirmed']);
    // Near miss: the cancellation stated as news beside the refund still counts.
    expect(
      classify(
        'Su vuelo de vuelta fue cancelado por la huelga de controladores y le hemos reembolsado el importe del billete.',
      ).kinds,
    ).toEqual(['cancellation.confirmed', 'refund.confirmed']);
  });
});

describe('Spanish blind round XG–XJ', () => {
  it('reads a sum after "Abono" at the start of a line as the refund, not a voucher', () => {
    expect(
      moneyOf(
        'Hemos recibido tu solicitud de abono.\n\nAbono de 24,60 € por los días sin conexión. Lo revisará el departamento de facturación.',
      ),
    ).toBe('24.60 EUR');
    // Near miss: a real voucher ("bono") is still no money refund.
    expect(
      classify('Te hemos enviado un Bono de 24,60 € para tu próxima compra en lugar del reembolso.').kinds,
    ).not.toContain('refund.confirmed');
  });
});

describe('Spanish blind round XK', () => {
  it.each([
    // A connective set off by commas between "queda" and "cancelada" still states the cancellation.
    ['Su pedido queda, por consiguiente, anulado y no se le cobrará nada.', ['cancellation.confirmed']],
    ['La inscripción al curso queda, por lo tanto, cancelada.', ['cancellation.confirmed']],
    // Near miss: the same wording under a condition states nothing.
    ['Si no recibimos el pago, su reserva quedará, por tanto, cancelada.', []],
  ])('reads "%s" as %j', (text, kinds) => {
    expect(classify(text).kinds).toEqual(kinds);
  });
});

describe('Spanish blind round XS–XV', () => {
  it('keeps the customer’s time to hand in a parcel ("entrégalo … en 5 días") out of the promises', () => {
    expect(
      promisesOf(
        'Hemos aceptado tu devolución. Imprime la etiqueta y llévalo a una oficina de Correos en un plazo de 10 días. Te reembolsaremos el importe en un máximo de 14 días.',
      ),
    ).toEqual(['refund.confirmed 14 days']);
    expect(
      promisesOf('Hemos aceptado su devolución. Envíelo a nuestro almacén en un plazo de 10 días.'),
    ).toEqual([]);
  });

  it('reads the time a third party "que dispone de" to end the supply as a promise', () => {
    expect(
      promisesOf(
        'Hemos recibido su solicitud de baja. La gestionaremos con la distribuidora, que dispone de hasta 3 días hábiles para dar de baja el suministro.',
      ),
    ).toEqual(['cancellation.confirmed 3 business_days']);
    // Near miss: the customer's own time ("dispone de") is no promise.
    expect(
      promisesOf(
        'Hemos recibido su solicitud de baja. Dispone de 3 días hábiles para enviarnos la documentación.',
      ),
    ).toEqual([]);
  });

  it('reads a ticket number ("billete") as the reference', () => {
    expect(classify('Tu viaje del viernes (billete TR-5520913) ha sido cancelado.').reference).toBe(
      'TR-5520913',
    );
    // A booking code labelled "Código de reserva (localizador)" still comes before the ticket number.
    expect(
      classify(
        'Hemos reembolsado su billete.\n\nCódigo de reserva (localizador): QK72PD\nNúmero de billete: 125-4418830021',
      ).reference,
    ).toBe('QK72PD');
    // Near miss: a ticket described by its times has no reference.
    expect(classify('Tu billete de vuelta 18:45 Bilbao - Burgos ya está disponible.').reference).toBeNull();
  });
});

describe('Spanish numbered lists of requests whose items run on', () => {
  it('reads the second numbered item after the first one ran on for sentences of its own', () => {
    const reading = classify(
      'Buenos días:\n\nHemos registrado tus dos solicitudes:\n\n1. Baja del contrato de gas. El departamento de altas la gestionará y te avisará por correo.\n\n2. Reembolso del recibo duplicado de octubre (62,15 €). Lo estamos comprobando con la entidad bancaria.\n\nAtentamente',
    );
    expect(reading.kinds).toEqual(['cancellation.received', 'refund.received']);
    expect(`${reading.amount} ${reading.currency}`).toBe('62.15 EUR');
  });

  it('does not read a bulleted line after a run-on item as a listed request (near miss)', () => {
    expect(
      classify(
        'Hola:\n\nHemos recibido tus solicitudes:\n\n- Baja de la línea fija. Se tramitará esta semana.\n\n- Devolución de equipos en cualquier tienda.\n\nUn saludo',
      ).kinds,
    ).toEqual(['cancellation.received']);
  });
});

describe('Spanish blind round YE-YH fixes', () => {
  it('reads an order already out of the warehouse, or a shipment that cannot be stopped, as no cancellation', () => {
    expect(
      classify(
        'Intentamos anular tu pedido, pero el paquete ya había salido de nuestro almacén. Si no lo quieres, puedes devolverlo. Una vez recibamos el artículo, gestionaremos el reembolso de 75,00 €.',
      ).kinds,
    ).toEqual([]);
    expect(
      classify(
        'Lo sentimos: no es posible detener el envío de su pedido. Cuando nos llegue el paquete, tramitaremos la devolución del importe.',
      ).kinds,
    ).toEqual([]);
    // Near miss: a cancellation done, and the refund's transfer named.
    expect(
      classify('Hemos cancelado tu pedido y no es posible detener el envío del reembolso.').kinds,
    ).toEqual(['cancellation.confirmed']);
  });

  it('does not take the handling fees kept back for the refunded sum', () => {
    expect(
      moneyOf(
        'Hemos realizado la devolución de tu reserva.\nImporte devuelto: 250,00 €\nEste importe corresponde al total abonado menos los gastos de gestión (15,00 €).',
      ),
    ).toBe('250.00 EUR');
    expect(
      moneyOf(
        'Hemos recibido tu solicitud de reembolso.\nImporte solicitado: 99,00 €\nLos gastos de tramitación de la agencia (8,00 €) no son reembolsables.',
      ),
    ).toBe('99.00 EUR');
  });
});

describe('Spanish blind round YI–YL', () => {
  it('does not read a withdrawal period that ended as the contract ending', () => {
    expect(
      classify(
        'Lamentablemente, no podemos reembolsar la prima. La póliza se firmó el 10/03/2026 y el plazo de desistimiento de 30 días terminó el 09/04/2026.',
      ).kinds,
    ).toEqual(['refund.rejected']);
    expect(
      classify(
        'Su contrato se firmó en enero y el periodo de prueba gratuito finalizó el 15/02/2026. Lamentablemente, no podemos reembolsar la cuota.',
      ).kinds,
    ).toEqual(['refund.rejected']);
    // Near miss: the contract itself ended on a date is still a cancellation done.
    expect(classify('Le informamos de que su contrato de gas finalizó el 30/06/2026.').kinds).toEqual([
      'cancellation.confirmed',
    ]);
  });
});

describe('Spanish blind round YQ–YT', () => {
  it('reads an acknowledged claim for delay compensation as a refund request received', () => {
    expect(
      classify(
        'Acusamos recibo de tu solicitud de compensación por el retraso del vuelo IB3120, registrada con el número 55120. La estamos revisando.',
      ).kinds,
    ).toEqual(['refund.received']);
    // Near miss: an insurance claim for damages is not a refund matter.
    expect(
      classify(
        'Confirmamos la recepción de su solicitud de indemnización por daños en la vivienda. Un perito le llamará.',
      ).kinds,
    ).toEqual([]);
  });
});

describe('Spanish blind round YU–YX', () => {
  it('reads a security deposit given back, described as the one held on the card, as a refund done', () => {
    expect(
      classify(
        'Revisado el apartamento tras tu salida, te comunicamos que hemos devuelto la fianza retenida en tu tarjeta de crédito.',
      ).kinds,
    ).toEqual(['refund.confirmed']);
    expect(
      classify('Todo estaba en orden, así que hemos devuelto el depósito de garantía a tu tarjeta.').kinds,
    ).toEqual(['refund.confirmed']);
    // Near miss: a refund given back but now held by the bank is still pending.
    expect(
      classify('Hemos devuelto el importe de 80,00 €, pero la operación ha quedado retenida por tu banco.')
        .kinds,
    ).toEqual(['refund.received']);
  });
});

describe('Spanish blind round ZK–ZN', () => {
  it('reads a list under "hemos recibido:" as the requests it names received', () => {
    expect(
      classify(
        'Le informamos de que hemos registrado:\n- La baja de su contrato de gas.\n- La devolución del recibo de octubre.',
      ).kinds,
    ).toEqual(['cancellation.received', 'refund.received']);
    // Near miss: a list of what the customer must send acknowledges nothing.
    expect(
      classify(
        'Para tramitarlo necesitamos lo siguiente:\n- La baja firmada.\n- Un justificante de la devolución.',
      ).kinds,
    ).toEqual([]);
  });

  it('does not read a sum "reflejada en tu cuenta en N días" as a promised refund time', () => {
    expect(
      promisesOf(
        'Hemos recibido tu solicitud de reembolso. Sobre la cantidad reclamada, si corresponde, la tendrás reflejada en tu cuenta en 10 días.',
      ),
    ).toEqual([]);
  });

  it('reads the main clause after "cuando …" written without a comma ("… te haremos el reembolso en N días")', () => {
    const text =
      'Hemos recibido tu devolución. Cuando acabemos de revisar los artículos te haremos el reembolso en un máximo de 10 días hábiles.';
    expect(classify(text).kinds).toEqual(['refund.received']);
    expect(promisesOf(text)).toEqual(['refund.confirmed 10 business_days']);
    // Near miss: a refund done only inside the temporal clause is no statement of a refund.
    expect(classify('Cuando hayamos reembolsado el importe te enviaremos un correo.').kinds).toEqual([]);
  });
});

describe('Spanish blind round ZW–ZZ', () => {
  it('reads a trip named cancelled in a relative clause ", que fue suprimido" after a refund as its background', () => {
    expect(
      classify(
        'Te confirmamos que hemos efectuado el reembolso del billete de autobús Burgos - León del 2 de abril, que fue suprimido por una avería del vehículo.',
      ).kinds,
    ).toEqual(['refund.confirmed']);
    expect(
      classify(
        'Ya le hemos devuelto el importe de las entradas del festival, que ha sido cancelado por la alerta meteorológica.',
      ).kinds,
    ).toEqual(['refund.confirmed']);
    // Near misses: a booking cancelled at the customer's request stays a cancellation, and so does one stated
    // as news in its own clause.
    expect(
      classify(
        'Te hemos abonado los 60,00 € de la reserva de la casa rural, que fue anulada a petición tuya el 3 de mayo.',
      ).kinds,
    ).toEqual(['cancellation.confirmed', 'refund.confirmed']);
    expect(
      classify('Tu vuelo fue cancelado por la huelga de controladores y hemos procesado el reembolso.').kinds,
    ).toEqual(['cancellation.confirmed', 'refund.confirmed']);
  });
});

describe('Spanish blind round AA–AD', () => {
  it('reads a claim registered "en la que solicita el reembolso" as a refund acknowledged', () => {
    expect(
      classify(
        'Hemos registrado su escrito del 4 de marzo, en el que nos pide el reembolso de la matrícula del curso. Nuestro departamento lo estudiará y le contestará por correo.',
      ).kinds,
    ).toEqual(['refund.received']);
    expect(
      classify('Hemos recibido tu queja, en la que reclamas la devolución de los gastos de envío.').kinds,
    ).toEqual(['refund.received']);
    // Near misses: a message asking about refunds, and the same clause inside a condition, acknowledge no refund.
    expect(
      classify('Hemos recibido tu mensaje, en el que preguntas por el plazo para devolver los artículos.')
        .kinds,
    ).toEqual([]);
    expect(
      classify('Si nos envía un escrito en el que solicita el reembolso, lo estudiaremos con atención.')
        .kinds,
    ).toEqual([]);
  });

  it('reads a refund to "el monedero o tu método de pago" as money, not credit instead of it', () => {
    expect(
      classify(
        'Tu solicitud de devolución del importe está en revisión. Si la aceptamos, te reembolsaremos en el monedero de la app o en tu método de pago original.',
      ).kinds,
    ).toEqual(['refund.received']);
    expect(
      classify(
        'Tu solicitud de devolución del importe está en revisión. Si la aceptamos, te reembolsaremos en tu tarjeta o en tu monedero.',
      ).kinds,
    ).toEqual(['refund.received']);
    // Near miss: a refund paid into the wallet alone is credit, not money back.
    expect(
      classify('Hemos abonado 15,00 € en tu monedero de la app, que puedes usar en tu próxima compra.').kinds,
    ).toEqual([]);
  });

  it('reads a gym membership fee ("cuota") dropped ("dado de baja") as the membership cancelled, not a single fee voided', () => {
    expect(
      classify(
        'Te confirmamos que hemos dado de baja tu cuota Premium a partir del 1 de marzo y no se te pasarán más recibos.',
      ).kinds,
    ).toEqual(['cancellation.confirmed']);
    expect(classify('Se ha dado de baja su cuota mensual del club con efectos del día 30.').kinds).toEqual([
      'cancellation.confirmed',
    ]);
    // Near misses: one month's fee or a duplicated fee withdrawn is not the membership ended.
    expect(classify('Hemos dado de baja la cuota de marzo porque se cobró por error.').kinds).toEqual([]);
    expect(classify('Hemos dado de baja la cuota duplicada de tu cuenta.').kinds).toEqual([]);
    expect(classify('Se ha anulado tu cuota del mes pasado.').kinds).toEqual([]);
  });
});

describe('Spanish blind round AU–AX', () => {
  it('reads a free-cancellation window ("gratuita hasta 48 horas antes") as policy, not a promise', () => {
    expect(
      promisesOf(
        'Hemos recibido su solicitud de anulación y le enviaremos la confirmación en un plazo de 24 horas. Con su tarifa, la anulación es sin coste hasta 48 horas antes de la entrada.',
      ),
    ).toEqual(['cancellation.confirmed 24 hours']);
    // Near miss: a promised confirmation still counts.
    expect(
      promisesOf(
        'Hemos recibido su solicitud de anulación. Le enviaremos la confirmación de la anulación en un plazo de 72 horas.',
      ),
    ).toEqual(['cancellation.confirmed 72 hours']);
  });
});

describe('Spanish blind round BG–BJ', () => {
  it('reads a refund after "Recuerda que, si …," as part of the condition', () => {
    expect(
      classify(
        'Te confirmamos el cambio de tu reserva. Ten en cuenta que, si cancelas la reserva, se cobrarán unos gastos de gestión y el importe restante se te devolverá en la tarjeta.',
      ).kinds,
    ).toEqual([]);
    expect(
      classify(
        'Hemos modificado tu billete. Además, si decides anularlo, se descontará una penalización y el resto te lo devolveremos por transferencia.',
      ).kinds,
    ).toEqual([]);
    // Near miss: "si bien" is "although", and the refund is stated.
    expect(
      classify(
        'Te informamos que, si bien el plazo había vencido, hemos procedido al reembolso de 25,00 € en tu tarjeta.',
      ).kinds,
    ).toEqual(['refund.confirmed']);
  });
});

describe('Spanish blind round BO–BR', () => {
  it('reads a flight cancelled in a relative clause after an apposition as background of the refund', () => {
    expect(
      classify(
        'Te informamos de que ya hemos devuelto el importe de tu billete ABC123, correspondiente al tren Sevilla – Cádiz del 3 de marzo, que fue cancelado por obras.',
      ).kinds,
    ).toEqual(['refund.confirmed']);
    // Near miss: the cancellation stated as news in a sentence of its own still confirms it.
    expect(
      classify(
        'Tu tren Sevilla – Cádiz del 3 de marzo fue cancelado. Ya hemos devuelto el importe de tu billete.',
      ).kinds,
    ).toEqual(['cancellation.confirmed', 'refund.confirmed']);
  });

  it('reads the credited sum, not the original invoice, under a corrected-invoice comparison', () => {
    expect(
      moneyOf(
        'Tras revisar la lectura, te hemos abonado la diferencia:\n\nFactura original (marzo): 120,50 €\nFactura corregida: 80,00 €\nImporte abonado: 40,50 €\n\nEl abono se realizó ayer mediante transferencia a tu cuenta.',
      ),
    ).toBe('40.50 EUR');
  });

  it('takes an equipment return code ("código de devolución") only below a contract or order', () => {
    expect(
      classify(
        'Hemos dado de baja tu línea (contrato TL-2025-0041). Entrega el decodificador en una oficina de Correos con el código de devolución RX-88213.',
      ).reference,
    ).toBe('TL-2025-0041');
    // Near miss: a return code given as a field of the return registered is the case.
    expect(
      classify(
        'Hemos registrado tu solicitud de devolución del pedido 7781-2290.\n\nCódigo de devolución: RD-1204-330\n\nTe reembolsaremos el importe al recibir el artículo.',
      ).reference,
    ).toBe('RD-1204-330');
    // Near miss: the refund's own number still counts as the case.
    expect(
      classify(
        'Hemos registrado tu número de devolución RT-55102 para el pedido 7781-2290. Te reembolsaremos el importe al recibir el artículo.',
      ).reference,
    ).toBe('RT-55102');
  });

  it('reads a case number abbreviated "Exp." as the reference', () => {
    expect(
      classify(
        'Lamentamos comunicarte que no podemos reembolsar tu reserva ZK4TQP porque la tarifa no lo permite.\n\nUn saludo,\nServicio de Atención al Cliente\nExp. AC-25-10452',
      ).reference,
    ).toBe('AC-25-10452');
    // Near miss: "exp." before a date is an expiry, not a case number.
    expect(
      classify('Lamentamos comunicarte que no podemos reembolsar tu reserva ZK4TQP. Tarjeta exp. 09/27.')
        .reference,
    ).toBe('ZK4TQP');
  });

  it('reads a product code ("ref.") on an item line as no reference', () => {
    expect(
      classify(
        'Hemos aceptado la devolución de tu compra 88123-B y te reembolsaremos el dinero en tu tarjeta.\n\nProducto: Cafetera de goteo inox (reacondicionada, ref. 7710-4452)\nImporte: 59,90 €',
      ).reference,
    ).toBe('88123-B');
    // Near miss: a case's "ref." in the text keeps its strength.
    expect(
      classify(
        'Hemos registrado tu reclamación sobre el producto (ref. RC-20931) de la compra 88123-B y la estamos revisando.',
      ).reference,
    ).toBe('RC-20931');
  });

  it('reads a flight cancelled in a "cuyo" clause after a refund, past its route and date, as background', () => {
    expect(
      classify(
        'Te confirmamos que ya hemos tramitado la devolución del importe de tu billete, cuyo tren Sevilla - Cádiz del 4 de marzo de 2027 fue suprimido por una avería.',
      ).kinds,
    ).toEqual(['refund.confirmed']);
    // Near miss: the cancellation as the letter's own news still counts.
    expect(
      classify(
        'El vuelo IB 2210 del 4 de marzo fue cancelado por causas operativas y ya te hemos devuelto el importe.',
      ).kinds,
    ).toEqual(['cancellation.confirmed', 'refund.confirmed']);
  });

  it('takes the labelled refunded sum over a returned item listed with its quantity', () => {
    expect(
      moneyOf(
        'Ya hemos procesado el reembolso de tu devolución.\n\nProductos devueltos:  3 x Lámpara de mesa (24,50 € c/u)\nCoste de recogida:  -5,00 €\nCantidad reembolsada:  68,50 €',
      ),
    ).toBe('68.50 EUR');
  });
});

describe('Spanish blind-round fixes (CE–CL)', () => {
  it('reads a cancelled trip named as the reason after a refund as the refund alone', () => {
    expect(
      classify(
        'Te confirmamos que hemos efectuado el reembolso íntegro de tus entradas, sin comisiones, debido a la cancelación del concierto del sábado.',
      ).kinds,
    ).toEqual(['refund.confirmed']);
    // Near miss: a cancelled trip leading the sentence that states a booking cancelled is still confirmed.
    expect(classify('Debido a la cancelación del vuelo, hemos anulado tu reserva.').kinds).toContain(
      'cancellation.confirmed',
    );
  });

  it('reads "si todo es correcto, tramitaremos la devolución en X días" as a promise of the refund', () => {
    expect(
      promisesOf(
        'Hemos recibido tu solicitud de reembolso. Si todo es correcto, tramitaremos la devolución en un plazo de 3 a 5 días hábiles.',
      ),
    ).toEqual(['refund.confirmed 5 business_days']);
    // Near miss: a condition on the customer's side is no promise.
    expect(
      promisesOf(
        'Hemos recibido tu solicitud de reembolso. Si el billete no se ha usado, tramitaremos la devolución en un plazo de 5 días hábiles.',
      ),
    ).toEqual([]);
  });
});

describe('Spanish blind round CM–CP', () => {
  it('reads a balance in favour returned by bank transfer as a refund done', () => {
    const reading = classify(
      'Tras revisar su factura, el saldo de 15,80 € le ha sido devuelto mediante transferencia bancaria el pasado lunes.',
    );
    expect(reading.kinds).toEqual(['refund.confirmed']);
    expect(moneyOf('El saldo de 15,80 € le ha sido devuelto mediante transferencia a su cuenta.')).toBe(
      '15.80 EUR',
    );
    // Near miss: a balance kept as credit for the next bills is no money refund.
    expect(
      classify('El saldo de 15,80 € le ha sido abonado como saldo para sus próximas facturas.').kinds,
    ).not.toContain('refund.confirmed');
  });
});

describe('Spanish blind round CQ–CT', () => {
  it('reads a trip the operator suppressed or cancelled, leading a refund as its reason, as background', () => {
    expect(
      classify(
        'A causa de la supresión de tu autobús de las 8:15, te hemos devuelto el precio completo del billete.',
      ).kinds,
    ).toEqual(['refund.confirmed']);
    expect(
      classify(
        'Como consecuencia de la anulación del concierto, hemos procedido a abonar el importe de las entradas en tu tarjeta.',
      ).kinds,
    ).toEqual(['refund.confirmed']);
    // Near miss: the reason clause leading a cancellation the vendor carried out still confirms it.
    expect(
      classify('Debido a la supresión del tren, hemos anulado tu billete y te devolvemos el importe.').kinds,
    ).toContain('cancellation.confirmed');
  });

  it('reads a claim about a charge received as a refund asked for', () => {
    const text =
      'Te confirmamos que hemos recibido tu reclamación por el doble cobro de la cuota de marzo. Importe reclamado: 25,00 €.';
    expect(classify(text).kinds).toEqual(['refund.received']);
    expect(moneyOf(text)).toBe('25.00 EUR');
    expect(classify('Nos ha llegado su reclamación relativa al cargo indebido en su tarjeta.').kinds).toEqual(
      ['refund.received'],
    );
    // Near misses: how to file such a claim, and a claim about something other than a charge.
    expect(
      classify(
        'Si no reconoces el cargo, puedes presentar una reclamación por el cobro desde tu área de cliente.',
      ).kinds,
    ).toEqual([]);
    expect(classify('Hemos recibido tu reclamación por el retraso en la entrega del pedido.').kinds).toEqual(
      [],
    );
  });

  it('reads "antes de" inside a stated cause as a time, not a condition', () => {
    expect(
      classify(
        'Como no nos avisó de su llegada tardía antes de la fecha de entrada, sentimos comunicarle que no podemos devolverle el importe de la estancia.',
      ).kinds,
    ).toEqual(['refund.rejected']);
    expect(
      classify(
        'Dado que anulaste la reserva antes de la fecha límite, te hemos reembolsado el importe íntegro.',
      ).kinds,
    ).toEqual(['refund.confirmed']);
    // Near misses: "antes de" as the condition of a policy or an instruction.
    expect(
      classify('Si anulas la reserva antes de la fecha de entrada, te reembolsaremos el importe íntegro.')
        .kinds,
    ).not.toContain('refund.confirmed');
    expect(
      classify('Antes de la fecha de entrada, la reserva puede anularse y el importe se reembolsa íntegro.')
        .kinds,
    ).not.toContain('refund.confirmed');
  });
});

describe('Spanish blind round CY–DB', () => {
  it('reads a claim about a charge joined by "y" to an acknowledged request as received too', () => {
    const text =
      'Te confirmamos que hemos registrado tu petición de baja de la tarifa de datos y tu reclamación sobre el cobro de 18,90 € del mes pasado.';
    expect(classify(text).kinds).toEqual(['cancellation.received', 'refund.received']);
    expect(moneyOf(text)).toBe('18.90 EUR');
    expect(
      classify(
        'Acusamos recibo de su solicitud de portabilidad, así como de su reclamación relativa al cargo duplicado en la tarjeta.',
      ).kinds,
    ).toEqual(['refund.received']);
    // Near misses: the claim refused, the claim only suggested, a claim about something other than a charge.
    expect(
      classify(
        'Hemos recibido tu solicitud de baja y hemos desestimado tu reclamación por el cobro de la permanencia.',
      ).kinds,
    ).not.toContain('refund.received');
    expect(
      classify(
        'Hemos recibido tu solicitud de baja y, si lo deseas, puedes presentar tu reclamación por el cargo en nuestra web.',
      ).kinds,
    ).toEqual(['cancellation.received']);
    expect(
      classify('Hemos recibido tu solicitud de baja y tu reclamación por la avería del router.').kinds,
    ).toEqual(['cancellation.received']);
  });

  it('reads a cancellation request joined by "y" to an acknowledged claim as received too', () => {
    expect(
      classify(
        'Hemos recibido su reclamación por el pago de la cuota de abril y su solicitud de baja del gimnasio.',
      ).kinds,
    ).toEqual(['cancellation.received', 'refund.received']);
    expect(
      classify(
        'Hemos registrado tu consulta sobre la factura y tu petición de cancelación del seguro de hogar.',
      ).kinds,
    ).toEqual(['cancellation.received']);
    // Near misses: how to ask for the cancellation, and a cancellation refused.
    expect(
      classify(
        'Hemos recibido tu consulta sobre la factura y la solicitud de baja se puede hacer desde el área de cliente.',
      ).kinds,
    ).toEqual([]);
    expect(
      classify(
        'Hemos recibido tu consulta y tu solicitud de baja, pero no es posible tramitarla hasta que termine la permanencia.',
      ).kinds,
    ).not.toContain('cancellation.received');
  });
});

describe('Spanish blind round DC–DJ', () => {
  it('reads a refund the vendor asked its own bank to pay as a refund under way', () => {
    expect(
      classify(
        'Hemos ordenado a nuestra entidad bancaria el reembolso de 58,00 € a tu tarjeta. Te llegará en unos días.',
      ).kinds,
    ).toEqual(['refund.received']);
    expect(
      classify(
        'Tu pedido ha sido anulado. También hemos solicitado a nuestro banco la devolución del importe de 120,00 €.',
      ).kinds,
    ).toEqual(['cancellation.confirmed', 'refund.received']);
    // Near miss: the bank named only as where the customer may turn.
    expect(
      classify('Si lo prefieres, puedes solicitar a tu banco la devolución del cargo de 58,00 €.').kinds,
    ).toEqual([]);
  });

  it('reads "no podemos devolvértela" with a clitic pronoun as a refund refused', () => {
    expect(
      classify(
        'La mensualidad de octubre, 45,00 €, se cargó dentro del plazo, así que lamentablemente no podemos devolvérsela.',
      ).kinds,
    ).toEqual(['refund.rejected']);
    expect(
      classify('Revisado tu caso, el importe de 12,50 € está bien cobrado y no es posible reembolsártelo.')
        .kinds,
    ).toEqual(['refund.rejected']);
    // Near misses: held back only for now, and a device, not money.
    expect(
      classify(
        'El cargo de 45,00 € está en revisión y no podemos devolvértelo hasta que el banco confirme la operación.',
      ).kinds,
    ).not.toContain('refund.rejected');
    expect(classify('El router sigue en reparación y todavía no podemos devolvértelo.').kinds).toEqual([]);
  });
});

describe('Spanish blind round DK–DR', () => {
  it('reads a weak refusal backed by a fare that admits "ni cambios ni reembolsos" as a refund refused', () => {
    expect(
      classify(
        'Hemos recibido su reclamación sobre el abono anual:\n\nAbono: Anual\nImporte: 120,00 €\n\nSentimos informarle de que no es posible aceptar su petición. Las cuotas de esta modalidad no admiten ni cambios ni reembolsos, según las condiciones de contratación.',
      ).kinds,
    ).toEqual(['refund.rejected']);
    expect(
      classify(
        'Lamentablemente no podemos atender su solicitud. Las entradas de esta promoción no permiten modificaciones ni devoluciones.',
      ).kinds,
    ).toEqual(['refund.rejected']);
    // Near miss: the same policy line alone, in a receipt, refuses nothing.
    expect(
      classify('Gracias por tu compra. Los artículos rebajados no admiten cambios ni devoluciones.').kinds,
    ).toEqual([]);
  });

  it('reads a refund of a telecom bundle ("del bono de datos") as money, not a voucher', () => {
    expect(
      classify(
        'Hemos registrado su solicitud de reembolso del bono de datos de 10 GB que se le cobró por error. Nuestro equipo la está revisando.',
      ).kinds,
    ).toEqual(['refund.received']);
    expect(
      classify('Hemos recibido tu solicitud de devolución del importe del bono de llamadas internacionales.')
        .kinds,
    ).toEqual(['refund.received']);
    // Near misses: a bundle or a voucher given instead of money.
    expect(
      classify(
        'Como compensación por la incidencia, hemos abonado en tu línea un bono de datos de 10 GB gratuito.',
      ).kinds,
    ).toEqual([]);
    expect(
      classify(
        'Hemos registrado tu solicitud de devolución y te enviaremos un bono regalo por el mismo importe.',
      ).kinds,
    ).toEqual([]);
  });
});

describe('Spanish blind rounds DS–DV', () => {
  it('reads a trip cancelled by the operator, named in the bracket of a refund, as background', () => {
    expect(
      classify(
        'Buenas tardes:\n\nHemos abonado en su tarjeta el reembolso de su reserva (excursión a Montserrat del 3 de junio, anulada por mal tiempo).\n\nSaludos cordiales.',
      ).kinds,
    ).toEqual(['refund.confirmed']);
    expect(
      classify(
        'Hola Ana:\n\nYa te hemos devuelto el importe del tren Madrid - Valencia del 12/05, suprimido por una avería en la vía.\n\nUn saludo.',
      ).kinds,
    ).toEqual(['refund.confirmed']);
    // Near miss: the operator's cancellation stated on its own still counts.
    expect(
      classify(
        'Estimada clienta:\n\nLamentamos comunicarle que su vuelo IB 3120 del 14/06, cancelado por causas operativas, no podrá reprogramarse. Le reembolsaremos el importe en los próximos días.',
      ).kinds,
    ).toEqual(['cancellation.confirmed', 'refund.received']);
  });

  it('reads "hemos procedido hoy/ya a la devolución" as a refund made', () => {
    expect(
      classify(
        'Hola:\n\nHemos procedido ya a la devolución del importe de tu pedido mediante transferencia bancaria.\n\nSaludos.',
      ).kinds,
    ).toEqual(['refund.confirmed']);
    // Near miss: a conditional promise is no confirmation.
    expect(
      classify('Hola:\n\nSi nos envías el artículo, procederemos a la devolución del importe.\n\nSaludos.')
        .kinds,
    ).not.toContain('refund.confirmed');
  });

  it('reads "hemos iniciado automáticamente/ya el reembolso" as a refund under way', () => {
    expect(
      classify('Hola:\n\nHemos iniciado ya el reembolso de tu compra. Lo verás en tu cuenta en unos días.')
        .kinds,
    ).toEqual(['refund.received']);
    expect(
      classify(
        'Su reserva ha quedado cancelada. Hemos iniciado automáticamente el reembolso de 80,00 € a su tarjeta.',
      ).kinds,
    ).toEqual(['cancellation.confirmed', 'refund.received']);
  });

  it('reads a hedged time after a semicolon ("; normalmente en un plazo de …") as the promise of the clause before', () => {
    const text =
      'Hemos pedido a administración que te reembolse el libro que faltaba. Te lo devolveremos a la misma tarjeta; normalmente en un plazo de diez días hábiles.';
    expect(classify(text).kinds).toEqual(['refund.received']);
    expect(promisesOf(text)).toEqual(['refund.confirmed 10 business_days']);
    // Near miss: a general statement opening with "normalmente" after the semicolon is still no promise.
    const policy =
      'Hemos recibido tu solicitud de reembolso; normalmente, los reembolsos se procesan en 10 días si se aprueban.';
    expect(promisesOf(policy)).toEqual([]);
  });
});

describe('Spanish blind round DW–DZ', () => {
  it('takes four digits after a member label carrying its number sign ("n.º de socia 3391") beside a request received', () => {
    const text =
      'Hemos recibido tu petición de baja del club (nº de socia 3391). En un plazo de 5 días te confirmaremos la baja.';
    expect(classify(text).kinds).toEqual(['cancellation.received']);
    expect(classify(text).reference).toBe('3391');
    // Near misses: four digits after the bare word may be a count or a year, and a notice stating no kind names no matter.
    expect(classify('Hemos recibido tu petición de baja del club, socia 3391.').reference).toBeNull();
    expect(
      classify('Tu cuota mensual subirá a 39,90 € a partir de enero (n.º de socio 3391).').reference,
    ).toBeNull();
  });
});

describe('Spanish blind round EA–EL', () => {
  it('reads money stated as not returned, with a voucher offered after it, as a refund refused', () => {
    const text =
      'Dado que su billete era de tarifa básica, el dinero pagado no se reembolsa, pero le hemos generado un vale por el mismo valor para su próximo viaje.';
    expect(classify(text).kinds).toEqual(['refund.rejected']);
    // Near misses: a conditional is policy, and a voucher that is itself not returned refuses no money.
    expect(
      classify('Si cancela con menos de 48 horas de antelación, el importe no se devuelve.').kinds,
    ).toEqual([]);
    expect(
      classify('Lamentablemente, el vale regalo no se devuelve ni se canjea por dinero en efectivo.').kinds,
    ).not.toContain('refund.rejected');
  });

  it('reads a supply stated as ended ("su suministro … se dio de baja") as a cancellation done', () => {
    expect(
      classify(
        'Le confirmamos que su suministro de gas natural se dio de baja el 03/11/2026 a petición suya.',
      ).kinds,
    ).toEqual(['cancellation.confirmed']);
    expect(
      classify('Si el suministro se dio de baja por impago, deberá solicitar una nueva alta.').kinds,
    ).not.toContain('cancellation.confirmed');
  });

  it('reads an account moved back to the free plan as a cancellation done', () => {
    expect(
      classify(
        'Hemos devuelto el cargo anual a tu tarjeta. Tu suscripción ha vuelto al plan gratuito y conservas tus proyectos.',
      ).kinds,
    ).toEqual(['cancellation.confirmed', 'refund.confirmed']);
    // Near miss: the free plan after a trial is a notice, not a cancellation.
    expect(
      classify('Cuando termine tu periodo de prueba, tu cuenta pasa al plan gratuito.').kinds,
    ).not.toContain('cancellation.confirmed');
  });

  it('reads the length of each session booked ("5 sesiones de 45 minutos") as no promise', () => {
    const text =
      'Hemos registrado tu solicitud de reembolso del paquete de 5 sesiones de 45 minutos. Te devolveremos el importe en un máximo de 14 días.';
    expect(classify(text).kinds).toEqual(['refund.received']);
    expect(promisesOf(text)).toEqual(['refund.confirmed 14 days']);
  });

  it('takes subscription IDs, invoice codes and student numbers as the references they are', () => {
    expect(
      classify('Tu suscripción se ha cancelado correctamente.\n\nID de suscripción: AB-55K2').reference,
    ).toBe('AB-55K2');
    expect(
      classify('Te confirmamos que hemos emitido el reembolso del cargo repetido.\n\nFactura: FT-2025-0044')
        .reference,
    ).toBe('FT-2025-0044');
    expect(classify('Hemos recibido tu solicitud de baja de la academia, nº de alumna 4410.').reference).toBe(
      '4410',
    );
    // Near miss: an invoice on a bill that states no kind names no matter.
    expect(classify('Adjuntamos tu factura FT-2025-0044 del mes de octubre.').reference).toBeNull();
  });

  it('takes an insurance claim number ("siniestro n.º …") named before the policy number', () => {
    expect(
      classify(
        'Le informamos de que hemos transferido 95,00 € a su cuenta como reembolso del siniestro n.º HG-2026-3310.\n\nPóliza: 44-MM-1120',
      ).reference,
    ).toBe('HG-2026-3310');
    // Near misses: a claim named after the policy as the reason of a refusal leaves the policy the matter, and the
    // word in a policy notice is no claim number.
    expect(
      classify(
        'Sobre la póliza 0877-441230: no procede la devolución de la prima, porque este año se abrió el siniestro 25-0099812.',
      ).reference,
    ).toBe('0877-441230');
    expect(
      classify(
        'Le recordamos que su póliza 44-MM-1120 se renueva el 1 de enero. En caso de siniestro 24 horas al día llame al 900 100 200.',
      ).reference,
    ).toBe('44-MM-1120');
  });

  it('reads a refund within a time hedged only by the check of the charge ("si se confirma el error") as a promise', () => {
    expect(
      promisesOf(
        'Hemos recibido su solicitud de devolución por el cobro repetido. Si se confirma el error, le devolveremos el importe en un plazo de 5 a 7 días hábiles.',
      ),
    ).toEqual(['refund.confirmed 7 business_days']);
    // Near miss: a refund hedged on something else being confirmed stays no promise.
    expect(
      promisesOf(
        'Hemos recibido su solicitud de devolución. Si se confirma la cancelación, le devolveremos el importe en un plazo de 5 días hábiles.',
      ),
    ).toEqual([]);
    // Near miss: a time counted from the check still to be made promises no date.
    expect(
      promisesOf(
        'Hemos recibido su solicitud de devolución. Si se confirma el defecto, le devolveremos el importe en un plazo de 5 días hábiles desde la revisión.',
      ),
    ).toEqual([]);
  });
});

describe('Spanish blind round EQ–ET', () => {
  it('reads a refund refused with "no es posible atenderla" about an "extorno" of the premium', () => {
    const text =
      'Su seguro de hogar n.º HG-204417 ha quedado anulado con efecto 1 de diciembre. Respecto a su petición de extorno de la prima no disfrutada (96,40 €), sentimos comunicarle que no es posible atenderla, ya que el contrato tenía un parte abierto este año.';
    expect([...classify(text).kinds].sort()).toEqual(['cancellation.confirmed', 'refund.rejected']);
    expect(moneyOf(text)).toBe('96.40 EUR');
    // Near miss: the same refusal of a request that is not about money.
    expect(
      classify(
        'Respecto a su petición de cambiar la fecha de la visita del técnico, no es posible atenderla esta semana.',
      ).kinds,
    ).toEqual([]);
  });

  it('reads a sum "abonado mediante transferencia" in the direct-debit account as a confirmed refund', () => {
    const text =
      'Le informamos de que el importe de 73,15 EUR ha sido abonado esta mañana mediante transferencia bancaria en la cuenta de domiciliación de su póliza.';
    expect(classify(text).kinds).toEqual(['refund.confirmed']);
    expect(moneyOf(text)).toBe('73.15 EUR');
    expect(
      classify(
        'El importe de 52,00 € ha sido abonado por transferencia en la cuenta de cargo de sus recibos.',
      ).kinds,
    ).toEqual(['refund.confirmed']);
    // Near miss: the same sum still to be paid is no confirmation.
    expect(
      classify(
        'El importe de 52,00 € será abonado mediante transferencia en la cuenta de domiciliación de sus recibos.',
      ).kinds,
    ).not.toContain('refund.confirmed');
  });

  it('reads a refund hedged only by the check of the goods, without a comma, as a promise', () => {
    const text =
      'Ya tenemos tu devolución dada de alta. Al recibir el paquete lo comprobaremos y si todo está en orden te devolveremos el dinero en la misma tarjeta en un plazo de 2 a 4 días hábiles.';
    expect(classify(text).kinds).toEqual(['refund.received']);
    expect(promisesOf(text)).toEqual(['refund.confirmed 4 business_days']);
    // Near miss: a refund hedged on the customer's own choice stays no promise.
    expect(
      promisesOf(
        'Si decides devolver el pedido te devolveremos el dinero en un plazo de 2 a 4 días hábiles.',
      ),
    ).toEqual([]);
  });

  it('takes the policy number, not the file of an earlier claim named in brackets', () => {
    expect(
      classify(
        'Su póliza n.º AU-7781020 ha quedado anulada. No procede el extorno de 120,00 € porque este año se tramitó un siniestro (expediente S-25-11873).',
      ).reference,
    ).toBe('AU-7781020');
    // Near miss: the file of the claim this message handles stays the reference.
    expect(
      classify(
        'Hemos recibido su parte por el siniestro del 2 de junio (expediente S-26-4410) y lo estamos tramitando. Su póliza n.º AU-7781020 sigue en vigor.',
      ).reference,
    ).toBe('S-26-4410');
  });
});

describe('Spanish blind round EU–EX', () => {
  it('reads a request to cancel "y de devolución" of the premium as both received', () => {
    const text =
      'Le confirmamos que hemos recibido su solicitud de baja del contrato de alarma y de reembolso de la cuota pagada por adelantado (28,90 €). Le responderemos en breve.';
    expect([...classify(text).kinds].sort()).toEqual(['cancellation.received', 'refund.received']);
    expect(moneyOf(text)).toBe('28.90 EUR');
    // Near miss: the return of the goods is no refund.
    expect(
      classify(
        'Hemos recibido su solicitud de baja del servicio y de devolución del equipo que tenía en casa.',
      ).kinds,
    ).toEqual(['cancellation.received']);
  });
  it('takes the sum of the paragraph before as the one "la devolución de ese importe" points back to', () => {
    const text =
      'Tu recibo de noviembre, de 41,20 €, incluye un cargo de 9,95 € por un servicio que no usaste.\n\nHemos pedido la devolución de ese importe a nuestro departamento de cobros.';
    expect(moneyOf(text)).toBe('9.95 EUR');
    // Near miss: a refund request that points back to no sum takes none of the sums before.
    expect(
      moneyOf(
        'Hemos revisado tu recibo y vemos que se te cobró una cuota extra de 9,95 € por un servicio que no usaste.\n\nTu próxima factura será de 29,00 €. Hemos registrado tu solicitud de devolución.',
      ),
    ).toBeNull();
  });
});

describe('Spanish blind round EY–FB', () => {
  it('reads a trip "cancelado" after "correspondiente al" the refunded booking as the background of the refund', () => {
    expect(
      classify(
        'Te comunicamos que ya hemos realizado el reembolso de tu billete, relativo al tren AV 2215 Sevilla - Madrid del 4 de marzo, cancelado por una avería en la vía.',
      ).kinds,
    ).toEqual(['refund.confirmed']);
    expect(
      classify(
        'Hemos tramitado la devolución del importe, correspondiente a su viaje a Lisboa, cancelado por el temporal.',
      ).kinds,
    ).toEqual(['refund.confirmed']);
    // Near miss: the trip's cancellation stated as the news, the refund in a sentence of its own.
    expect(
      [
        ...classify(
          'Le informamos de que su vuelo UX 1120 a Roma, cancelado por la huelga de pilotos, no podrá operarse. Hemos realizado el reembolso del billete.',
        ).kinds,
      ].sort(),
    ).toEqual(['cancellation.confirmed', 'refund.confirmed']);
  });

  it('reads a contract number printed in digit groups before a word', () => {
    expect(
      classify(
        'Te confirmamos que el contrato de gas n.º 2210 4471 0983 ha quedado dado de baja desde el 3 de marzo.',
      ).reference,
    ).toBe('2210 4471 0983');
    // Near miss: a number and one count after it is not one number.
    expect(classify('Hemos cancelado tu pedido n.º 55120 100 unidades incluidas.').reference).toBe('55120');
    // Near miss: after a parcel's label the groups before a word are not joined.
    expect(
      classify(
        'Te confirmamos que hemos cancelado tu pedido.\nNúmero de seguimiento 7001 4482 9931 en reparto',
      ).reference,
    ).not.toBe('7001 4482 9931');
  });

  it('reads a booking "número de confirmación"', () => {
    expect(
      classify(
        'Tu reserva en el Hostal Sol sigue activa y todavía puedes cancelarla sin coste.\nNúmero de confirmación: 3391.804.127',
      ).reference,
    ).toBe('3391.804.127');
  });
});

describe('Spanish blind-round fixes (FC–FN)', () => {
  it('reads a trip or event cancelled only in a relative clause as the background of a refund', () => {
    expect(
      classify(
        'Te contactamos por tu billete del tren Madrid - Valencia del 4 de mayo, que fue cancelado. Ya te hemos devuelto 35,00 € en tu tarjeta.',
      ).kinds,
    ).toEqual(['refund.confirmed']);
    // Near miss: the same cancellation stated as the sentence's news still counts.
    expect(
      classify('Te confirmamos que tu tren Madrid - Valencia del 4 de mayo fue cancelado.').kinds,
    ).toEqual(['cancellation.confirmed']);
  });

  it('reads an event cancellation restated from an earlier letter as background', () => {
    expect(
      classify(
        'Como ya te indicamos, el espectáculo del 3 de marzo fue cancelado por la compañía. Te hemos reembolsado 40,00 € en la tarjeta.',
      ).kinds,
    ).toEqual(['refund.confirmed']);
    // Near miss: tickets stated as annulled beside the restated event still count, as the stored mail reads it.
    expect(
      classify(
        'Como ya te indicamos, el espectáculo del 3 de marzo fue cancelado y tus entradas quedaron anuladas. Te hemos reembolsado 40,00 € en la tarjeta.',
      ).kinds,
    ).toContain('cancellation.confirmed');
  });

  it('reads a trip cancelled in a causal clause before a voucher as background', () => {
    expect(
      classify(
        'Como tu tren del 9 de junio fue suprimido, te hemos enviado un bono por el importe del billete.',
      ).kinds,
    ).toEqual([]);
    // Near miss: stated in a sentence of its own it is the news.
    expect(
      classify('Tu tren del 9 de junio fue suprimido. Te hemos enviado un bono por el importe del billete.')
        .kinds,
    ).toEqual(['cancellation.confirmed']);
  });

  it("does not read the customer's time to hand in a return as a refund promise", () => {
    expect(
      promisesOf(
        'Hemos registrado la devolución de tu pedido. Te enviamos la etiqueta para que puedas llevar la caja a una oficina de correos en los próximos 10 días. Te reembolsaremos el importe en un plazo de 5 días desde que la recibamos.',
      ),
    ).toEqual(['refund.confirmed 5 days']);
  });

  it('reads "hemos registrado la devolución del importe" as a refund received', () => {
    expect(
      classify(
        'Hemos registrado la devolución del importe pagado. Se hará en tu tarjeta cuando el hotel confirme la anulación.',
      ).kinds,
    ).toEqual(['refund.received']);
  });

  it('reads a request denied in a sentence that names the refund as a refusal', () => {
    expect(
      classify(
        'Lamentamos comunicarle que su solicitud ha sido denegada, ya que los gastos dentales quedan fuera de la modalidad de reembolso de su seguro.',
      ).kinds,
    ).toEqual(['refund.rejected']);
    // Near miss: a request denied with no refund named is not read as a refusal on its own.
    expect(
      classify('Su solicitud ha sido rechazada porque falta una copia del documento de identidad.').kinds,
    ).toEqual([]);
  });
});

describe('Spanish blind-round fixes (FO–FZ)', () => {
  it('reads a cancellation restated after "como ya sabes" as background', () => {
    expect(
      classify(
        'Como ya sabrás, la función de teatro del 2 de abril ha sido cancelada por la compañía. Te hemos reembolsado 45,00 € en tu tarjeta.',
      ).kinds,
    ).toEqual(['refund.confirmed']);
    expect(
      classify(
        'Como usted ya sabe, el partido del domingo fue suspendido y cancelado. Le hemos reembolsado 25,00 € en su tarjeta.',
      ).kinds,
    ).toEqual(['refund.confirmed']);
    // Near miss: the same cancellation stated as news still counts.
    expect(
      classify(
        'Lamentamos informarte de que la función de teatro del 2 de abril ha sido cancelada. Te hemos reembolsado 45,00 € en tu tarjeta.',
      ).kinds,
    ).toEqual(['cancellation.confirmed', 'refund.confirmed']);
  });

  it('does not read a return parcel on its way as a refund under way', () => {
    expect(
      classify(
        'Tu paquete de devolución está en camino hacia el almacén del vendedor.',
        'Tu envío de devolución está en camino',
      ).kinds,
    ).toEqual([]);
    // Near miss: the refund itself on its way is.
    expect(classify('Tu devolución está en camino: la verás en tu cuenta en unos días.').kinds).toEqual([
      'refund.received',
    ]);
  });

  it('reads a supply contract stated as ended without a date as a cancellation confirmed', () => {
    expect(
      classify(
        'Te confirmamos que tu contrato de suministro de gas ha terminado tras el cambio de domicilio. Adjuntamos la factura final.',
      ).kinds,
    ).toEqual(['cancellation.confirmed']);
    expect(classify('Te escribimos para confirmarte que tu contrato de luz ha finalizado.').kinds).toEqual([
      'cancellation.confirmed',
    ]);
    // Near misses: a condition, a question or a promotion ending is no cancellation.
    expect(classify('Si tu contrato ha finalizado, puedes volver cuando quieras.').kinds).toEqual([]);
    expect(classify('La oferta de tu contrato ha finalizado.').kinds).toEqual([]);
  });

  it('does not take a sum deducted from the refund as the refunded one', () => {
    expect(
      moneyOf(
        'Hemos recibido tu solicitud de reembolso.\nImporte a devolver: 112,80 € (importe total menos 15,00 € de gastos de gestión)',
      ),
    ).toBe('112.80 EUR');
  });

  it('reads an original booking locator as the reference', () => {
    expect(
      classify(
        'Hemos convertido el importe de tu viaje en un bono.\nLocalizador original: VX-55812034\nImporte del bono: 300,00 €',
      ).reference,
    ).toBe('VX-55812034');
  });

  it('reads an inquiry number over the order it is about', () => {
    expect(
      classify(
        'Hemos revisado tu solicitud de reembolso (pedido 88123401). No podemos atender la devolución.',
        'Respuesta a tu consulta n.º 00412277',
      ).reference,
    ).toBe('00412277');
  });

  it('reads a refund paid into a marketplace wallet as money, not as store credit', () => {
    expect(
      classify(
        'Hemos cerrado la disputa a tu favor. El importe te ha sido devuelto en tu monedero y puedes pasarlo a tu banco cuando lo necesites.',
      ).kinds,
    ).toEqual(['refund.confirmed']);
    // Near miss: the wallet balance only good for later purchases stays credit.
    expect(
      classify('El reembolso se ha abonado en tu monedero, para tus próximas compras en la tienda.').kinds,
    ).toEqual([]);
  });
});

describe('Spanish blind round GI–GL', () => {
  it('reads a refund approved after a long description of what it covers as received, its refusal as rejected', () => {
    expect(
      classify(
        'Le confirmamos que el reembolso de las gafas graduadas que adquirió en nuestra óptica el pasado marzo ha sido aprobado por 210,00 €. Recibirá la transferencia en un plazo de diez días hábiles.',
      ).kinds,
    ).toEqual(['refund.received']);
    expect(
      classify(
        'El reembolso de los gastos de farmacia que presentó el mes pasado no ha sido aprobado, ya que la póliza no los cubre.',
      ).kinds,
    ).toEqual(['refund.rejected']);
    // Near miss: approval only on a condition is no refund under way.
    expect(
      classify(
        'Le recordamos que el reembolso de los gastos que presente durante el próximo año solo será aprobado si adjunta la factura original.',
      ).kinds,
    ).toEqual([]);
  });
});

describe('Spanish blind round GM–GP', () => {
  it('reads a sum refunded straight into a marketplace wallet as money, its sum the refunded one', () => {
    const text =
      'Tras revisar la reclamación, la hemos resuelto a tu favor. Te hemos devuelto 39,90 € en tu monedero y desde allí puedes pasarlos a tu banco.';
    expect(classify(text).kinds).toEqual(['refund.confirmed']);
    expect(moneyOf(text)).toBe('39.90 EUR');
    expect(classify('Se le han reembolsado 120,00 € al monedero de su cuenta.').kinds).toEqual([
      'refund.confirmed',
    ]);
    // Near misses: a wallet top-up only good for later purchases stays credit.
    expect(classify('Te hemos abonado 10,00 € en tu monedero para tu próxima compra.').kinds).toEqual([]);
    expect(
      classify('Se te han devuelto 25,50 € a tu monedero, que podrás usar en la tienda durante un año.')
        .kinds,
    ).toEqual([]);
  });
});

describe('Spanish blind round GQ–GT', () => {
  it('reads a bare customer number after "cliente" beside a stated cancellation', () => {
    expect(
      classify(
        'Le confirmamos que la línea asociada al cliente 5583120 quedó dada de baja el 2 de marzo. Le hemos reembolsado 8,20 € en su cuenta.',
      ).reference,
    ).toBe('5583120');
    // Near miss: the customer service's phone number is no customer number.
    expect(
      classify('Hemos dado de baja su contrato. Para cualquier duda llame a Atención al Cliente 900123456.')
        .reference,
    ).toBe(null);
  });

  it('reads a bare query number after "consulta" as the case', () => {
    expect(
      classify(
        'Respecto a tu consulta 8812345, te informamos de que hemos cambiado tu entrada por otra fecha.',
      ).reference,
    ).toBe('8812345');
    // Near miss: a short figure after "consulta" is no case number.
    expect(
      classify('Gracias por tu consulta 2026. Te informamos de que tu pedido ya ha salido.').reference,
    ).toBe(null);
  });
});

describe('Spanish blind round GU–GX', () => {
  it('reads "normalmente recibirás el reembolso en un plazo de…" as a promise', () => {
    expect(
      promisesOf(
        'Hemos recibido tu solicitud de reembolso y la hemos enviado a la naviera. Normalmente recibirás el importe en tu cuenta en un plazo de 4 a 6 semanas.',
      ),
    ).toEqual(['refund.confirmed 6 weeks']);
    expect(
      promisesOf(
        'Hemos registrado su solicitud de reembolso. Por lo general, recibirá la devolución dentro de 10 días hábiles.',
      ),
    ).toEqual(['refund.confirmed 10 business_days']);
    // Near miss: the time the bank takes is no promise of the vendor.
    expect(
      promisesOf(
        'Hemos registrado su solicitud de reembolso. Normalmente recibirá el abono según su entidad en un plazo de 5 días.',
      ),
    ).toEqual([]);
  });
});

describe('Spanish blind round HC–HF', () => {
  it.each([
    // A deposit ("señal", "fianza") transferred back is the refund made.
    ['Ya hemos hecho la transferencia de la fianza de 150 € del apartamento.', ['refund.confirmed']],
    [
      'Hoy hemos emitido la transferencia de 80,00 € en concepto de depósito de tu estancia.',
      ['refund.confirmed'],
    ],
    // Near miss: the deposit paid on to the hotel, and a deposit still to be sent back.
    ['Hemos realizado la transferencia de la señal al hotel para confirmar tu reserva.', []],
    ['Cuando revisemos el piso haremos la transferencia de la fianza.', []],
    // A third party (hotel, airline) that does not agree to give the money back.
    [
      'La tarifa no era reembolsable, por lo que el establecimiento no acepta devolver el importe de la estancia.',
      ['refund.rejected'],
    ],
    ['La aerolínea tampoco ha aceptado reembolsar los billetes.', ['refund.rejected']],
    // Near miss: a shop that does not accept returned goods is no refund refused.
    ['Nuestra tienda no acepta devoluciones de artículos personalizados.', []],
  ])('reads "%s" as %j', (text, kinds) => {
    expect(classify(text).kinds).toEqual(kinds);
  });
});

describe('Spanish blind round HG–HJ', () => {
  it('takes a query code written with letters and a hyphen as the reference', () => {
    expect(
      classify(
        'Asunto: Tu consulta PQ-51309\nHola, Marta:\nSentimos no poder gestionar la baja por teléfono; debes pedirla desde la web.',
      ).reference,
    ).toBe('PQ-51309');
    // Near miss: a query about something, with no code after it.
    expect(
      classify('Respondemos a tu consulta sobre la baja: debes pedirla desde la web antes del día 20.')
        .reference,
    ).toBe(null);
  });
});

describe('Spanish blind round HO–HR', () => {
  it('reads a refund request acknowledged elliptically beside a cancellation request ("y la de reembolso")', () => {
    const text =
      'Hola, Luis:\nHemos registrado tu solicitud de baja del plan de móvil contratado en 2024 y la de reembolso de los 12,50 € del recibo de mayo, cobrado por error. Revisaremos el caso en unos días.';
    expect(classify(text).kinds).toEqual(['cancellation.received', 'refund.received']);
    expect(moneyOf(text)).toBe('12.50 EUR');
    // Near miss: the second request named "la de" is no refund; and a refund only offered is none.
    expect(
      classify(
        'Hemos recibido tu solicitud de baja del servicio de televisión y la de portabilidad del número.',
      ).kinds,
    ).toEqual(['cancellation.received']);
    expect(
      classify(
        'Hemos recibido tu solicitud de baja del gimnasio. Si lo deseas, puedes presentar también la de devolución desde la web.',
      ).kinds,
    ).toEqual(['cancellation.received']);
  });
});

describe('Spanish blind round HW–HZ', () => {
  it('reads a refund request stated as registered after a semicolon that closes a condition ("…; ya hemos registrado")', () => {
    const text =
      'Hola, Pedro:\nHemos recibido tu petición de cancelación de la compra 88120455. Si aún no se ha enviado, la cancelaremos y te devolveremos el dinero; ya hemos registrado tu solicitud de reembolso del importe con la referencia RB-40112.';
    expect(classify(text).kinds).toEqual(['cancellation.received', 'refund.received']);
    // Near miss: what follows the semicolon is still part of the hypothetical, not stated as done.
    expect(
      classify(
        'Hola, Pedro:\nHemos recibido tu petición de cancelación de la compra 88120455. Si aún no se ha enviado, la cancelaremos; tramitaremos después tu solicitud de reembolso del importe.',
      ).kinds,
    ).toEqual(['cancellation.received']);
    // Near miss: a cancellation stated after the semicolon of a condition is no confirmation unless said done.
    expect(
      classify('Si el pedido no ha salido del almacén, lo anularemos; ya te avisaremos por correo.').kinds,
    ).toEqual([]);
  });
});

describe('Spanish blind round IA–ID', () => {
  it('reads a refund within a time hedged only by the check of a double charge ("si se confirma el doble cobro") as a promise', () => {
    expect(
      promisesOf(
        'Buenos días: hemos registrado su reclamación por el pago repetido. Si se confirma el doble cobro, le reembolsaremos la diferencia en un plazo de 7 días hábiles.',
      ),
    ).toEqual(['refund.confirmed 7 business_days']);
    // Near miss: a refund only to be studied after the check is no promise.
    expect(
      promisesOf(
        'Buenos días: hemos registrado su reclamación. Si se confirma el doble cobro, podremos estudiar un reembolso en 7 días hábiles.',
      ),
    ).toEqual([]);
  });
  it('reads a cancellation scheduled for a date, with its written confirmation still to come within a time, as received with that promise', () => {
    const text =
      'Buenas tardes: hemos recibido su solicitud de baja del contrato de gas. La baja surtirá efecto el 28/02/2027. En un plazo de 10 días le remitiremos por correo la confirmación de la baja.';
    expect(classify(text).kinds).toEqual(['cancellation.received']);
    expect(promisesOf(text)).toEqual(['cancellation.confirmed 10 days']);
    // Near miss: a scheduled cancellation with nothing still to come stays confirmed.
    expect(
      classify('Buenas tardes: hemos recibido su solicitud de baja. La baja surtirá efecto el 28/02/2027.')
        .kinds,
    ).toEqual(['cancellation.confirmed']);
    // Near miss: a cancellation stated as done stays confirmed though a written confirmation follows.
    expect(
      classify(
        'Buenas tardes: hemos recibido su solicitud de baja. Su contrato ha sido dado de baja. En un plazo de 10 días le remitiremos por correo la confirmación de la baja.',
      ).kinds,
    ).toEqual(['cancellation.confirmed']);
  });
  it('takes a financing contract number printed as "Financiación"', () => {
    expect(
      classify(
        'Hola Ana:\nHemos devuelto las cuotas pagadas a tu tarjeta.\nFinanciación: FIN-4471903\nImporte: 89,90 €',
      ).reference,
    ).toBe('FIN-4471903');
    // Near miss: the financing terms are no number.
    expect(
      classify('Hemos devuelto las cuotas pagadas a tu tarjeta.\nFinanciación: 12 meses sin intereses')
        .reference,
    ).toBeNull();
  });
});

describe('Spanish blind round r8', () => {
  it('reads no refused refund where the paid bill already covers the period up to the end ("no procede ninguna devolución")', () => {
    const text =
      'Le confirmamos que su contrato ha sido cancelado con efecto 31 de marzo. La cuota de marzo, ya cobrada, cubre todo el periodo hasta la baja, así que no procede ninguna devolución.';
    expect(classify(text).kinds).toEqual(['cancellation.confirmed']);
    // Near miss: a refund refused for another reason stays refused.
    expect(
      classify(
        'Su contrato ha sido cancelado. Como la baja se pidió fuera de plazo, no procede ninguna devolución.',
      ).kinds,
    ).toContain('refund.rejected');
  });

  it('takes the result of a product written out ("3 x 5,00 € = 15,00 €"), not one of its factors', () => {
    expect(
      moneyOf(
        'Hemos registrado tu solicitud de devolución de la fianza (3 cajas x 5,00 € = 15,00 €) y la revisaremos.',
      ),
    ).toBe('15.00 EUR');
  });
});

describe('Spanish blind round r3 (Nov 28)', () => {
  it('reads a refund under way when its sum stands between the noun and "en trámite"', () => {
    const text =
      'Hola Marta: tu suscripción anual ha quedado cancelada. El reembolso de 89,50 € está en trámite y lo verás en tu tarjeta en un plazo de 5 a 7 días hábiles.';
    expect(classify(text).kinds).toEqual(['cancellation.confirmed', 'refund.received']);
    expect(moneyOf(text)).toBe('89.50 EUR');
    expect(classify('El reembolso de los 240 euros ya está en curso.').kinds).toEqual(['refund.received']);
    // Near misses: a conditional and a question are no refund under way.
    expect(
      classify('Si cancelas antes del día 10, el reembolso de 89,50 € estaría en trámite en pocos días.')
        .kinds,
    ).toEqual([]);
    expect(classify('¿El reembolso de 89,50 € está en trámite?').kinds).toEqual([]);
  });
});

describe('Spanish blind round JG–JJ', () => {
  it('reads a refund paid into a marketplace wallet when a breakdown in brackets follows the sum', () => {
    const text =
      'Hola, Pablo: hemos reembolsado 32,40 € (artículo 28,90 € + gastos de envío 3,50 €) a tu monedero. Puedes gastar el saldo o pasarlo a tu cuenta bancaria cuando quieras.';
    expect(classify(text).kinds).toEqual(['refund.confirmed']);
    expect(moneyOf(text)).toBe('32.40 EUR');
    // Near miss: a wallet credit to spend in the shop stays a voucher.
    expect(
      classify(
        'Hemos reembolsado 32,40 € (artículo 28,90 € + envío 3,50 €) a tu monedero para tus próximas compras.',
      ).kinds,
    ).toEqual([]);
  });

  it('reads a cancellation and a refund asked for in an e-mail "en el que solicita" as received', () => {
    const text =
      'Acusamos recibo de su mensaje en el que nos pide la anulación de la reserva n.º 4471 y el reembolso de la señal de 90,00 €. Nuestro equipo la revisará.';
    expect([...classify(text).kinds].sort()).toEqual(['cancellation.received', 'refund.received']);
    expect(
      classify('Hemos recibido tu correo en el que solicitas la baja de la tarifa de fibra.').kinds,
    ).toEqual(['cancellation.received']);
    // Near miss: the same request the vendor could not carry out is no kind.
    expect(
      classify(
        'Hemos recibido tu correo en el que solicitas la baja de la línea, pero no hemos podido tramitarla porque falta la firma del titular.',
      ).kinds,
    ).toEqual([]);
  });

  it('reads "no hemos podido tramitarla:" with its reason after a colon as a refused cancellation', () => {
    expect(
      classify(
        'Hemos recibido tu solicitud de baja del gimnasio.\n\nPor desgracia no hemos podido tramitarla: nos falta una copia firmada de tu DNI.',
      ).kinds,
    ).toEqual([]);
    // Near miss: a list of what follows after a colon is not a refusal when the request is processed.
    expect(
      classify(
        'Hemos recibido tu solicitud de baja del gimnasio. Próximos pasos: te enviaremos la confirmación.',
      ).kinds,
    ).toEqual(['cancellation.received']);
  });

  it('reads a refund within a time counted from an approval still to come as no promise', () => {
    expect(
      promisesOf(
        'Hemos recibido su solicitud de reembolso. Si procede, el reembolso se hará en su tarjeta en un plazo máximo de 10 días hábiles desde la aprobación.',
      ),
    ).toEqual([]);
    // Near miss: the same hedge with the time counted from now stays a promise, as the stored labels read it.
    expect(
      promisesOf(
        'Hemos recibido su solicitud de reembolso. Si procede, el reembolso se hará en su tarjeta en un plazo máximo de 10 días hábiles.',
      ),
    ).toEqual(['refund.confirmed 10 business_days']);
  });
});

describe('Spanish blind round JK–JN', () => {
  it('reads a booking the customer cancelled, stated in the simple past, beside a refund done', () => {
    expect(
      classify(
        'Hola, Pedro: el pasado 3 de mayo cancelaste tu reserva del apartamento en Cádiz. Te hemos reembolsado 120,00 € en la tarjeta.',
      ).kinds,
    ).toEqual(['cancellation.confirmed', 'refund.confirmed']);
    // Near miss: the same verb in a conditional states no cancellation.
    expect(
      classify(
        'Hola, Pedro: si cancelaste tu reserva del apartamento en Cádiz antes del 3 de mayo, te reembolsaremos 120,00 € en la tarjeta.',
      ).kinds,
    ).not.toContain('cancellation.confirmed');
    // Near miss: the cancellation named only as the reason a refund is refused.
    expect(
      classify(
        'Hola, Pedro: lamentamos comunicarte que no procede el reembolso. Cancelaste tu reserva del apartamento en Cádiz con menos de 24 horas de antelación.',
      ).kinds,
    ).toEqual(['refund.rejected']);
  });
});

describe('Spanish blind round KI–KL', () => {
  it('reads the customer\'s cancellation stated with the verb before "usted"', () => {
    expect(
      classify(
        'Buenos días, Sra. Gil: Ha cancelado usted su billete de tren Madrid-Valencia el pasado lunes. El importe le será devuelto en un plazo de siete días.',
      ).kinds,
    ).toEqual(['cancellation.confirmed', 'refund.received']);
    expect(
      classify(
        'Hola: Han anulado ustedes la reserva del apartamento para agosto. Les deseamos un buen verano.',
      ).kinds,
    ).toEqual(['cancellation.confirmed']);
    // Near misses: a question, a conditional and a negation state no cancellation.
    expect(
      classify(
        'Estimado cliente: ¿Ha cancelado usted su reserva? Si es así, responda a este correo para tramitar la devolución.',
      ).kinds,
    ).not.toContain('cancellation.confirmed');
    expect(
      classify('Estimado cliente: Si ha cancelado usted su pedido antes del envío, no se le cobrará nada.')
        .kinds,
    ).not.toContain('cancellation.confirmed');
    expect(
      classify(
        'Estimado cliente: Nos consta que no ha cancelado usted su suscripción, por lo que seguirá activa.',
      ).kinds,
    ).not.toContain('cancellation.confirmed');
  });
});

describe('Spanish paid sums', () => {
  it('reads a sum followed by words saying the customer paid it as the price, not the refund named after it', () => {
    expect(
      moneyOf(
        'Hemos recibido tu solicitud de reembolso de los 35,00 € que pagaste. Se aplican gastos de gestión. Tu reembolso de 25,00 € se realizará en un plazo de 14 días.',
      ),
    ).toBe('25.00 EUR');
  });
});

describe('Spanish supply ended', () => {
  it('reads a supply or contract stated as no longer contracted ("ha dejado de estar contratado") as a cancellation done', () => {
    expect(
      classify(
        'Buenos días, Ana: le informamos de que su suministro de gas del piso de la avenida Goya 7, 2.º A ha dejado de estar contratado con nosotros desde el 5 de marzo, tras la mudanza. Le enviaremos la factura final en los próximos días.',
      ).kinds,
    ).toEqual(['cancellation.confirmed']);
    expect(
      classify('Te confirmamos que tu contrato de fibra ha dejado de estar en vigor desde el 1/04/2026.')
        .kinds,
    ).toEqual(['cancellation.confirmed']);
    // Near misses: a condition, and a supply cut off for non-payment.
    expect(
      classify('Si el suministro ha dejado de estar contratado, deberá solicitar una nueva alta.').kinds,
    ).not.toContain('cancellation.confirmed');
    expect(
      classify(
        'Su suministro ha dejado de estar contratado temporalmente por impago hasta que regularice la deuda.',
      ).kinds,
    ).not.toContain('cancellation.confirmed');
  });

  it('takes a final bill\'s number ("factura de cierre FC-…") as the reference beside a cancellation', () => {
    expect(
      classify(
        'Le confirmamos que su contrato de luz ha dejado de estar en vigor el 3 de mayo. Hemos emitido la factura de cierre FE-2026-44120 con un saldo a su favor de 12,40 €, que le devolveremos en 10 días hábiles.',
      ).reference,
    ).toBe('FE-2026-44120');
  });
});

describe('Spanish blind round JW–JZ', () => {
  it('reads a refund under way "se verá reflejado … en N días" as the credit promised', () => {
    const text =
      'Hemos iniciado la devolución de la fianza de 120,00 €. El importe se verá reflejado en su cuenta en un plazo de 3 a 7 días hábiles.';
    expect(classify(text).kinds).toEqual(['refund.received']);
    expect(promisesOf(text)).toEqual(['refund.confirmed 7 business_days']);
    // Near miss: hedged "si procede", the time it shows in the account is no promise.
    expect(
      promisesOf(
        'Hemos recibido su reclamación de reembolso. Si procede, el importe lo verá reflejado en su cuenta en 7 días.',
      ),
    ).toEqual([]);
    // Near miss: a refund already paid, the posting time is no promise.
    expect(
      promisesOf(
        'Le hemos reembolsado hoy los 120,00 € de la fianza. Se verá reflejado en su cuenta en 3 a 7 días hábiles.',
      ),
    ).toEqual([]);
  });
});

describe('Spanish blind round KM–KP', () => {
  it('reads a refund processed "automáticamente" as done', () => {
    expect(
      classify(
        'Al no haber escogido otro tren, hemos procesado automáticamente el reembolso de tu billete, 42,80 €, a la tarjeta del pago.',
      ).kinds,
    ).toEqual(['refund.confirmed']);
    // Near miss: a refund that will be processed automatically is a promise, not a confirmation.
    expect(
      classify('Procesaremos automáticamente el reembolso de tu billete en los próximos días.').kinds,
    ).not.toContain('refund.confirmed');
  });

  it('reads a transfer made for a cancelled booking as a refund paid', () => {
    expect(
      classify(
        'Te informamos de que ya hemos realizado la transferencia de 150,00 € de la reserva que cancelaste la semana pasada.',
      ).kinds,
    ).toEqual(['refund.confirmed']);
    // Near miss: a payout for a booking, with nothing cancelled, is no refund.
    expect(
      classify('Hemos realizado la transferencia de 150,00 € por la reserva 7741 a tu cuenta de anfitrión.')
        .kinds,
    ).toEqual([]);
    // Near miss: a transfer promised for a cancellation is not confirmed.
    expect(
      classify('Cuando recibamos la anulación, realizaremos la transferencia de 150,00 €.').kinds,
    ).not.toContain('refund.confirmed');
  });

  it('takes the total after the return postage ("en total") as the refunded sum', () => {
    expect(
      moneyOf(
        'Le hemos devuelto 30,00 € y los gastos de envío de la devolución (3,95 €), en total 33,95 €, a su tarjeta.',
      ),
    ).toBe('33.95 EUR');
    // Near miss: return postage deducted stays excluded.
    expect(
      moneyOf(
        'Le hemos devuelto 26,05 € a su tarjeta, descontados los gastos de envío de la devolución (3,95 €).',
      ),
    ).toBe('26.05 EUR');
  });
});

describe('Spanish blind-round fixes (KQ–KT)', () => {
  it('reads a transfer of an insurance premium refund ("extorno") as refunded', () => {
    expect(
      classify(
        'Le comunicamos que esta mañana hemos hecho la transferencia del extorno de la prima de su seguro de coche.',
      ).kinds,
    ).toEqual(['refund.confirmed']);
    // Near miss: a transfer for something that is no refund stays unrelated.
    expect(classify('Hemos realizado la transferencia de la comisión a su cuenta.').kinds).toEqual([]);
    // Near miss: the transfer of a premium refund only promised is not confirmed.
    expect(
      classify('Cuando calculemos el extorno, realizaremos la transferencia a su cuenta.').kinds,
    ).not.toContain('refund.confirmed');
  });

  it('reads the vendor confirming that the customer cancelled as cancelled', () => {
    expect(
      classify('Le confirmamos que el 3 de mayo canceló usted su reserva de habitación doble.').kinds,
    ).toEqual(['cancellation.confirmed']);
    expect(classify('Le confirmamos que usted anuló su pedido ayer por la tarde.').kinds).toEqual([
      'cancellation.confirmed',
    ]);
    // Near miss: asking whether the customer wants to cancel confirms nothing.
    expect(
      classify('¿Confirmamos que cancelaste tu reserva? Responde a este correo, por favor.').kinds,
    ).not.toContain('cancellation.confirmed');
    // Near miss: a conditional confirms nothing.
    expect(classify('Si nos confirmas que cancelaste la reserva, revisaremos el cargo.').kinds).not.toContain(
      'cancellation.confirmed',
    );
  });

  it('reads a registered cancellation with an end date or no more charges as cancelled', () => {
    expect(
      classify(
        'Su baja ya está registrada: podrá seguir usando el club hasta el 30 de junio. Gracias por todo.',
      ).kinds,
    ).toEqual(['cancellation.confirmed']);
    expect(classify('Tu cancelación queda registrada y no se te cobrarán más recibos.').kinds).toEqual([
      'cancellation.confirmed',
    ]);
    // Near miss: a cancellation registered with nothing about its end is not read as done.
    expect(classify('Tu baja está registrada. Te escribiremos pronto.').kinds).not.toContain(
      'cancellation.confirmed',
    );
    // Near miss: a conditional registration confirms nothing.
    expect(
      classify('Si tu baja queda registrada antes del día 25, no se te cobrará la siguiente cuota.').kinds,
    ).not.toContain('cancellation.confirmed');
  });
});

describe('Spanish blind round KV–KX', () => {
  it('reads a refusal to give back a fee named by a bare object pronoun as refund.rejected', () => {
    expect(
      classify(
        'Tu mensualidad de marzo se cargó según las condiciones del contrato, así que no nos es posible devolverla.',
      ).kinds,
    ).toEqual(['refund.rejected']);
    expect(
      classify('El recibo de 29,00 € es correcto y lamentamos no poder devolverlo en esta ocasión.').kinds,
    ).toEqual(['refund.rejected']);
    // Near miss: goods that cannot be sent back to the sender are no refused refund.
    expect(
      classify('El paquete con el pago contra reembolso ya se entregó y no podemos devolverlo al remitente.')
        .kinds,
    ).not.toContain('refund.rejected');
    // Near miss: a refund held only until a check is done is not refused.
    expect(
      classify('No podemos devolverlo todavía: el cargo está en revisión y te escribiremos pronto.').kinds,
    ).not.toContain('refund.rejected');
  });
});

describe('Spanish blind round KZ–LB', () => {
  it('reads a refusal to give back a booking deposit ("señal", "fianza") as refund.rejected', () => {
    expect(
      classify(
        'Al haber anulado la estancia fuera de plazo, lamentamos no poder devolverle la fianza de 250,00 €.',
      ).kinds,
    ).toEqual(['refund.rejected']);
    expect(
      classify('Según las condiciones de la reserva, no podemos devolverte la señal que abonaste.').kinds,
    ).toEqual(['refund.rejected']);
    // Near miss: a deposit promised back is no refusal, and no confirmation either.
    const promised = classify(
      'Te devolveremos la fianza cuando revisemos el apartamento tras tu salida.',
    ).kinds;
    expect(promised).not.toContain('refund.rejected');
    expect(promised).not.toContain('refund.confirmed');
  });
});

describe('Spanish blind round LD–LE', () => {
  it('reads a transfer made for the unused part of a stay or service as refund.confirmed', () => {
    expect(
      classify(
        'Te informamos de que hemos hecho una transferencia de 60,00 € por las noches no utilizadas de tu estancia.',
      ).kinds,
    ).toEqual(['refund.confirmed']);
    expect(
      classify(
        'Le comunicamos que hemos efectuado la transferencia de 32,50 € correspondiente a los días no disfrutados del mes.',
      ).kinds,
    ).toEqual(['refund.confirmed']);
    // Near miss: the same transfer only promised is no confirmation.
    expect(
      classify(
        'Realizaremos la transferencia de la parte no disfrutada de la reserva en un plazo de 5 días hábiles.',
      ).kinds,
    ).not.toContain('refund.confirmed');
    // Near miss: a transfer asked of the customer for services not yet used is no refund.
    expect(
      classify(
        'Para confirmar las clases no realizadas todavía, haga una transferencia de 40,00 € a nuestra cuenta.',
      ).kinds,
    ).not.toContain('refund.confirmed');
  });

  it('takes an enrolment number ("número de inscripción") as the reference', () => {
    expect(
      classify(
        'Te hemos devuelto los 120,00 € del taller por transferencia.\n\nNúmero de inscripción: TL-55021',
      ).reference,
    ).toBe('TL-55021');
  });
});

describe('Spanish transfers for unused classes of a pack', () => {
  it('reads a transfer made for sessions of a pack not used as a refund confirmed', () => {
    expect(
      classify(
        'Hola, Jorge: esta mañana hemos hecho la transferencia por las sesiones de pilates del bono de 10 sesiones que no pudiste aprovechar. Saludos.',
      ).kinds,
    ).toEqual(['refund.confirmed']);
    expect(
      classify(
        'Buenas tardes: ya hemos realizado la transferencia correspondiente a las clases teóricas que no llegó a utilizar.',
      ).kinds,
    ).toEqual(['refund.confirmed']);
    // Near misses: a transfer still to be made, and a gift voucher, confirm no money refund.
    expect(
      classify(
        'Hola, Jorge: haremos la transferencia por las clases que no llegaste a utilizar cuando nos envíes tu número de cuenta.',
      ).kinds,
    ).not.toContain('refund.confirmed');
    expect(
      classify('Hola, Jorge: por las clases que no llegaste a usar te hemos enviado un bono regalo de 40 €.')
        .kinds,
    ).not.toContain('refund.confirmed');
  });
});
