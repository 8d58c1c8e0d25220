import type { LearningRow } from './learning-queries.js';

/** The API shape of a learning opportunity: explicit fields, the provider by name and actor code. */
export function presentLearning(r: LearningRow, publicBase: string) {
  return {
    id: r.id, uri: `${publicBase}/learning/${r.id}`,
    title: { nl: r.title_nl, en: r.title_en }, summary: { nl: r.summary_nl, en: r.summary_en },
    kind: r.kind, provider: { name: r.provider_name, actor: r.provider_code },
    startsOn: r.starts_on, endsOn: r.ends_on, place: r.place, online: r.online,
    dimension: r.dimension_code, levelFrom: r.level_from, levelTo: r.level_to, url: r.url,
    subsectors: r.subsectors, pillars: r.pillars, language: r.language,
    retired: r.retired_at !== null, version: r.version, isDemo: r.is_demo,
  };
}
