import { describe, expect, it } from 'vitest';
import { classify, moneyOf, promisesOf } from './classify-helpers';

describe('English kinds', () => {
  it('reads no refund in "we will then issue a refund" after an offer to send the goods back', () => {
    expect(
      classify(
        'We could not stop the order as it had already left our warehouse. Should you not want the shoes, you may post them back within 30 days. We will then issue a refund to your card.',
      ).kinds,
    ).toEqual([]);
    // Near miss: "then" after a step the vendor states it will take still reads as a refund under way.
    expect(
      classify(
        'We have received your request to cancel the order. Our team will cancel it today. We will then refund the full £25.00 to your card.',
      ).kinds,
    ).toEqual(['cancellation.received', 'refund.received']);
  });

  it('reads the main clause after "as you told us" with an address holding commas', () => {
    expect(
      classify(
        'As you let us know you were leaving 3 Mill Lane, Leeds LS2 9JT, your water supply with us ended on 4 May and your account is now closed.',
      ).kinds,
    ).toEqual(['cancellation.confirmed']);
    // Near miss: the same clause, the account only to be closed later.
    expect(
      classify(
        'As you let us know you were leaving 3 Mill Lane, Leeds LS2 9JT, your account will be closed once we have your final reading.',
      ).kinds,
    ).not.toContain('cancellation.confirmed');
  });

  it('reads a plan "already set to end" with no further billing as a cancellation confirmed', () => {
    expect(
      classify(
        "We've looked into the charge on your account. Your subscription has already been set to end, so you will not be billed again.",
      ).kinds,
    ).toEqual(['cancellation.confirmed']);
    // Near miss: an end that still depends on the customer confirms nothing.
    expect(
      classify(
        'Your subscription has already been set to end unless you choose to renew. You will not be billed again.',
      ).kinds,
    ).toEqual([]);
  });

  it('takes the sum sent back, not the sum withdrawn on closing, as the refund', () => {
    expect(
      moneyOf(
        'Your plan has been closed as requested. Amount withdrawn to your nominated account: £1,480.00\nThe last monthly fee was taken after your request, so we have refunded it. £7.50 was sent back to your card on 4 May.',
      ),
    ).toBe('7.50 GBP');
  });

  it("does not take a property's ref. for the booking reference", () => {
    expect(
      classify(
        'The owner of Hillside Cabin (property ref. 7730) has withdrawn it, so we have cancelled your booking and refunded you in full.\n  Booking reference:  HC-55120\n  Dates:  3 - 7 May',
      ).reference,
    ).toBe('HC-55120');
    // Near miss: a bare ref. is still the reference.
    expect(
      classify('We have received your refund request. Please quote ref. 7730 when you call.').reference,
    ).toBe('7730');
  });

  it('reads a refund "sent to our finance team" as handed on, not paid', () => {
    const text =
      'We have approved a refund of £18.50 for the damaged mug. The refund has been sent to our accounts team and will be paid to your card within 3-5 working days.';
    expect(classify(text).kinds).toEqual(['refund.received']);
    expect(promisesOf(text)).toEqual(['refund.confirmed 5 business_days']);
    // Near miss: sent to the customer's bank, it is paid.
    expect(classify('Your refund has been sent to your bank and should show within 3 days.').kinds).toEqual([
      'refund.confirmed',
    ]);
  });

  it('reads a request for a deposit to be returned, passed to a team, as a refund acknowledged', () => {
    const text =
      'I have forwarded your request for the booking deposit to be refunded to our billing team, who will return it to your card within 7 days.';
    expect(classify(text).kinds).toEqual(['refund.received']);
    // Near miss: an instruction to the customer acknowledges nothing.
    expect(
      classify('Please forward your request for the deposit to be returned to our billing team.').kinds,
    ).toEqual([]);
  });

  it('reads a refund started, with a linking adverb before the verb, as a refund acknowledged', () => {
    expect(
      classify('We have therefore started a refund of the delivery charge to your Visa card.').kinds,
    ).toEqual(['refund.received']);
    expect(classify('We have therefore started a review of the delivery charge.').kinds).toEqual([]);
  });

  it('reads a named sum or premium that will not be returned as a refund refused', () => {
    expect(
      classify('We looked at your account again. The annual premium will not be refunded.').kinds,
    ).toEqual(['refund.rejected']);
    expect(
      classify('The £45.00 cannot be repaid until the returned parcel reaches our warehouse.').kinds,
    ).toEqual([]);
  });

  it('reads a request to refund, received, as a refund acknowledged', () => {
    expect(
      classify('We have received your request to refund the balance of £40.00 to your bank.').kinds,
    ).toEqual(['refund.received']);
    expect(classify('We cannot accept your request to refund the fee.').kinds).toEqual([]);
  });

  it('reads a request to cancel passed on to a team as a cancellation acknowledged', () => {
    expect(classify('I have passed your request to cancel the Pro plan to our accounts team.').kinds).toEqual(
      ['cancellation.received'],
    );
    expect(classify('We passed your request to cancel the visit to the engineer.').kinds).toEqual([]);
  });

  it('reads a vendor noticing auto-renew switched off, before a win-back offer, as no cancellation', () => {
    const noticed =
      'We saw that you have switched off automatic renewal for your Plus plan. Your plan stays active until 4 May 2027. ' +
      'Stay with us and get two months at half price.';
    expect(classify(noticed).kinds).toEqual([]);
    const stated =
      'You have switched off automatic renewal for your Plus plan. Your plan stays active until 4 May 2027.';
    expect(classify(stated).kinds).toEqual(['cancellation.confirmed']);
  });

  it('reads the only refunded sum past a voucher given on top of it', () => {
    expect(
      moneyOf(
        'Your order was cancelled by the restaurant.\n\nTotal: £23.60\n\nWe have refunded the full amount to your ' +
          'card.\n\nAs an apology, here is a £5.00 voucher for your next order.',
      ),
    ).toBe('23.60 GBP');
  });

  it('reads the sum the next sentence refunds, pointing back or naming its own', () => {
    expect(
      moneyOf(
        'The monthly plan is £12.00. You paid £120.00 for the annual plan. This amount has been refunded to your card.',
      ),
    ).toBe('120.00 GBP');
    expect(
      moneyOf('Your order total was £120.00. The amount of £20.00 has been refunded to your card.'),
    ).toBe('20.00 GBP');
  });

  it('reads a refund issued but held back as pending', () => {
    const held =
      'The seller has issued a refund of $20.00. Your refund is currently on hold while we review the case.';
    expect(classify(held).kinds).toEqual(['refund.received']);
    expect(classify(held).evidence).toContain('The seller has issued a refund of $20.00.');
    const released = 'Your refund of $20.00 has been issued, and your refund is no longer on hold.';
    expect(classify(released).kinds).toEqual(['refund.confirmed']);
  });

  it('reads a refund given as credit as no refund, unless a sentence sends money to a card or bank', () => {
    const asCredit =
      'Your refund has been processed. The $12.00 was refunded as store credit to your account.';
    expect(classify(asCredit, 'Your refund is complete').kinds).toEqual([]);
    const split =
      'We have refunded $20.00 to your Visa card. The remaining $5.00 was refunded as store credit.';
    expect(classify(split).kinds).toEqual(['refund.confirmed']);
    expect(classify('Your refund of $20.00 has been processed.').kinds).toEqual(['refund.confirmed']);
  });

  it.each([
    ['Your Premium plan has been cancelled. You will not be charged again.', ['cancellation.confirmed']],
    ['We have terminated your broadband contract as requested.', ['cancellation.confirmed']],
    ['Your flight LX 318 was cancelled by the airline.', ['cancellation.confirmed']],
    ['We received your request to cancel your gym membership.', ['cancellation.received']],
    ['Your cancellation request has been received and is being processed.', ['cancellation.received']],
    ['A refund of $14.00 has been issued to your Visa card.', ['refund.confirmed']],
    ["We've refunded the duplicate payment.", ['refund.confirmed']],
    ['We have received your refund request and will review it shortly.', ['refund.received']],
    ['Your refund has been approved and will be issued within 3 business days.', ['refund.received']],
    ['Your refund request was denied because the item was used.', ['refund.rejected']],
    ["Sorry, we can't refund gift cards.", ['refund.rejected']],
    [
      'Your booking has been cancelled and a full refund of €150.00 has been issued.',
      ['cancellation.confirmed', 'refund.confirmed'],
    ],
  ])('reads "%s" as %j', (text, kinds) => {
    expect(classify(text).kinds).toEqual(kinds);
  });

  it('reads a confirmation heading, but not a request-confirmation heading', () => {
    expect(
      classify('Thanks for shopping with us.', 'Cancellation Confirmation - Order #123-4567').kinds,
    ).toEqual(['cancellation.confirmed']);
    expect(classify('Thanks for writing to us.', 'Cancellation request confirmation').kinds).toEqual([]);
  });

  it('quotes the deciding sentence as evidence', () => {
    const result = classify('Hi Ana,\n\nYour membership has been cancelled.\n\nThanks, the team');
    expect(result.evidence).toEqual(['Your membership has been cancelled.']);
  });
});

describe('English: what is not a confirmation', () => {
  it.each([
    ['Your order has not been cancelled because it already shipped.'],
    ["We couldn't cancel your subscription. Please call us."],
    ['If you would like to cancel, visit your account page.'],
    ['Cancel anytime. No commitments.'],
    ['Your plan renews on 5 May for $9.99.'],
    ['Your payment was declined. Please update your card.'],
    ['Your order is on its way! Track your package.'],
    ['Instead of a refund, we have added a travel credit of $200 to your account.'],
    ['Would you like to cancel your order?'],
    ["We'll email you a receipt as soon as the refund has been issued."],
    ["We'll send you an email confirming the cancellation within 24 hours."],
    ['We noticed you started to cancel. Stay for $2.99/month instead! Unsubscribe'],
    [
      'A final confirmation that your contract has been terminated will be emailed to you within 5 business days.',
    ],
  ])('finds nothing confirmed in "%s"', (text) => {
    expect(classify(text).kinds.filter((kind) => kind.endsWith('.confirmed'))).toEqual([]);
  });

  it('reads a confirmation the message itself is, not one announced for later', () => {
    expect(
      classify(
        'This is your confirmation that your membership has been cancelled and you will not be charged again.',
      ).kinds,
    ).toEqual(['cancellation.confirmed']);
  });

  it('acknowledges nothing in a newsletter', () => {
    const newsletter =
      'Big sale! Return anything within 30 days and we will refund you.\n\nUnsubscribe | Privacy';
    expect(classify(newsletter).kinds).toEqual([]);
  });

  it('keeps an acknowledgement in the past tense even with a marketing footer and no order number', () => {
    const text =
      'We have received your request to cancel your membership.\n\nUnsubscribe from marketing emails | Manage preferences';
    expect(classify(text).kinds).toEqual(['cancellation.received']);
    expect(
      classify('Changed your mind? Return it and we will refund you.\n\nUnsubscribe from marketing emails')
        .kinds,
    ).toEqual([]);
    const listed =
      'We have received your two requests:\n1. cancellation of your broadband\n2. refund of the installation fee\n\nUnsubscribe from marketing emails';
    expect(classify(listed).kinds).toEqual(['cancellation.received', 'refund.received']);
  });

  it('keeps the acknowledgement of a mail about one order even with an unsubscribe footer', () => {
    const mail =
      'Order number: 37-55182\n\nThe event has been cancelled. We will refund the ticket price of £145.50 within 30 days.\n\nUnsubscribe | Privacy';
    expect(classify(mail).kinds).toEqual(['cancellation.confirmed', 'refund.received']);
  });

  it('tells the language of a bare heading without stop-words by its phrase', () => {
    const result = classify('Order Cancelled');
    expect(result.kinds).toEqual(['cancellation.confirmed']);
    expect(result.language).toBe('en');
  });

  it('reports the language unknown when neither stop-words nor phrases tell it', () => {
    expect(classify('Ticket 4471').language).toBeNull();
  });

  it('does not read "we refunded nothing" as a refund (negation after the verb)', () => {
    expect(classify('We refunded nothing, as the charges were correct.').kinds).toEqual([]);
  });

  it('does not acknowledge a cancellation the vendor could not carry out', () => {
    expect(
      classify(
        'We received your request to cancel. Unfortunately we could not cancel the order, it has shipped.',
      ).kinds,
    ).toEqual([]);
  });

  it('reads a refund offered once a parcel that could not be cancelled comes back as an option, not a request received', () => {
    const refused =
      'We received your request to cancel. Unfortunately we could not cancel the order, it has shipped.';
    expect(
      classify(`${refused} Once the parcel is back in our warehouse, we will refund the amount.`).kinds,
    ).toEqual([]);
    expect(
      classify(`${refused} We have also received your refund request and will process it within 5 days.`)
        .kinds,
    ).toEqual(['refund.received']);
  });

  it('drops the acknowledgement of a request once the thing is done', () => {
    expect(
      classify('We approved your request for a refund. A refund of £4.99 has been issued.').kinds,
    ).toEqual(['refund.confirmed']);
  });
});

describe('English requests acknowledged as a list', () => {
  it('reads each listed request under an acknowledging lead-in as received', () => {
    const result = classify(
      'We have received your two requests:\n1. cancellation of your broadband\n2. refund of the installation fee of £45.00',
    );
    expect(result.kinds).toEqual(['cancellation.received', 'refund.received']);
    expect(result.amount).toBe('45.00');
    expect(result.evidence).toContain(
      'We have received your two requests: 1. cancellation of your broadband',
    );
  });

  it('reads nothing under a lead-in that acknowledges nothing', () => {
    for (const leadIn of [
      'We have not received your requests:',
      'You can send us the following requests:',
      'If we have received your requests:',
    ]) {
      expect(classify(`${leadIn}\n1. cancellation of your broadband\n2. refund of the fee`).kinds).toEqual(
        [],
      );
    }
  });
});

describe('English promises', () => {
  it('reads no promise in a price "per 30 days" beside a cancellation request', () => {
    const text =
      'We have received your request to cancel your SIM plan (£8.00 per 30 days). Your plan will be cancelled within 2 working days.';
    expect(promisesOf(text)).toEqual(['cancellation.confirmed 2 business_days']);
  });

  it('reads an account closed with a spaced account number as cancelled', () => {
    expect(
      classify('We have ended your supply at the old address and your account 6120 334 87 is now closed.')
        .kinds,
    ).toEqual(['cancellation.confirmed']);
    expect(
      classify('Your account 6120 334 87 is closed temporarily while we check your meter.').kinds,
    ).toEqual([]);
  });

  it('reads an account with a spaced number that has been closed as cancelled', () => {
    expect(
      classify('Following your move, your energy account 7734 1092 58 has been closed as of 2 March.').kinds,
    ).toEqual(['cancellation.confirmed']);
    // Near miss: the same account closed only for now.
    expect(
      classify(
        'Your energy account 7734 1092 58 has been closed temporarily while we review the meter readings.',
      ).kinds,
    ).toEqual([]);
  });

  it('reads two promises with number words from one sentence', () => {
    expect(
      promisesOf(
        'I have submitted the cancellation and requested a refund. You will receive a cancellation confirmation email within one hour, and your refund will be processed within two business days.',
      ),
    ).toEqual(['cancellation.confirmed 1 hours', 'refund.confirmed 2 business_days']);
  });

  it('ends a temporal clause at a spaced hyphen typed for a dash', () => {
    expect(
      promisesOf(
        "We've got your request to cancel your mobile plan. Once the plan is closed you'll get a final confirmation from us - please allow up to 5 working days for that.",
      ),
    ).toEqual(['cancellation.confirmed 5 business_days']);
  });

  it('takes the upper bound of a range', () => {
    expect(
      promisesOf('Your refund request was approved. The refund will be processed within 5-10 business days.'),
    ).toEqual(['refund.confirmed 10 business_days']);
  });

  it('reads a compensation band of a delay ("25% for 15-29 minutes") as no promise', () => {
    expect(
      promisesOf(
        'We have received your compensation claim. Amount requested (25% for 15-29 minutes): £6.40. We will pay any compensation owed within 14 days.',
      ),
    ).toEqual(['refund.confirmed 14 days']);
    expect(
      promisesOf('Your claim has been received. Half of the fare for delays of 30 to 59 minutes: £9.00.'),
    ).toEqual([]);
    // A percentage refunded within a time is still a promise.
    expect(
      promisesOf('Your claim was approved. We will refund 50% of the fare to your card within 10 days.'),
    ).toEqual(['refund.confirmed 10 days']);
  });

  it('ignores how long the bank takes to post an issued refund', () => {
    expect(
      promisesOf(
        'Your refund has been processed. It may take 3-5 business days to appear on your statement.',
      ),
    ).toEqual([]);
  });

  it('ignores the customer’s own deadline and vague "soon"', () => {
    expect(
      promisesOf(
        'We received your return request. Please return the item within 14 days. We will refund you soon.',
      ),
    ).toEqual([]);
  });

  it('reads weeks and minutes', () => {
    expect(
      promisesOf('We received your request to close your account. It will be closed within two weeks.'),
    ).toEqual(['cancellation.confirmed 2 weeks']);
    expect(
      promisesOf('Your cancellation request was received. We will confirm it within 30 minutes.'),
    ).toEqual(['cancellation.confirmed 30 minutes']);
  });

  it('reads no duration in the minutes of a clock time', () => {
    expect(
      promisesOf(
        'Your cancellation request was received. You will get our confirmation by 09:30 hours tomorrow.',
      ),
    ).toEqual([]);
  });
});

