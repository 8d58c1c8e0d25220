import type { Texts } from '../model.js';

/** The content of one model version as the seed writes it: plain data, no database ids. */
export interface SeedQuestion {
  code: string;
  text: Texts;
  help: Texts;
  quickScan?: boolean;
  /** Critical item: the dimension cannot reach this level while this answer is below it. */
  criticalFrom?: number;
  /** Only where a practice can truly not apply (no collection, no tickets...). */
  notApplicable?: boolean;
}

export interface SeedDimension {
  code: string;
  /** The study section(s) the dimension is grounded in. */
  source: string;
  name: Texts;
  description: Texts;
  /** What levels 1-5 mean in this dimension. */
  meanings: [Texts, Texts, Texts, Texts, Texts];
  /** Two or three concrete steps toward each level 1-5. */
  steps: [Texts[], Texts[], Texts[], Texts[], Texts[]];
  questions: SeedQuestion[];
}

export interface SeedLevel { level: number; name: Texts; description: Texts }

export interface SeedModel { version: number; note: Texts; levels: SeedLevel[]; dimensions: SeedDimension[] }

export const txt = (nl: string, en: string): Texts => ({ nl, en });
