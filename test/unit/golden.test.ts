/**
 * The golden-envelope comparison (test/support/golden.ts) must be able to fail: whitespace between
 * elements does not matter, wildcards match only where they stand, and any other difference is a diff.
 */
import { expect } from 'chai';
import { expandRequest, goldenDiff, prettyLines, splitEnvelopes } from '../support/golden';

describe('golden envelope comparison', () => {
  it('ignores whitespace between elements and inside tags', () => {
    expect(goldenDiff('<a  x="1">\n  <b>t</b>\n  <c/>\n</a>', '<a x="1"><b>t</b><c /></a>')).to.equal(
      undefined,
    );
  });

  it('lays a document out one element per line', () => {
    expect(prettyLines('<a><b>t</b><c/></a>')).to.deep.equal(['<a>', '  <b>t</b>', '  <c/>', '</a>']);
  });

  it('matches the wildcards {{*}}, {{dateTime}} and {{nsId}}, and only what they describe', () => {
    const golden = '<r><m>{{*}}</m><d>{{dateTime}}</d><n>{{nsId}}</n></r>';
    const ok =
      '<r><m>any "text"</m><d>2024-03-01T00:00:00.000-08:00</d><n>WEBSERVICES_TSTDRV123_03012024000000001_ab12</n></r>';
    expect(goldenDiff(golden, ok)).to.equal(undefined);
    expect(goldenDiff(golden, ok.replace('2024-03-01T00:00:00.000-08:00', 'yesterday'))).to.include(
      '+   <d>yesterday</d>',
    );
  });

  it('reports a changed, a missing and an extra element as a diff', () => {
    const diff = goldenDiff('<a><b>1</b><c>2</c></a>', '<a><b>9</b><d>3</d><c>2</c></a>');
    expect(diff).to.equal(
      ['  <a>', '+   <b>9</b>', '+   <d>3</d>', '-   <b>1</b>', '    <c>2</c>', '  </a>'].join('\n'),
    );
  });

  it('expands {{repeat}} and signs a fresh {{tokenPassport}} with overrides', () => {
    const xml = expandRequest('{{repeat 3}}<x>{{i}}</x>{{/repeat}}{{tokenPassport signature=AAAA}}');
    expect(xml).to.match(/^<x>1<\/x><x>2<\/x><x>3<\/x><msgs:tokenPassport xmlns:msgs="urn:messages_2023_2\./);
    expect(xml).to.include('<core:signature algorithm="HMAC-SHA256">AAAA</core:signature>');
    expect(expandRequest('{{tokenPassport}}')).to.not.equal(expandRequest('{{tokenPassport}}'));
  });

  it('splits setup.xml into envelopes at each XML declaration', () => {
    expect(splitEnvelopes('<?xml version="1.0"?><a/>\n<?xml version="1.0"?><b/>')).to.deep.equal([
      '<?xml version="1.0"?><a/>',
      '<?xml version="1.0"?><b/>',
    ]);
  });
});