describe('English amounts and references', () => {
  it.each([
    ['We have refunded $1,299.00 to your card.', '1299.00 USD'],
    ['A refund of £7.99 has been issued.', '7.99 GBP'],
    ['Refund amount: USD 45\nYour refund has been processed.', '45.00 USD'],
    ['Order total: $89.98\nRefund: $79.99\nWe have issued your refund.', '79.99 USD'],
    [
      'Total paid: $468.60\nNon-refundable amount: $156.20\nRefund: $312.40\nWe will issue your refund.',
      '312.40 USD',
    ],
  ])('reads the refund in "%s" as %s', (text, money) => {
    expect(moneyOf(text)).toBe(money);
  });

  it('reads a sum in brackets after words as a sum, and one after another figure as its conversion', () => {
    const pending =
      'We have received your refund request.\nPlan: Premium Monthly (£9.99)\nWe will process your refund within 5 days.';
    expect(moneyOf(pending)).toBe('9.99 GBP');
    expect(moneyOf('We are unable to refund the 47,98 € (93,84 лв.) you paid.')).toBe('47.98 EUR');
    const afterAYear =
      'Your membership fee for August 2026 (£30.00) was taken twice. We have refunded the duplicate payment.';
    expect(moneyOf(afterAYear)).toBe('30.00 GBP');
  });

  // A sum on a list or detail line is read by the line heading its block; a sum in prose has no heading.
  it.each([
    [
      'a total listed under a lead-in about the refund',
      'We have approved your claim for the lost parcel and will refund you:\n\n' +
        '   Item value .......... £20.00\n   Delivery charge ..... £3.50\n   Total ............... £23.50\n\n' +
        'The money will reach your account within 10 working days.',
      '23.50 GBP',
    ],
    [
      'the item of a refused request named in a lead-in',
      'We have reviewed your refund request for the following item:\n\nWireless headphones - £89.99\n\n' +
        'Unfortunately we are unable to refund this item, as it has been used.',
      '89.99 GBP',
    ],
    [
      "a refusal's only sum in the details under a sentence about the refund",
      'We have looked at your refund request for the tickets below.\n\nTicket type: Advance Single\n' +
        'Amount paid: £42.60\n\nUnfortunately we are unable to refund these tickets, as Advance fares are non-refundable.',
      '42.60 GBP',
    ],
    [
      'the details under a dated sentence about the refund',
      'Thank you for your message of 02.10.2026 asking us to refund your ticket.\n\n' +
        'Ticket: Saver Single, Hamburg to Berlin\nPrice: €39.90\n\nUnfortunately we are unable to refund this ticket.',
      '39.90 EUR',
    ],
    [
      "a refusal's only sum in the sentence before the refusal",
      'Your annual plan renewed on 3 March and you were charged $69.99. Because a reminder was sent beforehand, ' +
        "we're not able to refund this charge.",
      '69.99 USD',
    ],
    [
      "a refusal's only sum paragraphs before it, labelled as no price or payment",
      'Thanks for reaching out to us about the annual subscription payment of $179.00 taken on 2 November 2026.\n\n' +
        'We have had a look at your account and, I am sorry to say, we are not able to refund this payment. ' +
        'Annual subscriptions are not refundable once the new period has started.',
      '179.00 USD',
    ],
    [
      "a refusal's only sum two sentences before it, labelled as what was charged",
      'Your annual plan renewed on 3 March and you were charged $69.99. A reminder was sent 7 days beforehand. ' +
        "We're not able to refund this charge.",
      '69.99 USD',
    ],
    [
      "a refusal's only sum labelled as the price",
      'Thank you for returning your order.\n\nPurchase price: £349.00\n\n' +
        'After inspecting the item we have to decline your return and cannot give you your money back.',
      '349.00 GBP',
    ],
    [
      'no repair quote in prose beside a refusal',
      'We have inspected the laptop you returned, and we are not able to give you a refund for it.\n\n' +
        'If you would like it repaired, our service team can help: based on the inspection a repair would cost £189.00.',
      null,
    ],
  ])('reads %s', (_, text, money) => {
    expect(moneyOf(text)).toBe(money);
  });

  it('reads a refund of nothing as no refund', () => {
    const refunded = (sum: string) =>
      classify(`Your booking has been cancelled and ${sum} has been refunded to your card.`).kinds;
    expect(refunded('£0.00')).toEqual(['cancellation.confirmed']);
    expect(refunded('£12.00')).toEqual(['cancellation.confirmed', 'refund.confirmed']);
  });

  it('reads a trip the operator cancelled, named only as the reason of a refund, as background', () => {
    expect(
      classify(
        "As your flight was cancelled by the airline, you're entitled to a full refund of £80.00 with no fee.",
      ).kinds,
    ).toEqual([]);
    expect(
      classify(
        "We've processed your refund of £41.20. No admin fee was taken because the train was cancelled by the operator.",
      ).kinds,
    ).toEqual(['refund.confirmed']);
    expect(
      classify('Your flight BA 2490, cancelled due to strike action, has been refunded in full.').kinds,
    ).toEqual(['refund.confirmed']);
    expect(classify('Your flight BA 2490 has been cancelled due to strike action.').kinds).toEqual([
      'cancellation.confirmed',
    ]);
  });

  it('reads a cancellation dated and measured against a window as the reason of a refused refund', () => {
    const refusal =
      'Your policy was cancelled on 19 August 2026, which was more than four months after it started, so the charge ' +
      "stands. I'm sorry, but we cannot refund the £65.00 cancellation fee.";
    expect(classify(refusal).kinds).toEqual(['refund.rejected']);
    expect(
      classify("Your policy was cancelled on 19 August 2026. I'm sorry, but we cannot refund the £65.00 fee.")
        .kinds,
    ).toEqual(['cancellation.confirmed', 'refund.rejected']);
  });

  it("reads no statement in a newsletter's customer testimonial", () => {
    const newsletter =
      '2026 in numbers: 1.4 million journeys refunded.\n\n' +
      '"My train was cancelled and my refund was processed before I had left the station." - Sarah, Leeds';
    expect(classify(newsletter).kinds).toEqual([]);
    expect(classify('Your train was cancelled and your refund was processed today.').kinds).toEqual([
      'cancellation.confirmed',
      'refund.confirmed',
    ]);
  });

  it('reads a phrase across a Swiss sum written with a dash for its cents', () => {
    expect(promisesOf('Your refund of CHF 89.– will be processed within 5 business days.')).toEqual([
      'refund.confirmed 5 business_days',
    ]);
  });

  it('reports no amount when nothing is refunded', () => {
    expect(moneyOf('Your order has been cancelled. Item price: $25.00')).toBeNull();
  });

  it('reads four digits set apart from an order label by a sign, but no year or bare count', () => {
    const referenceOf = (text: string) => classify(`${text} We have refunded £8.70 to your card.`).reference;
    expect(referenceOf('Order number: 6714.')).toBe('6714');
    expect(referenceOf('Your order #5291.')).toBe('5291');
    expect(referenceOf('Your order #2025.')).toBeNull();
    expect(referenceOf('Your order 6714.')).toBeNull();
    // An abbreviated "number" sets the digits apart too ("n.", "Nr.", "n°", "no.").
    expect(referenceOf('Booking no. 5521.')).toBe('5521');
    expect(referenceOf('Booking no. 2026.')).toBeNull();
  });

  it('prefers the case number to the order number', () => {
    const text = 'Your refund for order 112-5550000-1234567 was denied.\nCase number: CS-77120';
    expect(classify(text).reference).toBe('CS-77120');
  });

  it('looks past a label whose next word is no identifier to the label after it', () => {
    expect(
      classify('Booking confirmation number QX77812. We have received your refund request.').reference,
    ).toBe('QX77812');
  });

  it('takes a case number shaped like a date when no date can be read in it, and never a date', () => {
    expect(classify('We have received your refund request.\nCase number: 26-07-3391').reference).toBe(
      '26-07-3391',
    );
    expect(classify('We have received your refund request.\nCase number: 2026-07-14').reference).toBe(null);
    expect(classify('We have received your refund request.\nCase number: 14.07.2026').reference).toBe(null);
  });

  it("takes a helpdesk's ticket tag in the subject as the case reference", () => {
    expect(classify('We have received your refund request.', '[#482913] Your refund request').reference).toBe(
      '482913',
    );
    expect(classify('Order 55120931 was refunded.', 'Re: [Ticket #77120] Refund').reference).toBe('77120');
    expect(classify('We have received your refund request.', 'Re: Refund [Case 04412987]').reference).toBe(
      '04412987',
    );
    expect(classify('We have received your refund request.', '[CAN-20261103-4471] Refund').reference).toBe(
      'CAN-20261103-4471',
    );
    expect(classify('We have received your refund request.', 'Refund [draft]').reference).toBe(null);
    expect(classify('We have received your refund request.', 'Refund [Offer 2026]').reference).toBe(null);
  });

  it('takes a code printed in lower case when digits make up a good part of it, and no word', () => {
    expect(classify('We have refunded your order q7xk-2b9m in full.').reference).toBe('q7xk-2b9m');
    expect(classify('We have refunded your order reference-2026 in full.').reference).toBe(null);
  });

  it('takes a number printed in digit groups whole, but not a count after it', () => {
    expect(classify('We have cancelled your contract. Contract number: 600 118 4472.').reference).toBe(
      '600 118 4472',
    );
    expect(classify('Your refund for order 55120 100 items has been processed.').reference).toBe('55120');
  });

  it('takes an order number when it is the only reference', () => {
    expect(classify('We have cancelled your order #402-1112223-3334445.').reference).toBe(
      '402-1112223-3334445',
    );
  });

  it('does not take a card or phone number for a reference', () => {
    expect(
      classify('Your refund was issued to your Visa ending in 4417. Call 0800 123 4567.').reference,
    ).toBeNull();
  });
});

describe('English refund passed to a team', () => {
  it('reads a matter passed to a team that will look into a refund as received', () => {
    expect(
      classify('We have passed it on to our accounts team, who will look into a refund for the extra charge.')
        .kinds,
    ).toEqual(['refund.received']);
  });
  it('does not read it as confirmed', () => {
    expect(
      classify('We have passed it on to our accounts team, who will look into a refund for the extra charge.')
        .kinds,
    ).not.toContain('refund.confirmed');
  });
  it('reads a time to respond to refund requests as no refund promise', () => {
    expect(
      promisesOf(
        'We have received your claim for a refund. Our team aims to reply to refund claims within 10 days.',
      ),
    ).toEqual([]);
  });
  it('still reads a refund paid within a time as a promise', () => {
    expect(
      promisesOf(
        'We have received your claim for a refund. Your refund will be paid within 10 working days.',
      ),
    ).toEqual(['refund.confirmed 10 business_days']);
  });
});

describe('English service stopped at the customer request', () => {
  it('reads a line that "stopped" on a date, as the customer asked, as a cancellation confirmed', () => {
    expect(classify('Your fibre and phone service stopped on 2 March 2026, as you requested.').kinds).toEqual(
      ['cancellation.confirmed'],
    );
  });
  it('does not read a line to be stopped, or one that stopped working, as confirmed', () => {
    expect(classify('Your fibre service will be stopped on 2 March, as you requested.').kinds).not.toContain(
      'cancellation.confirmed',
    );
    expect(classify('Your phone line stopped working last week, as you told us.').kinds).toEqual([]);
  });

  it("reads the main clause after the customer's report, opened 'as requested when you told us', as stated", () => {
    expect(
      classify(
        'As requested when you told us about your move, your broadband service at 14 Carlton Road, Leeds ended on 6 March 2026.',
      ).kinds,
    ).toEqual(['cancellation.confirmed']);
    expect(classify('When you told us about your move, we closed your account.').kinds).toEqual([
      'cancellation.confirmed',
    ]);
    expect(classify('You told us you had closed your account on 6 March.').kinds).toEqual([]);
  });

  it('reads a plan scheduled for deactivation only with a stated date as cancelled', () => {
    expect(
      classify(
        'Your server plan has been scheduled for deactivation and we will refund the fee within 7 days.',
      ).kinds,
    ).not.toContain('cancellation.confirmed');
    expect(classify('Your subscription is scheduled for cancellation on 2 February 2027.').kinds).toEqual([
      'cancellation.confirmed',
    ]);
    expect(classify('Your account is set to close at the end of the current billing period.').kinds).toEqual([
      'cancellation.confirmed',
    ]);
  });

  it('reads a "will" in the customer\'s reason clause, closed by a comma, as no future for what follows', () => {
    expect(
      classify('Since you will not be travelling any more, we have refunded £40.00 to your credit card.')
        .kinds,
    ).toEqual(['refund.confirmed']);
    expect(classify('Since the parcel is lost, we will refund £40.00 to your credit card.').kinds).toEqual([
      'refund.received',
    ]);
    expect(classify('As we will refund you shortly, your booking has been cancelled.').kinds).not.toContain(
      'refund.confirmed',
    );
  });
});

describe('English returns registered, refund once the goods are back', () => {
  it('reads a return booked or registered for the customer as a refund acknowledged, with the promised time', () => {
    const booked =
      'Your return for order 5530-17 was booked and a prepaid label is attached. ' +
      'Once the item arrives, we will refund you £59.00 within 10 working days.';
    expect(classify(booked).kinds).toEqual(['refund.received']);
    expect(promisesOf(booked)).toEqual(['refund.confirmed 10 business_days']);
    const registered =
      "We've registered your return. When the parcel has reached our depot and been inspected, we'll refund you within 5 working days.";
    expect(classify(registered).kinds).toEqual(['refund.received']);
  });

  it('reads the return total of a registered return as the sum to be refunded', () => {
    expect(
      moneyOf(
        'We have registered your return.\n\n1 x Desk lamp - £30.00\n1 x Bulb - £4.50\nReturn total: £34.50\n\n' +
          "Once the parcel arrives, we'll refund you within 5 working days.",
      ),
    ).toBe('34.50 GBP');
  });

  it('reads return policies and how-to text about registering a return as no refund', () => {
    expect(
      classify(
        'To register a return, use our portal. Once your parcel arrives at our warehouse, we will refund you within 5 working days.',
      ).kinds,
    ).toEqual([]);
    expect(
      classify(
        'You can register your return online. Once your return arrives, we will refund you within 14 days.',
      ).kinds,
    ).toEqual([]);
    expect(
      classify('Once your return has been registered, we will email you a prepaid label.').kinds,
    ).toEqual([]);
    expect(classify('Your return has not been registered yet.').kinds).toEqual([]);
  });
});

describe('English refund of a duplicate payment promised', () => {
  it('reads "will refund the duplicate payment" after a relative pronoun as a refund acknowledged', () => {
    expect(
      classify(
        'I have raised this with our accounts team, who will refund the double payment to your card after checking it.',
      ).kinds,
    ).toEqual(['refund.received']);
    expect(classify('Our accounts team will check whether we can refund the double payment.').kinds).toEqual(
      [],
    );
  });
});

describe('English round UE–UP: false confirmations', () => {
  it('reads a cancelled flight in a detail line of a refund request as background, not a cancellation', () => {
    const text = [
      'We have received your claim for a refund of booking QW7ZP1.',
      '',
      'Flight: XY481 Manchester - Lisbon, 14 June 2026 (cancelled)',
      'Refund requested: EUR 312.40',
    ].join('\n');
    expect(classify(text).kinds).toEqual(['refund.received']);
    expect(classify('Your flight QW7ZP1 has been cancelled.').kinds).toEqual(['cancellation.confirmed']);
    expect(classify('Booking: QW7ZP1 - cancelled\nWe have refunded £40.00 to your card.').kinds).toEqual([
      'cancellation.confirmed',
      'refund.confirmed',
    ]);
  });

  it('reads "no further charges after the cancellation goes through" as a cancellation still to come', () => {
    expect(
      classify(
        'We have received your request to cancel your plan. Your plan remains active until then, and you will not be charged again after the cancellation is completed.',
      ).kinds,
    ).toEqual(['cancellation.received']);
    expect(
      classify(
        'Your plan remains active until 3 May, and you won’t be charged again after your cancellation request has been processed.',
      ).kinds,
    ).not.toContain('cancellation.confirmed');
    expect(
      classify('Your plan has been cancelled and you will not be charged again after today.').kinds,
    ).toEqual(['cancellation.confirmed']);
  });
});

describe('English, rounds UQ–UT: thanks for a request to refund', () => {
  it('reads "thank you for your letter asking us to refund …" as the request received', () => {
    expect(
      classify(
        'Thank you for your letter of 3 March asking us to repay the balance left on your gas account. Our billing team will look at it.',
      ).kinds,
    ).toEqual(['refund.received']);
    expect(classify('Thank you for your message asking about our refund policy.').kinds).toEqual([]);
    expect(
      classify(
        'Thank you for your email asking us to refund the delivery charge. Unfortunately we are unable to refund this charge.',
      ).kinds,
    ).toEqual(['refund.rejected']);
  });
});

describe('English, rounds UQ–UT: the sum a delay qualifies for', () => {
  it('reads the sum a claim "qualifies for" as the one asked back, not the fare paid', () => {
    expect(
      moneyOf(
        'We have received your refund claim.\nTicket price: £30.00\n\nA delay of 35 minutes qualifies for half of the fare, which for your ticket comes to £15.00.',
      ),
    ).toBe('15.00 GBP');
    expect(
      moneyOf(
        'We have refunded £22.40 to your card. Orders over £50.00 qualify for free delivery next time.',
      ),
    ).toBe('22.40 GBP');
  });
});

