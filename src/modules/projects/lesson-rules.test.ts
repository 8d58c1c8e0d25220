import { describe, expect, it } from 'vitest';
import { celebratesOnly, isCompleteLesson, normaliseLesson } from './lesson-rules.js';

describe('lesson rules', () => {
  it.each(['', '   ', 'Niets.', 'niets', 'N.v.t.', 'nvt', 'Nothing!', 'alles lukte', '-', 'Geen problemen.'])('"%s" says nothing failed', (text) => {
    expect(celebratesOnly(text)).toBe(true);
  });

  it.each(['Niets bleek zo moeilijk als de rechtenklaring.', 'De koppeling met het collectiebeheersysteem brak bij elke update.', 'Geen enkele leverancier ondersteunde IIIF.'])('"%s" is a real failure', (text) => {
    expect(celebratesOnly(text)).toBe(false);
  });

  it('needs both halves for a complete lesson', () => {
    expect(isCompleteLesson({ what_worked: 'De workshop', what_failed: 'De planning' })).toBe(true);
    expect(isCompleteLesson({ what_worked: ' ', what_failed: 'De planning' })).toBe(false);
    expect(isCompleteLesson({ what_worked: 'De workshop', what_failed: 'niets' })).toBe(false);
  });

  it('trims texts and deduplicates tags', () => {
    const v = normaliseLesson({ title: ' T ', summary: ' S ', whatWorked: ' W ', whatFailed: ' F ', technologies: ['IIIF', 'iiif ', '  linked   data '], pillars: [3, 1, 3] });
    expect(v).toMatchObject({ title: 'T', summary: 'S', what_worked: 'W', what_failed: 'F', technologies: ['IIIF', 'linked data'], pillars: [1, 3], outcome: 'mixed', language: 'nl', publish_details: false });
  });
});
