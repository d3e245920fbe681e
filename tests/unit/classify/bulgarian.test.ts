import { describe, expect, it } from 'vitest';
import { classify, moneyOf, promisesOf } from './classify-helpers';

describe('Bulgarian kinds', () => {
  it.each([
    ['Поръчката Ви беше анулирана.', ['cancellation.confirmed']],
    // A contract restated as remaining terminated is a cancellation done.
    ['Договорът Ви остава прекратен от 01.10.2026 г.', ['cancellation.confirmed']],
    // Near miss: an appointment that stays cancelled is no service.
    ['Часът Ви при лекаря остава отменен.', []],
    ['Анулирахме поръчката по Ваше желание.', ['cancellation.confirmed']],
    // A duplicate payment voided is money returned, not a service cancelled.
    ['Днес анулирахме двойното плащане и възстановихме 20,00 лв. по картата Ви.', ['refund.confirmed']],
    ['Получихме Вашата заявка за анулиране на поръчката.', ['cancellation.received']],
    ['Възстановихме сумата по Вашата карта.', ['refund.confirmed']],
    ['Сумата беше възстановена днес.', ['refund.confirmed']],
    // A hosting or tariff plan stated as deactivated is a cancellation done.
    ['Тарифният план е деактивиран от днес.', ['cancellation.confirmed']],
    ['Регистрирахме Вашата заявка за възстановяване на сума.', ['refund.received']],
    ['За съжаление не можем да възстановим сумата.', ['refund.rejected']],
    ['Искането Ви за възстановяване на сумата се отхвърля.', ['refund.rejected']],
  ])('reads "%s" as %j', (text, kinds) => {
    expect(classify(text).kinds).toEqual(kinds);
  });

  it.each([
    ['Поръчката Ви не е анулирана.'],
    ['Ако желаете да прекратите договора, посетете наш офис.'],
    ['Можете да анулирате поръчката си по всяко време, докато не е изпратена.'],
    ['Ще получите потвърждение, че поръчката е анулирана.'],
    ['Окончателно потвърждение, че договорът е прекратен, ще получите в срок до 5 работни дни.'],
    // A payment plan closed is no service cancelled.
    ['Планът за разсрочено плащане беше закрит след последната вноска.'],
  ])('finds no confirmation in "%s"', (text) => {
    expect(classify(text).kinds.filter((kind) => kind.endsWith('.confirmed'))).toEqual([]);
  });

  it('reads the sum the next sentence points back to, not its conversion in brackets', () => {
    const text =
      'Таксата за роуминг в размер на 12,50 € (24,45 лв.) беше сторнирана. Сумата Ви възстановихме днес по банковата Ви сметка.';
    expect(moneyOf(text)).toBe('12.50 EUR');
  });

  it('reads a refund deadline that waits for the returned goods as a promise, as the corpus does', () => {
    expect(
      promisesOf(
        'Заявката Ви за връщане е регистрирана. След като получим и проверим продукта, ще Ви възстановим 112,00 € в срок до 14 дни.',
      ),
    ).toEqual(['refund.confirmed 14 days']);
  });

  it('reads a confirmation the message itself is, not one announced for later', () => {
    expect(classify('Това писмо е потвърждение, че договорът Ви е прекратен.').kinds).toEqual([
      'cancellation.confirmed',
    ]);
  });
});

describe('Bulgarian promises, amounts and references', () => {
  it('reads "работни дни" with number words', () => {
    expect(
      promisesOf(
        'Регистрирахме заявката Ви за възстановяване. Сумата ще бъде възстановена в срок до три работни дни.',
      ),
    ).toEqual(['refund.confirmed 3 business_days']);
  });

  // A refund within a time only if the request is granted is no promise (as "si votre demande est acceptée").
  it('reads no promise in a refund hedged by the request being granted, the condition set off by commas', () => {
    expect(
      promisesOf(
        'Регистрирахме молбата Ви за връщане на надплатената такса. След преглед на документите, ако молбата бъде одобрена, парите ще Ви бъдат преведени в срок до 14 дни.',
      ),
    ).toEqual([]);
    expect(
      promisesOf(
        'Приехме заявката Ви за възстановяване. Ние, в случай че бъде уважено искането Ви, ще върнем сумата до пет работни дни.',
      ),
    ).toEqual([]);
  });

  // Near miss: a refund hedged only by the check of the goods is a promise; one already approved is too.
  it('keeps the promise of a refund hedged by the check of the goods or already approved', () => {
    expect(
      promisesOf(
        'Получихме върнатия уред и заявката Ви за възстановяване. След проверка, ако всичко е наред, ще Ви върнем парите до 14 дни.',
      ),
    ).toEqual(['refund.confirmed 14 days']);
    expect(
      promisesOf('Заявката Ви за възстановяване е одобрена и сумата ще бъде преведена до 7 дни.'),
    ).toEqual(['refund.confirmed 7 days']);
  });

  it('reads hours for a cancellation confirmation', () => {
    expect(
      promisesOf('Получихме Вашата заявка за анулиране. Ще Ви изпратим потвърждение в рамките на 24 часа.'),
    ).toEqual(['cancellation.confirmed 24 hours']);
  });

  it('reads 12,50 лв. and takes the first figure of a dual price', () => {
    expect(moneyOf('Възстановихме сумата от 12,50 лв. по картата Ви.')).toBe('12.50 BGN');
    expect(moneyOf('Възстановихме сумата от 47,98 € (93,84 лв.) по картата Ви.')).toBe('47.98 EUR');
  });

  it('reads the label of a sum back past a date ending in "г." (no sentence ends before a lower-case word)', () => {
    const text =
      'Таксата от 5,00 лв. остава за Ваша сметка. Възстановихме на 14.09.2025 г. сумата от 89,00 лв. по картата Ви.';
    expect(moneyOf(text)).toBe('89.00 BGN');
  });

  it('takes the order number after №', () => {
    expect(classify('Поръчка №10482917 беше анулирана.').reference).toBe('10482917');
  });

  it('detects Bulgarian', () => {
    expect(classify('Здравейте, поръчката Ви беше анулирана. Поздрави').language).toBe('bg');
  });
});

describe('Bulgarian refused cancellation', () => {
  it('reads a cancellation the vendor could not make as nothing', () => {
    expect(
      classify(
        'Получихме заявката ти за анулиране на поръчка 432118045. За съжаление не можем да я анулираме.',
      ).kinds,
    ).toEqual([]);
  });
});

describe('Bulgarian blind round RK–RN', () => {
  it('reads how long the inspection of returned goods takes as no refund promise', () => {
    expect(
      promisesOf(
        'Пратката Ви пристигна в склада. Проверката на стоката отнема до 2 работни дни. След това ще възстановим сумата по картата Ви в рамките на 5 работни дни.',
      ),
    ).toEqual(['refund.confirmed 5 business_days']);
  });

  it('still reads a refund promised after the inspection', () => {
    expect(
      promisesOf(
        'Получихме заявката Ви за възстановяване. Ще възстановим сумата в срок до 10 работни дни след проверка.',
      ),
    ).toEqual(['refund.confirmed 10 business_days']);
  });

  it('does not take the phone number of a contract ("договор за номер") as the reference', () => {
    const text =
      'Получихме заявлението Ви за прекратяване на договор за номер 0899 111 222. За съжаление не можем да извършим прекратяването.';
    expect(classify(text).reference).toBeNull();
    expect(classify('Получихме заявлението Ви за прекратяване на договор номер 4411223.').reference).toBe(
      '4411223',
    );
  });

  it('reads a complaint about a charge for a service the customer did not order as a refund matter under review', () => {
    expect(
      classify(
        'Получихме Вашата жалба за таксуване на услуга „Музика+“, която не сте поръчвали. Ще Ви отговорим в срок от 30 дни.',
      ).kinds,
    ).toEqual(['refund.received']);
  });

  it('does not read a billing complaint that disputes no charge as a refund matter', () => {
    expect(
      classify(
        'Получихме Вашата рекламация за таксуване на сметката за март. Ще Ви отговорим в срок от 30 дни.',
      ).kinds,
    ).toEqual([]);
  });
});

describe('Bulgarian blind-round fixes (RQ–RZ)', () => {
  it('takes a ticket number as the reference', () => {
    expect(classify('Възстановихме сумата по Вашия самолетен билет 0571234567890.').reference).toBe(
      '0571234567890',
    );
  });
});

describe('Bulgarian blind-round fixes (SU–TB)', () => {
  it('reads a trip the carrier cancelled as a cancellation done', () => {
    expect(classify('Авиокомпанията отмени Вашия полет до Лондон поради лошо време.').kinds).toEqual([
      'cancellation.confirmed',
    ]);
  });

  it('does not read a carrier cancelling a trip in a condition as done', () => {
    expect(classify('Ако превозвачът отмени курса, ще Ви върнем парите.').kinds).not.toContain(
      'cancellation.confirmed',
    );
  });

  it('reads an account closed after a long address as a cancellation done', () => {
    expect(
      classify(
        'Уведомяваме Ви, че партида № 55501234 за имот на адрес гр. Пловдив, ж.к. „Тракия“, ул. „Иван Вазов“ 12, вх. А, ет. 3, ап. 9 е закрита на Ваше име от 01.12.2026 г.',
      ).kinds,
    ).toEqual(['cancellation.confirmed']);
  });

  it('reads a prepaid sum not returned, in reply to a cancellation, as a refund refused', () => {
    const text =
      'Във връзка с Вашето запитване за анулиране на резервацията Ви уведомяваме, че платената сума от 150,00 лв. не подлежи на връщане.';
    expect(classify(text).kinds).toEqual(['refund.rejected']);
    expect(moneyOf(text)).toBe('150.00 BGN');
  });

  it('does not read a reply to a cancellation request as a refund refused on its own', () => {
    expect(
      classify('Във връзка с Вашата заявка за анулиране на поръчката Ви изпращаме нужния формуляр.').kinds,
    ).toEqual([]);
  });
});

describe('Bulgarian blind round 2026-11-27', () => {
  it('reads a promise after "след получаването му" (the request already received) as a promise', () => {
    expect(
      promisesOf(
        'Получихме Вашето заявление за прекратяване на договора. След получаването му ще прекратим договора в срок до 14 дни.',
      ),
    ).toEqual(['cancellation.confirmed 14 days']);
  });

  it('reads a promise after "след отчета" (the meter reading) as a promise', () => {
    expect(
      promisesOf(
        'Получихме Вашето заявление за закриване на партидата. След отчета ще Ви изпратим потвърждение за закриването на партидата в срок до 5 работни дни.',
      ),
    ).toEqual(['cancellation.confirmed 5 business_days']);
  });

  it('still reads the cancellation after "след получаването му" as to come, not done', () => {
    expect(classify('След получаването му ще прекратим абонамента.').kinds).not.toContain(
      'cancellation.confirmed',
    );
  });
});

