import { describe, expect, it } from 'vitest';
import { htmlMayHoldForward } from '../../../shared/mail/forward-markers';

describe('the quick HTML forward hint', () => {
  it('sees a "From" label in any supported language, tags between it and its colon', () => {
    expect(htmlMayHoldForward('<p><b>From:</b> Shop &lt;a@shop.example&gt;</p>')).toBe(true);
    expect(htmlMayHoldForward('<p><b>Von</b> <span>:</span> Shop</p>')).toBe(true);
    expect(htmlMayHoldForward('<div>От: Магазин</div>')).toBe(true);
    expect(htmlMayHoldForward('<div>(De : Boutique)</div>')).toBe(true);
  });

  it('sees separators and client markers', () => {
    expect(htmlMayHoldForward('<div class="gmail_quote">x</div>')).toBe(true);
    expect(htmlMayHoldForward('<p>Begin forwarded message</p>')).toBe(true);
  });

  it('ignores a label that only ends a longer word', () => {
    expect(htmlMayHoldForward('<p>Bestellcode: 123, Merida: ok</p>')).toBe(false);
    expect(htmlMayHoldForward('<p>Paradefrom: x</p>')).toBe(false);
  });
});