describe('English, rounds UU–VB: a service with a three-word name ended', () => {
  it('reads "your unlimited home phone service ended on <date>" as cancelled, not its future tense', () => {
    expect(classify('Your unlimited home phone service ended on 2 May 2026.').kinds).toEqual([
      'cancellation.confirmed',
    ]);
    expect(classify('Your unlimited home phone service will end on 2 May 2026.').kinds).toEqual([]);
  });
});

describe('English, round VC–VJ: membership set to end', () => {
  it('reads "your membership has been set to end, so you will not be charged again" as cancelled', () => {
    expect(
      classify('Your yearly membership has been set to end, so you will not be charged again.').kinds,
    ).toEqual(['cancellation.confirmed']);
    expect(classify('Your free trial membership has been set to end.').kinds).toEqual([]);
    expect(classify('Your membership has been set to end unless you renew it by Friday.').kinds).toEqual([]);
  });
});

describe('English, round VK–VN', () => {
  it('reads an apology that a trip "was cancelled", beside a refund, as the refund only', () => {
    const refunded =
      'We apologise that your train was cancelled because of a signal failure. We have refunded your ticket in full to your card.';
    expect(classify(refunded).kinds).toEqual(['refund.confirmed']);
    // The news itself still confirms the cancellation.
    expect(
      classify(
        'We are sorry to tell you that your ferry crossing has been cancelled. We have refunded your ticket in full.',
      ).kinds,
    ).toEqual(['cancellation.confirmed', 'refund.confirmed']);
    expect(classify('Unfortunately your flight was cancelled due to a strike.').kinds).toEqual([
      'cancellation.confirmed',
    ]);
  });

  it('reads no promise in the time a holiday home owner has to answer', () => {
    const passedOn =
      'We have passed your request for a partial refund to the owner of the cottage. The owner has up to 7 working days to reply.';
    expect(classify(passedOn).kinds).toEqual(['refund.received']);
    expect(promisesOf(passedOn)).toEqual([]);
    expect(
      promisesOf('We have received your refund request. We will refund you within 7 working days.'),
    ).toEqual(['refund.confirmed 7 business_days']);
  });
});

describe('English, round VO–VR', () => {
  it('reads no vendor promise in the days the customer has to "drop it off"', () => {
    const returnApproved =
      'Your return has been approved and a prepaid label is attached. Please wrap the speaker in its box and drop it off at any post office within 10 days. Once it reaches us, we will refund you within 5 working days.';
    expect(promisesOf(returnApproved)).toEqual(['refund.confirmed 5 business_days']);
    expect(
      promisesOf(
        'We have received your return request. We will refund you within 5 working days after you drop it off at the post office.',
      ),
    ).toEqual(['refund.confirmed 5 business_days']);
  });
});

describe('English, round VW–VZ', () => {
  it('reads a subscription switched to the free plan, with no further charges, as ended', () => {
    expect(
      classify(
        'We have refunded your last payment. Your subscription has been moved back to the Basic Free plan, so you will not be charged again.',
      ).kinds,
    ).toEqual(['cancellation.confirmed', 'refund.confirmed']);
    expect(classify('Your account has now been switched to the free plan.').kinds).toEqual([]);
    expect(
      classify(
        'Your plan has been switched to a free trial month, so you will not be charged again until 1 March.',
      ).kinds,
    ).toEqual([]);
  });
  it('takes the "Amount claimed:" field over the ticket price in a refused claim', () => {
    expect(
      moneyOf(
        'We have looked at your compensation claim.\nTicket: Off-Peak Single, £38.40\nAmount claimed: £9.60\nUnfortunately we cannot approve this claim, as the delay was under 15 minutes.',
      ),
    ).toBe('9.60 GBP');
    expect(
      moneyOf(
        'We have looked at your refund request.\nTicket: Off-Peak Single, £38.40\nUnfortunately we cannot approve a refund, as the ticket was used.',
      ),
    ).toBe('38.40 GBP');
  });
});

describe('English blind round WA–WD', () => {
  it('reads a return the customer registered, thanked for by the shop, as a refund acknowledged', () => {
    expect(
      classify(
        'Thanks for registering your return. Print the prepaid label and drop the box at a post office.',
      ).kinds,
    ).toEqual(['refund.received']);
    expect(classify('Thank you for creating your return request for order 88120.').kinds).toEqual([
      'refund.received',
    ]);
    // A return journey booked is travel, not goods sent back.
    expect(classify('Thanks for booking your return journey to Leeds with us.').kinds).toEqual([]);
    expect(classify('Thanks for registering your return flight details online.').kinds).toEqual([]);
  });

  it('counts "the money will be sent" within days of "this statement" (the letter itself) as a refund promise', () => {
    expect(
      promisesOf(
        'We will refund the £18.60 credit to your bank account. There is nothing you need to do. The money will be sent within 7 working days of this statement.',
      ),
    ).toEqual(['refund.confirmed 7 business_days']);
    // A bank statement is still bank posting time.
    expect(
      promisesOf(
        'We have refunded £18.60 to your card. It can take up to 7 days to appear on your statement.',
      ),
    ).toEqual([]);
  });
});

describe('English blind round WE–WH', () => {
  it("reads an apology for a flight cancelled, with its number, route and date, as the refund's reason only", () => {
    expect(
      classify(
        'We are sorry that your train 1S42 from Leeds to London King’s Cross on 4 March 2027 was cancelled because of a signal fault. We have refunded £54.20 to your card.',
      ).kinds,
    ).toEqual(['refund.confirmed']);
    // Stated as the news, without an apology, the cancellation counts.
    expect(
      classify(
        'Your train 1S42 from Leeds to London King’s Cross on 4 March 2027 has been cancelled. We have refunded £54.20 to your card.',
      ).kinds,
    ).toEqual(['cancellation.confirmed', 'refund.confirmed']);
  });
});

describe('English blind-round fixes (WI–WL)', () => {
  it('reads a complaint raised as a refund request with a team as the refund acknowledged', () => {
    expect(classify('We have logged your complaint with the accounts team as a refund claim.').kinds).toEqual(
      ['refund.received'],
    );
    expect(classify('I have passed your message to our billing team as a general complaint.').kinds).toEqual(
      [],
    );
  });

  it('reads a claim approved and paid in one clause as a refund done', () => {
    expect(classify("We've accepted your claim and paid £18.60 into your bank account.").kinds).toEqual([
      'refund.confirmed',
    ]);
    expect(
      classify('We have approved your claim and will pay £18.60 into your bank account.').kinds,
    ).not.toContain('refund.confirmed');
  });

  it('promises the confirmation sent with a final bill after a cancellation request', () => {
    const text =
      'We have received your request to cancel your contract. Our team will send you a confirmation and the final bill within 5 working days.';
    expect(promisesOf(text)).toEqual(['cancellation.confirmed 5 business_days']);
    expect(
      promisesOf(
        'We have received your request to cancel your contract. Your final bill follows within 5 working days.',
      ),
    ).toEqual([]);
  });
});

describe('English main clauses after a temporal clause without a comma', () => {
  it('reads the refund promised once the parcel is back, as with a comma', () => {
    const text =
      "Thanks for booking your return. Once the item gets to our warehouse we'll inspect it and refund you within 10 days.";
    expect(promisesOf(text)).toEqual(['refund.confirmed 10 days']);
  });

  it('keeps a refund promised once a claim is approved hypothetical', () => {
    const text =
      "We've received your refund request. Once your claim is approved we will pay it back within 10 days.";
    expect(promisesOf(text)).toEqual([]);
  });
});

describe('English blind round WQ-WT fixes', () => {
  it('reads a cancelled service named with its time and date as the reason for a refund, not as news', () => {
    const reason =
      'Your refund has been processed. As the 17:15 Leeds to York service on 2 March 2027 was cancelled, no fee was taken.';
    expect(classify(reason).kinds).toEqual(['refund.confirmed']);
    expect(
      classify('Your 17:15 Leeds to York service on 2 March 2027 was cancelled. We have refunded the fare.')
        .kinds,
    ).toEqual(['cancellation.confirmed', 'refund.confirmed']);
  });

  it('reads a refund to the original payment method that cannot be approved as a refund refused', () => {
    expect(
      classify('Sadly we cannot approve a refund to your original method of payment for this booking.').kinds,
    ).toEqual(['refund.rejected']);
    expect(
      classify(
        'We cannot approve a refund to your original card, so we have sent the money by bank transfer.',
      ).kinds,
    ).not.toContain('refund.rejected');
    expect(
      classify(
        'We are unable to approve a refund to your original payment method until the dispute is closed.',
      ).kinds,
    ).toEqual([]);
  });

  it('keeps a promise after checking whether the customer is within a term', () => {
    const text =
      'We have received your request to cancel your phone line. Our team will check whether you are within your contract period and then send you a confirmation of your end date within 3 working days.';
    expect(promisesOf(text)).toEqual(['cancellation.confirmed 3 business_days']);
    const dated =
      'We have received your request to cancel your phone line. Our team will check whether it was sent within 3 working days and then email you.';
    expect(promisesOf(dated)).toEqual([]);
  });

  it('keeps a refund promise after the customer has given their bank details', () => {
    expect(
      promisesOf(
        'Since you have given us your bank details, we will refund the balance to your account within 7 working days.',
      ),
    ).toEqual(['refund.confirmed 7 business_days']);
    expect(promisesOf('We will refund the balance. You have 7 days to send us your bank details.')).toEqual(
      [],
    );
  });
  it('reads an airline e-ticket number as no support ticket, beside the booking code', () => {
    const text =
      'Your flight has been cancelled.\n\nBooking code: ZXRTQP\nPassenger: J. Moss   Ticket 125 4410 228 901\n\nWe have refunded the fare to your card.';
    expect(classify(text).reference).toBe('ZXRTQP');
    const support =
      'Your flight has been cancelled.\n\nBooking code: ZXRTQP\nTicket: 4410228\n\nWe have refunded the fare to your card.';
    expect(classify(support).reference).toBe('4410228');
  });
});

describe('English supply accounts closed "with us"', () => {
  it('reads "your … account with us closed on <date>" after a move as a cancellation', () => {
    expect(
      classify(
        'Thank you for telling us about your move. Your water account with us closed on 12 August 2026 and your final bill is attached.',
      ).kinds,
    ).toEqual(['cancellation.confirmed']);
    expect(
      classify('If your account with us closed on 12 August, please send us your final reading.').kinds,
    ).toEqual([]);
    expect(
      classify('Your account with us closed on 12 August for new orders while we check your details.').kinds,
    ).toEqual([]);
  });
});

describe('English blind round XC–XF', () => {
  it.each([
    // A return refused after a refund was asked for refuses the refund.
    [
      'Thank you for sending back the headphones and asking for your money back. Sadly we cannot accept the return, as the seal on the box has been broken.',
      ['refund.rejected'],
    ],
    // Near misses: a return refused only for a while, generic returns policy, or a label.
    [
      'Thank you for your request to return the jacket for a refund. We are unable to accept the return until the item is back with us.',
      [],
    ],
    [
      'Thank you for your request to return the jacket for a refund. We are unable to accept the return of items bought in the sale.',
      [],
    ],
    [
      'Thank you for your request to return the jacket for a refund. We are unable to accept the return label you created, so please use the attached one.',
      [],
    ],
  ])('reads "%s" as %j', (text, kinds) => {
    expect(classify(text).kinds).toEqual(kinds);
  });
});

describe('English blind round XG–XJ', () => {
  it('reads "unable to agree to a refund" as a refusal', () => {
    expect(
      classify(
        "We have gone through your case again. I'm afraid we are unable to agree to a refund of the booking fee, as it is non-refundable under our terms.",
      ).kinds,
    ).toEqual(['refund.rejected']);
    // Near miss: held back only until something happens, it refuses nothing.
    expect(
      classify('We are unable to agree to a refund until the courier has confirmed the parcel was lost.')
        .kinds,
    ).not.toContain('refund.rejected');
  });

  it('reads the auto-renewal of a named product switched off as the plan ended', () => {
    expect(
      classify('Your refund is on its way. The auto-renewal on your premium video plan has been turned off.')
        .kinds,
    ).toContain('cancellation.confirmed');
    // Near miss: asked to check it, the vendor confirms nothing.
    expect(
      classify('Please make sure the auto-renewal for your plan has been switched off in the app settings.')
        .kinds,
    ).not.toContain('cancellation.confirmed');
  });
});

describe('English blind round XO–XR', () => {
  it('takes the "Amount refunded" line over the gross refund value above a fee', () => {
    const text =
      'Your refund has been paid.\n\nRefund value:    £420.00\nLess admin fee:  £10.00\nAmount refunded: £410.00\nPaid to:         Mastercard ending 1122';
    expect(moneyOf(text)).toBe('410.00 GBP');
    // Near miss: with no such line, the refund value is still the sum.
    expect(
      moneyOf(
        'Your refund has been paid.\n\nRefund value:    £420.00\nPaid to:         Mastercard ending 1122',
      ),
    ).toBe('420.00 GBP');
  });

  it('reads a refund that "will reach your" card or account as under way', () => {
    const text =
      'Your table reservation has been cancelled. Your deposit refund will reach your original payment card within 3-5 working days.';
    expect(classify(text).kinds).toEqual(['cancellation.confirmed', 'refund.received']);
    expect(promisesOf(text)).toEqual(['refund.confirmed 5 business_days']);
    // Near miss: reaching the account only if it is approved, nothing is under way.
    expect(
      classify('If your claim is approved, the refund will reach your account within 10 days.').kinds,
    ).toEqual([]);
  });
});

describe('English blind round XW–XZ', () => {
  it('reads a dated "your account … with <vendor> was closed on" as a cancellation', () => {
    expect(
      classify(
        'Your gas account 7781203 with Northwind Energy was closed on 4 March using your final reading.',
      ).kinds,
    ).toEqual(['cancellation.confirmed']);
    expect(classify('Your broadband account with us was closed on 12 May.').kinds).toEqual([
      'cancellation.confirmed',
    ]);
    // Near misses: undated, or inside a temporal clause.
    expect(classify('Your gas account with Northwind Energy was closed in error.').kinds).toEqual([]);
    expect(
      classify('When your account with Northwind Energy was closed on 4 March, a reading was missing.').kinds,
    ).not.toContain('cancellation.confirmed');
  });

  it('reads "we have approved and paid your claim" as a refund paid', () => {
    expect(classify('We have now approved and paid your compensation claim.').kinds).toEqual([
      'refund.confirmed',
    ]);
    expect(classify("We've paid your Delay Repay claim to your card.").kinds).toEqual(['refund.confirmed']);
    // Near misses: a claim still to be paid, and an insurance claim.
    expect(classify('We will pay your claim once our assessor has seen the photos.').kinds).not.toContain(
      'refund.confirmed',
    );
    expect(classify('We have approved and paid your home insurance claim.').kinds).not.toContain(
      'refund.confirmed',
    );
  });

  it('takes the sum that "will not be returned" as the refused one', () => {
    const text =
      'We are unable to refund your booking. Under the fare rules, no refund is due. The fare of £52.10 will therefore not be returned.';
    expect(classify(text).kinds).toEqual(['refund.rejected']);
    expect(moneyOf(text)).toBe('52.10 GBP');
  });
});

describe('English blind round YA-YD fixes', () => {
  it('reads thanks for asking us to refund, or for a request for a refund, as the request received', () => {
    expect(classify('Thanks for asking us to refund the overpayment on your account.').kinds).toEqual([
      'refund.received',
    ]);
    expect(classify('Thank you for asking us to reimburse your parking costs.').kinds).toEqual([
      'refund.received',
    ]);
    expect(classify('Thank you for requesting a refund of your annual fee.').kinds).toEqual([
      'refund.received',
    ]);
    expect(classify('Thanks for your request for a partial refund on the tent.').kinds).toEqual([
      'refund.received',
    ]);
    // Near misses: a form asked for, a refusal, and a return to be arranged by the customer.
    expect(classify('Thank you for requesting a refund form. It is attached.').kinds).toEqual([]);
    expect(
      classify(
        'Thanks for asking us to refund the booking. Unfortunately we are unable to refund it as it was a non-refundable rate.',
      ).kinds,
    ).toEqual(['refund.rejected']);
    expect(classify('Thanks for asking us to return your call. We will ring you on Monday.').kinds).toEqual(
      [],
    );
  });

  it('reads a charge passed to a team "to be refunded" as a refund under way', () => {
    const text =
      'The payment of £45.00 should not have been taken, so I have forwarded it to our billing team to be refunded.';
    expect(classify(text).kinds).toEqual(['refund.received']);
    expect(moneyOf(text)).toBe('45.00 GBP');
    expect(classify('I have sent this to our accounts department to be reimbursed.').kinds).toEqual([
      'refund.received',
    ]);
    // Near misses: passed on to be reviewed, and to be invoiced.
    expect(classify('I have passed it to our finance team to be reviewed.').kinds).toEqual([]);
    expect(classify('I have passed this to our billing team to be invoiced next month.').kinds).toEqual([]);
  });
});