describe('Bulgarian round 2026-11-27 (blind batches)', () => {
  it.each([
    // The voucher bought is what was refunded; its being voided is no cancellation.
    [
      'Сумата за закупения ваучер беше възстановена по Вашата банкова карта. Възстановяването е извършено вчера. Ваучерът е анулиран.',
      ['refund.confirmed'],
    ],
    // Near miss: a voucher given instead of money is no refund.
    ['Сумата беше възстановена под формата на ваучер за следваща покупка.', []],
  ])('reads "%s" as %j', (text, kinds) => {
    expect(classify(text).kinds).toEqual(kinds);
  });

  it('reads the number of the voucher bought as its reference', () => {
    expect(
      classify('Ваучер: VX-204418\nСумата за ваучера беше възстановена по Вашата карта днес.').reference,
    ).toBe('VX-204418');
  });
});

describe('Bulgarian blind round 5', () => {
  it.each([
    // A deposit declared non-refundable because of the customer's late cancellation is a refund refused.
    [
      'Тъй като анулацията е направена два дни преди пристигането, платеният депозит от 150,00 лв. не подлежи на възстановяване.',
      ['refund.rejected'],
    ],
    ['Съжаляваме, но капарото от 80,00 лв. не подлежи на възстановяване.', ['refund.rejected']],
  ])('reads "%s" as %j', (text, kinds) => {
    expect(classify(text).kinds).toEqual(kinds);
  });

  it.each([
    // Near miss: a tariff's terms, not a refusal of this customer's refund.
    ['Тъй като тарифата е невъзвращаема, капарото не подлежи на възстановяване.'],
    ['Ако анулацията е направена по-късно от 7 дни преди пристигане, капарото не подлежи на възстановяване.'],
  ])('finds no refusal in "%s"', (text) => {
    expect(classify(text).kinds).toEqual([]);
  });
});

describe('Bulgarian blind round VK–VN', () => {
  // A duration inside a quoted service name is the name, not a promise.
  it('reads only the promise, not a quoted service name with a duration', () => {
    expect(
      promisesOf(
        'Приехме искането Ви за възстановяване на сумата за пакет „Премиум 60 дни“. Сумата ще бъде възстановена в срок до 10 дни.',
      ),
    ).toEqual(['refund.confirmed 10 days']);
  });

  it('reads no promise from a quoted service name alone', () => {
    expect(
      promisesOf(
        'Приехме искането Ви за възстановяване на сумата за пакет "Топ обява 7 дни" и ще го разгледаме.',
      ),
    ).toEqual([]);
  });
});

describe('Bulgarian blind round VO–VR', () => {
  it.each<[string, string[]]>([
    // A refund request approved by a third person ("одобри"), the money not yet sent.
    ['Управителят одобри искането Ви за възстановяване на платената сума.', ['refund.received']],
    ['Отделът уважи молбата Ви за връщане на депозита.', ['refund.received']],
    // Near miss: an approval still to come.
    ['Щом ръководството одобри искането Ви за възстановяване, ще Ви пишем.', []],
    ['Управителят ще одобри искането Ви за възстановяване до петък.', []],
  ])('reads "%s" as %j', (text, kinds) => {
    expect(classify(text).kinds).toEqual(kinds);
  });

  // A promise to inform about the refund is no promise of the refund itself.
  it('reads no refund promise in a promise to inform about it', () => {
    expect(
      promisesOf(
        'Получихме искането Ви за възстановяване, а за възстановяването на сумата ще Ви уведомим в рамките на 5 работни дни.',
      ),
    ).toEqual([]);
  });

  // Near miss: a refund promised within a time stays a promise.
  it('keeps a refund promised within a time', () => {
    expect(promisesOf('Получихме искането Ви. Ще възстановим сумата в рамките на 5 работни дни.')).toEqual([
      'refund.confirmed 5 business_days',
    ]);
  });
});

describe('Bulgarian round 2026-11-27 W (blind batches)', () => {
  it.each([
    // A refund promised "изцяло" (in full), the adverb between the verb and the sum.
    ['Ще Ви възстановим изцяло внесената сума от 120,00 лв. в срок до 10 работни дни.', ['refund.received']],
    ['Ще ти върнем напълно платената такса по сметката ти.', ['refund.received']],
    // Near miss: the same promise under a condition.
    ['Ако откажете пътуването, ще Ви възстановим изцяло платената сума.', []],
    // A refusal with the pronoun between "да" and the verb.
    ['За съжаление сме длъжни да Ви откажем връщането на платената такса.', ['refund.rejected']],
    // Near miss: a refusal the vendor would not like to give.
    ['Не бихме искали да Ви откажем възстановяването без да прегледаме документите.', []],
  ])('reads "%s" as %j', (text, kinds) => {
    expect(classify(text).kinds).toEqual(kinds);
  });
});

describe('Bulgarian round 2026-11-27 W2 (blind batches WE–WH)', () => {
  it('promises the confirmation given after a contrast clause that names the notice period', () => {
    expect(
      promisesOf(
        'Приехме искането Ви за прекратяване на абонамента. Предизвестието по договора е един месец, но писменото потвърждение ще Ви изпратим в срок до 3 работни дни.',
      ),
    ).toEqual(['cancellation.confirmed 3 business_days']);
  });

  it('keeps the notice period itself no promise', () => {
    expect(
      promisesOf(
        'Приехме искането Ви за прекратяване на абонамента. Договорът се прекратява с предизвестие от 30 дни.',
      ),
    ).toEqual([]);
  });
  it('reads a confirmation counted from a termination still to come as no promise', () => {
    expect(
      promisesOf(
        'Приехме искането Ви за прекратяване на абонамента. Абонаментът ще бъде прекратен след едномесечно предизвестие, а потвърждение ще Ви изпратим до 2 работни дни след прекратяването.',
      ),
    ).toEqual([]);
  });
});

describe('Bulgarian round 2026-11-27 (blind batches WI–WL)', () => {
  it.each<[string, string[]]>([
    // A refund request received "together with" the termination request, past the short gap.
    [
      'Получихме Вашето заявление за прекратяване на договора за фитнес абонамент поради смяна на работното място, заедно с искането Ви за възстановяване на платената такса.',
      ['cancellation.received', 'refund.received'],
    ],
    // Near misses: "заедно с" a request for something other than money, or with a document.
    [
      'Получихме Вашето заявление за прекратяване на договора за фитнес абонамент поради смяна на работното място, заедно с искането Ви за възстановяване на достъпа до профила.',
      ['cancellation.received'],
    ],
    [
      'Получихме Вашето заявление за прекратяване на договора за фитнес абонамент поради смяна на работното място, заедно с копие от фактурата за възстановяване.',
      ['cancellation.received'],
    ],
  ])('reads "%s" as %j', (text, kinds) => {
    expect(classify(text).kinds).toEqual(kinds);
  });
});

describe('Bulgarian round 2026-11-27 (blind batches WU–WX)', () => {
  it.each<[string, string[]]>([
    // A department of the vendor, in the third person, that will transfer the money: a refund under way.
    ['Финансовият ни отдел ще Ви преведе цялата сума по посочената банкова сметка.', ['refund.received']],
    ['Счетоводството ще възстанови таксата по Вашата карта.', ['refund.received']],
    // Near misses: a bank or a courier as the one that pays out is no refund by the vendor.
    ['Банката Ви ще преведе сумата, ако подадете искане.', []],
    ['Куриерът ще преведе парите от наложения платеж на търговеца.', []],
    // A refusal after "Във връзка с Вашата заявка № … от <дата> г. за връщане …", the sentence broken after "лв.".
    [
      'Във връзка с Вашата заявка № ВР-2207 от 03.09.2026 г. за връщане на прахосмукачка и възстановяване на 259,00 лв. Ви уведомяваме, че след проверка в сервиза заявката не може да бъде уважена.',
      ['refund.rejected'],
    ],
    // Near miss: the same opening with the request accepted refuses nothing.
    [
      'Във връзка с Вашата заявка № ВР-2207 от 03.09.2026 г. за връщане на прахосмукачка и възстановяване на 259,00 лв. Ви уведомяваме, че заявката е приета.',
      [],
    ],
  ])('reads "%s" as %j', (text, kinds) => {
    expect(classify(text).kinds).toEqual(kinds);
  });

  it('reads the refund a third-person department will transfer, with its deadline', () => {
    expect(
      promisesOf(
        'Финансовият ни отдел ще Ви преведе цялата сума по посочената банкова сметка в срок до 5 работни дни.',
      ),
    ).toEqual(['refund.confirmed 5 business_days']);
  });

  it('reads the refunded sum, not the one a detail line says is not refunded', () => {
    expect(
      moneyOf(
        'Възстановихме Ви сумата за върнатото яке.\n\nКуриерски разходи: не се възстановяват (7,50 лв.)\nВъзстановено: 64,00 лв.',
      ),
    ).toBe('64.00 BGN');
    // Near miss: a refusal's only sum stays the refused one.
    expect(
      moneyOf(
        'За съжаление не можем да Ви възстановим сумата за годишния абонамент.\nГодишен абонамент: не се възстановява (120,00 лв.)',
      ),
    ).toBe('120.00 BGN');
  });

  it('reads a "30-дневен срок" as a duration', () => {
    expect(
      promisesOf(
        'Получихме заявлението Ви за прекратяване на абонамента. Абонаментът ще бъде прекратен в 30-дневен срок от получаване на заявлението.',
      ),
    ).toEqual(['cancellation.confirmed 30 days']);
    // Near miss: the customer's own period to return a device is no promise.
    expect(
      promisesOf(
        'Получихме заявлението Ви за прекратяване на абонамента. Имате право да върнете устройството в 14-дневен срок.',
      ),
    ).toEqual([]);
  });
});

describe('Bulgarian round 2026-11-27 (blind batches WY–XB)', () => {
  it('reads "след анулирането ще Ви възстановим сумата" as a refund under way', () => {
    const text =
      'Получихме искането Ви за отказ от абонамента. След прекратяването му ще Ви възстановим надплатената сума по банковата Ви сметка до 7 работни дни.';
    expect(classify(text).kinds).toEqual(['cancellation.received', 'refund.received']);
    expect(promisesOf(text)).toContain('refund.confirmed 7 business_days');
    // Near miss: a refund only if the customer cancels is still hypothetical.
    expect(
      classify('Благодарим за въпроса. Ако прекратите абонамента, ще Ви възстановим неизползваната сума.')
        .kinds,
    ).toEqual([]);
  });
});

