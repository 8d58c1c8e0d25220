import { AUDIENCE } from './audience.js';
import { txt, type SeedModel } from './content.js';
import { DATA } from './data.js';
import { INFRASTRUCTURE } from './infrastructure.js';
import { LEADERSHIP } from './leadership.js';
import { LEVELS_V1 } from './levels.js';
import { OPERATIONS } from './operations.js';
import { VALUE } from './value.js';

/**
 * Version 1 of the platform's maturity model, written for the platform (not demo content).
 * Maes' four aspects of digital transformation, plus leadership and skills (R4.1) and the basic
 * infrastructure (R2.2); each dimension records the study sections it rests on in `source`.
 */
export const MODEL_V1: SeedModel = {
  version: 1,
  note: txt(
    'Eerste versie. Zes dimensies: de vier lagen van digitale transformatie volgens Rick Maes, aangevuld met leiderschap en vaardigheden en met de basisinfrastructuur, zoals de studie van IDEA Consult (2021) aanbeveelt (Deel 3, 2.2 en 2.4).',
    'First version. Six dimensions: the four layers of digital transformation according to Rick Maes, plus leadership and skills and the basic infrastructure, as the IDEA Consult study (2021) recommends (Part 3, 2.2 and 2.4).',
  ),
  levels: LEVELS_V1,
  dimensions: [AUDIENCE, VALUE, OPERATIONS, DATA, LEADERSHIP, INFRASTRUCTURE],
};