describe('English blind round YE-YH fixes', () => {
  it('reads a regret repeated for a flight the airline cancelled as background of the refund claim', () => {
    const text =
      "We're sorry again that flight XY 101 from Bristol to Dublin on 4 March was cancelled. Your refund request is with our payments team, and we'll pay it back to your card within 10 days.";
    expect(classify(text).kinds).toEqual(['refund.received']);
    expect(
      classify(
        'We apologise once more that your train to York on 2 May was cancelled. We have received your refund claim.',
      ).kinds,
    ).toEqual(['refund.received']);
    // Near misses: the cancellation told as news stays confirmed.
    expect(classify('We are sorry to tell you that flight XY 101 on 4 March was cancelled.').kinds).toEqual([
      'cancellation.confirmed',
    ]);
    expect(
      classify("Your flight XY 101 has been cancelled. We're sorry again for the trouble.").kinds,
    ).toEqual(['cancellation.confirmed']);
  });

  it('reads a supply closed by the energy company as the cancellation done', () => {
    expect(
      classify("We've now closed your gas supply at the old flat, using the reading you sent.").kinds,
    ).toEqual(['cancellation.confirmed']);
    expect(
      classify('We have closed your electricity and gas supplies at your previous address.').kinds,
    ).toEqual(['cancellation.confirmed']);
    // Near miss: a query about the supply closed.
    expect(classify("We've closed your supply query as resolved.").kinds).toEqual([]);
  });

  it('reads a return set up or authorised as the refund under way, with its returns number', () => {
    const text =
      "We've set up your return. Once the jacket is back with us, we'll refund £60.00 to your card within 5 working days.";
    expect(classify(text).kinds).toEqual(['refund.received']);
    expect(promisesOf(text)).toEqual(['refund.confirmed 5 business_days']);
    const numbered = 'Your return has been authorised.\nReturns number: RT-5521\nOrder: 7781-22';
    expect(classify(numbered).kinds).toEqual(['refund.received']);
    expect(classify(numbered).reference).toBe('RT-5521');
    // Near miss: the customer is asked to set it up.
    expect(classify('Please set up your return in the returns portal.').kinds).toEqual([]);
  });

  it('reads a cancellation that could not be processed by email as no cancellation', () => {
    expect(
      classify(
        "Thanks for your email asking us to cancel your subscription. Unfortunately we haven't been able to process your cancellation by email, as the details do not match. Please call us.",
      ).kinds,
    ).toEqual([]);
    // Near miss: a request received by email is still acknowledged.
    expect(
      classify('We have received your request to cancel by email and will process it shortly.').kinds,
    ).toEqual(['cancellation.received']);
  });

  it('reads a cancellation restated "as discussed" as background, not as this letter\'s confirmation', () => {
    const text =
      'As discussed with our front desk last week, your room booking was cancelled in good time, so the charge was made in error. I have now refunded the £92.00 to your Visa card.';
    expect(classify(text).kinds).toEqual(['refund.confirmed']);
    // Near miss: a cancellation carried out in this letter after "as discussed" is still confirmed.
    expect(classify('As discussed on the phone, we have closed your account.').kinds).toEqual([
      'cancellation.confirmed',
    ]);
    expect(classify('As discussed, your membership has been cancelled.').kinds).toEqual([
      'cancellation.confirmed',
    ]);
  });

  it('reads "no refund of premium can be made" as a refund refused', () => {
    expect(
      classify(
        'We have looked at your request. As a claim was settled this year, no refund of the remaining premium can be made.',
      ).kinds,
    ).toEqual(['refund.rejected']);
    // Near miss: a refund of premium that was made is no refusal.
    expect(classify('A refund of the remaining premium has been made to your account.').kinds).not.toContain(
      'refund.rejected',
    );
  });

  it('keeps a promised cancellation confirmation that will also give the final bill date', () => {
    const text =
      'We have received your request to end your contract. A member of our team will look at it and send you a cancellation confirmation within three working days with your final bill date.';
    expect(promisesOf(text)).toEqual(['cancellation.confirmed 3 business_days']);
    // Near miss: the final bill itself within a time is no confirmation promised.
    expect(
      promisesOf(
        'We have received your request to end your contract. Your final bill will follow within 14 days.',
      ),
    ).not.toContain('cancellation.confirmed 14 days');
  });

  it('reads a sum returned to a card named by its brand as a refund paid', () => {
    expect(classify('We have today returned the £31.20 to your Mastercard debit card.').kinds).toEqual([
      'refund.confirmed',
    ]);
    // Near miss: the same sent to a gift card is no money refund.
    expect(classify('We have returned the £31.20 to your gift card.').kinds).not.toContain(
      'refund.confirmed',
    );
  });
});

describe('English: a confirmation after "as discussed"', () => {
  it('still reads a confirmation spoken now after "as discussed with our team"', () => {
    expect(
      classify(
        "As discussed with our team, we're confirming that your broadband service will stop on 31 May 2026.",
      ).kinds,
    ).toEqual(['cancellation.confirmed']);
  });

  it('reads "unable to pay your claim" as a refund refused', () => {
    const text =
      'Thank you for your claim. As compensation is only due for delays of a quarter of an hour or more, we cannot pay your claim this time.';
    expect(classify(text).kinds).toEqual(['refund.rejected']);
    // Near misses: a claim paid only once evidence arrives, or a warranty claim, is no refund refused.
    expect(
      classify('We are unable to pay your compensation claim until we receive a copy of your ticket.').kinds,
    ).not.toContain('refund.rejected');
    expect(
      classify('We cannot pay your insurance claim, as the policy gives no compensation for wear and tear.')
        .kinds,
    ).not.toContain('refund.rejected');
  });

  it('reads a return that "is booked in" or "is now registered" as a refund acknowledged', () => {
    expect(
      classify('Hello Sam, your return is now registered. Please pack the item securely.').kinds,
    ).toEqual(['refund.received']);
    expect(classify('Good news: your return (order 55102) is booked in.').kinds).toEqual(['refund.received']);
    // Near miss: a return still to be booked is no acknowledgement.
    expect(classify('Once your return is booked in, we will email you a label.').kinds).toEqual([]);
  });
});

describe('English blind round YU–YX', () => {
  it('reads a delay claim settled in vouchers, as the customer chose, as no refund', () => {
    expect(
      classify(
        'Thanks for your compensation claim for the 18:05 service, which ran 35 minutes late. You chose travel vouchers as your payment preference, so we have emailed you a voucher worth £6.20.',
      ).kinds,
    ).toEqual([]);
    expect(
      classify(
        'Thank you for your Delay Repay claim. Your compensation of £3.10 was paid in rail travel vouchers, sent to you by post today.',
      ).kinds,
    ).toEqual([]);
    // Near miss: vouchers as what cannot be refunded give nothing instead; the refusal stands.
    expect(classify('Unfortunately we are unable to refund unused vouchers.').kinds).toEqual([
      'refund.rejected',
    ]);
    // Near miss: a claim settled in money, to the payment preference's bank account, is still a refund.
    expect(
      classify(
        'Thank you for your Delay Repay claim. As your payment preference is bank transfer, we have paid £3.10 into your bank account today.',
      ).kinds,
    ).toEqual(['refund.confirmed']);
  });
});

describe('English blind round ZC–ZF', () => {
  it('reads a cancellation named only in a clause opening with "before … was" as background', () => {
    const text =
      'The exit fee was shown on the form you signed before your membership was terminated. We regret that we cannot refund the £40.00 exit fee.';
    expect(classify(text).kinds).toEqual(['refund.rejected']);
    expect(
      classify(
        'The fee was explained to you on the phone before the cancellation was processed, so we are unable to refund it.',
      ).kinds,
    ).toEqual(['refund.rejected']);
    // Near miss: a cancellation stated as done before the "before" still counts.
    expect(classify('Your cancellation has been processed before the renewal was charged.').kinds).toEqual([
      'cancellation.confirmed',
    ]);
  });

  it('reads "we\'ve got your message asking us to cancel" as a cancellation acknowledged', () => {
    const text =
      "Hello Priya, we've received your email asking us to end your gym membership. Our membership team will process it within 5 working days.";
    expect(classify(text).kinds).toEqual(['cancellation.received']);
    expect(promisesOf(text)).toEqual(['cancellation.confirmed 5 business_days']);
    expect(
      classify(
        'Hi Tom, we have got your note requesting to delete your account. We will be in touch shortly.',
      ).kinds,
    ).toEqual(['cancellation.received']);
    // Near misses: a message about a direct debit or a visit, or one not yet received, acknowledges no cancellation.
    expect(
      classify("We've got your message asking us to cancel the direct debit for last month's invoice.").kinds,
    ).toEqual([]);
    expect(classify("We've got your message asking us to cancel tomorrow's delivery slot.").kinds).toEqual(
      [],
    );
    expect(
      classify("Once we've got your email asking us to close the account, we'll send you a form.").kinds,
    ).toEqual([]);
  });

  it('acknowledges no cancellation the vendor could not carry out after "we got your email asking us to cancel"', () => {
    expect(
      classify(
        "We've had your email asking us to cancel, but the parcel had already left our warehouse, so we are no longer able to stop it.",
      ).kinds,
    ).toEqual([]);
    expect(
      classify(
        'We received your email asking us to cancel your gym membership. We do not accept cancellations by email. Your membership remains active until we receive a signed cancellation form.',
      ).kinds,
    ).toEqual([]);
    // Near miss: a membership active until the end of the paid month, the request taken, is still acknowledged.
    expect(
      classify(
        'We received your email asking us to cancel your gym membership. Your membership remains active until the end of June.',
      ).kinds,
    ).toEqual(['cancellation.received']);
  });

  it('reads a date window "falls within 28 days of arrival" as no promise', () => {
    const text =
      'We have received your request to cancel your stay. As your cancellation falls within 14 days of arrival, we will first try to resell the room. We will confirm the cancellation in writing within 3 working days.';
    expect(promisesOf(text)).toEqual(['cancellation.confirmed 3 business_days']);
    // Near miss: a confirmation promised within days of a date is still a promise.
    expect(
      promisesOf('We have received your request to cancel. We will confirm the cancellation within 5 days.'),
    ).toEqual(['cancellation.confirmed 5 days']);
  });

  it('reads "Sadly, we weren\'t able to approve it" after a refund request reviewed as a refund refused', () => {
    const text =
      "We have looked at your refund request for the yearly plan. Sadly, we weren't able to approve it, as the purchase falls outside our 14-day window.";
    expect(classify(text).kinds).toEqual(['refund.rejected']);
    // Near miss: not approved yet, until a document comes, is no refusal.
    expect(
      classify(
        "We have looked at your refund request for the yearly plan. Sadly, we aren't able to approve it until we receive the invoice.",
      ).kinds,
    ).not.toContain('refund.rejected');
  });

  it('reads "we\'ll pay the credit balance of … back" as a refund under way with its promise', () => {
    const text =
      "Thank you for sending your closing meter reading. We'll pay the credit balance of €25.10 back into your bank account within 7 working days.";
    expect(classify(text).kinds).toEqual(['refund.received']);
    expect(promisesOf(text)).toEqual(['refund.confirmed 7 business_days']);
    // Near miss: the same payback offered on a condition is no refund under way.
    expect(
      classify(
        "If you close your account, we'll pay the credit balance of €25.10 back into your bank account within 7 working days.",
      ).kinds,
    ).toEqual([]);
  });
});

describe('English blind round AA–AD', () => {
  it('reads "I\'ve switched your plan to cancel at the end of the current term" as the plan cancelled', () => {
    expect(
      classify(
        "We can't refund the renewal, as it was made more than 30 days ago. I have set your team subscription to cancel at the end of the current billing period instead.",
      ).kinds,
    ).toEqual(['cancellation.confirmed', 'refund.rejected']);
    expect(
      classify('What we have done is move your account to close at the end of this month.').kinds,
    ).toEqual(['cancellation.confirmed']);
    // Near misses: an offer, a question and a condition cancel nothing.
    expect(
      classify('We can set your subscription to cancel at the end of your billing period if you wish.').kinds,
    ).toEqual([]);
    expect(classify('Shall we switch your membership to end at the end of the current term?').kinds).toEqual(
      [],
    );
    expect(
      classify("We've set your plan to cancel at the end of the term unless you tell us otherwise.").kinds,
    ).toEqual([]);
  });
});

describe('English blind round AI–AL', () => {
  it('reads "I have passed the double charge to our accounts team to refund it" as a refund under way', () => {
    const text =
      'I can see the £45.00 deposit was taken twice. I have passed the second £45.00 to our accounts team to refund it to your card, and it should reach you within 5 working days.';
    expect(classify(text).kinds).toEqual(['refund.received']);
    expect(promisesOf(text)).toEqual(['refund.confirmed 5 business_days']);
    expect(
      classify('We have forwarded the duplicate payment to the finance department for a refund.').kinds,
    ).toEqual(['refund.received']);
    // Near miss: the charge passed on to be checked, no refund asked for.
    expect(
      classify('I have passed the duplicate payment to our finance team to check what happened.').kinds,
    ).toEqual([]);
  });

  it('reads "we have accepted your request" beside money paid back as a refund accepted, not refused by the fare text', () => {
    const text =
      'Your seat was bought on our Basic fare, which cannot be refunded after booking. Airport charges are paid back when a passenger does not fly, though, and we have accepted your request for them.';
    expect(classify(text).kinds).toEqual(['refund.received']);
    // Near misses: a request to cancel accepted is no refund; a refusal in its own words still refuses.
    expect(classify('We have accepted your request to cancel, so no refund is due.').kinds).not.toContain(
      'refund.received',
    );
    expect(classify('Your ticket was on a Basic fare, so we cannot refund it.').kinds).toEqual([
      'refund.rejected',
    ]);
  });
});

describe('English blind round AM–AP', () => {
  it('reads "you won\'t be charged … once your cancellation is complete" as a cancellation still to finish', () => {
    expect(
      classify(
        'You have not finished leaving us yet. Your membership stays active until 30 June, and you will not be charged after that as soon as the cancellation has gone through.',
      ).kinds,
    ).toEqual([]);
    // Near miss: a plan stated as ended still confirms.
    expect(
      classify(
        'Your membership has been cancelled. It stays active until 30 June, and you will not be charged after that.',
      ).kinds,
    ).toEqual(['cancellation.confirmed']);
  });

  it('reads "Switching it off before … means you won\'t be charged" as a how-to, not a plan cancelled', () => {
    expect(
      classify(
        'Your annual subscription remains active until 14 March 2028. Turning off automatic renewal in your account before then means that you will not be charged again.',
      ).kinds,
    ).toEqual([]);
    // Near miss: "this means" points back to a stated cancellation.
    expect(
      classify(
        'We have switched off automatic renewal on your subscription. This means you will not be charged again.',
      ).kinds,
    ).toEqual(['cancellation.confirmed']);
  });

  it('reads "Reply … and we\'ll arrange a refund" as an offer to the customer, not a refund under way', () => {
    expect(
      classify(
        'Your concert tickets have been cancelled and we have put a voucher for the full price in your account. Would rather have the money? Simply email us within 30 days and we will arrange a refund to your card.',
      ).kinds,
    ).toEqual(['cancellation.confirmed']);
    // Near miss: a refund the vendor arranges on its own still counts.
    expect(
      classify('Your tickets have been cancelled and we will arrange a refund to your card.').kinds,
    ).toEqual(['cancellation.confirmed', 'refund.received']);
  });
});

describe('English blind round AY–BB', () => {
  it('takes "Member #…" beside a stated cancellation request as the weakest reference', () => {
    expect(
      classify('We have received your request to cancel your gym membership (Member #GY-20417).').reference,
    ).toBe('GY-20417');
    // Near miss: with no kind stated, a member number is not taken.
    expect(classify('Your class schedule for next week is attached. Member #GY-20417').reference).toBe(null);
  });

  it('reads "unable to pay compensation for this claim" as a refused compensation refund', () => {
    expect(
      classify(
        'Thanks for sending us your delay compensation claim. We are sorry, but we cannot pay you compensation for this journey: the service reached London only 8 minutes late.',
      ).kinds,
    ).toEqual(['refund.rejected']);
    // Near miss: a refusal waiting on the customer's proof is not a refusal yet.
    expect(
      classify(
        'Thanks for sending us your delay compensation claim. We cannot pay compensation for this claim until you send us a copy of your ticket.',
      ).kinds,
    ).not.toContain('refund.rejected');
  });
});