describe('Bulgarian blind round XC–XF', () => {
  it('reads a request to withdraw from an order or booking ("отказ от поръчка") as a cancellation received', () => {
    expect(
      classify('Получихме заявката Ви за отказ от резервация № 5521 за хотел „Морско око“.').kinds,
    ).toEqual(['cancellation.received']);
    // Near miss: how to file such a request receives nothing.
    expect(
      classify('Можете да подадете заявка за отказ от поръчка в срок до 14 дни от доставката.').kinds,
    ).toEqual([]);
  });

  it('reads one request "за прекратяване … и за възстановяване" as both requests received', () => {
    expect(
      classify('Приехме Вашето искане за прекратяване на договора и за възстановяване на надплатената сума.')
        .kinds,
    ).toEqual(['cancellation.received', 'refund.received']);
    // Near miss: a password restored is no refund.
    expect(
      classify(
        'Получихме заявката Ви за прекратяване на абонамента и за възстановяване на паролата за достъп.',
      ).kinds,
    ).toEqual(['cancellation.received']);
  });

  it('reads the unused days a refund is for as no promised time', () => {
    expect(
      promisesOf('Получихме искането Ви за възстановяване на сумата за оставащите 3 седмици от курса.'),
    ).toEqual([]);
    // Near miss: a time for the transfer in the same sentence is still a promise.
    expect(
      promisesOf(
        'Получихме искането Ви за възстановяване на сумата за неизползваните 2 седмици и ще я преведем в рамките на 10 дни.',
      ),
    ).toEqual(['refund.confirmed 10 days']);
  });
});

describe('Bulgarian blind round XS–XV', () => {
  it('reads a termination taking effect after the notice period as the terms, not a confirmation', () => {
    expect(
      classify(
        'Получихме заявлението Ви за прекратяване на договора. Според условията прекратяването влиза в сила след изтичане на двумесечно предизвестие, като последното плащане ще бъде на 05.03.2027 г.',
      ).kinds,
    ).toEqual(['cancellation.received']);
    expect(
      classify('Прекратяването на договора влиза в сила след 30-дневно предизвестие, т.е. на 14.01.2027 г.')
        .kinds,
    ).toEqual([]);
    // Near miss: a termination taking effect from a date is still confirmed.
    expect(classify('Прекратяването на абонамента влиза в сила от 01.03.2027 г.').kinds).toEqual([
      'cancellation.confirmed',
    ]);
  });
});

describe('Bulgarian blind round XW–XZ', () => {
  it('reads the customer’s own cancellation, named in a "тъй като" clause of a refund, as background', () => {
    expect(
      classify(
        'Приехме искането Ви за връщане на капарото. Понеже отменихте престоя си навреме, капарото от 80,00 лв. се връща изцяло.',
      ).kinds,
    ).toEqual(['refund.received']);
    // Near miss: the same cancellation stated as the news is still confirmed.
    expect(classify('Вие успешно анулирахте абонамента си за онлайн телевизия.').kinds).toEqual([
      'cancellation.confirmed',
    ]);
  });

  it('reads a cancellation the customer made, named in a relative clause of a refund request, as background', () => {
    expect(
      classify(
        'Получихме искането Ви за връщане на капарото за почивката, която анулирахте миналата седмица. Сумата ще бъде преведена по сметката Ви.',
      ).kinds,
    ).toEqual(['refund.received']);
    // Near miss: the customer's cancellation in a sentence of its own stays confirmed.
    expect(classify('Вие анулирахте резервацията си за хотела на 3 май.').kinds).toEqual([
      'cancellation.confirmed',
    ]);
  });

  it('reads a refusal whose refund request is named in a "по отношение на" lead-in the sentence before', () => {
    const text =
      'Застраховката Ви е прекратена считано от 01.12.2026 г. По отношение на искането Ви за връщане на 54,00 лв. от премията: по Общите условия при прекратяване след третия месец премия не се възстановява. Затова искането Ви не може да бъде уважено.';
    expect(classify(text).kinds).toEqual(['cancellation.confirmed', 'refund.rejected']);
    expect(moneyOf(text)).toBe('54.00 BGN');
    // Near miss: the same lead-in before a refund under way refuses nothing.
    expect(
      classify(
        'По отношение на искането Ви за връщане на 54,00 лв.: сумата ще Ви бъде преведена в срок до 10 работни дни.',
      ).kinds,
    ).toEqual(['refund.received']);
  });

  it('keeps a refund promise whose sum is less any fees ("след приспадане на евентуални такси")', () => {
    expect(
      promisesOf(
        'Получихме молбата Ви. Остатъкът, след удръжка на евентуални такси за обработка, ще Ви бъде върнат по сметката в срок до 10 работни дни.',
      ),
    ).toEqual(['refund.confirmed 10 business_days']);
    // Near miss: a refund that is itself only possible ("евентуалното възстановяване") is no promise.
    expect(
      promisesOf('Евентуалното възстановяване на сумата ще бъде извършено в срок до 10 работни дни.'),
    ).toEqual([]);
  });
});

describe('Bulgarian orders the shop cancelled because it cannot fulfil them', () => {
  it('reads "не можем да я изпълним" after the order is stated as cancelled as the reason, not a refusal', () => {
    expect(
      classify(
        'Уведомяваме Ви, че поръчката Ви (гардероб „Пирин“) беше анулирана, защото доставчикът спря производството и не можем да я изпълним. Сумата ще Ви бъде възстановена по картата до 7 работни дни.',
      ).kinds,
    ).toEqual(['cancellation.confirmed', 'refund.received']);
    expect(
      classify(
        'Поръчка № 55120 е отменена, тъй като производителят вече не предлага този модел и не можем да я изпълним.',
      ).kinds,
    ).toEqual(['cancellation.confirmed']);
  });

  it('still reads a cancellation request the shop cannot carry out as refused (near miss)', () => {
    expect(
      classify(
        'Получихме заявката Ви за анулиране, но поръчката вече е предадена на куриер и не можем да я изпълним.',
      ).kinds,
    ).toEqual([]);
  });
});

describe('Bulgarian blind round YI–YL', () => {
  it('reads a request to withdraw from a course or trip ("искане за отказ от …") as a cancellation received', () => {
    expect(
      classify(
        'Приехме Вашата молба за отказ от летния езиков курс по резервация LK-5521 и молбата за връщане на таксата. Сумата ще Ви бъде възстановена до 7 работни дни.',
      ).kinds,
    ).toEqual(['cancellation.received', 'refund.received']);
    expect(classify('Получихме заявката Ви за отказ от екскурзията до Солун през май.').kinds).toEqual([
      'cancellation.received',
    ]);
  });

  it('keeps a withdrawal from a distance purchase a refund matter (near miss)', () => {
    expect(
      classify(
        'Получихме Вашето уведомление за отказ от договора от разстояние за поръчка MB-11840. Ще Ви възстановим сумата до 14 дни след като стоката пристигне при нас.',
      ).kinds,
    ).toEqual(['refund.received']);
  });

  it('reads a courier named in quotes who will call at the address as no refund promise', () => {
    expect(
      promisesOf(
        'Приехме заявката Ви за връщане на стоката. Стойност за възстановяване: 240,00 лв. Куриер на „Еконт“ ще Ви посети в рамките на 3 работни дни, за да вземе пратката. След проверка на продукта ще Ви възстановим сумата до 14 дни.',
      ),
    ).toEqual(['refund.confirmed 14 days']);
  });

  it('takes the sum of a refused request "за връщане на 120,00 лв." over a fee named later', () => {
    expect(
      moneyOf(
        'Разгледахме молбата Ви (сигнал 5520) за връщане на 120,00 лв. за неизползваните месеци. За съжаление не можем да възстановим сумата. Членството може да бъде прехвърлено срещу такса 15 лв.',
      ),
    ).toBe('120.00 BGN');
    // Near miss: a product returned, not a sum: the paid price is not taken as the refund.
    expect(
      moneyOf(
        'Разгледахме молбата Ви за връщане на продукта. За съжаление не можем да възстановим сумата. Доставката струва 8 лв., а продуктът 60 лв.',
      ),
    ).toBeNull();
  });

  it('takes the order number, not the reference a refund transfer carries ("превод с референция")', () => {
    expect(
      classify(
        'Възстановихме 35,00 лв. за поръчка KN-448120 по Вашата сметка. Преводът с референция KN-448120-V е нареден днес.',
      ).reference,
    ).toBe('KN-448120');
    // Near miss: a reference given on its own is still the vendor's case handle.
    expect(classify('Възстановихме 35,00 лв. по поръчка KN-448120. Референция: RC-77120.').reference).toBe(
      'RC-77120',
    );
  });
});

describe('Bulgarian blind round YQ–YT', () => {
  it('reads "наредихме превода на сумата" as a refund confirmed', () => {
    expect(
      classify(
        'Стоката пристигна при нас. Вчера наредихме превода на сумата от 45,00 лв. към Вашата банкова сметка.',
      ).kinds,
    ).toEqual(['refund.confirmed']);
    // Near miss: a transfer still to be ordered is no confirmation.
    expect(classify('Ще наредим превода на сумата от 45,00 лв. до три работни дни.').kinds).not.toContain(
      'refund.confirmed',
    );
  });

  it('reads "ще Ви възстановим пълната внесена сума" as a refund under way, with its time limit', () => {
    const text =
      'Концертът се отменя по решение на организатора. Ще Ви възстановим пълната внесена сума по картата в срок до 10 дни.';
    expect(classify(text).kinds).toContain('refund.received');
    expect(promisesOf(text)).toEqual(['refund.confirmed 10 days']);
    // Near miss: the same promise under a condition states nothing.
    expect(
      classify('Ако не желаете ваучер, ще Ви възстановим внесената сума по сметката.').kinds,
    ).not.toContain('refund.received');
  });
});

describe('Bulgarian blind round YY–ZB', () => {
  it('reads "искането за връщане на … не може да бъде удовлетворено" across a long middle', () => {
    const text =
      'Уважаеми клиенти, искането Ви за връщане на заплатената такса за участие в семинара в размер на 450,00 лв. по договор № 2026-118 от 14.10.2026 г. не може да бъде удовлетворено.';
    expect(classify(text).kinds).toEqual(['refund.rejected']);
    expect(moneyOf(text)).toBe('450.00 BGN');
    // Near miss: the same request approved is a refund under way, not refused.
    expect(
      classify(
        'Искането Ви за връщане на заплатената такса за участие в семинара в размер на 450,00 лв. по договор № 2026-118 от 14.10.2026 г. е одобрено и сумата ще бъде преведена до 7 дни.',
      ).kinds,
    ).not.toContain('refund.rejected');
  });
});

