import type { DatasetKey } from '../entity-type.js';

/** EU vocabularies the catalogue points into (publications office authority tables). */
export const EU = {
  frequency: 'http://publications.europa.eu/resource/authority/frequency/',
  theme: 'http://publications.europa.eu/resource/authority/data-theme/',
  fileType: 'http://publications.europa.eu/resource/authority/file-type/',
  accessRight: 'http://publications.europa.eu/resource/authority/access-right/',
  language: 'http://publications.europa.eu/resource/authority/language/',
} as const;

/**
 * Everything the platform publishes is under the Flemish model licence for free reuse: it is the
 * licence the Flemish government uses for its own open data, and it only asks for attribution.
 */
export const LICENCE = {
  uri: 'https://data.vlaanderen.be/id/licentie/modellicentie-gratis-hergebruik/v1.0',
  title: { nl: 'Modellicentie Gratis Hergebruik v1.0', en: 'Model licence for free reuse v1.0' },
} as const;

export const PUBLISHER = {
  name: { nl: 'Departement Cultuur, Jeugd en Media', en: 'Department of Culture, Youth and Media' },
  homepage: 'https://www.vlaanderen.be/cjm',
} as const;

/** Where questions about the open data go; the catalogue publishes it as the contact point. */
export const CONTACT_EMAIL = 'digitale-transformatie@vlaanderen.example';

export type Frequency = 'CONT' | 'IRREG' | 'QUARTERLY' | 'ANNUAL';

export interface DatasetInfo {
  key: DatasetKey;
  title: { nl: string; en: string };
  description: { nl: string; en: string };
  keywords: { nl: string[]; en: string[] };
  /** Codes of the EU data-theme vocabulary. */
  themes: string[];
  frequency: Frequency;
  /** The platform page where people browse the same data. */
  landingPage: string;
}

const both = (nl: string, en: string) => ({ nl, en });