describe('English blind round BG–BJ', () => {
  it('takes an "Amount paid:" field of a compensation paid, not the ticket price beside it', () => {
    expect(
      moneyOf(
        'Thanks for your delay claim. Your compensation has been paid back to the card you used.\n\nClaim number: CR-11873\nTicket price:     £24.20\nAmount paid:      £12.10\nPaid to:          Mastercard ending 5521',
      ),
    ).toBe('12.10 GBP');
    // Near miss: a refund field still wins over the amount the customer paid.
    expect(
      moneyOf(
        'We have processed your ticket refund and the money has been returned to your card.\n\nAmount paid: £40.00\nAdmin fee: £5.00\nRefund amount: £35.00',
      ),
    ).toBe('35.00 GBP');
  });
});
describe('English blind round BK–BN', () => {
  it('reads "drop it at a drop-off point within N days" as the customer’s deadline, not a promise', () => {
    expect(
      promisesOf(
        'Your return has been accepted. The prepaid label is attached. Print it out, seal the parcel and drop it at your local drop-off point within 10 days. We will refund you within 5 working days once it arrives.',
      ),
    ).toEqual(['refund.confirmed 5 business_days']);
    expect(
      promisesOf(
        'Your return has been accepted. The prepaid label is attached. Print it out, seal the parcel and take it to your local drop-off point within 10 days. We will refund you within 5 working days once it arrives.',
      ),
    ).toEqual(['refund.confirmed 5 business_days']);
    // Near miss: the vendor's own time limit for the refund stays a promise.
    expect(promisesOf('Your return has been accepted and we will refund the amount within 14 days.')).toEqual(
      ['refund.confirmed 14 days'],
    );
  });

  it('reads "twice a week" as how often refunds run, not a time limit', () => {
    expect(
      promisesOf(
        'Your refund has been approved. Our finance team issues refunds three times a week, so expect it within 4 working days.',
      ),
    ).toEqual(['refund.confirmed 4 business_days']);
    // Near misses: "within a week" is a time limit, and a frequency without a duration leaves the next one alone.
    expect(promisesOf('We have approved your refund and will pay it back within a week.')).toEqual([
      'refund.confirmed 1 weeks',
    ]);
    expect(
      promisesOf(
        'Your refund has been approved. Our billing team issues refunds twice a month, so expect it within 10 business days.',
      ),
    ).toEqual(['refund.confirmed 10 business_days']);
  });
});
describe('English blind round BS–BV', () => {
  it('takes a sum paid back to the card with a bracketed note after it, not the fare above', () => {
    expect(
      moneyOf(
        'Fare: Off-Peak Return, £32.80\n\nYour delay claim was accepted and we have paid £8.20 (a quarter of the fare) back to the debit card you used.',
      ),
    ).toBe('8.20 GBP');
    // Near miss: with no destination after the bracket, the sum is not read as paid back.
    expect(
      moneyOf(
        'Fare: Off-Peak Return, £32.80\n\nYour delay claim was accepted and we have paid £8.20 (a quarter of the fare). It will reach you soon.',
      ),
    ).not.toBe('8.20 GBP');
  });

  it('reads "return of premium" as the sum refunded on a cancelled policy', () => {
    expect(
      moneyOf(
        'Your home insurance policy was cancelled on 3 March. Since you paid yearly and made no claim, you are entitled to a return of premium of £61.75, less our £20.00 admin fee. We have begun processing this refund and it will reach your card within 7 days.',
      ),
    ).toBe('61.75 GBP');
    // Near miss: a fee named after "return of premium" is not the sum returned.
    expect(
      moneyOf(
        'Your home insurance policy was cancelled on 3 March. You are entitled to a return of premium on a pro-rata basis, minus our admin fee of £20.00. The amount owed to you is £61.75. We have begun processing this refund and it will reach your card within 7 days.',
      ),
    ).toBe('61.75 GBP');
  });

  it('reads a bracketed "[order …]" in the subject as the order number, below the return request beside it', () => {
    expect(
      classify(
        'Hello, we looked at your return and, sadly, we are unable to refund the jacket as it was worn.',
        'Re: Return request RT-44120 [order 88213904]',
      ).reference,
    ).toBe('RT-44120');
    // Near miss: a helpdesk's bare ticket tag still wins over the order number.
    expect(
      classify(
        'Hello, we looked at your return and, sadly, we are unable to refund the jacket as it was worn.',
        '[4471290] Re: Your order 88213904',
      ).reference,
    ).toBe('4471290');
  });

  it('reads the numbered requests an agent says "I\'ve logged" as received', () => {
    expect(
      classify(
        "Hello Sam,\n\nI've logged two things for you this morning:\n\n1) Your request to cancel your monthly coffee subscription. Our team will confirm it by email within 2 days.\n\n2) A refund request for the bag that arrived split. We will review it this week.\n\nThanks,\nPriya",
      ).kinds,
    ).toEqual(['cancellation.received', 'refund.received']);
    // Near miss: a list of tips under "two things" the agent did not log is no request received.
    expect(
      classify(
        'Hello Sam,\n\nTwo things you can do yourself:\n\n1) Cancel your subscription in the app settings.\n\n2) Ask for a refund from the order page.\n\nThanks,\nPriya',
      ).kinds,
    ).toEqual([]);
  });
});

describe('English blind-round fixes (CE–CL)', () => {
  it('reads a claim "we\'ve checked it and it has been approved and paid" as a confirmed refund', () => {
    expect(
      classify(
        "Thank you for sending in your claim for the cancelled service. We've now reviewed it and we're glad to confirm it has been approved and paid.",
      ).kinds,
    ).toEqual(['refund.confirmed']);
    // Near miss: approved, the payment still to come, confirms nothing.
    expect(
      classify(
        "Thank you for sending in your claim. We've now reviewed it and it has been approved and will be paid next week.",
      ).kinds,
    ).not.toContain('refund.confirmed');
  });

  it('joins a short capital prefix to the space-separated digit groups of an account number', () => {
    expect(
      classify(
        'We have received your request to close your account.\n\nAccount number:  WTR 4471 9902\nMoving date:  3 March',
      ).reference,
    ).toBe('WTR 4471 9902');
    // Near miss: a single run of digits after the prefix stays unjoined.
    expect(
      classify('We have received your request to close your account.\n\nAccount number:  WTR 44719902')
        .reference,
    ).not.toBe('WTR 44719902');
  });
});

describe('English blind round CM–CP', () => {
  it('reads a refund request passed to a team as received', () => {
    expect(
      classify(
        "Tickets on this fare are not usually refundable, but we've forwarded your request to our customer relations department for a decision.",
      ).kinds,
    ).toEqual(['refund.received']);
    // Near miss: a request passed on with no refund in the sentence.
    expect(
      classify("We've passed your request to our technical team, who will be in touch about the router.")
        .kinds,
    ).toEqual([]);
  });
});

describe('English blind round CQ–CT', () => {
  it("reads no promise in a refund set off by a condition on the case going the customer's way", () => {
    expect(
      promisesOf(
        "We've logged your claim for a refund. Our disputes desk will look into it and, should the claim be decided in your favor, pay the money back to your card within 10 working days.",
      ),
    ).toEqual([]);
    // Near miss: a refund set off by a condition of another kind still promises its time.
    expect(
      promisesOf(
        "We've logged your claim for a refund. Our disputes desk will look into it and, if needed, pay the money back to your card within 10 working days.",
      ),
    ).toEqual(['refund.confirmed 10 business_days']);
    // Near miss: a case already settled in the customer's favour is no condition.
    expect(
      classify('The dispute was settled in your favour and we have refunded the £24.00 to your card.').kinds,
    ).toEqual(['refund.confirmed']);
  });
});

describe('English blind round CU–CX', () => {
  it('reads a booking cancelled some hours before arrival, given as the reason for no fee, as no confirmation', () => {
    const text =
      'We have your request to cancel room booking 77120 and our front office is handling it now. Your written confirmation will follow by email within 48 hours. Since your reservation was cancelled at least 48 hours before check-in, there is no cancellation fee.';
    expect(classify(text).kinds).toEqual(['cancellation.received']);
    expect(promisesOf(text)).toEqual(['cancellation.confirmed 48 hours']);
    expect(
      classify(
        'Because your booking is on a flexible tariff and was cancelled more than two days before arrival, nothing will be charged.',
      ).kinds,
    ).toEqual([]);
    // Near miss: the cancellation stated as news still confirms.
    expect(
      classify('Your booking was cancelled today, more than 48 hours before arrival, so no charge applies.')
        .kinds,
    ).toEqual(['cancellation.confirmed']);
  });

  it('reads money that has left the vendor as a refund done, but not a future one', () => {
    expect(classify('Your refund has left our account this morning.').kinds).toEqual(['refund.confirmed']);
    expect(
      classify('Refund total: £19.50\nRefunded to: Mastercard ending 0042\nThe funds have left us today.')
        .kinds,
    ).toEqual(['refund.confirmed']);
    // Near miss: the card a refund under way will go to is no refund done.
    expect(
      classify(
        'Your refund request has been received.\nRefunded to: Mastercard ending 0042\nYour refund will be processed within 5 working days.',
      ).kinds,
    ).toEqual(['refund.received']);
    expect(classify('The money will have left us by Thursday.').kinds).toEqual([]);
  });

  it('reads a declined return with no refund in an outcome field as a refused refund', () => {
    expect(
      classify('Thanks for sending the boots back.\nDecision:  Return rejected - no refund\n').kinds,
    ).toEqual(['refund.rejected']);
    // Near miss: a declined return without a word of refund is not a refused refund.
    expect(classify('Decision:  Return rejected\n').kinds).toEqual([]);
  });

  it('reads a sum sent to the bank account as refunded', () => {
    expect(
      classify('We have now sent the £12.40 left on your closed account to the bank account we hold for you.')
        .kinds,
    ).toEqual(['refund.confirmed']);
  });

  it('acknowledges a refund asked for beside a cancellation', () => {
    const text =
      'We have received your request to cancel table booking T-4410 and to have your deposit of £50.00 returned. We will confirm the cancellation and the amount of any refund within three working days.';
    expect(classify(text).kinds.sort()).toEqual(['cancellation.received', 'refund.received']);
    expect(moneyOf(text)).toBe('50.00 GBP');
    expect(promisesOf(text)).toEqual(['cancellation.confirmed 3 business_days']);
    // Near miss: an item sent back to the customer is no money.
    expect(classify('We have received your request to have your parcel returned.').kinds).toEqual([]);
  });

  it('takes the sum paid back "back on the card" as the refund', () => {
    expect(
      moneyOf(
        'We have logged your claim for a refund. Your ticket cost £30.00 and the upgrade £12.00. You will get the whole £42.00 back on your card within a week.',
      ),
    ).toBe('42.00 GBP');
  });

  it('takes the whole refund rather than one addend of it', () => {
    expect(
      moneyOf(
        "We've registered your return.\nRefund due: £20.00 (item) + £3.50 (postage)\nWhen it reaches us we'll refund £23.50 to your card within 5 days.",
      ),
    ).toBe('23.50 GBP');
    // Near miss: the addends alone leave the first.
    expect(moneyOf("We've registered your return.\nRefund due: £20.00 (item) + £3.50 (postage)")).toBe(
      '20.00 GBP',
    );
  });

  it('reads an account credit paid back to the bank as refunded', () => {
    expect(classify("We've refunded your account credit to your bank account.").kinds).toEqual([
      'refund.confirmed',
    ]);
    expect(
      classify(
        'Your balance was £40.00 in credit. The payment left us this morning and should reach your bank within 3 working days.',
      ).kinds,
    ).toEqual(['refund.confirmed']);
    // Near miss: a refund given as account credit is no money back.
    expect(classify("We've refunded the order as account credit.").kinds).not.toContain('refund.confirmed');
  });

  it('promises the closure when the account is closed with the final bill within a time', () => {
    expect(
      promisesOf(
        "We have received your request to close your water account when you move out. As soon as we have your last reading, we'll close the account and send you a final bill within 10 working days.",
      ),
    ).toEqual(['cancellation.confirmed 10 business_days']);
    // Near miss: the final bill alone within a time is no closure promised.
    expect(
      promisesOf(
        'We have received your request to close your water account. We will send you a final bill within 10 working days.',
      ),
    ).toEqual([]);
  });

  it('takes the fare refused after "non-refundable" over a tax pointed to elsewhere', () => {
    expect(
      moneyOf(
        "Your ticket was a Basic fare, which is non-refundable, so we can't refund the £140.00 you paid. Airport taxes of £32.00 can be claimed back through our tax refund form.",
      ),
    ).toBe('140.00 GBP');
    // Near miss: a sum labelled non-refundable with no refund after it is still ruled out.
    expect(
      moneyOf('We have refunded £60.00 to your card. The non-refundable booking deposit of £25.00 was kept.'),
    ).toBe('60.00 GBP');
  });

  it('takes the sum named before a refusal over one named after it', () => {
    expect(
      moneyOf(
        'The £18.90 covers calls to premium numbers made on 2 May. As the calls were made from your line, we are unable to refund these charges. You can set a spending cap of £10.00 in the app.',
      ),
    ).toBe('18.90 GBP');
    // Near miss: a sum only after the refusal is what is offered, not what was refused.
    expect(
      moneyOf('We are unable to refund these charges. You can set a spending cap of £10.00 in the app.'),
    ).toBeNull();
  });

  it("reads a helpdesk's ticket number in round brackets after a hash in the subject", () => {
    const text =
      'Hi Dana,\n\nYour refund has now been processed.\n\nRefund: USD 99.00\nInvoice: INV-2026-0412\n\nBest,\nSam';
    expect(classify(text, 'Re: [Brightdesk] Refund for your annual plan (#77120)').reference).toBe('77120');
    // Near miss: a count in brackets is no ticket number.
    expect(classify(text, 'Re: Refund for your annual plan (2 seats)').reference).toBe('INV-2026-0412');
  });
});

describe('English, round DK–DR', () => {
  const kindsOf = (text: string) => classify(text).kinds;

  it('reads a trip the operator cancelled, named as what a refund is for, as background', () => {
    expect(
      kindsOf(
        'We have now refunded you for the 17:40 ferry to Mull which was cancelled owing to high winds.',
      ),
    ).toEqual(['refund.confirmed']);
    expect(kindsOf('Your refund for the coach that was cancelled has now been paid to your card.')).toEqual([
      'refund.confirmed',
    ]);
    // Near miss: a customer's subscription named so is still a cancellation stated.
    expect(kindsOf('We have refunded the annual plan that was cancelled at your request.')).toContain(
      'cancellation.confirmed',
    );
  });

  it('reads compensation refused as the sum or compensation the customer claimed', () => {
    expect(
      kindsOf(
        'Thanks for sending us your claim. Your train was only 9 minutes late, so regrettably we cannot pay the compensation you asked for.',
      ),
    ).toEqual(['refund.rejected']);
    expect(
      kindsOf(
        'We have looked into your request for delay compensation and unfortunately we are unable to pay the €14.50 you have claimed.',
      ),
    ).toEqual(['refund.rejected']);
    // Near miss: a refusal held until the customer sends something is no refusal.
    expect(
      kindsOf('Unfortunately we cannot pay the amount you claimed until you send us a copy of your ticket.'),
    ).not.toContain('refund.rejected');
  });
  it('reads a refund after "After that," as the sequel of the condition before it', () => {
    expect(
      kindsOf(
        "You're free to cancel your cover at any time. If you do so within the first 14 days, we'll give back everything you've paid. After this, you will get a refund for the rest of the policy year, minus a £30 charge.",
      ),
    ).toEqual([]);
    // Near miss: the same refund stated after a cancellation done is still a refund under way.
    expect(
      kindsOf(
        "We've received your request to cancel. You will get a refund for the rest of the policy year within 10 days.",
      ),
    ).toContain('refund.received');
  });
});

describe('English blind round DS–DV', () => {
  it('reads a request to cancel and to refund a charge, both acknowledged', () => {
    const text =
      'Hello Sam,\n\nWe have received your request to close your Pro account and refund the annual fee of $120.00.\n\nOur billing team will be in touch.';
    expect(classify(text).kinds).toEqual(['cancellation.received', 'refund.received']);
    expect(moneyOf(text)).toBe('120.00 USD');
    expect(classify("We've received your request to refund the last monthly charge.").kinds).toEqual([
      'refund.received',
    ]);
    // Near miss: a refund only offered on request beside a cancellation request received.
    expect(
      classify(
        "We've received your request to cancel your membership. If you'd like us to refund the unused months, just reply to this email.",
      ).kinds,
    ).toEqual(['cancellation.received']);
  });

  it('reads a balance to be sent to the bank account the payments were taken from as a refund promise', () => {
    const text =
      'Your gas account is now closed. We will transfer the £12.50 balance to the bank account your payments were taken from within 5 working days.';
    expect(promisesOf(text)).toEqual(['refund.confirmed 5 business_days']);
    expect(promisesOf('We will pay the $30.00 refund into your bank account within 14 days.')).toEqual([
      'refund.confirmed 14 days',
    ]);
    // Near miss: only how to ask for it.
    expect(
      promisesOf(
        'Your final bill shows a £12.50 balance. You can ask us to transfer it to the bank account your payments were taken from.',
      ),
    ).toEqual([]);
  });

  it('reads "within 14 days of the renewal" as the window a refund was allowed in, not a time promised', () => {
    const text =
      'We have approved your refund request.\nAmount to be refunded: £96.00\nReason: switched to the basic tier within 14 days of the renewal\n\nThe refund will be paid back to your card within 5 working days.';
    expect(promisesOf(text)).toEqual(['refund.confirmed 5 business_days']);
    expect(
      promisesOf(
        'Your refund request has been accepted.\nRefund due: $59.00\nBasis: plan changed within 30 days of sign-up\n\nWe aim to refund you within 10 business days.',
      ),
    ).toEqual(['refund.confirmed 10 business_days']);
    expect(
      promisesOf(
        'Your refund request has been accepted.\nRefund due: $59.00\nReason: downgraded within 14 days of your initial order\n\nWe aim to refund you within 10 business days.',
      ),
    ).toEqual(['refund.confirmed 10 business_days']);
    // Near miss: a refund promised within a time of receiving the goods is still a promise.
    expect(
      promisesOf(
        'We have received your return request. We will refund you within 14 days of receiving the item.',
      ),
    ).toEqual(['refund.confirmed 14 days']);
  });

  it('reads a claim "assessed within 20 working days" as a review promised, not a payment', () => {
    const text =
      'Thank you, we have received your compensation claim.\nAmount claimed: £8.40\n\nOur team will assess your claim within 20 working days and write to you with the outcome.';
    expect(classify(text).kinds).toEqual(['refund.received']);
    expect(promisesOf(text)).toEqual([]);
    expect(
      promisesOf(
        'We have received your refund request.\nCompensation requested: £12.00\nWe aim to review all requests within 15 days.',
      ),
    ).toEqual([]);
    // Near misses: a cancellation request reviewed within a time is the cancellation promised; reviewed and then
    // paid within a time is a payment promised.
    expect(
      promisesOf(
        'We have received your request to cancel your membership. Our team handles and reviews cancellation requests within 7 working days.',
      ),
    ).toEqual(['cancellation.confirmed 7 business_days']);
    expect(
      promisesOf(
        'We have received your compensation claim. Our team will review it and pay you within 28 days.',
      ),
    ).toEqual(['refund.confirmed 28 days']);
  });

  it('takes the sum a next sentence says "we\'ll refund this" of as the refunded sum', () => {
    const text =
      'Your account is now closed and you will not be charged again. Your closing statement leaves £17.20 unused, as you paid ahead. We will refund this to your bank account within 7 days.\n\nIf the modem is not returned, a fee of £60.00 applies.';
    expect(moneyOf(text)).toBe('17.20 GBP');
    expect(
      moneyOf(
        "Your last bill shows a surplus of $31.75. We've refunded it to your card.\n\nLate returns cost $25.00.",
      ),
    ).toBe('31.75 USD');
    // Near miss: "refund this order" names its own thing, not the sum before it.
    expect(
      moneyOf(
        'Your plan costs £9.99 a month. We will refund this order once the parcel is back.\n\nA restocking fee of £4.00 applies.',
      ),
    ).toBeNull();
  });
});