describe('Bulgarian blind round ZG–ZJ', () => {
  it('reads a trip cancelled by the carrier in a "тъй като / понеже" clause as the reason of the refund only', () => {
    expect(
      classify(
        'Понеже полетът Ви до Рим на 5.12.2026 г., 18:40 ч. беше отменен от авиокомпанията, възстановихме цената на билета по картата Ви.',
      ).kinds,
    ).toEqual(['refund.confirmed']);
    expect(
      classify('Тъй като концертът на 12 март е отменен, Ви върнахме сумата от 80 лв. по картата.').kinds,
    ).toEqual(['refund.confirmed']);
    // Near misses: the cancellation stated as news in a sentence of its own, and a subscription ended, still count.
    expect(
      classify(
        'Влакът Ви от 14:20 ч. беше отменен поради авария. Възстановихме цената на билета по картата Ви.',
      ).kinds,
    ).toEqual(['cancellation.confirmed', 'refund.confirmed']);
    expect(
      classify('Тъй като абонаментът Ви беше прекратен, Ви възстановихме надплатената сума по картата.')
        .kinds,
    ).toContain('cancellation.confirmed');
  });
});

describe('Bulgarian blind round ZO–ZR', () => {
  it('reads "получихме Вашето писмо / Вашия имейл за прекратяване" as a cancellation request received', () => {
    expect(classify('Получихме Вашето писмо за прекратяване на договора за интернет.').kinds).toEqual([
      'cancellation.received',
    ]);
    expect(classify('Днес получихме имейла Ви за закриване на профила в платформата.').kinds).toEqual([
      'cancellation.received',
    ]);
    // Near misses: a letter of ours about the termination, and a letter about something else, acknowledge nothing.
    expect(classify('Изпратихме Ви писмо за прекратяване на договора поради неплащане.').kinds).not.toContain(
      'cancellation.received',
    );
    expect(classify('Получихме Вашето писмо относно смяната на тарифата.').kinds).toEqual([]);
  });

  it('keeps a promise after "с … предизвестие, като ще …" and still drops the notice period itself', () => {
    expect(
      promisesOf(
        'Приехме молбата Ви за прекратяване на абонамента. Абонаментът се прекратява с едномесечно предизвестие, като ще Ви изпратим потвърждение до 5 работни дни.',
      ),
    ).toEqual(['cancellation.confirmed 5 business_days']);
    // Near miss: the notice period counted after "като" is the customer's term, no promise.
    expect(
      promisesOf(
        'Приехме молбата Ви за прекратяване на абонамента. Абонаментът се прекратява с предизвестие, като срокът от 30 дни тече от датата на получаване.',
      ),
    ).toEqual([]);
  });

  it('reads "Във връзка с Ваша молба вх. № … за връщане" with a weak refusal as a refund refused', () => {
    const text =
      'Във връзка с Ваша молба вх. № ЗК-20931 от 11.03.2026 г. за връщане на платената вноска от 96,00 лв. Ви уведомяваме следното. Договорът е сключен преди повече от година и молбата Ви не може да бъде удовлетворена.';
    expect(classify(text).kinds).toEqual(['refund.rejected']);
    expect(moneyOf(text)).toBe('96.00 BGN');
    // Near miss: the same request granted is no refusal.
    expect(
      classify(
        'Във връзка с Ваша молба вх. № ЗК-20931 от 11.03.2026 г. за връщане на платената вноска от 96,00 лв. Ви уведомяваме, че сумата е преведена по сметката Ви.',
      ).kinds,
    ).not.toContain('refund.rejected');
  });

  it('reads "… лв. Ви беше преведена по банковата сметка" across the sentence break after "лв." as a refund paid', () => {
    expect(
      classify(
        'Договорът Ви за интернет е прекратен. Надвнесената сума от 24,50 лв. Ви беше преведена по банковата сметка, която посочихте.',
      ).kinds,
    ).toEqual(['cancellation.confirmed', 'refund.confirmed']);
    // Near miss: the same transfer still to come is no refund paid.
    expect(
      classify(
        'Договорът Ви за интернет е прекратен. Надвнесената сума от 24,50 лв. Ви ще бъде преведена по банковата сметка до 10 дни.',
      ).kinds,
    ).not.toContain('refund.confirmed');
  });
});

describe('Bulgarian blind round ZW–ZZ', () => {
  it('reads "отбелязахме / отразихме / записахме" a request as received', () => {
    expect(
      classify(
        'Отбелязахме също искането Ви за възстановяване на недоизползвания абонамент. Ще го разгледаме до края на месеца.',
      ).kinds,
    ).toEqual(['refund.received']);
    expect(classify('Отразихме в системата заявлението Ви за прекратяване на членството.').kinds).toEqual([
      'cancellation.received',
    ]);
    expect(classify('Записахме Вашата молба за връщане на таксата за доставка.').kinds).toEqual([
      'refund.received',
    ]);
    // Near misses: "we noted that …" states a fact about the request, and a booked visit is no request.
    expect(
      classify('Отбелязахме, че искането Ви за възстановяване е подадено след изтичането на 14-дневния срок.')
        .kinds,
    ).not.toContain('refund.received');
    expect(classify('Записахме Ви за посещение на техник в сряда.').kinds).toEqual([]);
  });
});

describe('Bulgarian blind round AE–AH', () => {
  it('reads a refused return of a prepayment as a refusal', () => {
    expect(
      classify('Съжаляваме, но не можем да Ви върнем предплатата, тъй като тарифата е без право на отказ.')
        .kinds,
    ).toEqual(['refund.rejected']);
    expect(classify('За съжаление не е възможно да възстановим предплащането за престоя.').kinds).toEqual([
      'refund.rejected',
    ]);
  });

  it('reads a prepayment still to be returned as no refusal', () => {
    expect(classify('Ще Ви възстановим предплатата в рамките на 7 дни.').kinds).toEqual(['refund.received']);
  });

  it('reads a cancellation form named as where the bank account was given as no topic of the timeline', () => {
    expect(
      promisesOf(
        'Договорът е прекратен. Остатъкът ще Ви бъде преведен по сметката, вписана във формуляра за прекратяване, в срок до 7 работни дни.',
      ),
    ).toEqual(['refund.confirmed 7 business_days']);
    // Near miss: a timeline about the cancellation itself stays one.
    expect(
      promisesOf(
        'Получихме заявката Ви за прекратяване. Ще Ви потвърдим прекратяването в срок до 3 работни дни.',
      ),
    ).toEqual(['cancellation.confirmed 3 business_days']);
  });

  it('reads the number a request was filed under past an hour written "ч."', () => {
    expect(
      classify(
        'Молбата Ви за връщане на парите за билет № 5521-0087 (Варна – Русе, 12.10.2026 г., 18:45 ч.) е приета и заведена под № Ж-2026-118.',
      ).reference,
    ).toBe('Ж-2026-118');
  });
});

describe('Bulgarian blind round AI–AL', () => {
  it('reads an event cancellation restated after "Както Ви уведомихме" as background of the refund', () => {
    expect(
      classify(
        'Както вече Ви информирахме на 5 март, представлението беше отменено поради болест на актьор. Върнахме сумата за билетите Ви по картата, с която сте платили.',
      ).kinds,
    ).toEqual(['refund.confirmed']);
    // Near miss: the cancellation announced in this letter is its news.
    expect(
      classify(
        'С съжаление Ви уведомяваме, че представлението беше отменено. Върнахме сумата за билетите Ви по картата.',
      ).kinds,
    ).toEqual(['cancellation.confirmed', 'refund.confirmed']);
  });
});

describe('Bulgarian blind round AU–AX', () => {
  it('reads a request filed within a window ("е подадено в рамките на 30 дни") as eligibility, not a promise', () => {
    expect(
      promisesOf(
        'Получихме искането Ви за връщане на сумата. Понеже искането е подадено в рамките на 30 дни от покупката, то е допустимо. Ще бъде обработено в срок до 5 работни дни.',
      ),
    ).toEqual(['refund.confirmed 5 business_days']);
    // Near miss: a transfer still to be made within a time is a promise.
    expect(
      promisesOf(
        'Получихме искането Ви за връщане на сумата. Сумата ще бъде преведена по сметката Ви в рамките на 10 дни.',
      ),
    ).toEqual(['refund.confirmed 10 days']);
  });

  it('takes the total of a list whose items end in "лв." under a refund lead-in', () => {
    expect(
      moneyOf(
        'Приехме искането ти за възстановяване на сумата за непристигналите артикули:\n\n- Салата "Цезар" 400 г – 11,20 лв.\n- Лимонада 0,5 л – 3,60 лв.\nОбщо: 14,80 лв.\n\nЩе ти пишем до 2 работни дни.',
      ),
    ).toBe('14.80 BGN');
  });
});

describe('Bulgarian blind round AY–BB', () => {
  it('reads cash on delivery passed on to the sender as no refund', () => {
    expect(
      classify(
        'Пратката Ви беше доставена днес. Събраната сума по наложения платеж ще бъде изплатена на търговеца в срок до 3 работни дни.',
      ).kinds,
    ).toEqual([]);
    // Near miss: money paid back to the customer is still a refund under way.
    expect(classify('Сумата по поръчката ще Ви бъде възстановена до 3 работни дни.').kinds).toEqual([
      'refund.received',
    ]);
  });

  it('reads "се налага да анулираме поръчката" as an order cancelled by the shop, and a failed delivery as no refused cancellation', () => {
    expect(
      classify(
        'Поради липса на наличност се налага да анулираме поръчката Ви. Доставките за утре не могат да бъдат изпълнени.',
      ).kinds,
    ).toEqual(['cancellation.confirmed']);
    expect(classify('Резервация 5521 е анулирана', 'Резервация 5521 е анулирана').kinds).toEqual([
      'cancellation.confirmed',
    ]);
    // Near miss: a cancellation request that cannot be processed is still refused.
    expect(
      classify(
        'Получихме искането Ви за прекратяване на договора. То не може да бъде обработено, докато има неплатени сметки.',
      ).kinds,
    ).not.toContain('cancellation.confirmed');
  });
});

