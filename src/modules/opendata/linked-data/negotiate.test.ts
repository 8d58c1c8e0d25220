import { describe, expect, it } from 'vitest';
import { negotiate, splitSuffix } from './negotiate.js';

describe('content negotiation', () => {
  it.each([
    ['text/turtle', 'ttl'],
    ['application/n-triples', 'nt'],
    ['application/ld+json', 'jsonld'],
    ['application/json', 'json'],
    ['text/html', 'html'],
    ['TEXT/Turtle; charset=utf-8', 'ttl'],
  ])('an exact type picks its format: %s', (accept, format) => expect(negotiate(accept)).toBe(format));

  it('respects q-values, whatever the order', () => {
    expect(negotiate('text/html;q=0.5, text/turtle;q=0.9')).toBe('ttl');
    expect(negotiate('application/ld+json;q=0.2, application/n-triples;q=0.8, text/turtle;q=0.7')).toBe('nt');
    expect(negotiate('text/turtle;q=0.1, */*;q=0.2')).toBe('html');
  });

  it('takes the most specific range for each format: q=0 on an exact type excludes it even under */*', () => {
    expect(negotiate('text/html;q=0, */*')).toBe('ttl');
    expect(negotiate('text/*;q=0.3, text/turtle;q=0, application/json;q=0.2')).toBe('html');
  });

  it('a browser gets HTML; no Accept header or */* too', () => {
    expect(negotiate('text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8')).toBe('html');
    expect(negotiate(undefined)).toBe('html');
    expect(negotiate('*/*')).toBe('html');
  });

  it('breaks ties by the server order within a wildcard: application/* prefers JSON-LD', () => {
    expect(negotiate('application/*')).toBe('jsonld');
  });

  it('returns null when nothing is acceptable (406)', () => {
    expect(negotiate('image/png')).toBeNull();
    expect(negotiate('text/turtle;q=0')).toBeNull();
    expect(negotiate('application/xml, text/plain')).toBeNull();
  });

  it('ignores malformed ranges and q-values instead of failing', () => {
    expect(negotiate('garbage, text/turtle;q=abc, application/ld+json')).toBe('jsonld');
    expect(negotiate(';;;,,')).toBe('html');
  });

  it('splits a known format suffix off an id, and only a known one', () => {
    expect(splitSuffix('stuurgroep-2026-001.ttl')).toEqual({ id: 'stuurgroep-2026-001', format: 'ttl' });
    expect(splitSuffix('R1.1')).toEqual({ id: 'R1.1', format: null });
    expect(splitSuffix('R1.1.jsonld')).toEqual({ id: 'R1.1', format: 'jsonld' });
    expect(splitSuffix('x.xml')).toEqual({ id: 'x.xml', format: null });
  });
});
