import type { Quad } from 'n3';
import { DATASETS, type DatasetKey } from '../entity-type.js';
import { DataFactory } from 'n3';
import { NS } from '../rdf/namespaces.js';
import { Graph, type Subject } from '../rdf/terms.js';
import { CONTACT_EMAIL, DATASET_INFO, EU, LICENCE, PUBLISHER } from './datasets.js';
import { distributionsOf, type DistributionInfo } from './distributions.js';

/** Labels of the EU data themes the datasets use, so that each theme is a readable skos:Concept. */
const THEME_LABELS: Record<string, { nl: string; en: string }> = {
  EDUC: { nl: 'Onderwijs, cultuur en sport', en: 'Education, culture and sport' },
  GOVE: { nl: 'Overheid en publieke sector', en: 'Government and public sector' },
  SOCI: { nl: 'Bevolking en maatschappij', en: 'Population and society' },
  ECON: { nl: 'Economie en financiën', en: 'Economy and finance' },
  TECH: { nl: 'Wetenschap en technologie', en: 'Science and technology' },
};

/** The addresses of the catalogue's own resources: hash URIs on the catalogue document, so each one dereferences. */
export function catalogueUris(base: string) {
  const doc = `${base}/catalogue`;
  return {
    doc,
    catalog: `${doc}#catalogue`,
    publisher: `${doc}#publisher`,
    contact: `${doc}#contact`,
    service: `${doc}#api`,
    dataset: (key: DatasetKey) => `${doc}#dataset-${key}`,
    distribution: (id: string) => `${doc}#distribution-${id}`,
  };
}

/**
 * The application profiles the catalogue is published in. They differ in one point: this version
 * of DCAT-AP-VL types dcat:accessURL as an xsd:anyURI literal, EU DCAT-AP 2.1.1 (like DCAT itself)
 * as an IRI, and no value satisfies both. So each profile gets its own rendering (W3C content
 * negotiation by profile: `?profile=` or the Accept-Profile header), and each conforms fully.
 * DCAT-AP-VL is the default: it is the profile of the Flemish open-data portal that harvests it.
 */
export const CATALOGUE_PROFILES = {
  'dcat-ap-vl': 'https://data.vlaanderen.be/doc/applicatieprofiel/DCAT-AP-VL',
  'dcat-ap': 'http://data.europa.eu/r5r/',
} as const;
export type CatalogueProfile = keyof typeof CATALOGUE_PROFILES;

export interface CatalogueInput {
  base: string;
  profile?: CatalogueProfile;
  /** Latest change per dataset where the data says so cheaply. */
  modified: ReadonlyMap<DatasetKey, Date>;
}

function bilingual(s: Subject, prefix: 'dct' | 'foaf' | 'skos', local: string, value: { nl: string; en: string }): Subject {
  return s.text(prefix, local, value.nl, 'nl').text(prefix, local, value.en, 'en');
}

/**
 * The DCAT-AP-VL catalogue: one dcat:Dataset per dataset key, each with its distributions (a CSV
 * per public entity type, an N-Triples dump, the API) and the API itself as a dcat:DataService.
 */
