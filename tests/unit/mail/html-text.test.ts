import { describe, expect, it } from 'vitest';
import { extractJsonLd, extractLinks, htmlToText } from '../../../shared/mail/html-text';

describe('htmlToText', () => {
  it('drops hidden preheaders, styles and scripts', () => {
    const html = `<html><head><style>.x{color:red}</style><title>Mail</title></head><body>
      <div style="display:none;max-height:0">PREHEADER one</div>
      <span style="DISPLAY: none">PREHEADER two</span>
      <div style="mso-hide:all">PREHEADER three</div>
      <script>var tracking = 1;</script>
      <p>Your refund was issued.</p></body></html>`;
    const text = htmlToText(html);
    expect(text).toBe('Your refund was issued.');
  });

  it('keeps table cells apart and rows on their own lines', () => {
    const html =
      '<table><tr><td>Refund amount</td><td>£4.99</td></tr><tr><td>Order ID</td><td>MM2K7XQ9RT</td></tr></table>';
    const lines = htmlToText(html)
      .split('\n')
      .filter((line) => line.trim());
    expect(lines).toEqual(['Refund amount\t£4.99', 'Order ID\tMM2K7XQ9RT']);
  });

  it('keeps link text without inlining the href', () => {
    const text = htmlToText('<p>See <a href="https://click.example.com/?u=abc">your account</a>.</p>');
    expect(text).toBe('See your account.');
  });

  it('keeps headings in their own case', () => {
    expect(htmlToText('<h1>Refund issued</h1><p>Done.</p>')).toBe('Refund issued\n\nDone.');
  });

  it('keeps a forward pasted above the vendor document, outside its body', () => {
    const html =
      '<div>Is this the one I cancelled?</div><div>De: zooplus &lt;news@zooplus.fr&gt;<br>Objet: Offre</div>' +
      '<html><head><title>Offre</title></head><body><p>Bonjour Sophie,</p></body></html>';
    expect(htmlToText(html)).toBe(
      'Is this the one I cancelled?\nDe: zooplus <news@zooplus.fr>\nObjet: Offre\n\nBonjour Sophie,',
    );
  });
});

describe('extractLinks', () => {
  it('lists http(s) and mailto targets with entities decoded', () => {
    const html =
      '<a href="https://shop.example.com/a?x=1&amp;y=2">a</a><a href=\'mailto:help@shop.example.com\'>b</a><a href="#top">c</a><a href=javascript:void(0)>d</a>';
    expect(extractLinks(html)).toEqual([
      'https://shop.example.com/a?x=1&y=2',
      'mailto:help@shop.example.com',
    ]);
  });
});

describe('extractJsonLd', () => {
  it('parses JSON-LD blocks and flattens arrays and @graph', () => {
    const html = `
      <script type="application/ld+json">{"@context":"https://schema.org","@type":"Order","orderStatus":"https://schema.org/OrderCancelled"}</script>
      <script type='application/ld+json'>[{"@type":"ParcelDelivery"},{"@type":"Organization","name":"Shop"}]</script>
      <script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"EmailMessage"}]}</script>`;
    expect(extractJsonLd(html).map((item) => (item as { '@type': string })['@type'])).toEqual([
      'Order',
      'ParcelDelivery',
      'Organization',
      'EmailMessage',
    ]);
  });

  it('skips a broken block and keeps the others', () => {
    const html =
      '<script type="application/ld+json">{broken</script><script type="application/ld+json">{"@type":"Order"}</script>';
    expect(extractJsonLd(html)).toEqual([{ '@type': 'Order' }]);
  });

  it('ignores ordinary scripts', () => {
    expect(extractJsonLd('<script>{"@type":"Order"}</script>')).toEqual([]);
  });
});