/** One entry per dataset key, in the order of DATASETS; a key without an entry fails the type check. */
export const DATASET_INFO: Record<DatasetKey, Omit<DatasetInfo, 'key'>> = {
  framework: {
    title: both('Kader van de transitiesturing', 'Framework of transition steering'),
    description: both(
      'De vijf pijlers, de veertien uitdagingen, de aanbevelingen en de dimensies van digitale maturiteit, als SKOS-begrippenlijsten.',
      'The five pillars, the fourteen challenges, the recommendations and the dimensions of digital maturity, as SKOS concept schemes.'),
    keywords: { nl: ['transitiesturing', 'pijlers', 'uitdagingen', 'aanbevelingen'], en: ['transition steering', 'pillars', 'challenges', 'recommendations'] },
    themes: ['EDUC', 'GOVE'], frequency: 'IRREG', landingPage: '/coverage',
  },
  instruments: {
    title: both('Beleidsinstrumenten', 'Policy instruments'),
    description: both(
      'Het instrumentarium voor de digitale transformatie van de cultuursector: decreten, subsidies, opleidingen, gedeelde diensten en tools, per pijler en uitdaging.',
      'The toolkit for the digital transformation of the cultural sector: decrees, grants, trainings, shared services and tools, by pillar and challenge.'),
    keywords: { nl: ['beleidsinstrumenten', 'instrumentarium', 'cultuurbeleid'], en: ['policy instruments', 'toolkit', 'cultural policy'] },
    themes: ['EDUC', 'GOVE'], frequency: 'CONT', landingPage: '/instruments',
  },
  actors: {
    title: both('Actoren en organisaties', 'Actors and organisations'),
    description: both(
      'Kennis- en steunactoren met hun rollen en expertise, en de publieke gegevens van culturele organisaties.',
      'Knowledge and support actors with their roles and expertise, and the public details of cultural organisations.'),
    keywords: { nl: ['actoren', 'organisaties', 'ontzorgers', 'aanjagers'], en: ['actors', 'organisations', 'relief providers', 'drivers'] },
    themes: ['EDUC', 'SOCI'], frequency: 'CONT', landingPage: '/actors',
  },
  governance: {
    title: both('Bestuur en besluiten', 'Governance and decisions'),
    description: both(
      'Bestuursorganen, mandaten, openbare zittingen, agendapunten en gepubliceerde besluiten van de transitieruimte.',
      'Governing bodies, mandates, public meetings, agenda items and published decisions of the transition space.'),
    keywords: { nl: ['besluiten', 'stuurgroep', 'zittingen', 'mandaten'], en: ['decisions', 'steering committee', 'meetings', 'mandates'] },
    themes: ['GOVE'], frequency: 'QUARTERLY', landingPage: '/decisions',
  },
  cycle: {
    title: both('Actielijnen en acties', 'Action lines and actions'),
    description: both(
      'De opvolgingscyclus: actielijnen en acties met hun eigenaar, budget en voortgang.',
      'The follow-up cycle: action lines and actions with their owner, budget and progress.'),
    keywords: { nl: ['actieplan', 'actielijnen', 'opvolging'], en: ['action plan', 'action lines', 'follow-up'] },
    themes: ['GOVE'], frequency: 'CONT', landingPage: '/action-lines',
  },
  kpis: {
    title: both('Indicatoren en metingen', 'Indicators and measurements'),
    description: both(
      'Generieke KPI\'s met nulmeting, streefwaarden en metingen per subsector en provincie, als W3C Data Cube.',
      'Generic KPIs with baseline, targets and measurements by subsector and province, as a W3C Data Cube.'),
    keywords: { nl: ['indicatoren', 'KPI', 'nulmeting', 'metingen'], en: ['indicators', 'KPI', 'baseline', 'measurements'] },
    themes: ['GOVE', 'EDUC'], frequency: 'CONT', landingPage: '/kpis',
  },
  calls: {
    title: both('Projectoproepen en toekenningen', 'Calls and grants'),
    description: both(
      'Projectoproepen voor experimenten en de projecten die een subsidie kregen, met bedrag, consortium en looptijd.',
      'Calls for experiments and the projects that received a grant, with amount, consortium and duration.'),
    keywords: { nl: ['projectoproepen', 'subsidies', 'experimenten', 'proeftuinen'], en: ['calls', 'grants', 'experiments', 'living labs'] },
    themes: ['GOVE', 'ECON'], frequency: 'CONT', landingPage: '/calls',
  },
  knowledge: {
    title: both('Inspiratievoorbeelden en leerlessen', 'Cases and lessons learned'),
    description: both(
      'Inspirerende voorbeelden, mislukkingen en gemengde resultaten, en gepubliceerde leerlessen uit projecten.',
      'Inspiring examples, failures and mixed results, and published lessons learned from projects.'),
    keywords: { nl: ['inspiratievoorbeelden', 'leerlessen', 'mislukkingen'], en: ['cases', 'lessons learned', 'failures'] },
    themes: ['EDUC'], frequency: 'CONT', landingPage: '/knowledge',
  },
  learning: {
    title: both('Leeraanbod', 'Learning opportunities'),
    description: both(
      'Opleidingen, workshops, intervisie, residenties, proeftuinen en coaching voor digitale competenties.',
      'Courses, workshops, peer learning, residencies, living labs and coaching for digital skills.'),
    keywords: { nl: ['leeraanbod', 'opleiding', 'digitale competenties'], en: ['learning', 'training', 'digital skills'] },
    themes: ['EDUC'], frequency: 'CONT', landingPage: '/learning',
  },
  'maturity-aggregates': {
    title: both('Digitale maturiteit van de sector (anoniem)', 'Digital maturity of the sector (anonymous)'),
    description: both(
      'Anonieme cijfers per dimensie, jaar en subsector of provincie uit de zelfevaluaties; groepen van minder dan vijf organisaties worden niet getoond.',
      'Anonymous figures per dimension, year and subsector or province from the self-assessments; groups of fewer than five organisations are withheld.'),
    keywords: { nl: ['digitale maturiteit', 'nulmeting', 'zelfevaluatie'], en: ['digital maturity', 'baseline', 'self-assessment'] },
    themes: ['EDUC', 'TECH'], frequency: 'CONT', landingPage: '/maturity/sector',
  },
  reports: {
    title: both('Jaarrapporten', 'Annual reports'),
    description: both(
      'Gepubliceerde, bevroren versies van het jaarrapport over de voortgang van de transitie.',
      'Published, frozen versions of the annual report on the progress of the transition.'),
    keywords: { nl: ['jaarrapport', 'voortgang'], en: ['annual report', 'progress'] },
    themes: ['GOVE'], frequency: 'ANNUAL', landingPage: '/reports',
  },
};