describe('Bulgarian blind round BW–CD', () => {
  it('reads a refund promised within a time once the charge is confirmed', () => {
    const text =
      'Получихме заявката Ви за връщане на надплатената сума. Ако грешното таксуване се потвърди, сумата ще Ви бъде възстановена по сметката в срок до 7 работни дни.';
    expect(classify(text).kinds).toEqual(['refund.received']);
    expect(promisesOf(text)).toEqual(['refund.confirmed 7 business_days']);
    // Near miss: a condition on the customer's wish stays hypothetical.
    expect(
      promisesOf(
        'Получихме заявката Ви. Ако желаете, сумата ще Ви бъде възстановена по сметката в срок до 7 работни дни.',
      ),
    ).toEqual([]);
    expect(
      classify('Ако рекламацията се окаже основателна, сумата ще бъде възстановена.').kinds,
    ).not.toContain('refund.confirmed');
  });

  it('reads a cancellation the shop could not stop ("не можахме да я спрем") as no cancellation', () => {
    const text =
      'Получихме молбата Ви за анулиране на поръчка 7731. За съжаление пратката вече е при куриера и не можахме да я спрем.';
    expect(classify(text).kinds).toEqual([]);
  });

  it('reads an account the utility cannot close yet ("не можем да закрием") as no cancellation', () => {
    const text =
      'Получихме заявлението Ви за закриване на партидата. За съжаление не можем да закрием партидата, докато не представите документ за собственост.';
    expect(classify(text).kinds).toEqual([]);
  });

  it('reads a refund inside a numbered option ("1. Да откажете пратката …") as no refund under way', () => {
    const text =
      'За съжаление не успяхме да анулираме поръчката.\nИмате две възможности:\n1. Да откажете пратката при доставка – тогава сумата ще Ви бъде възстановена след получаването ѝ.\n2. Да приемете пратката и да я върнете в срок от 14 дни.';
    expect(classify(text).kinds).toEqual([]);
    // Near miss: the refund stated on its own is acknowledged.
    expect(classify('Сумата ще Ви бъде възстановена след получаването на пратката.').kinds).toEqual([
      'refund.received',
    ]);
  });

  it('reads a deposit returned ("върнахме целия депозит") as refunded', () => {
    const text =
      'Анулирахме резервацията Ви по Ваше желание. Днес Ви върнахме целия депозит от 150,00 € по банковата сметка.';
    expect(classify(text).kinds).toEqual(['cancellation.confirmed', 'refund.confirmed']);
    // Near miss: a deposit still to be returned.
    expect(classify('Ще Ви върнем депозита по банковата сметка до 5 работни дни.').kinds).not.toContain(
      'refund.confirmed',
    );
  });

  it('reads a closed client number ("клиентският Ви номер … е закрит") as cancelled', () => {
    const text =
      'Клиентският Ви номер 5510023 е закрит. Надплатената сума от 12,40 € ще бъде преведена по сметката Ви в срок до 10 работни дни.';
    expect(classify(text).kinds).toEqual(['cancellation.confirmed', 'refund.received']);
  });

  it('reads no refund promise in a notice of the result ("ще Ви уведоми за решението в срок до …")', () => {
    const text =
      'Регистрирахме искането Ви за възстановяване на сумата. Финансовият отдел ще провери плащането и ще Ви уведоми за решението в срок до 7 работни дни.';
    expect(classify(text).kinds).toEqual(['refund.received']);
    expect(promisesOf(text)).toEqual([]);
  });

  it('takes an incoming number ("Входящ номер:") as the case reference over a policy number', () => {
    const text =
      'Получихме Вашето заявление за прекратяване на застраховка по полица № 7731-2025-40218.\n\nВходящ номер: ДК-ВХ-4410\n\nЩе Ви уведомим за прекратяването в срок до 5 работни дни.';
    expect(classify(text).reference).toBe('ДК-ВХ-4410');
    // Near miss: an incoming call number is no reference label.
    expect(
      classify(
        'Получихме Вашето заявление за прекратяване на договор № 55120. Входящите обаждания на номер 0700 11 22 се таксуват.',
      ).reference,
    ).toBe('55120');
  });

  it('reads no refund in a device, loan or instalments paid off ("е изплатен изцяло")', () => {
    expect(classify('Лизинговите вноски за телефона са изплатени и апаратът вече е Ваш.').kinds).toEqual([]);
    expect(classify('Уведомяваме Ви, че заемът е изплатен изцяло.').kinds).toEqual([]);
    expect(classify('Кредитът за лаптопа е изплатен напълно, а договорът Ви е прекратен.').kinds).toEqual([
      'cancellation.confirmed',
    ]);
    // Near miss: money for a device or a loan paid back to the customer is still a refund done.
    expect(classify('Сумата за върнатото устройство е изплатена по сметката Ви.').kinds).toEqual([
      'refund.confirmed',
    ]);
    expect(classify('Надплатената сума по кредита е изплатена по Вашата банкова сметка.').kinds).toEqual([
      'refund.confirmed',
    ]);
  });

  it('reads no cancellation received in an order cancelled only once the parcel comes back ("след връщането")', () => {
    expect(
      classify('Пратката е на път. След връщането на колета при нас ще анулираме поръчката.').kinds,
    ).toEqual([]);
    expect(
      classify('Когато колетът бъде върнат в склада ни, ще анулираме поръчката автоматично.').kinds,
    ).toEqual([]);
    // Near miss: a cancellation promised after the request itself arrived is under way.
    expect(
      classify('След получаването на Вашето искане ще анулираме поръчката в рамките на деня.').kinds,
    ).toEqual(['cancellation.received']);
  });

  it('takes four digits standing alone after an inquiry label ("Запитване 4471 –") as the reference', () => {
    expect(
      classify(
        'Разгледахме запитване 5826. За съжаление не можем да възстановим таксата.',
        'Запитване 5826 – такса за членство',
      ).reference,
    ).toBe('5826');
    // Near miss: a year after the label is no number, nor four digits followed by a currency.
    expect(
      classify('Разгледахме запитване 2026 г. За съжаление не можем да възстановим таксата.').reference,
    ).toBeNull();
    expect(classify('Заявка 1500 лв. за възстановяване е отхвърлена.').reference).toBeNull();
  });

  it('takes a final bill number ("Окончателна сметка N …") as the reference beside a stated kind', () => {
    const text =
      'Водоподаването на обекта е прекратено на 02.03.2026 г.\n\nОкончателна сметка N ВС-26-0415:\nНадплатена сума: 8,10 лв.\n\nНадплатената сума беше преведена по банковата Ви сметка.';
    expect(classify(text).reference).toBe('ВС-26-0415');
    // Near miss: a bank account number is no bill.
    expect(
      classify('Надплатената сума беше преведена по банкова сметка № BG80BNBG96611020345678.').reference,
    ).toBeNull();
  });
});

describe('Bulgarian blind round DC–DJ', () => {
  it('does not read a voucher for a package deactivated beside a refund request as a cancellation', () => {
    const text =
      'Приехме искането Ви за връщане на парите за неизползвания пакет масажи. Ваучерът за пакета вече е деактивиран и не може да се ползва в салона.';
    expect(classify(text).kinds).toEqual(['refund.received']);
    expect(classify('Кодът на ваучера за абонамента беше деактивиран.').kinds).toEqual([]);
    // Near miss: the package itself deactivated is still a cancellation.
    expect(classify('Пакетът Ви с услуги е деактивиран по Ваше искане.').kinds).toEqual([
      'cancellation.confirmed',
    ]);
  });
});

describe('Bulgarian blind round DS–DV', () => {
  it('reads a supply ended after a notice for a change of supplier as a cancellation', () => {
    expect(
      classify(
        'Във връзка с Вашата заявка за смяна на доставчик Ви информираме, че доставката на природен газ по договор № ГЗ-2231 е прекратена считано от 01.12.2026 г.',
      ).kinds,
    ).toEqual(['cancellation.confirmed']);
    // Near miss: the repair request itself withdrawn is no service ended.
    expect(classify('Вашата заявка за ремонт е анулирана.').kinds).toEqual([]);
  });
});

describe('Bulgarian blind round DW–DZ', () => {
  it('reads a parcel number printed after a series prefix in digit groups, mid-sentence ("Пратката Ви BX 3306 1187 4420 е…")', () => {
    expect(
      classify('Пратката Ви BX 3306 1187 4420 е изпратена и пътува към нашия офис във Варна.').reference,
    ).toBe('BX 3306 1187 4420');
    expect(classify('Вашата пратка BX 3306 1187 е предадена на куриер.').reference).toBe('BX 3306 1187');
    // Near miss: a customer number printed the same way is no parcel's, and a notice stating no kind names none.
    expect(classify('Пратката е на път. Клиентски номер BX 3306 1187 4420.').reference).toBeNull();
  });
});

describe('Bulgarian blind round EE–EL', () => {
  it('reads a refund request reviewed and then refused without naming the refund again ("молбата Ви беше отхвърлена")', () => {
    const text =
      'Прегледахме молбата Ви за връщане на таксата за езиковия курс. След проверка молбата Ви беше отхвърлена, тъй като курсът е започнал.';
    expect(classify(text).kinds).toEqual(['refund.rejected']);
    // Near miss: a refused request to end a contract, with no refund asked, refuses no refund.
    expect(classify('Искането Ви за прекратяване на договора е отказано.').kinds).toEqual([]);
  });

  it('reads a withdrawal from a booked trip acknowledged ("получихме Вашия отказ от почивката") as a cancellation received', () => {
    expect(
      classify(
        'Получихме Вашия отказ от почивката в Банско за двама, както и молбата Ви за връщане на капарото.',
      ).kinds,
    ).toEqual(['cancellation.received', 'refund.received']);
    // Near miss: a refusal received from the bank is no cancellation.
    expect(classify('Получихме отказ от банката за превода на сумата.').kinds).not.toContain(
      'cancellation.received',
    );
  });

  it('reads the payment ordered within a time ("ще наредим плащането до …") as a refund promise', () => {
    expect(
      promisesOf(
        'Искането Ви за възстановяване по поръчка 55-1203 е одобрено от продавача. Благодарим Ви за търпението. Ще наредим плащането до седем работни дни.',
      ),
    ).toEqual(['refund.confirmed 7 business_days']);
  });

  it('takes a travel package number ("пакет AB-27-3301") as the reference, not a tariff package name', () => {
    expect(
      classify('Регистрирахме искането Ви за възстановяване по туристически пакет AB-27-3301.').reference,
    ).toBe('AB-27-3301');
    expect(
      classify('Регистрирахме искането Ви за възстановяване на таксата за пакет „Интернет 300“.').reference,
    ).toBeNull();
  });

  it('reads a confirmation of both the cancellation and the refund promised within one time as two promises', () => {
    expect(
      promisesOf(
        'Получихме заявлението Ви за анулиране на абонамента и молбата Ви за връщане на таксата. Ще получите потвърждение за анулирането и възстановяването до 7 работни дни.',
      ),
    ).toEqual(['cancellation.confirmed 7 business_days', 'refund.confirmed 7 business_days']);
    expect(
      promisesOf(
        'Получихме Вашия отказ от семинара и молбата Ви за връщане на сумата. Потвърждение на отказа и на превода ще Ви изпратим до три работни дни.',
      ),
    ).toEqual(['cancellation.confirmed 3 business_days', 'refund.confirmed 3 business_days']);
    // Near miss: the time set apart after a comma is the refund's alone.
    expect(
      promisesOf(
        'Получихме заявлението Ви за анулиране на абонамента и молбата Ви за връщане на таксата. Ще получите потвърждение за анулирането, а сумата ще Ви възстановим до 7 работни дни.',
      ),
    ).toEqual(['refund.confirmed 7 business_days']);
  });
});

