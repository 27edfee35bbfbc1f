import { describe, expect, it } from 'vitest';
import { containsBsn, findBsnLike, passesElfproef, redactBsn } from '../../src/domain/bsn.ts';

describe('passesElfproef', () => {
  it('accepts valid BSNs', () => {
    expect(passesElfproef('111222333')).toBe(true);
    expect(passesElfproef('123456782')).toBe(true);
    expect(passesElfproef('999999990')).toBe(true);
  });

  it('rejects invalid numbers, all zeros and wrong lengths', () => {
    expect(passesElfproef('123456789')).toBe(false);
    expect(passesElfproef('111222334')).toBe(false);
    expect(passesElfproef('000000000')).toBe(false);
    expect(passesElfproef('12345678')).toBe(false);
    expect(passesElfproef('1234567820')).toBe(false);
  });
});

describe('findBsnLike', () => {
  it('finds a contiguous BSN in a sentence', () => {
    expect(findBsnLike('Cliënt met BSN 123456782 is aangemeld bij GGZ Rivierduinen.')).toEqual(['123456782']);
  });

  it.each(['123.456.782', '123-456-782', '123 456 782', '1234 56 782', '1234.56.782', '12 34 56 782'])(
    'finds the written form %s',
    (written) => {
      expect(findBsnLike(`bsn: ${written}, graag terugbellen`)).toEqual([written]);
    },
  );

  it('finds several in order', () => {
    expect(findBsnLike('Eerst 111222333, daarna 123.456.782')).toEqual(['111222333', '123.456.782']);
  });

  it('finds a BSN right after another number separated by a space', () => {
    expect(findBsnLike('tel 0612345678 123456782')).toEqual(['123456782']);
  });

  it('ignores nine digits that fail the elfproef', () => {
    expect(findBsnLike('Dossiernummer 123456789 en 111 222 334')).toEqual([]);
  });

  it('ignores all zeros', () => {
    expect(findBsnLike('BSN onbekend: 000000000')).toEqual([]);
  });

  it('ignores Dutch phone numbers, including ones containing a valid nine-digit tail', () => {
    // 123456782 passes the elfproef, but here it is part of a ten-digit number.
    expect(findBsnLike('Bel 0123456782 of 06-12345678 of +31 6 12345678 of 071-1234567')).toEqual([]);
    expect(findBsnLike('mobiel 0612 345 678')).toEqual([]);
  });

  it('ignores longer digit runs such as IBANs and order numbers', () => {
    expect(findBsnLike('IBAN NL91ABNA0417164300, order 1234567820')).toEqual([]);
    expect(findBsnLike('kenmerk 1123456782')).toEqual([]);
  });

  it('ignores postcodes, dates, times and amounts', () => {
    const text =
      'Overleg op 23-11-2026 om 09:00 in 2311 AB Leiden, huisnummer 12. ' +
      'Budget € 1.234.567,82 of 12.345.678,00 euro; 1.234.567 bezoekers.';
    expect(findBsnLike(text)).toEqual([]);
  });

  it('refuses an amount whose whole part is nine elfproef digits (a BSN in disguise)', () => {
    expect(findBsnLike('€ 123456782')).toEqual(['123456782']);
    expect(findBsnLike('123456782,00')).toEqual(['123456782']);
    expect(findBsnLike('Budget € 123.456.782,00')).toEqual(['123.456.782']);
  });

  it('does not glue a date to a following number', () => {
    expect(findBsnLike('op 2026-11-23 12 gesprekken')).toEqual([]);
  });
});

describe('containsBsn / redactBsn', () => {
  it('tells whether text holds a BSN', () => {
    expect(containsBsn('Afspraak met Gemeente Leiden over 111222333')).toBe(true);
    expect(containsBsn('Afspraak met Gemeente Leiden, bel 0612345678')).toBe(false);
  });

  it('replaces every BSN and leaves the rest untouched', () => {
    expect(redactBsn('BSN 123.456.782 en 111222333, tel 0612345678')).toBe(
      'BSN [BSN verwijderd] en [BSN verwijderd], tel 0612345678',
    );
    expect(redactBsn('Niets geheims hier.')).toBe('Niets geheims hier.');
  });
});
