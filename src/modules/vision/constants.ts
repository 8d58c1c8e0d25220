import type { CommentAnswer, Horizon, VisionSection } from '../../db/schema-vision.js';

/** Code lists and limits shared by the schemas, the commands and the views; change them here only. */
export const SECTIONS: readonly VisionSection[] = ['why', 'desired_state', 'principles'];
export const ANSWERS: readonly CommentAnswer[] = ['adopted', 'adapted', 'not_adopted'];
export const HORIZONS: readonly Horizon[] = [2025, 2035, 2050];
export const POLES = ['low', 'high'] as const;
/** Quadrants in reading order: top-left, top-right, bottom-left, bottom-right (axis 2 high on top). */
export const QUADRANTS = [['low', 'high'], ['high', 'high'], ['low', 'low'], ['high', 'low']] as const;

/** Addresses under /vision that are pages, so no vision may take them as its code. */
export const RESERVED_CODES = ['why', 'embed', 'new', 'kpi-measurements', 'comments'] as const;
export const RESERVED_SCENARIO_CODES = ['sets', 'new'] as const;

/** The follow-up cycle's KPI that counts endorsing organisations (seeded, not demo). */
export const ENDORSEMENT_KPI = 'vision-endorsing-organisations';

export const LIMITS = {
  code: 80,
  title: 200,
  intro: 4000,
  section: 20000,
  comment: 4000,
  reason: 2000,
  summary: 4000,
  goal: 2000,
  scenarioText: 8000,
  source: 300,
  signal: 2000,
  /** Comments per page on the consultation page and in the API. */
  commentsPage: 20,
  signalsPage: 50,
} as const;

export const CODE_PATTERN = '^[a-z0-9]+(-[a-z0-9]+)*$';
