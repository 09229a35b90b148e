/** Money: exact decimals, amounts rounded to the cent half away from zero (README "Money"). */
import { expect } from 'chai';
import { canonical, dec, isDecimalText, parseDecimal, roundMoney, sum } from '../../src/domain/money';

describe('money', () => {
  it('0.1 × 3 is exactly 0.30 (no binary floating point)', () => {
    expect(roundMoney(dec('0.1').times(3))).to.equal('0.30');
    expect(0.1 * 3).to.not.equal(0.3); // what a float would have given
  });

  it('19.99 × 3 is exactly 59.97', () => {
    expect(roundMoney(dec('19.99').times(3))).to.equal('59.97');
  });

  it('sums amounts exactly: 0.1 + 0.2 = 0.30', () => {
    expect(roundMoney(sum([dec('0.1'), dec('0.2')]))).to.equal('0.30');
  });

  it('rounds half away from zero: 0.125 -> 0.13, 0.135 -> 0.14, 2.5 cents up', () => {
    expect(roundMoney(dec('0.125'))).to.equal('0.13');
    expect(roundMoney(dec('0.135'))).to.equal('0.14');
    expect(roundMoney(dec('1.005'))).to.equal('1.01');
  });

  it('rounds negative halves away from zero too: -0.125 -> -0.13', () => {
    expect(roundMoney(dec('-0.125'))).to.equal('-0.13');
    expect(roundMoney(dec('-1.005'))).to.equal('-1.01');
  });

  it('rounds below half toward zero: 0.124 -> 0.12, -0.124 -> -0.12', () => {
    expect(roundMoney(dec('0.124'))).to.equal('0.12');
    expect(roundMoney(dec('-0.124'))).to.equal('-0.12');
  });

  it('writes amounts with exactly two decimals', () => {
    expect(roundMoney(dec('360'))).to.equal('360.00');
    expect(roundMoney(dec('0'))).to.equal('0.00');
  });

  it('keeps large amounts exact', () => {
    expect(roundMoney(dec('12345678901234.565'))).to.equal('12345678901234.57');
  });

  it('writes quantities and rates canonically: no exponent, no trailing zeros', () => {
    expect(canonical(dec('120.00'))).to.equal('120');
    expect(canonical(dec('2.50'))).to.equal('2.5');
    expect(canonical(dec('1e-7'))).to.equal('0.0000001');
    expect(canonical(dec('-0.750'))).to.equal('-0.75');
  });

  it('parses decimal text as sent on the wire and refuses anything else', () => {
    expect(parseDecimal(' 19.99 ')?.toString()).to.equal('19.99');
    expect(parseDecimal('.5')?.toString()).to.equal('0.5');
    expect(parseDecimal('1e3')?.toString()).to.equal('1000');
    for (const bad of ['', 'abc', '1,5', '1.2.3', 'NaN', 'Infinity', '0x10']) {
      expect(parseDecimal(bad), bad).to.equal(undefined);
      expect(isDecimalText(bad), bad).to.equal(false);
    }
  });
});
