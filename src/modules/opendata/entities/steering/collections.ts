import type { Quad } from 'n3';
import { Graph } from '../../rdf/terms.js';
import type { Uris } from '../../uris.js';
import { CODE_LIST_SCHEMES } from './codelists.js';
import { describeScheme, FRAMEWORK_SCHEMES, frameworkTopIds } from './framework.js';
import { STUDY_TYPE, type Db } from './shared.js';

/**
 * Things named by /id/<type> without an id: the concept schemes of the framework and the
 * governance code lists, and the study the seed facts are derived from.
 */
export type DescribeCollection = (db: Db, uris: Uris) => Promise<Quad[]>;

function describeStudy(uris: Uris): Quad[] {
  const g = new Graph();
  const uri = uris.collection(STUDY_TYPE);
  g.subject(uri).type('foaf', 'Document').type('dct', 'BibliographicResource')
    .text('dct', 'title', 'Onderzoek naar een optimaal instrumentarium in functie van de digitale transformatie van de cultuursector', 'nl')
    .ref('dct', 'creator', `${uri}#creator`)
    .ref('dct', 'publisher', `${uri}#publisher`)
    .date('dct', 'issued', '2021-01-29')
    .text('dct', 'language', 'nl')
    .ref('foaf', 'page', `${uris.base}/about`);
  g.subject(`${uri}#creator`).type('foaf', 'Organization').text('foaf', 'name', 'IDEA Consult');
  g.subject(`${uri}#publisher`).type('foaf', 'Organization').text('foaf', 'name', 'Departement Cultuur, Jeugd en Media', 'nl');
  return g.quads;
}

export const steeringCollections: Record<string, DescribeCollection> = {
  [STUDY_TYPE]: async (_db, uris) => describeStudy(uris),
  ...Object.fromEntries(Object.entries(FRAMEWORK_SCHEMES).map(([type, scheme]) => [type, async (db: Db, uris: Uris) =>
    describeScheme(uris, type, scheme.label, await frameworkTopIds(db, type as keyof typeof FRAMEWORK_SCHEMES), scheme.fromStudy)])),
  ...Object.fromEntries(Object.entries(CODE_LIST_SCHEMES).map(([type, list]) => [type, async (_db: Db, uris: Uris) =>
    describeScheme(uris, type, list.label, list.codes, false)])),
};
