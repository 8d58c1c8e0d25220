import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { messageKeys, translator } from './i18n.js';
import { projectRoot } from '../paths.js';

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name) ? [path] : [];
  });
}

describe('message files', () => {
  it('have the same keys in Dutch and English', () => {
    expect(messageKeys('en').sort()).toEqual(messageKeys('nl').sort());
  });

  it('define every key the code asks for with a literal t(...)', () => {
    const known = new Set(messageKeys('nl'));
    const missing: string[] = [];
    for (const file of sourceFiles(join(projectRoot, 'src'))) {
      for (const match of readFileSync(file, 'utf8').matchAll(/\bt\('([a-zA-Z0-9_.]+)'/g)) {
        if (!known.has(match[1]!)) missing.push(`${match[1]} (${file.replace(projectRoot + '/', '')})`);
      }
    }
    expect(missing).toEqual([]);
  });

  it('fills parameters and falls back to the key itself when a message is missing', () => {
    const t = translator('en');
    expect(t('list.count', { count: 3 })).toBe('3 results');
    expect(t('no.such.key')).toBe('no.such.key');
    expect(translator('nl')('list.count', { count: 3 })).toBe('3 resultaten');
  });

  it('says one thing in the singular when the message has a singular form, in both languages', () => {
    const nl = translator('nl'), en = translator('en');
    expect(nl('list.count', { count: 1 })).toBe('1 resultaat');
    expect(en('list.count', { count: 1 })).toBe('1 result');
    expect(nl('list.count', { count: 0 })).toBe('0 resultaten');
    expect(nl('vision.endorsements.title', { count: 1 })).toBe('1 organisatie onderschrijft deze versie');
    expect(nl('calls.applications.count', { n: 1 })).toBe('1 aanvraag');
    expect(nl('calls.applications.count', { n: 2 })).toBe('2 aanvragen');
    // A number that is not a count (round 1) has no singular form and reads as before; a singular key asked for itself still works.
    expect(nl('vision.round.name', { n: 1 })).toBe('Ronde 1');
    expect(nl('search.countOne', { count: 1, q: 'x' })).toBe('1 resultaat voor ‘x’.');
  });

  it('has a singular form for every message that counts things with a plural noun', () => {
    // "(s)" and "aanvraag/aanvragen" are the marks of a message written for both at once.
    const both = messageKeys('nl').filter((k) => /\{(count|n)\}/.test(translator('nl')(k)) && /\(s\)|\(en\)|\w\/\w+en\b|of vragen|of mijlpalen/.test(translator('nl')(k) + translator('en')(k)));
    expect(both).toEqual([]);
  });

  it('fills every placeholder of a message, keeps one it has no value for, and reads a key with placeholders as a message', () => {
    const t = translator('en');
    const template = t('list.count');
    expect(template).toContain('{count}');
    expect(t('list.count', {})).toBe(template);
    expect(t('list.count', { other: 1 })).toBe(template);
    expect(t('{a}{b} and {a} of {c}', { a: 'x', b: 2 })).toBe('x2 and x of {c}');
    expect(t('{a}', { a: '{b}', b: 'not twice' })).toBe('{b}');
  });
});