describe('English blind round EA–EL', () => {
  it('reads auto-renewal switched off with the particle after it ("switched auto-renewal off") as a cancellation done', () => {
    expect(
      classify(
        "Sorry we can't help with the refund. I've turned your auto-renewal off, so the plan ends on 4 March.",
      ).kinds,
    ).toContain('cancellation.confirmed');
    expect(
      classify("I've switched auto-renewal off temporarily while we fix your card details.").kinds,
    ).not.toContain('cancellation.confirmed');
  });

  it('takes a share of the ticket price ("25% of ticket price - £4.55") as the compensation, not the price', () => {
    const text =
      'Your compensation claim has been approved.\n\nTicket: Off-Peak Single, £18.20\nCompensation: 25% of ticket price - £4.55\n\nWe will pay this into your bank account within 7 days.';
    expect(moneyOf(text)).toBe('4.55 GBP');
    // Near miss: a plain price is still no refund.
    expect(
      moneyOf(
        'Your compensation claim has been approved.\n\nTicket price: £18.20\nCompensation: £4.55\n\nWe will pay this into your bank account within 7 days.',
      ),
    ).toBe('4.55 GBP');
  });
});

describe('English blind round EM–EP', () => {
  it('takes the total in brackets after several payments of one sum ("three payments of £9.50 (£28.50)")', () => {
    expect(
      moneyOf(
        'You asked us to refund the four weekly payments of £12.50 (£50.00 altogether) taken last month. Sadly, we cannot refund these payments.',
      ),
    ).toBe('50.00 GBP');
    // Near miss: a single payment's sum with a note in brackets stays the one refunded.
    expect(
      moneyOf(
        'You asked us to refund the payment of £12.50 (£50.00 was the annual price) taken last month. Sadly, we cannot refund this payment.',
      ),
    ).toBe('12.50 GBP');
  });
});

describe('English blind round EQ–ET', () => {
  it('reads a refusal after a reason clause holding "unless" ("Because…, unless…, we are unable to…") as stated', () => {
    const text =
      'Because the print was custom-made, and our terms say bespoke orders cannot be sent back unless they are damaged, we are unable to accept your request for a refund of £62.00.';
    expect(classify(text).kinds).toEqual(['refund.rejected']);
    expect(moneyOf(text)).toBe('62.00 GBP');
    // Near miss: a condition opening the sentence still makes the refusal hypothetical.
    expect(
      classify(
        'Unless the print arrives damaged, we are unable to accept a refund request for a bespoke order.',
      ).kinds,
    ).toEqual([]);
  });

  it('reads a status line "Closed – refund declined" as a refused refund', () => {
    expect(
      classify('Ticket 55120\nStatus: Resolved – refund declined\n\nKind regards, the support team').kinds,
    ).toEqual(['refund.rejected']);
    // Near miss: a closed case with the refund granted is no refusal.
    expect(classify('Ticket 55120\nStatus: Resolved – refund approved').kinds).not.toContain(
      'refund.rejected',
    );
  });

  it('reads the team about to look at the cancellation and the refund request as both received', () => {
    const text =
      'Thanks for getting in touch. One of our team will look into your membership cancellation and your refund request and get back to you by email.';
    expect(classify(text).kinds.sort()).toEqual(['cancellation.received', 'refund.received']);
    expect(classify('We will review your termination request and write to you shortly.').kinds).toEqual([
      'cancellation.received',
    ]);
    // Near miss: the vendor looking at the cancellation terms or the refund policy acknowledges nothing.
    expect(
      classify('We will review the cancellation policy and the refund policy with you on the phone.').kinds,
    ).toEqual([]);
  });

  it('does not read "we aim to answer all messages within 48 hours" as a promise of the refund', () => {
    expect(
      promisesOf('We have logged your refund request. We aim to answer all messages within 48 hours.'),
    ).toEqual([]);
  });
});

describe('English blind round EY–FB', () => {
  it('reads a waived fee or free period offered for a time ("no sign-up fee for 60 days") as no promise', () => {
    expect(
      promisesOf(
        "We've received your request to close your membership and will confirm it within 5 working days. If you change your mind, rejoin with no sign-up fee for 60 days.",
      ),
    ).toEqual(['cancellation.confirmed 5 business_days']);
    expect(
      promisesOf(
        'We have received your request to cancel your subscription. Come back and enjoy the app free for 30 days.',
      ),
    ).toEqual([]);
  });

  it('reads the time an operator needs to approve a refund request as no promise of the refund', () => {
    expect(
      promisesOf(
        'Your refund request has been received and passed to the airline. It normally takes them up to 10 business days to approve it.',
      ),
    ).toEqual([]);
    expect(
      promisesOf(
        'We have received your refund request. Approval usually takes 7 days, and our team will keep you posted.',
      ),
    ).toEqual([]);
    // Near miss: the refund itself promised within a time is still a promise.
    expect(
      promisesOf(
        'We have received your refund request. Once it is approved, we will refund you within 7 days.',
      ),
    ).toEqual(['refund.confirmed 7 days']);
  });
});

describe('English blind round FC–FN', () => {
  it('reads a refund taken out of the account credit as money, not as credit given instead', () => {
    expect(classify('We have refunded £25.00 out of your account credit.').kinds).toEqual([
      'refund.confirmed',
    ]);
    expect(classify('Good news: we refunded £12.40 from your credit balance.').kinds).toEqual([
      'refund.confirmed',
    ]);
    // Near miss: a refund paid into the account credit is credit instead of money.
    expect(classify('We have refunded £25.00 to your account credit.').kinds).toEqual([]);
  });

  it('reads a broadband or service that ended on a day, said twice, as cancelled', () => {
    expect(
      classify(
        'Your broadband has now ended.\nAs requested, your phone and broadband services ended on 2 May.',
      ).kinds,
    ).toEqual(['cancellation.confirmed']);
    // Near miss: said once, in passing, an ended minimum term is no cancellation.
    expect(
      classify('Your contract ended on 2 May, so you are now on our rolling monthly price.').kinds,
    ).toEqual([]);
  });

  it('reads points returned only if the customer paid with them as no credit given instead', () => {
    const text =
      'We have started your refund for the cancelled flights. You should receive it within 5 days. If you paid with Avios, they will be returned to your account too.';
    expect(classify(text).kinds).toEqual(['refund.received']);
    expect(promisesOf(text)).toEqual(['refund.confirmed 5 days']);
    // Near miss: a refund given in points is no money refund.
    expect(classify('We have refunded your flights in Avios to your frequent flyer account.').kinds).toEqual(
      [],
    );
  });

  it('reads a compensation claim approved with its payment sent as paid', () => {
    expect(
      classify('We have approved your delay compensation claim and the payment was made this morning.').kinds,
    ).toEqual(['refund.confirmed']);
    // Near miss: a withdrawal request paid out is no refund.
    expect(classify("We've approved your withdrawal request and the payment has been sent.").kinds).toEqual(
      [],
    );
  });

  it('takes the sum a refusal will not give back as the refused one', () => {
    expect(
      moneyOf(
        "Sorry, we can't refund this booking. As the class took place, we're unable to give back the £18.00 you paid. Rebooking costs a £5 fee.",
      ),
    ).toBe('18.00 GBP');
    // Near miss: a return ticket's price is no sum given back.
    expect(
      moneyOf(
        'Your sailing was cancelled and we have started a full refund of £64.00.\n  Adult return £20.00\n  Car return £44.00',
      ),
    ).toBe('64.00 GBP');
  });

  it('reads the length of a delay as no promise', () => {
    expect(
      promisesOf(
        'Thanks, we have received your compensation claim.\nAmount claimed: £12.00 (25% of the fare, 30-59 minute delay)',
      ),
    ).toEqual([]);
    // Near miss: a refund promised beside the delay's length is still one.
    expect(
      promisesOf(
        'We have received your compensation claim for the 2 hour delay and will pay it within 14 days.',
      ),
    ).toEqual(['refund.confirmed 14 days']);
  });

  it('reads "by the end of the next working day" as one working day', () => {
    expect(
      promisesOf(
        'We have received your request to close your account. We will close it and email you by the end of the next working day.',
      ),
    ).toEqual(['cancellation.confirmed 1 business_days']);
    // Near miss: a number after "within the next" is still the time.
    expect(
      promisesOf('We have logged your refund request and will pay it back within the next 48 hours.'),
    ).toEqual(['refund.confirmed 48 hours']);
    // Near miss: a next-day delivery is no time.
    expect(
      promisesOf('We have received your refund request for the Next Day delivery charge on your order.'),
    ).toEqual([]);
  });

  it('reads a long-named train cancelled in a reason clause as background', () => {
    expect(
      classify(
        'Because the 18:05 Great Yarmouth to London Liverpool Street service on 9 January 2027 was cancelled, you qualify for a full refund. ' +
          'We have paid £27.40 back to your card.',
      ).kinds,
    ).toEqual(['refund.confirmed']);
    // Near miss: the cancellation stated as its own news still counts.
    expect(
      classify(
        'The 18:05 Great Yarmouth to London Liverpool Street service on 9 January 2027 was cancelled. We have paid £27.40 back to your card.',
      ).kinds,
    ).toEqual(['cancellation.confirmed', 'refund.confirmed']);
  });

  it('reads compensation refused "on this occasion" as a refusal', () => {
    expect(
      classify(
        'Your train reached Bristol 8 minutes late. We pay compensation from 15 minutes, so regrettably we cannot pay compensation on this occasion.',
      ).kinds,
    ).toEqual(['refund.rejected']);
    // Near miss: compensation paid on this occasion is no refusal.
    expect(
      classify('Thanks for your claim. As a goodwill gesture we will pay compensation on this occasion.')
        .kinds,
    ).toEqual(['refund.received']);
  });

  it('reads a request to cancel and to have the money back as both requests received', () => {
    expect(
      classify(
        'We have received your request to end your plan and to have your money back, as it was bought only a week ago.',
      ).kinds,
    ).toEqual(['cancellation.received', 'refund.received']);
    expect(classify('Thanks, we have got your request for your money back.').kinds).toEqual([
      'refund.received',
    ]);
    expect(
      classify('We have received your request to close the account and be refunded for the unused months.')
        .kinds,
    ).toEqual(['cancellation.received', 'refund.received']);
  });

  it('promises both matters when one future verb does both within a time', () => {
    expect(
      promisesOf(
        'We have received your request to cancel and to get a refund. Our accounts team will cancel the plan and send the refund to your card within 7 working days.',
      ),
    ).toEqual(['cancellation.confirmed 7 business_days', 'refund.confirmed 7 business_days']);
    // Near miss: only the refund is promised within the time.
    expect(
      promisesOf(
        'We have received your request to cancel and to get a refund. Your plan stays open until the end of the month, and we will refund the fee within 7 working days.',
      ),
    ).toEqual(['refund.confirmed 7 business_days']);
  });

  it('reads cover stated as ended on a date as cancelled', () => {
    expect(
      classify(
        'You asked us to stop your home emergency cover and refund the months left. Your cover ended on 2 March 2027.',
      ).kinds,
    ).toContain('cancellation.confirmed');
    // Near miss: a warranty's cover ending is no cancellation, nor is cover that will end.
    expect(classify('Your extended warranty cover ended on 2 March 2027.').kinds).toEqual([]);
    expect(classify('Your cover will end on 2 March 2027.').kinds).toEqual([]);
  });

  it('reads a refund the agent requested in a second verb as a refund under way', () => {
    const reading = classify(
      'I have passed the double payment to our accounts team and requested a refund of €14.99 to your card.',
    );
    expect(reading.kinds).toEqual(['refund.received']);
    expect(
      moneyOf(
        'I have passed the double payment to our accounts team and requested a refund of €14.99 to your card.',
      ),
    ).toBe('14.99 EUR');
    // Near miss: the customer's own request, told back, is no refund under way.
    expect(
      classify('You rang us on Monday and requested a refund of €14.99, and we have looked at your account.')
        .kinds,
    ).toEqual([]);
  });

  it('reads a reply promised within a time as no promise', () => {
    expect(
      promisesOf(
        'Thank you for your refund request, which we have received. We will respond to you within 4 working days.',
      ),
    ).toEqual([]);
    // Near miss: a reply that confirms the refund within a time is one.
    expect(
      promisesOf(
        'We have received your refund request. We will write back to you within 4 working days to confirm the refund.',
      ),
    ).toEqual(['refund.confirmed 4 business_days']);
  });
});

describe('English blind round GA–GD', () => {
  it('reads an outcome told within a time as no promise', () => {
    expect(
      promisesOf(
        'We have received your compensation claim. Our team will look at it and we will tell you the outcome within 28 days.',
      ),
    ).toEqual([]);
    expect(
      promisesOf(
        'Thanks, your refund request is logged. You should hear the outcome of your request within 10 working days.',
      ),
    ).toEqual([]);
    // Near miss: an outcome followed by the refund itself within a time is a promise of the refund.
    expect(
      promisesOf(
        'We have received your refund request. Whatever the outcome of the review, we will refund you within 10 working days.',
      ),
    ).toEqual(['refund.confirmed 10 business_days']);
  });

  it('reads a third party getting back to the vendor within a time as no promise', () => {
    expect(
      promisesOf(
        'I have sent your cancellation request to the warehouse. They normally get back to us within 48 hours and I will update you then.',
      ),
    ).toEqual([]);
    expect(
      promisesOf(
        'Your request to cancel the order has been passed to the supplier, who usually comes back to us within 2 working days.',
      ),
    ).toEqual([]);
    // Near miss: the cancellation itself confirmed within a time is still a promise.
    expect(
      promisesOf(
        'I have passed your cancellation request to the warehouse, and we will confirm the cancellation within 48 hours.',
      ),
    ).toEqual(['cancellation.confirmed 48 hours']);
  });
});

describe('English blind round GE–GH', () => {
  it('reads a credit balance to be sent to the bank account within a time as a refund under way', () => {
    const text =
      'Your broadband account is now closed. We will send your credit balance of £18.20 to your bank account within 7 working days.';
    expect(classify(text).kinds).toEqual(['cancellation.confirmed', 'refund.received']);
    expect(promisesOf(text)).toEqual(['refund.confirmed 7 business_days']);
    expect(
      promisesOf(
        'We will transfer the remaining balance of £9.10 to the bank account your payments came from within 14 days.',
      ),
    ).toEqual(['refund.confirmed 14 days']);
    // Near miss: a credit balance kept on the account is no money refund.
    expect(
      classify('We will keep your credit balance of £18.20 on your account for your next bill.').kinds,
    ).toEqual([]);
  });

  it('reads an outcome to be confirmed within a time as no promise', () => {
    expect(
      promisesOf(
        'Thanks, we have your request to cancel the kitchen order. The workshop will check it and we will confirm the outcome within three working days.',
      ),
    ).toEqual([]);
    // Near miss: the cancellation itself confirmed within a time is a promise.
    expect(
      promisesOf(
        'Thanks, we have your request to cancel the kitchen order and will confirm the cancellation within three working days.',
      ),
    ).toEqual(['cancellation.confirmed 3 business_days']);
  });

  it('reads an order or subscription number given in brackets after its label', () => {
    expect(
      classify(
        'Sorry, we could not cancel your weekly box subscription (SB-5518204) as it has already been packed.',
      ).reference,
    ).toBe('SB-5518204');
    // Near miss: words in brackets are no reference.
    expect(classify('We have cancelled your order (as you asked) and refunded you.').reference).toBe(null);
    // Near miss: a claim in brackets does not outrank the policy the cancellation is about.
    expect(
      classify(
        'We could not cancel your home policy HX5521009: there is an open claim (CL-77A1B2) on it still being handled.',
      ).reference,
    ).toBe('HX5521009');
  });
});