describe('Bulgarian blind round EM–EP', () => {
  it('reads "не можем да отговорим положително на искането Ви" as a refusal beside a sum not refundable', () => {
    const text =
      'Проверихме резервацията Ви за хотела. Съгласно тарифата предплатената сума от 120,00 лв. не подлежи на връщане. Съжаляваме, но не можем да отговорим положително на молбата Ви.';
    expect(classify(text).kinds).toEqual(['refund.rejected']);
    expect(moneyOf(text)).toBe('120.00 BGN');
    expect(
      classify(
        'За съжаление не можем да дадем положителен отговор на искането Ви за възстановяване на таксата.',
      ).kinds,
    ).toEqual(['refund.rejected']);
    // Near miss: the same words in a conditional state nothing.
    expect(
      classify(
        'Ако не можем да отговорим положително на искането Ви за възстановяване, ще Ви се обадим до два дни.',
      ).kinds,
    ).toEqual([]);
  });

  it('keeps the refund promise after the customer\'s own deadline ("повече от 48 часа преди …")', () => {
    expect(
      promisesOf(
        'Регистрирахме заявката Ви за връщане на билета. Понеже сте се отказали повече от 24 часа преди полета, ще Ви възстановим 210,00 лв. по картата до 10 работни дни.',
      ),
    ).toEqual(['refund.confirmed 10 business_days']);
    // Near miss: "more than" before the promised time itself is no upper bound.
    expect(
      promisesOf(
        'Регистрирахме заявката Ви за връщане на билета. Възстановяването може да отнеме повече от 10 работни дни.',
      ),
    ).toEqual([]);
  });

  it('takes a member card number after its name ("карта Premium (№ …)") as the weakest reference', () => {
    expect(
      classify('Прекратихме членската Ви карта Fitlab Premium (№ FL-20931) по Ваше искане.').reference,
    ).toBe('FL-20931');
    // Near miss: a bank card number is no reference.
    expect(
      classify('Прекратихме абонамента Ви; таксата вече не се удържа от банковата Ви карта Visa (№ 4417).')
        .reference,
    ).toBeNull();
  });
});

describe('Bulgarian blind round EU–EX', () => {
  it('reads a refund the shop has requested from the bank ("заявихме възстановяване") as received', () => {
    const result = classify(
      'Резервацията Ви беше анулирана. Заявихме възстановяване на 64,50 лв. към обслужващата Ви банка; парите ще бъдат освободени по картата Ви до 7 работни дни.',
    );
    expect(result.kinds).toEqual(['cancellation.confirmed', 'refund.received']);
    expect(
      promisesOf(
        'Заявихме възстановяване на 64,50 лв. към обслужващата Ви банка; парите ще бъдат освободени по картата Ви до 7 работни дни.',
      ),
    ).toEqual(['refund.confirmed 7 business_days']);
    // Near miss: a refund the shop did not request is no refund.
    expect(
      classify('Не заявихме възстановяване на сумата, тъй като пратката вече е доставена.').kinds,
    ).toEqual([]);
  });

  it('takes a member card code in brackets ("(карта AB-1234)") as the weakest reference', () => {
    expect(
      classify(
        'Получихме искането Ви за прекратяване на членството (карта GY-5521). Ще Ви потвърдим датата до 3 дни.',
      ).reference,
    ).toBe('GY-5521');
    // Near miss: a bank card's last digits are no reference.
    expect(
      classify(
        'Получихме искането Ви за прекратяване на членството (карта 4417). Ще Ви потвърдим датата до 3 дни.',
      ).reference,
    ).toBeNull();
  });
});

describe('Bulgarian blind-round fixes (FC–FN)', () => {
  it('reads an event the organiser cancelled, as the occasion of a refund, as no cancellation', () => {
    expect(
      classify(
        'За съжаление организаторът отмени представлението на 5 декември. Сумата за билетите ще бъде възстановена по картата Ви до 10 дни.',
      ).kinds,
    ).toEqual(['refund.received']);
    // Near miss: an order the vendor states as annulled is still a confirmed cancellation.
    expect(
      classify(
        'За съжаление организаторът отмени представлението на 5 декември. Вашата поръчка № 4471 е анулирана и сумата ще бъде възстановена до 10 дни.',
      ).kinds,
    ).toContain('cancellation.confirmed');
    expect(classify('Продавачът анулира поръчката Ви.').kinds).toEqual(['cancellation.confirmed']);
  });

  it('reads a refund hedged only by the outcome of a check as under way, with its promise', () => {
    const text =
      'Ако проверката установи двукратно таксуване, ще възстановим сумата по сметката Ви до 7 работни дни.';
    expect(classify(text).kinds).toEqual(['refund.received']);
    expect(promisesOf(text)).toEqual(['refund.confirmed 7 business_days']);
    // Near miss: a refund hedged by the customer's wish stays a conditional.
    expect(classify('Ако желаете, ще възстановим сумата по сметката Ви до 7 работни дни.').kinds).toEqual([]);
  });

  it("reads a marketplace's payment to the seller held during a claim as a refund received", () => {
    expect(classify('Спряхме плащането към продавача, докато проучим случая Ви.').kinds).toEqual([
      'refund.received',
    ]);
    // Near miss: a payment to the seller made is no refund.
    expect(classify('Плащането към продавача беше извършено на 3 май.').kinds).toEqual([]);
  });

  it('reads an answer carrying the termination date as a promise of the cancellation', () => {
    expect(
      promisesOf(
        'Получихме искането Ви за прекратяване на договора. Ще получите отговор и информация за датата на прекратяване до 10 дни.',
      ),
    ).toEqual(['cancellation.confirmed 10 days']);
    // Near miss: an answer alone is no promise.
    expect(
      promisesOf('Получихме искането Ви за прекратяване на договора. Ще получите отговор до 10 дни.'),
    ).toEqual([]);
  });

  it('takes the claim number, not the parcel named after "рекламация за", and an insurer\'s "щета" number', () => {
    expect(
      classify(
        'Получихме Вашата рекламация за пратка 2201448812 и я разглеждаме.\nНомер на рекламацията: RC-7781',
      ).reference,
    ).toBe('RC-7781');
    expect(
      classify('Одобрихме искането Ви за възстановяване по полица № 55-2231.\nНомер на щетата: 77-1120')
        .reference,
    ).toBe('77-1120');
    // Near miss: an earlier claim named as the reason of a refusal is not this letter's case.
    expect(
      classify(
        'Не можем да възстановим премията по полица № 55-2231, тъй като по щета № 77-1120 Ви е изплатено обезщетение.',
      ).reference,
    ).toBe('55-2231');
  });
});

describe('Bulgarian blind-round fixes (FO–FZ)', () => {
  it('reads a refund request received after a cancellation request with a bracketed aside', () => {
    expect(
      classify(
        'Получихме Вашата заявка за анулиране на резервация № 44-1182 (3 нощувки, 12.03 – 15.03.2027 г., двойна стая) и за възстановяване на платената сума от 300,00 лв.',
      ).kinds,
    ).toEqual(['cancellation.received', 'refund.received']);
    // Near miss: a cancellation request alone is not a refund request.
    expect(
      classify(
        'Получихме Вашата заявка за анулиране на резервация № 44-1182 (3 нощувки, 12.03 – 15.03.2027 г., двойна стая).',
      ).kinds,
    ).toEqual(['cancellation.received']);
  });

  it('reads a duplicate transfer returned as a refund confirmed', () => {
    expect(classify('Вчера върнахме дублираното плащане от 85,00 лв. по Вашата карта.').kinds).toEqual([
      'refund.confirmed',
    ]);
    // Near miss: a transfer to be returned is no confirmation.
    expect(
      classify('Ще върнем дублираното плащане от 85,00 лв. по Вашата карта до 5 работни дни.').kinds,
    ).not.toContain('refund.confirmed');
  });

  it('takes the product of a multiplied refund ("2 x 30,00 лв. = 60,00 лв."), not its factor', () => {
    expect(
      moneyOf(
        'Приехме искането Ви за връщане на парите за билетите. Сума за връщане: 3 x 20,00 лв. = 60,00 лв. Ще я преведем по сметката Ви до 7 работни дни.',
      ),
    ).toBe('60.00 BGN');
    // Near miss: a product written inside the sentence, then a grand total with the fee, leaves the total.
    expect(
      moneyOf(
        'Ще Ви върнем цената на билетите – 3 × 20,00 лв. = 60,00 лв., плюс таксата от 2,40 лв., т.е. общо 62,40 лв., по картата Ви до 14 дни.',
      ),
    ).toBe('62.40 BGN');
  });
});

describe('Bulgarian supply ended at the customer request', () => {
  it.each([
    [
      'По Ваша молба доставката на електроенергия до имота в гр. Варна, ул. Шипка 7, беше преустановена на 31.05.2027 г. и електромерът е свален.',
    ],
    ['Съгласно подаденото заявление водоподаването към обекта е окончателно спряно от 01.08.2027 г.'],
  ])('reads "%s" as a cancellation confirmed', (text) => {
    expect(classify(text).kinds).toEqual(['cancellation.confirmed']);
  });

  it.each([
    // Near misses: a cut for debts, a temporary stop, a planned outage and a threat confirm nothing.
    ['Поради просрочени задължения доставката на газ е преустановена на 14.02.2027 г.'],
    ['По Ваше искане проверихме обекта: подаването на вода беше временно спряно заради авария.'],
    [
      'Доставката на ток беше преустановена на 03.03.2027 г. до заплащане на дълга, за което подадохте молба за разсрочване.',
    ],
    ['Ако заявлението не бъде подписано, доставката на природен газ ще бъде преустановена на 30.06.2027 г.'],
  ])('finds no cancellation confirmed in "%s"', (text) => {
    expect(classify(text).kinds).not.toContain('cancellation.confirmed');
  });
});

describe('Bulgarian blind round GM–GP', () => {
  it('takes a subscription number printed in brackets after its name', () => {
    expect(
      classify(
        'Напомняме Ви, че абонаментът Ви „Фитнес Плюс“ (№ FP-27-11052) ще бъде подновен автоматично на 1 юни.',
      ).reference,
    ).toBe('FP-27-11052');
    expect(classify('Вашата полица Каско Премиум (N KP-448120) изтича на 30.09.2026 г.').reference).toBe(
      'KP-448120',
    );
    // Near miss: a sum in brackets after the name is no reference.
    expect(classify('Абонамент Семеен (N 12 месеца) струва 480,00 лв.').reference).toBe(null);
  });
});

describe('Bulgarian blind round GQ–GT', () => {
  it('reads a membership card code in Cyrillic letters beside a stated refusal', () => {
    expect(
      classify(
        'Годишната ви карта МК-5521 остава активна, но за съжаление не можем да възстановим платената сума.',
      ).reference,
    ).toBe('МК-5521');
    // Near miss: a bank card is no membership number.
    expect(
      classify('За съжаление не можем да върнем таксата. Вашата банкова карта ВК-4432 не е таксувана отново.')
        .reference,
    ).toBe(null);
  });
});