export function catalogueQuads({ base, modified, profile = 'dcat-ap-vl' }: CatalogueInput): Quad[] {
  const u = catalogueUris(base);
  const g = new Graph();
  const publisher = (s: Subject) => s.ref('dct', 'publisher', u.publisher);
  const licensed = (s: Subject) => s.ref('dct', 'license', LICENCE.uri);
  const publicAccess = (s: Subject) => s.ref('dct', 'accessRights', EU.accessRight + 'PUBLIC');
  const languages = (s: Subject) => s.ref('dct', 'language', EU.language + 'NLD').ref('dct', 'language', EU.language + 'ENG');

  const latest = [...modified.values()].reduce<Date | null>((a, b) => (a && a > b ? a : b), null);
  const catalog = g.subject(u.catalog).type('dcat', 'Catalog');
  bilingual(catalog, 'dct', 'title', { nl: 'Open data van de Transitieruimte', en: 'Open data of the Transitieruimte' });
  bilingual(catalog, 'dct', 'description', {
    nl: 'De open data van de transitieruimte voor de digitale transformatie van de Vlaamse cultuursector: instrumenten, actoren, bestuur, opvolging, indicatoren, oproepen, kennis en anonieme maturiteitscijfers.',
    en: 'The open data of the transition space for the digital transformation of the Flemish cultural sector: instruments, actors, governance, follow-up, indicators, calls, knowledge and anonymous maturity figures.',
  });
  publisher(catalog);
  licensed(catalog);
  languages(catalog);
  catalog.ref('foaf', 'homepage', `${base}/`).dateTime('dct', 'modified', latest);
  catalog.ref('dcat', 'service', u.service);

  const agent = g.subject(u.publisher).type('foaf', 'Agent').type('foaf', 'Organization');
  bilingual(agent, 'foaf', 'name', PUBLISHER.name);
  agent.ref('foaf', 'homepage', PUBLISHER.homepage);

  const licence = g.subject(LICENCE.uri).type('dct', 'LicenseDocument');
  bilingual(licence, 'dct', 'title', LICENCE.title);

  const contact = g.subject(u.contact).type('vcard', 'Kind').type('vcard', 'Organization');
  bilingual(contact, 'foaf', 'name', PUBLISHER.name);
  contact.text('vcard', 'fn', PUBLISHER.name.nl, 'nl');
  // DCAT-AP-VL types the e-mail address as an xsd:anyURI literal.
  contact.typed('vcard', 'hasEmail', `mailto:${CONTACT_EMAIL}`, 'anyURI');

  const access = g.subject(EU.accessRight + 'PUBLIC').type('skos', 'Concept');
  bilingual(access, 'skos', 'prefLabel', { nl: 'publiek', en: 'public' });

  const service = g.subject(u.service).type('dcat', 'DataService');
  bilingual(service, 'dct', 'title', { nl: 'Open API van de Transitieruimte', en: 'Open API of the Transitieruimte' });
  bilingual(service, 'dct', 'description', {
    nl: 'REST API met JSON, probleemdetails (RFC 9457) en een OpenAPI 3.1-beschrijving.',
    en: 'REST API with JSON, problem details (RFC 9457) and an OpenAPI 3.1 description.',
  });
  service.ref('dcat', 'endpointURL', `${base}/api/v1`).ref('dcat', 'endpointDescription', `${base}/api/v1/openapi.json`);
  publisher(service);
  licensed(service);
  publicAccess(service);
  service.ref('dcat', 'contactPoint', u.contact);

  const themes = new Set<string>();
  for (const key of DATASETS) {
    const info = DATASET_INFO[key];
    const ds = g.subject(u.dataset(key)).type('dcat', 'Dataset');
    catalog.ref('dcat', 'dataset', u.dataset(key));
    service.ref('dcat', 'servesDataset', u.dataset(key));
    bilingual(ds, 'dct', 'title', info.title);
    bilingual(ds, 'dct', 'description', info.description);
    ds.text('dct', 'identifier', key);
    publisher(ds);
    publicAccess(ds);
    languages(ds);
    ds.ref('dcat', 'contactPoint', u.contact);
    ds.ref('dct', 'accrualPeriodicity', EU.frequency + info.frequency);
    ds.ref('dcat', 'landingPage', `${base}${info.landingPage}`);
    ds.dateTime('dct', 'modified', modified.get(key));
    for (const word of info.keywords.nl) ds.text('dcat', 'keyword', word, 'nl');
    for (const word of info.keywords.en) ds.text('dcat', 'keyword', word, 'en');
    for (const theme of info.themes) {
      ds.ref('dcat', 'theme', EU.theme + theme);
      themes.add(theme);
    }
    for (const d of distributionsOf(key)) addDistribution(g, ds, d, base, u, licensed, profile);
  }
  for (const theme of themes) bilingual(g.subject(EU.theme + theme).type('skos', 'Concept'), 'skos', 'prefLabel', THEME_LABELS[theme]!);
  return g.quads;
}

function addDistribution(g: Graph, ds: Subject, d: DistributionInfo, base: string, u: ReturnType<typeof catalogueUris>, licensed: (s: Subject) => Subject, profile: CatalogueProfile) {
  const uri = u.distribution(d.id);
  ds.ref('dcat', 'distribution', uri);
  const s = g.subject(uri).type('dcat', 'Distribution');
  bilingual(s, 'dct', 'title', d.title);
  licensed(s);
  if (profile === 'dcat-ap-vl') s.add('dcat', 'accessURL', DataFactory.literal(`${base}${d.path}`, DataFactory.namedNode(NS.xsd + 'anyURI')));
  else s.ref('dcat', 'accessURL', `${base}${d.path}`);
  if (d.download) s.ref('dcat', 'downloadURL', `${base}${d.path}`);
  s.ref('dcat', 'mediaType', d.mediaType).ref('dct', 'format', d.format);
  if (d.service) s.ref('dcat', 'accessService', u.service);
}