describe('English blind round GI–GL', () => {
  it('reads a return approved by the seller as the refund under way', () => {
    expect(
      classify(
        'Hello Tom, the retailer has accepted your return. A returns label is attached; once the parcel reaches them, your money will be paid back to your card within 5 days.',
      ).kinds,
    ).toEqual(['refund.received']);
    // Near miss: a seller who has not approved the return acknowledges nothing.
    expect(
      classify('The seller has not approved your return yet; we will write again when they reply.').kinds,
    ).toEqual([]);
    // Near miss: a conditional approval states nothing.
    expect(
      classify('If the seller has approved your return, you will find the label in your account.').kinds,
    ).toEqual([]);
  });
});

describe('English blind round GM–GP', () => {
  it('reads a notice period stated in brackets after "it\'s" as no promise', () => {
    expect(
      promisesOf(
        'We have received your request to close your broadband account. We will look at your notice period (it is 30 days on the monthly contract) and email you your last day.',
      ),
    ).toEqual([]);
    // Near miss: a cancellation the vendor promises within a time is still a promise.
    expect(
      promisesOf(
        'We have received your request to close your broadband account and will confirm the cancellation within 30 days.',
      ),
    ).toEqual(['cancellation.confirmed 30 days']);
  });

  it('takes an account code with a letter prefix beside a cancellation as the weakest reference', () => {
    expect(
      classify('We have received your request to cancel the energy plan on account EN-7730214.').reference,
    ).toBe('EN-7730214');
    // Near miss: a stronger case number wins.
    expect(
      classify(
        'We have received your request to cancel the energy plan on account EN-7730214. Case number: 5581230',
      ).reference,
    ).toBe('5581230');
    // Near miss: "account" before an ordinary word is no label.
    expect(
      classify('We have received your request to cancel, your account holder-details stay on file.')
        .reference,
    ).toBe(null);
  });
});

describe('English blind round GQ–GT', () => {
  it('reads returned goods answered with shop credit "instead" as no refund', () => {
    expect(
      classify(
        "We've received the items you returned from your order. Because they reached us after the return period, we have put £41.00 on your account as shop credit instead.",
      ).kinds,
    ).toEqual([]);
    // Near miss: "instead" about something else leaves the return acknowledged.
    expect(
      classify(
        "We've received the items you returned from your order. As the gift card arrived late, we have sent you a tote bag instead.",
      ).kinds,
    ).toEqual(['refund.received']);
    expect(
      classify(
        "We've received the items you returned from your order. The gift card we sent came instead of the tote bag you ordered, and you can keep it.",
      ).kinds,
    ).toEqual(['refund.received']);
  });

  it('reads a service at an address stopped "as you asked" as cancelled', () => {
    expect(
      classify(
        'Your fibre service at Flat 2, 18 Mill Lane, Leeds LS6 3AB was switched off on 2 March, as you requested when you moved house.',
      ).kinds,
    ).toEqual(['cancellation.confirmed']);
    // Near miss: without "as you asked" a stopped service may be a fault.
    expect(
      classify(
        'Your fibre service at Flat 2, 18 Mill Lane, Leeds LS6 3AB stopped on 2 March because of a cable fault.',
      ).kinds,
    ).toEqual([]);
  });

  it('reads "unable to return any part of" the premium as a refused refund', () => {
    expect(
      classify(
        'Thank you for asking us to refund your travel cover. As the policy had a claim this year, we cannot return any part of the premium.',
      ).kinds,
    ).toEqual(['refund.rejected']);
    // Near miss: returning part of the goods is no money.
    expect(
      classify(
        'We are unable to return any part of the parcel to the sender, so please collect it from the depot.',
      ).kinds,
    ).toEqual([]);
  });

  it('reads services listed with commas that "we\'ve now closed" as cancelled', () => {
    expect(
      classify(
        'Since you have left the property, we have now closed your gas, electricity and phone services with us. You will get no more bills.',
      ).kinds,
    ).toEqual(['cancellation.confirmed']);
    // Near miss: closing a list of tickets is no cancellation.
    expect(
      classify('We have now closed your billing, delivery and login tickets with us after fixing the issue.')
        .kinds,
    ).toEqual([]);
  });

  it('takes the sum "we have today paid" as the refunded one, not the ticket price', () => {
    expect(
      moneyOf(
        'Fare paid: £40.00. Because your service was more than an hour late, we have today paid £20.00 back to your bank account.',
      ),
    ).toBe('20.00 GBP');
    // Near miss: a sum the customer paid stays out.
    expect(moneyOf('You paid £40.00 for the ticket. We have refunded £20.00 to your bank account.')).toBe(
      '20.00 GBP',
    );
  });

  it('reads a refund within a time "if the carrier confirms" the loss as a promise', () => {
    expect(
      promisesOf(
        'We are looking into the tracking of your parcel. If the courier confirms it was lost, we will refund the order to your card within 5 business days.',
      ),
    ).toEqual(['refund.confirmed 5 business_days']);
    // Near miss: any other condition stays hypothetical.
    expect(
      promisesOf(
        'If you send us a photo of the damage, we will refund the order to your card within 5 business days.',
      ),
    ).toEqual([]);
  });

  it('reads a refund refused beside a voucher bought as the product, its expiry extended instead', () => {
    expect(
      classify(
        "Since you paid with a gift voucher, we're unable to process refunds for this booking, but we have extended the voucher's validity by three months.",
      ).kinds,
    ).toEqual(['refund.rejected']);
    // Near miss: a refund given as a voucher is still no money refund.
    expect(classify('We have refunded the booking as a gift voucher worth £40.').kinds).toEqual([]);
  });

  it('reads "You cancelled your booking … on 4 May" in a sentence of its own as a confirmed cancellation', () => {
    expect(
      classify(
        'Hello Sam, You cancelled your reservation RZ-44120 on 2 March. We have refunded £80.00 to your Visa card.',
      ).kinds,
    ).toEqual(['cancellation.confirmed', 'refund.confirmed']);
    // Near miss: the same words as the reason of a refusal, after "as", confirm nothing.
    expect(
      classify('As you cancelled your reservation after the deadline, we are unable to refund the £80.00.')
        .kinds,
    ).toEqual(['refund.rejected']);
  });

  it('does not confirm a cancellation for a train named in a relative clause as the background of a claim', () => {
    expect(
      classify(
        'Thanks for your delay claim for the 18:10 Leeds to York train on 3 March, which was cancelled. We have accepted your claim and £12.40 will be paid to your card within 10 days.',
      ).kinds,
    ).not.toContain('cancellation.confirmed');
    // Near miss: the customer's own booking cancelled is still a confirmed cancellation.
    expect(
      classify('Your booking for the 18:10 Leeds to York train has been cancelled as requested.').kinds,
    ).toContain('cancellation.confirmed');
  });

  it('reads "Your … broadband has now been disconnected." standing alone as a confirmed cancellation', () => {
    expect(
      classify(
        'Dear Ms Hale, Your fibre broadband has now been disconnected. Your closing bill will follow by email.',
      ).kinds,
    ).toEqual(['cancellation.confirmed']);
    // Near miss: the same words with a reason of non-payment confirm no cancellation.
    expect(
      classify('Your fibre broadband has now been disconnected because the balance is overdue.').kinds,
    ).toEqual([]);
  });

  it('reads "no deposit is returned" after an apology as a refused refund', () => {
    expect(
      classify(
        'Your gym membership has been closed as you asked. You wanted to know if the joining deposit could be refunded.\nWe are sorry, but under our terms no deposit is returned when a membership ends within the first year.',
      ).kinds,
    ).toEqual(['cancellation.confirmed', 'refund.rejected']);
    // Near miss: the same rule quoted as policy, with no apology or refusal, rejects nothing.
    expect(
      classify(
        'Refunds: please note that under our terms no deposit is returned when a membership ends within the first year.',
      ).kinds,
    ).toEqual([]);
  });

  it('does not read a carrier\'s bare "your return has arrived" as a refund under way', () => {
    expect(
      classify(
        'Hi Sam - your return has arrived\nThe seller will now handle your return. Refunds are dealt with by the seller, not by us.',
      ).kinds,
    ).toEqual([]);
    // Near miss: a retailer saying where it arrived has received the return.
    expect(
      classify('Hi Sam, your return has arrived at our warehouse and is being checked by the team.').kinds,
    ).toEqual(['refund.received']);
  });
});

describe('English, round HK–HN: the value of what is left, refused', () => {
  it('takes the sum of the unused part ("left, worth …") as the refused one', () => {
    expect(
      moneyOf(
        'Hello Dan, your membership bundle (£300.00) has 6 sessions remaining, valued at £90.00. Sadly we cannot refund unused sessions under our terms.',
      ),
    ).toBe('90.00 GBP');
    // Near miss: a sum labelled as refunded still wins over the value of what is left.
    expect(
      moneyOf(
        'You have 4 sessions left, worth £40.00. We have refunded £25.00 to your card for the cancelled class.',
      ),
    ).toBe('25.00 GBP');
  });
});

describe('English, round HO–HR', () => {
  it('reads a cancelled booking named in a relative clause of a refund request as background', () => {
    expect(
      classify(
        'Thank you, we have received your request for a refund for booking number 7Q2K9 (coach from Leeds to York, 3 March), which was cancelled because of flooding.',
      ).kinds,
    ).toEqual(['refund.received']);
    // Near miss: the booking stated as cancelled in a sentence of its own is still the news.
    expect(
      classify('Your booking 7Q2K9 has been cancelled. We have received your request for a refund.').kinds,
    ).toEqual(['cancellation.confirmed', 'refund.received']);
  });

  it('reads "the unused premium of <sum> will not be returned" as a refused refund of that sum', () => {
    expect(
      moneyOf(
        'Your home insurance policy was cancelled on 4 June. Because a claim was made this year, no premium refund is due and the remaining premium of £96.10 will not be returned.',
      ),
    ).toBe('96.10 GBP');
    expect(
      classify(
        'Your policy was cancelled on 4 June. The £40.00 you asked about will therefore not be refunded.',
      ).kinds,
    ).toEqual(['cancellation.confirmed', 'refund.rejected']);
  });

  it('reads a payment sent today and a credit processed to the card as paid', () => {
    expect(
      classify('We approved your claim and a payment of £7.20 has today been sent to the card you paid with.')
        .kinds,
    ).toEqual(['refund.confirmed']);
    expect(
      classify(
        'As no replacement is in stock, we have processed a credit of £89.00 to the debit card used for the order.',
      ).kinds,
    ).toEqual(['refund.confirmed']);
    // Near miss: a credit still to be processed is no payment.
    expect(
      classify('We will process a credit of £89.00 to the debit card used for the order.').kinds,
    ).not.toContain('refund.confirmed');
  });

  it('reads a win-back offer that restates when the plan ends as no cancellation news', () => {
    expect(
      classify(
        'We saved your spot, Sam.\nYour Streamly Plus plan is set to end on 4 April 2027. Keep watching until then.\nCome back for less: 3 months at £2.99 a month, then £8.99. Cancel anytime.\nUnsubscribe from these emails.',
      ).kinds,
    ).toEqual([]);
    // Near miss: the plain notice that the plan is set to end still confirms the cancellation.
    expect(
      classify(
        'Your Streamly Plus plan is set to end on 4 April 2027. Keep watching until then.\nUnsubscribe from these emails.',
      ).kinds,
    ).toEqual(['cancellation.confirmed']);
  });

  it('takes the premium refused, not the repair claim named as its reason, as the sum', () => {
    expect(
      moneyOf(
        'We have cancelled your appliance cover today.\nAs a repair claim (£412.00 for a new pump) was paid this year, we cannot refund any premiums. The £60.50 you asked about will not\nbe repaid.',
      ),
    ).toBe('60.50 GBP');
  });

  it('takes a membership agreement number as the reference', () => {
    expect(
      classify(
        'We cannot take cancellations by email. To end your membership (Agreement 5521-88310), please visit your home club.',
      ).reference,
    ).toBe('5521-88310');
  });
});

describe('English blind round HS-HV fixes', () => {
  it('reads an apology without "that" for a cancelled journey as the occasion of a refund, not as news', () => {
    expect(
      classify(
        "Thank you for asking us to refund your tickets. We're sorry your train on 14 May was cancelled. We'll look at your request and pay you back within 7 days.",
      ).kinds,
    ).toEqual(['refund.received']);
    expect(
      classify(
        'We apologise your flight to Dublin was cancelled. Your claim for a refund has been logged and will be reviewed.',
      ).kinds,
    ).toEqual(['refund.received']);
    // Near miss: the cancellation stated as news in a sentence of its own still counts.
    expect(
      classify(
        "Sorry for the trouble. Your train on 14 May was cancelled. We've refunded the fare to your card.",
      ).kinds,
    ).toEqual(['cancellation.confirmed', 'refund.confirmed']);
  });

  it('reads "we have registered the return" as a refund request received', () => {
    const text =
      'I have logged the return under RMA 4410. Once the item reaches our depot and has been checked, we will refund £19.99 to your card within 3 working days.';
    expect(classify(text).kinds).toEqual(['refund.received']);
    expect(promisesOf(text)).toEqual(['refund.confirmed 3 business_days']);
    // Near miss: a return journey booked is no refund matter.
    expect(classify('We have booked the return flight for you on 12 June.').kinds).toEqual([]);
  });
});

describe('English blind round HW–HZ', () => {
  it('reads a labelled "Reason:" line naming a trip the operator cancelled as the refund\'s occasion only', () => {
    expect(
      classify(
        'We have refunded your ticket.\nBooking: XK-55120\nReason: the 09:15 service was cancelled by the rail company\nRefund: £22.40',
      ).kinds,
    ).toEqual(['refund.confirmed']);
    expect(
      classify(
        'Refund reason:  Your flight to Porto was canceled by the airline.\nWe have paid £130.00 back to your card.',
      ).kinds,
    ).toEqual(['refund.confirmed']);
    // Near misses: the customer's own booking, or the trip's cancellation stated as news, still count.
    expect(classify('Reason: your booking was cancelled at your request.').kinds).toEqual([
      'cancellation.confirmed',
    ]);
    expect(
      classify('Your flight to Porto was canceled by the airline. We have paid £130.00 back to your card.')
        .kinds,
    ).toEqual(['cancellation.confirmed', 'refund.confirmed']);
  });
});

describe('English blind round II–IL', () => {
  it('reads a plan put back on a named free tier with no further charges as cancelled', () => {
    expect(
      classify(
        "We've refunded last month's charge to your card. Your workspace account has been moved back to the Starter plan, so you will not be charged again.",
      ).kinds,
    ).toEqual(['cancellation.confirmed', 'refund.confirmed']);
    // Near misses: back on a paid plan, or no word on further charges, is no cancellation.
    expect(
      classify(
        "We've refunded the duplicate charge to your card. Your account has been switched back to the annual plan, so you won't be charged again this month.",
      ).kinds,
    ).toEqual(['refund.confirmed']);
    expect(
      classify(
        "We've refunded last month's charge to your card. Your account has been switched back to the Starter plan.",
      ).kinds,
    ).toEqual(['refund.confirmed']);
  });
});

describe('English blind round IU–IX', () => {
  it('reads a workspace moved from a paid plan to a lower one, with no further charges, as cancelled', () => {
    expect(
      classify(
        'At your request, your workspace Northwind Labs has been switched from the Team plan to the Basic plan. After the current period ends you will not be charged again.',
      ).kinds,
    ).toEqual(['cancellation.confirmed']);
    // Near misses: moved onto a paid or longer plan, or no word on further charges, is no cancellation.
    expect(
      classify(
        "Your subscription has been moved from the Basic plan to the Premium plan. You won't be charged again this month.",
      ).kinds,
    ).toEqual([]);
    expect(classify('Your workspace has been switched from the Team plan to the Basic plan.').kinds).toEqual(
      [],
    );
  });

  it('reads an agent unable to approve a return and refund as a refusal', () => {
    const reading = classify(
      "Having checked your order, I'm afraid we are unable to approve a return and refund of the £89.00 for this headset, as it was delivered more than 30 days ago.",
    );
    expect(reading.kinds).toEqual(['refund.rejected']);
    // Near miss: only held back until the item is inspected.
    expect(
      classify('Sorry, we are unable to approve a return until the item has been inspected.').kinds,
    ).toEqual([]);
  });

  it('takes an answer from the billing team within a time as no promise', () => {
    expect(
      classify(
        'I have forwarded your refund request to our billing team. You should get a reply from them within 3-5 business days.',
      ).promises,
    ).toEqual([]);
    // Near miss: the refund itself promised in the same sentence still counts.
    expect(
      classify(
        'We have received your refund request. You can expect an answer within 2 days and the refund itself within 10 business days.',
      ).promises,
    ).toEqual([{ expect: 'refund.confirmed', within: { value: 10, unit: 'business_days' } }]);
  });

  it('reads "what we have done is cancel the booking" as cancelled', () => {
    expect(
      classify(
        "We cannot refund the room to your card, I'm afraid. What we've done, as a goodwill gesture, is cancel your reservation with the hotel and add the amount to your account as credit.",
      ).kinds,
    ).toContain('cancellation.confirmed');
    // Near miss: an offer of what could be done is no cancellation.
    expect(classify('What we can do is cancel your booking if you reply by Friday.').kinds).toEqual([]);
  });
});