describe('Bulgarian blind round GU–GX', () => {
  it('reads the customer’s own cancellation, named as the reason a deposit is kept, as no cancellation done', () => {
    expect(
      classify(
        'За съжаление не можем да Ви върнем капарото. Пътуването беше анулирано от Вас на 3.07.2026 г., т.е. след крайния срок, затова капарото се задържа като неустойка.',
      ).kinds,
    ).toEqual(['refund.rejected']);
    // Near miss: a cancellation made at the customer's request, stated on its own, is still done.
    expect(
      classify('Резервацията Ви беше анулирана по Ваше искане. Сумата ще бъде възстановена до 5 работни дни.')
        .kinds,
    ).toContain('cancellation.confirmed');
  });

  it('reads no promise in the result of a check promised within a time', () => {
    expect(
      promisesOf(
        'Приехме искането Ви за прекратяване на договора. Проверяваме дали е възможно, и ще Ви информираме за резултата в рамките на два работни дни.',
      ),
    ).toEqual([]);
    // Near miss: a refund promised within a time in the next sentence is still a promise.
    expect(
      promisesOf(
        'Ще Ви уведомим за резултата в рамките на два работни дни. Одобрената сума ще Ви бъде възстановена в рамките на 5 работни дни.',
      ),
    ).toEqual(['refund.confirmed 5 business_days']);
  });

  it('reads no promise in an outcome announced "до" a time', () => {
    expect(
      promisesOf(
        'Искането Ви за връщане на сумата е прието и е изпратено на магазина за преглед. Ще Ви уведомим за резултата до 3 работни дни.',
      ),
    ).toEqual([]);
    // Near miss: the refund itself promised "до" a time after the outcome is still a promise.
    expect(
      promisesOf(
        'Ще Ви информираме за резултата от проверката. Сумата ще бъде възстановена до 3 работни дни.',
      ),
    ).toEqual(['refund.confirmed 3 business_days']);
  });

  it('takes the policy number, not the dated incoming number of the application, beside a terminated policy', () => {
    expect(
      classify(
        'Във връзка с Вашето заявление вх. № 2291/14.03.2026 г. Ви уведомяваме, че застрахователна полица № 55012600087731 е прекратена считано от 15.03.2026 г.',
      ).reference,
    ).toBe('55012600087731');
    // Near miss: the dated incoming number of a refund request, with no policy stated terminated, stays the reference.
    expect(
      classify(
        'Във връзка с Вашето заявление вх. № 2291/14.03.2026 г. Ви уведомяваме, че надвнесената сума от 40,00 лв. ще бъде възстановена по полица № 55012600087731.',
      ).reference,
    ).toBe('2291/14.03.2026');
  });

  it('reads a reviewed complaint about a charged fee that is not returned as a refund refused', () => {
    const text =
      'Прегледахме рекламацията Ви за начислената такса от 15,00 лв. Таксата е събрана по действащата тарифа и не подлежи на връщане.';
    expect(classify(text).kinds).toEqual(['refund.rejected']);
    expect(moneyOf(text)).toBe('15.00 BGN');
    // Near miss: a reviewed complaint about a fee, with nothing refused, states no refund matter.
    expect(classify('Прегледахме рекламацията Ви за начислената такса от 15,00 лв.').kinds).toEqual([]);
  });

  it('does not take a voucher code as the reference', () => {
    expect(
      classify('Вместо връщане на парите Ви изпращаме ваучер за две вечери.\nКод на ваучера: VCH-71-ABQ')
        .reference,
    ).toBe(null);
  });
});

describe('Bulgarian blind round GY–HB', () => {
  it('reads a refund ordered for processing and still to be paid within a time as under way', () => {
    const text =
      'Абонаментът Ви е прекратен. Остатъкът от 35,00 лв. е нареден за обработка и ще Ви бъде преведен по банковата сметка в срок до 7 работни дни.';
    expect(classify(text).kinds).toEqual(['cancellation.confirmed', 'refund.received']);
    expect(promisesOf(text)).toEqual(['refund.confirmed 7 business_days']);
    // Near misses: a bank transfer ordered is money sent, and ordered and already transferred is paid,
    // whatever time the bank takes after it.
    expect(classify('Преводът на сумата е нареден. Ще я получите до 2 работни дни.').kinds).toEqual([
      'refund.confirmed',
    ]);
    expect(
      classify('Сумата е наредена и вече е преведена по сметката Ви; ще я видите до 3 работни дни.').kinds,
    ).toEqual(['refund.confirmed']);
  });

  it('takes a membership code beside a cancellation request when nothing stronger is printed', () => {
    expect(
      classify(
        'Получихме заявката Ви за прекратяване на членство KL-5530 (годишна карта). Ще Ви пишем, когато бъде обработена.',
      ).reference,
    ).toBe('KL-5530');
  });
});

describe('Bulgarian blind round HG–HJ', () => {
  it('reads a supply to be stopped within a time as the cancellation promised', () => {
    const text =
      'Приехме молбата Ви за закриване на партидата. Тя е заведена под № 4471. Наш служител ще отчете водомера и ще преустанови подаването на вода в рамките на 7 работни дни.';
    expect(promisesOf(text)).toContain('cancellation.confirmed 7 business_days');
    // Near miss: a refund counted from the stop of the supply promises only the refund.
    expect(
      promisesOf(
        'Приехме молбата Ви. Надвзетата сума ще Ви бъде възстановена в срок до 20 дни след преустановяването на подаването на вода.',
      ),
    ).toEqual(['refund.confirmed 20 days']);
  });

  it('takes a ski or season pass number as the reference of its refund', () => {
    expect(
      classify('Възстановихме Ви 150,00 лв. за закупената сезонна ски карта PK-4410 по банковата Ви сметка.')
        .reference,
    ).toBe('PK-4410');
    expect(classify('Сумата за лифт картата ВР-2207 Ви беше преведена днес.').reference).toBe('ВР-2207');
  });
});

describe('Bulgarian blind round HK–HN', () => {
  it('reads a subscription stated as terminated past a bracket that names its payment plan', () => {
    expect(
      classify(
        'Уведомяваме Ви, че абонаментът Ви за басейна (пакет „Семеен – тримесечно плащане“) е прекратен от 01.12.2026 г.',
      ).kinds,
    ).toEqual(['cancellation.confirmed']);
    // Near miss: a payment with its number in brackets stated as voided is still no service cancelled.
    expect(classify('Плащането по фактурата (№ 55102) е анулирано.').kinds).toEqual([]);
  });

  it('reads a refund hedged only by the check of the returned goods finding no damage as promised', () => {
    const text =
      'Върнатата стока пристигна в склада ни. Ако при прегледа на стоката не се установят дефекти, ще Ви възстановим 64,90 лв. по банков път в срок до 10 дни.';
    expect(classify(text).kinds).toEqual(['refund.received']);
    expect(promisesOf(text)).toEqual(['refund.confirmed 10 days']);
    // Near miss: a refund hedged by anything else stays a condition.
    expect(
      classify('Ако решите да върнете стоката, ще Ви възстановим сумата в срок до 10 дни.').kinds,
    ).toEqual([]);
  });

  it('takes the number a return request was registered under, printed on the next line', () => {
    expect(
      classify(
        'Получихме продукта по поръчка № 3302-11845. Заявлението Ви за връщане (в законовия срок) беше регистрирано\nпод № RT-20931. Сумата ще Ви бъде възстановена в срок до 14 дни.',
      ).reference,
    ).toBe('RT-20931');
  });

  it('reads no promise in a booking term counted in days before arrival', () => {
    expect(
      promisesOf(
        'Приехме искането Ви за възстановяване на капарото. Припомняме, че при анулация до 21 дни преди пристигането капарото се връща изцяло.',
      ),
    ).toEqual([]);
  });

  it('takes the paid total a later sentence says someone "ще преведе сумата"', () => {
    const text =
      'Заявката Ви за връщане на парите за отменения концерт е одобрена.\n\nБилети: 3 х 40,00 лв. = 120,00 лв.\n\nНашето счетоводство ще преведе сумата по банковата Ви сметка до 10 работни дни.';
    expect(classify(text).kinds).toEqual(['refund.received']);
    expect(moneyOf(text)).toBe('120.00 BGN');
  });
  it('reads a sum transferred "по банков път" after a sentence ending in "лв."', () => {
    expect(classify('Надвзетата такса е 45,50 лв. Тя Ви беше преведена по банков път вчера.').kinds).toEqual([
      'refund.confirmed',
    ]);
    // Near miss: the customer's own transfer to the vendor confirms nothing.
    expect(classify('Вашето плащане беше преведено по банков път и е получено.').kinds).toEqual([]);
  });

  it('reads a sum not refundable because of the fare the booking was made at as refused', () => {
    expect(
      classify(
        'Поръчката Ви е анулирана. Понеже билетът е закупен по промоционална цена, платената сума не подлежи на възстановяване.',
      ).kinds,
    ).toEqual(['cancellation.confirmed', 'refund.rejected']);
    // Near miss: the same rule as booking terms, with no reason about this booking, refuses nothing.
    expect(
      classify('При резервация по тарифа без връщане предплатената сума не подлежи на възстановяване.').kinds,
    ).toEqual([]);
  });

  it('reads a third party that "отказа възстановяване" as a refund refused', () => {
    expect(classify('Превозвачът отказа връщане на парите за билета.').kinds).toEqual(['refund.rejected']);
    expect(classify('Застрахователите отказаха да Ви възстановят таксата.').kinds).toEqual([
      'refund.rejected',
    ]);
    // Near miss: the noun "отказа" (the withdrawal) before a refund term is policy text.
    expect(
      classify('При отказа възстановяването на сумата става до 14 дни след получаване на стоката.').kinds,
    ).not.toContain('refund.rejected');
  });
});

describe('Bulgarian blind round II–IL', () => {
  it('takes the policy number after its quoted name ("полица „Дом“ № …") over a dated letter number', () => {
    expect(
      classify(
        'Във връзка с Ваше писмо вх. № 907/02.03.2026 Ви уведомяваме, че полица „Автокаско Плюс“ № 22-0417-5530 е прекратена от 05.03.2026 г.',
      ).reference,
    ).toBe('22-0417-5530');
    // Near miss: a contract's quoted name with no number after it names no reference.
    expect(classify('Договор „Домашен интернет“ беше прекратен по Ваше искане.').reference).toBeNull();
    // Near miss: a renewal reminder for a policy with a quoted name states no kind and names no reference.
    expect(
      classify('Напомняме Ви, че полица „Каско Стандарт“ N 22-0417-5530 изтича на 30.09.2026 г.').reference,
    ).toBeNull();
  });

  it('reads no refund promise in the customer\'s deadline to hand over the parcel ("Предайте пратката … в срок от")', () => {
    expect(
      promisesOf(
        'Товарителницата за връщане е прикачена към този имейл. Предайте колета на куриер в срок от 10 дни.\n\nЩе Ви възстановим парите в рамките на 14 дни.',
      ),
    ).toEqual(['refund.confirmed 14 days']);
    // Near miss: the refund promised within a time is still read.
    expect(promisesOf('Ще Ви възстановим сумата в срок от 10 дни след получаване на пратката.')).toEqual([
      'refund.confirmed 10 days',
    ]);
  });
});

