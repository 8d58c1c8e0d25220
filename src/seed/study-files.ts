import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { paths } from '../paths.js';
import type { Bilingual } from '../catalog/types.js';

/** The shapes of the files in src/seed/study (see its README). */
export interface StudySeed {
  subsectors: { code: string; nl: string; en: string; source: string }[];
  pillars: { number: number; name: Bilingual; description: Bilingual; source: string }[];
  challenges: { number: number; pillar: number; title: Bilingual; description: Bilingual; whyItMatters: Bilingual; source: string }[];
  principles: { number: number; title: Bilingual; description: Bilingual; challenges: number[]; recommendations: string[]; source: string }[];
  recommendations: SeedRecommendation[];
  spearheads: { number: number; title: Bilingual; description: Bilingual; source: string }[];
  timeline: { date: string; title: Bilingual; description: Bilingual; source: string }[];
  actors: {
    code: string; name: string; kind: string; description: Bilingual; website?: string; expertise: string[];
    pillars: number[]; subsectors: string[];
    roles: { role: string; focus: string; horizon: string; access: string; note: Bilingual; source: string }[];
    source: string;
  }[];
  instruments: {
    code: string; name: Bilingual; description: Bilingual; type: string; responsibleActor: string; since?: number;
    links: { challenge: number; strength: 'strong' | 'partial'; note: Bilingual }[]; recommendations: string[]; source: string;
  }[];
  cases: {
    code: string; title: Bilingual; summary: Bilingual; country: string; region?: string; sector: string; pillar: number;
    challenges: number[]; url?: string; source: string;
  }[];
}
export interface SeedRecommendation {
  code: string; title: Bilingual; description: Bilingual; pillars: number[]; challenges: number[]; source: string;
  children?: SeedRecommendation[];
}

const FILES: Array<keyof StudySeed> = ['subsectors', 'pillars', 'challenges', 'principles', 'recommendations', 'spearheads', 'timeline', 'actors', 'instruments', 'cases'];

export function readStudySeed(dir = paths.studySeed): { seed: StudySeed; checksum: string } {
  const hash = createHash('sha256');
  const seed = {} as Record<string, unknown>;
  for (const name of FILES) {
    const text = readFileSync(join(dir, `${name}.json`), 'utf8');
    hash.update(text);
    seed[name] = JSON.parse(text);
  }
  return { seed: seed as unknown as StudySeed, checksum: hash.digest('hex') };
}

/** Every cross-reference in the seed must resolve; returns the problems found. */
export function checkStudySeed(seed: StudySeed): string[] {
  const problems: string[] = [];
  const pillars = new Set(seed.pillars.map((p) => p.number));
  const challenges = new Set(seed.challenges.map((c) => c.number));
  const recs = new Set<string>();
  const walk = (list: SeedRecommendation[]) => list.forEach((r) => { recs.add(r.code); walk(r.children ?? []); });
  walk(seed.recommendations);
  const actors = new Set(seed.actors.map((a) => a.code));
  const subsectors = new Set(seed.subsectors.map((s) => s.code));
  for (const c of seed.challenges) if (!pillars.has(c.pillar)) problems.push(`challenge ${c.number}: unknown pillar ${c.pillar}`);
  const checkRec = (r: SeedRecommendation) => {
    for (const p of r.pillars) if (!pillars.has(p)) problems.push(`recommendation ${r.code}: unknown pillar ${p}`);
    for (const c of r.challenges) if (!challenges.has(c)) problems.push(`recommendation ${r.code}: unknown challenge ${c}`);
    (r.children ?? []).forEach(checkRec);
  };
  seed.recommendations.forEach(checkRec);
  for (const p of seed.principles) {
    for (const c of p.challenges) if (!challenges.has(c)) problems.push(`principle ${p.number}: unknown challenge ${c}`);
    for (const r of p.recommendations) if (!recs.has(r)) problems.push(`principle ${p.number}: unknown recommendation ${r}`);
  }
  for (const a of seed.actors) {
    for (const s of a.subsectors) if (!subsectors.has(s)) problems.push(`actor ${a.code}: unknown subsector ${s}`);
    for (const p of a.pillars) if (!pillars.has(p)) problems.push(`actor ${a.code}: unknown pillar ${p}`);
  }
  for (const i of seed.instruments) {
    if (!actors.has(i.responsibleActor)) problems.push(`instrument ${i.code}: unknown actor ${i.responsibleActor}`);
    for (const l of i.links) if (!challenges.has(l.challenge)) problems.push(`instrument ${i.code}: unknown challenge ${l.challenge}`);
    for (const r of i.recommendations) if (!recs.has(r)) problems.push(`instrument ${i.code}: unknown recommendation ${r}`);
  }
  for (const c of seed.cases) {
    if (!pillars.has(c.pillar)) problems.push(`case ${c.code}: unknown pillar ${c.pillar}`);
    for (const n of c.challenges) if (!challenges.has(n)) problems.push(`case ${c.code}: unknown challenge ${n}`);
  }
  return problems;
}