describe('English blind round IY–JB', () => {
  it('reads "we have cancelled your licence" as a cancellation, not a seat removed from a team plan', () => {
    expect(
      classify(
        'Thanks for letting us know you have moved abroad. We have cancelled your fishing licence with effect from 1 March and will take no more payments.',
      ).kinds,
    ).toEqual(['cancellation.confirmed']);
    // Near miss: an extra licence dropped from a plan that goes on is no cancellation.
    expect(
      classify('We have cancelled your additional licence as asked; the rest of your team plan stays active.')
        .kinds,
    ).toEqual([]);
    expect(classify("We've cancelled the two unused licences on your workspace.").kinds).toEqual([]);
  });

  it('takes a licence number beside a cancellation', () => {
    expect(
      classify(
        'Licence number: 5510294837\n\nWe have cancelled your licence from 3 April and stopped the payments.',
      ).reference,
    ).toBe('5510294837');
  });
});

describe('Paid sums', () => {
  it('reads a sum followed by words saying the customer paid it as the price, not the refund named after it', () => {
    expect(
      moneyOf(
        "We've received your request for a refund of the £35.00 you paid. An administration fee applies. Your refund of £25.00 will be returned to your card within 28 days.",
      ),
    ).toBe('25.00 GBP');
  });
});

describe('Blind round JS–JV (English)', () => {
  it('reads a "credit balance refunded" field as a refund paid, not credit kept', () => {
    const reading = classify(
      'Hello Sam,\n\nYou wanted the credit sitting on your account back, so here it is.\n\nBalance refunded: £42.50\nPaid to: account ending 1188\n\nThe money can take up to 3 days to show.',
    );
    expect(reading.kinds).toEqual(['refund.confirmed']);
    expect(reading.amount).toBe('42.50');
    expect(
      classify('Your closing account summary\nCredit balance refunded: £13.07\nDate paid: 2 May 2026').kinds,
    ).toEqual(['refund.confirmed']);
    // Near miss: a credit balance still only to be refunded is no refund paid.
    expect(classify('Credit balance to be refunded: £13.07').kinds).not.toContain('refund.confirmed');
  });

  it('takes the sum of "return the payment of" in a refusal as the refused sum', () => {
    expect(
      moneyOf(
        'Your booking was on a prepaid saver fare that cannot be refunded. We are therefore unable to return the payment of £74.00, but we have added a travel credit of £74.00 to your profile.',
      ),
    ).toBe('74.00 GBP');
    expect(
      moneyOf(
        'Sadly the deposit is non-refundable, and we cannot give back the deposit of £300.00 you asked about.',
      ),
    ).toBe('300.00 GBP');
  });

  it('does not take the price a ticket was bought for as the sum refused', () => {
    expect(
      moneyOf(
        'Thanks for asking about a refund for your yearly pass, purchased in January for £480.00. Since the pass has been used for over six months, we cannot refund the £120.00 you requested.',
      ),
    ).toBe('120.00 GBP');
    // The bought-for sum alone is still the one the refusal is about.
    expect(moneyOf('We cannot refund the pass you bought for £480.00, as it has already been used.')).toBe(
      '480.00 GBP',
    );
  });
});

describe('English blind round JW–JZ', () => {
  it('reads a reply promised within a time, without "to you", as no promise', () => {
    expect(
      promisesOf(
        'Thanks, we have received your request for a refund. Someone from accounts will look at it and reply within 5 working days.',
      ),
    ).toEqual([]);
    expect(
      promisesOf(
        'We have logged your refund request. Our billing staff will check the payment and reply within two business days.',
      ),
    ).toEqual([]);
    // Near miss: a reply that confirms the refund within a time stays a promise.
    expect(
      promisesOf(
        'We have logged your refund request. Our billing staff will reply within 2 business days to confirm the refund.',
      ),
    ).toEqual(['refund.confirmed 2 business_days']);
    // Near miss: the refund itself promised within a time stays a promise.
    expect(
      promisesOf(
        'We have logged your refund request. Our billing staff will review it and refund you within 3 business days.',
      ),
    ).toEqual(['refund.confirmed 3 business_days']);
  });
});

describe('English blind round KE–KH', () => {
  it('reads a workspace or team moved to the free plan, with no further charges, as ended', () => {
    expect(
      classify(
        'We have refunded your last monthly payment to your card. As you asked, your team has been moved to our Free tier, so you will not be charged again.',
      ).kinds,
    ).toEqual(['cancellation.confirmed', 'refund.confirmed']);
    expect(
      classify("Done: your organisation was switched to the free plan and you won't be charged again.").kinds,
    ).toEqual(['cancellation.confirmed']);
    // Near miss: the free plan alone, or with charges back once you upgrade, ends nothing.
    expect(
      classify('Your workspace has been moved to the Free plan. You can upgrade again at any time.').kinds,
    ).toEqual([]);
    expect(
      classify(
        "Your workspace is now switched to the free plan; you won't be charged again until you upgrade.",
      ).kinds,
    ).toEqual([]);
    // Near miss: an offer to move the workspace is not done.
    expect(
      classify(
        'If you wish, your workspace can be moved to the Free plan, so you would not be charged again.',
      ).kinds,
    ).toEqual([]);
  });
});

describe('English blind round KI–KL', () => {
  it("does not take an earlier claim's number, given as the reason for a refusal, for the reference", () => {
    expect(
      classify(
        'Your motor policy MTR-448120 has been cancelled from 2 June. Because a claim for windscreen damage (claim ref. WS-90017) was settled under this policy, we cannot return any of the premium.',
      ).reference,
    ).toBe('MTR-448120');
    expect(
      classify(
        'Your pet policy PP-771203 ended on 4 May. A claim had been paid on it in March (vet fees, claim number VF-55310), so no premium is refundable.',
      ).reference,
    ).toBe('PP-771203');
    // Near misses: the customer's own claim, paid now or received, keeps its number.
    expect(
      classify(
        'Your claim (claim ref. WS-90017) under policy MTR-448120 was paid today: we have transferred £240.00 to your account.',
      ).reference,
    ).toBe('WS-90017');
    expect(
      classify(
        'Thank you for making a claim (claim number VF-55310) under policy PP-771203. We have received it and will review it.',
      ).reference,
    ).toBe('VF-55310');
  });
});

describe('English blind round KM–KP', () => {
  it('reads a cancelled flight named with its flight number as the reason for a refund, not as news', () => {
    expect(
      classify(
        'Because your flight BA 2291 to Nice on 3 June was cancelled due to bad weather, you are owed the full fare. We have refunded £210.40 to your card today.',
      ).kinds,
    ).toEqual(['refund.confirmed']);
    expect(
      classify(
        'Since your flight number EZ4417 from Bristol was cancelled, the whole fare was due back to you. We refunded £88.00 to your Mastercard this morning.',
      ).kinds,
    ).toEqual(['refund.confirmed']);
    // Near miss: a flight cancellation stated as news in its own sentence still counts.
    expect(
      classify(
        'Your flight BA 2291 to Nice on 3 June was cancelled due to bad weather. We have refunded £210.40 to your card today.',
      ).kinds,
    ).toEqual(['cancellation.confirmed', 'refund.confirmed']);
  });

  it('keeps a refund promise hedged only by a check that everything is in order', () => {
    expect(
      classify(
        "We've got your refund request. If all is in order, the money will be back on your card within 10 working days.",
      ).promises,
    ).toEqual([{ expect: 'refund.confirmed', within: { value: 10, unit: 'business_days' } }]);
    expect(
      classify(
        "Your return has been booked in. When it arrives we'll inspect it, and if everything's in order we'll refund you within 3 working days.",
      ).promises,
    ).toEqual([{ expect: 'refund.confirmed', within: { value: 3, unit: 'business_days' } }]);
    // Near miss: a condition on the customer's own step is no promise.
    expect(
      classify(
        "We've got your refund request. If you send us the receipt, the money will be back on your card within 10 working days.",
      ).promises,
    ).toEqual([]);
  });

  it('reads "we can\'t do this" after a premium refund asked for as its refusal', () => {
    const reading = classify(
      'Your home policy was cancelled on 2 March, as you asked. You asked us to return the premiums you paid this year, £96.10. I am sorry, but we are unable to do that. A claim was made on the policy in January.',
    );
    expect(reading.kinds).toEqual(['cancellation.confirmed', 'refund.rejected']);
    expect(reading.amount).toBe('96.10');
    expect(
      classify('You asked for a refund of the booking fee. Unfortunately we cannot do this.').kinds,
    ).toEqual(['refund.rejected']);
    // Near miss: a refusal to do something online, with the refund still under way, refuses nothing.
    expect(
      classify(
        'You asked us to refund the deposit. We cannot do this online, so we have passed it to our refunds team, who will review it.',
      ).kinds,
    ).not.toContain('refund.rejected');
  });
});

describe('English blind round KQ–KT', () => {
  it('reads "we\'ve stopped supplying gas/electricity to …" after a move as the supply ended', () => {
    expect(
      classify(
        'Hello Sam, we have stopped supplying gas to your former home from 4 March, the date you moved out. Your closing statement will follow by post.',
      ).kinds,
    ).toEqual(['cancellation.confirmed']);
    expect(
      classify(
        "We've now stopped supplying your electricity as of 12 May, using the final reading you gave us.",
      ).kinds,
    ).toEqual(['cancellation.confirmed']);
    // Near misses: a supply stopped for a while, one not stopped yet, and other goods are no supply ended.
    expect(
      classify('We have temporarily stopped supplying gas to the street while engineers repair a leak.')
        .kinds,
    ).toEqual([]);
    expect(
      classify(
        "We haven't stopped supplying electricity to your address yet, as we still need a final meter reading.",
      ).kinds,
    ).toEqual([]);
    expect(
      classify('We stopped supplying gas boilers in 2024, but we can still service yours.').kinds,
    ).toEqual([]);
  });

  it('reads "we\'ve approved your delay repay claim" with the payment still to come as a refund under way', () => {
    const text =
      'Thanks for waiting. We have approved your delay repay claim for the late arrival on 3 June. Amount approved: £6.10. The payment will be made to your card within 5 working days.';
    const reading = classify(text);
    expect(reading.kinds).toEqual(['refund.received']);
    expect(reading.amount).toBe('6.10');
    expect(promisesOf(text)).toEqual(['refund.confirmed 5 business_days']);
    // Near miss: a claim not approved is no refund under way.
    expect(
      classify('We have not approved your delay repay claim, as the train was under 15 minutes late.').kinds,
    ).toEqual([]);
  });

  it('reads a review of reports within a time as an answer, not a refund promise', () => {
    expect(
      promisesOf(
        'Your refund request has been logged. Our team usually reviews incident reports within 2 working days and will let you know the outcome.',
      ),
    ).toEqual([]);
    // Near miss: the refund itself promised within a time is still a promise.
    expect(
      promisesOf(
        'Your refund request has been logged. Once approved, we will refund the payment within 2 working days.',
      ),
    ).toEqual(['refund.confirmed 2 business_days']);
  });

  it('reads a train named in a paid compensation claim with its claim number as background, not a cancellation', () => {
    const reading = classify(
      'Thanks for sending compensation claim no. CC-88213 for the 17:05 Leeds to York train on 4 March, which was cancelled. We have paid £9.80 back to your card today.',
    );
    expect(reading.kinds).toEqual(['refund.confirmed']);
    // Near miss: a cancellation stated as the news still counts.
    expect(
      classify(
        'Your booking BK-4410 was cancelled by our team this morning, and we have refunded £9.80 to your card.',
      ).kinds,
    ).toEqual(['cancellation.confirmed', 'refund.confirmed']);
  });

  it("reads money made available in the customer's marketplace balance as a refund paid", () => {
    const text =
      'We reviewed your dispute and decided it in your favour. Refund: £23.00. The money is now available in your Shopway balance and you can transfer it to your bank whenever you like.';
    const reading = classify(text);
    expect(reading.kinds).toEqual(['refund.confirmed']);
    expect(reading.amount).toBe('23.00');
    // Near misses: details to view, and money still to come, confirm nothing.
    expect(
      classify('Your refund details are available in your account to view at any time.').kinds,
    ).not.toContain('refund.confirmed');
    expect(
      classify('Once approved, the money will be available in your balance within 5 days.').kinds,
    ).not.toContain('refund.confirmed');
  });
  it('reads "no refund … is due" as a refused refund beside a cancelled policy', () => {
    const reading = classify(
      'Your car insurance policy was cancelled on 3 May at your request. Because a claim was paid on it this year, no refund of the £148.20 premium is due.',
    );
    expect(reading.kinds).toEqual(['cancellation.confirmed', 'refund.rejected']);
    expect(classify('We have checked your account and no refund is payable.').kinds).toEqual([
      'refund.rejected',
    ]);
    // Near misses: a refund not due yet, or due only under a condition, refuses nothing.
    expect(
      classify('No refund is due yet, as the goods have not reached our warehouse.').kinds,
    ).not.toContain('refund.rejected');
    expect(classify('If you cancel after the cooling-off period, no refund is due.').kinds).not.toContain(
      'refund.rejected',
    );
    expect(
      classify('Your table booking is cancelled. As no deposit was taken, no refund is due.').kinds,
    ).toEqual(['cancellation.confirmed']);
  });
});

describe('English, blind round LC–LF', () => {
  it('reads a refund into a wallet the next sentence lets the customer withdraw to a bank as money refunded', () => {
    const reading = classify(
      'We have closed your dispute in your favour. We have refunded £41.20 to your Pocket Wallet. You can withdraw the balance to your bank account whenever you like.',
    );
    expect(reading.kinds).toEqual(['refund.confirmed']);
    expect(
      moneyOf(
        'We have refunded £41.20 to your Pocket Wallet. You can withdraw the balance to your bank account whenever you like.',
      ),
    ).toBe('41.20 GBP');
    // Near misses: a wallet to spend in the shop, or one that cannot be paid out, stays credit.
    expect(
      classify(
        'We have refunded £41.20 to your Pocket Wallet. The funds can be spent on any order in our shop.',
      ).kinds,
    ).toEqual([]);
    expect(
      classify(
        'We have refunded £41.20 to your Pocket Wallet. Wallet funds cannot be withdrawn to a bank account.',
      ).kinds,
    ).toEqual([]);
    expect(
      classify(
        'We have refunded £41.20 to your Pocket Wallet. You can transfer the funds to a friend or spend them with your card.',
      ).kinds,
    ).toEqual([]);
  });
  it('promises the refund within a time once the seller has received the returned goods', () => {
    expect(
      promisesOf(
        'Your return has been booked. As soon as the seller has received your parcel, we will refund you within 3 working days.',
      ),
    ).toEqual(['refund.confirmed 3 business_days']);
    // Near miss: the seller's own time to answer is no promise of the refund.
    expect(
      promisesOf('We have passed your refund request to the seller. The seller has 7 days to reply to it.'),
    ).toEqual([]);
  });
  it('takes the "Amount paid" line of a paid compensation claim over the ticket price above it', () => {
    expect(
      moneyOf(
        'Your delay compensation claim has been approved and paid.\n\nTicket:        Off-Peak Return, £42.60\nAmount paid:   £10.65\n\nThe money has been sent to your card today.',
      ),
    ).toBe('10.65 GBP');
  });
  it('reads a request acknowledged for a named sum "to be refunded" as a refund received', () => {
    expect(
      classify(
        'Good afternoon, we have received your request for the booking deposit to be refunded and have asked our manager to look at it. You should hear from us this week.',
      ).kinds,
    ).toEqual(['refund.received']);
    expect(classify('Hi, we have logged your request to have the admin fee refunded.').kinds).toEqual([
      'refund.received',
    ]);
    // Near miss: a request about the payment that asks for no refund.
    expect(
      classify('Hello, we have received your request for the payment to be moved to next month.').kinds,
    ).toEqual([]);
  });
  it('reads no promise in the time a third party failed to answer within', () => {
    expect(
      promisesOf(
        'The shop did not reply to your dispute within 2 days, so we have approved a refund of £15.00. It will be paid to your card within 4 working days.',
      ),
    ).toEqual(['refund.confirmed 4 business_days']);
    // Near miss: the vendor's own time for the refund in a sentence of its own is still promised.
    expect(
      promisesOf(
        'We have approved a refund of £15.00 for your order. It will reach your card within 2 days.',
      ),
    ).toEqual(['refund.confirmed 2 days']);
  });
});

describe('English blind round LO–LR', () => {
  it('reads money refused in cash with a voucher or credit given instead as a refused refund', () => {
    const voucher =
      'Your ticket was paid for with a company gift card, so we cannot refund the fare in cash, and we have sent you a travel voucher for £22.60 instead.';
    expect(classify(voucher).kinds).toEqual(['refund.rejected']);
    expect(moneyOf(voucher)).toBe('22.60 GBP');
    expect(
      classify(
        'We are unable to pay delay compensation in cash, so an e-voucher for £9.00 has been issued instead.',
      ).kinds,
    ).toEqual(['refund.rejected']);
    // Near miss: a voucher given as the refund, with no money refused, is still no refund kind.
    expect(classify('We have sent you a travel voucher for £22.60 instead of a refund.').kinds).toEqual([]);
    // Near miss: cash refused but the money paid to the bank, with no voucher instead, refuses nothing.
    expect(
      classify(
        'We are unable to pay compensation in cash, but we have paid £9.00 into your bank account today.',
      ).kinds,
    ).toEqual(['refund.confirmed']);
  });
});