describe('Bulgarian blind round IM–IP', () => {
  it('reads a refund approved by a named party ("ръководството одобри възстановяването на …") as received', () => {
    expect(
      classify('Ръководството на клуба одобри връщането на таксата за м. март по изключение.').kinds,
    ).toEqual(['refund.received']);
    expect(classify('Отделът за рекламации уважи възстановяването по Вашата поръчка.').kinds).toEqual([
      'refund.received',
    ]);
    // Near misses: an approval that is only hoped for, conditional or refused is no refund received.
    expect(classify('Ако ръководството одобри възстановяването на сумата, ще Ви уведомим.').kinds).toEqual(
      [],
    );
    expect(classify('Финансовият отдел не одобри възстановяването на таксата.').kinds).not.toContain(
      'refund.received',
    );
  });

  it('reads no promise in a past event dated days before another ("подаден 5 дни преди …")', () => {
    expect(
      promisesOf(
        'Одобрихме възстановяването, макар анулацията да дойде 3 дни преди пристигането. Сумата ще бъде преведена в рамките на 7 работни дни.',
      ),
    ).toEqual(['refund.confirmed 7 business_days']);
  });
});

describe('Bulgarian blind round IU–IX', () => {
  it('takes no voucher code as the reference of a notice ("Ваучер: …")', () => {
    expect(
      classify(
        'Здравейте, офертата беше спряна от партньора.\nВаучер: KX-40127-9B\nСумата е заредена като кредит във Вашия профил.',
      ).reference,
    ).toBeNull();
    // Near miss: an order number beside the voucher is still taken.
    expect(
      classify(
        'Здравейте, офертата беше спряна от партньора.\nВаучер: KX-40127-9B\nПоръчка № 5518207\nСумата е заредена като кредит във Вашия профил.',
      ).reference,
    ).toBe('5518207');
  });
});

describe('Bulgarian blind round IY–JB', () => {
  it('reads a contract ending after the notice period as the request received, not the cancellation done', () => {
    expect(
      classify(
        'Здравейте, получихме Вашето заявление за прекратяване на абонамента. Абонаментът ще бъде прекратен след изтичане на 30-дневното предизвестие, до 15.07.2026 г.',
      ).kinds,
    ).toEqual(['cancellation.received']);
    // Near miss: a contract ending on a date, with no notice to run, is still confirmed.
    expect(
      classify('Здравейте, абонаментът Ви ще бъде прекратен на 15.07.2026 г., както поискахте.').kinds,
    ).toContain('cancellation.confirmed');
  });

  it('reads a refund hedged only by no damage found on the returned goods as a promise', () => {
    expect(
      promisesOf(
        'Здравейте, приехме заявката Ви за връщане. Ако не бъдат открити повреди по уреда, ще Ви възстановим сумата в срок до 10 дни.',
      ),
    ).toEqual(['refund.confirmed 10 days']);
    // Near miss: a refund on another condition is no promise.
    expect(
      promisesOf(
        'Здравейте, приехме заявката Ви за връщане. Ако доставчикът одобри връщането, ще Ви възстановим сумата в срок до 10 дни.',
      ),
    ).toEqual([]);
  });
});

describe('Bulgarian blind round JG–JJ', () => {
  it('reads a refund handed to the finance department, money to follow within a time, as under way', () => {
    const text =
      'Уважаеми г-н Иванов, договорът Ви е прекратен считано от 01.11.2026 г. Връщането на надплатената сума е наредено към отдел "Плащания", а парите ще бъдат преведени по сметката Ви в срок до 10 дни.';
    expect(classify(text).kinds).toEqual(['cancellation.confirmed', 'refund.received']);
    expect(promisesOf(text)).toEqual(['refund.confirmed 10 days']);
    // Near miss: a refund already transferred back to the account is confirmed.
    expect(
      classify('Уважаеми г-н Иванов, възстановяването на надплатената сума вече е преведено по сметката Ви.')
        .kinds,
    ).toEqual(['refund.confirmed']);
  });
});

describe('Bulgarian blind round JO–JR', () => {
  it('takes the refunded total, not the unit price of "3 бр. x"', () => {
    expect(
      moneyOf(
        'Здравейте, одобрихме заявката Ви за възстановяване на сума за повредени чаши от поръчка 8812 (3 бр. x 12,30 лв.). Сумата от 36,90 лв. ще Ви бъде възстановена до 7 дни.',
      ),
    ).toBe('36.90 BGN');
    // Near miss: a refunded sum named alone, with no factor before it, is still taken.
    expect(moneyOf('Здравейте, възстановихме Ви 12,30 лв. по картата.')).toBe('12.30 BGN');
  });
});

describe('Bulgarian paid sums', () => {
  it('reads a sum followed by words saying the customer paid it as the price, not the refund named after it', () => {
    expect(
      moneyOf(
        'Получихме заявката ви за възстановяване на 35,00 лв., които сте платили. Начислява се административна такса. Възстановяването на 25,00 лв. ще бъде извършено в срок до 14 дни.',
      ),
    ).toBe('25.00 BGN');
  });
});

describe('Bulgarian transfers to an IBAN', () => {
  it('reads "Ви беше преведена … по IBAN" after a sum ending in "лв." as a refund done', () => {
    expect(
      classify(
        'Уважаема г-жо Илиева, по Вашата жалба установихме двойно удържана такса. Надвзетата сума е 8,40 лв. Ви беше преведена вчера по IBAN BG** **** **** 0917.',
      ).kinds,
    ).toEqual(['refund.confirmed']);
    // Near misses: a promise and a question.
    expect(classify('Сумата от 8,40 лв. Ви ще бъде преведена по IBAN до 5 работни дни.').kinds).not.toContain(
      'refund.confirmed',
    );
    expect(
      classify('Моля, потвърдете дали плащането от 8,40 лв. е преведено по IBAN на фирмата.').kinds,
    ).not.toContain('refund.confirmed');
  });
});

describe('Bulgarian cancellation terms opened by "при отмяна"', () => {
  it('reads a refund stated for a cancellation in general ("при анулиране … се възстановява") as policy', () => {
    expect(
      classify(
        'Благодарим за поръчката, билетът Ви е платен. При анулиране до 48 часа преди концерта сумата се възстановява без удръжки.',
      ).kinds,
    ).toEqual([]);
    expect(classify('При отказ от услугата в 14-дневен срок Ви възстановяваме пълната цена.').kinds).toEqual(
      [],
    );
    // Near miss: a refund done after the cancellation still reads as done.
    expect(
      classify('При анулиране на резервацията вече Ви възстановихме 40,00 лв. по картата.').kinds,
    ).toContain('refund.confirmed');
  });
});

describe('Bulgarian answers with a decision', () => {
  it('reads a reply "с решение" promised within a time as no promise', () => {
    expect(
      promisesOf(
        'Регистрирахме заявката Ви за връщане на парите. Отделът по рекламации ще Ви пише в срок до 5 работни дни с решение за възстановяването на сумата.',
      ),
    ).toEqual([]);
    // Near miss: the refund itself promised within a time stays a promise.
    expect(
      promisesOf(
        'Регистрирахме заявката Ви за връщане на парите. Ще Ви възстановим сумата до 5 работни дни.',
      ),
    ).toEqual(['refund.confirmed 5 business_days']);
  });
});

describe('Bulgarian notices that name a possible sum', () => {
  it('reads a notice of the termination and of "размера на евентуалната сума" within a time as a promise', () => {
    expect(
      promisesOf(
        'Регистрирахме молбата Ви за прекратяване на абонамента. Ще Ви изпратим потвърждение за прекратяването и за размера на евентуалната надплатена сума в срок до 7 работни дни.',
      ),
    ).toEqual(['cancellation.confirmed 7 business_days']);
    // Near miss: the possible sum itself paid within the time stays hypothetical.
    const text =
      'Регистрирахме молбата Ви за прекратяване на абонамента. Ще Ви уведомим за размера на евентуалната сума, която ще Ви бъде възстановена в срок до 14 дни.';
    expect(classify(text).kinds).toEqual(['cancellation.received']);
    expect(promisesOf(text)).toEqual([]);
  });
});

describe('Bulgarian blind round r5 fixes', () => {
  it('reads a refund promised of a sum charged twice as received, with its promise', () => {
    const text =
      'Установихме, че абонаментната такса е таксувана два пъти. Ще Ви възстановим двукратно удържаната сума от 12,40 € в срок до три работни дни.';
    expect(classify(text).kinds).toEqual(['refund.received']);
    expect(promisesOf(text)).toEqual(['refund.confirmed 3 business_days']);
  });

  it('does not confirm a refund only promised of a sum charged twice', () => {
    expect(classify('Ще Ви възстановим погрешно начислената такса до 7 дни.').kinds).toEqual([
      'refund.received',
    ]);
  });

  it('reads no promise in a count of paid or used hours', () => {
    expect(
      promisesOf(
        'Потвърждаваме, че от закупените 20 часа сте използвали 8. Сумата ще Ви бъде преведена в срок до 7 работни дни.',
      ),
    ).toEqual(['refund.confirmed 7 business_days']);
  });

  it('takes the fee the customer paid, not its conversion in brackets', () => {
    expect(moneyOf('Платената от теб такса от 45,00 € (88,01 лв.) е възстановена по картата ти.')).toBe(
      '45.00 EUR',
    );
  });

  it('still leaves out a fee that is not the refunded sum', () => {
    expect(
      moneyOf('Върнахме Ви 30,00 € по картата. Таксата за обработка от 2,00 € не се възстановява.'),
    ).toBe('30.00 EUR');
  });
});

describe('Bulgarian blind round LP–LR', () => {
  it('reads a trip named in a "който / която" clause as cancelled only as the background of the refund', () => {
    expect(
      classify(
        'По повод билетите Ви за концерта в София на 14.02.2027 г., който беше отменен от организатора, Ви уведомяваме, че върнахме цялата сума по картата Ви.',
      ).kinds,
    ).toEqual(['refund.confirmed']);
    expect(
      classify(
        'Относно пътуването Ви до Виена, което бе анулирано поради лошо време, днес Ви преведохме обратно 250 лв.',
      ).kinds,
    ).toEqual(['refund.confirmed']);
    // Near misses: the trip's cancellation stated in its own main clause, and a plan the customer ended, still count.
    expect(
      classify('Полетът Ви до Мадрид беше отменен от авиокомпанията. Преведохме Ви обратно цената на билета.')
        .kinds,
    ).toEqual(['cancellation.confirmed', 'refund.confirmed']);
    expect(classify('Потвърждаваме, че абонаментът, който ползвахте, беше прекратен.').kinds).toEqual([
      'cancellation.confirmed',
    ]);
  });
});
