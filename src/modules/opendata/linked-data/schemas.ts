import { problemSchema } from '../../../web/openapi.js';

/** Route schemas of the linked-data addresses; they feed the OpenAPI document under the tag 'linked-data'. */
const tags = ['linked-data'];

const typeParam = { type: 'string', minLength: 1, maxLength: 80, description: "The kind of thing, e.g. 'decision', 'pillar', 'kpi'; a format suffix (.ttl, .nt, .jsonld, .json, .html) may follow on /doc" };
const idParam = { type: 'string', minLength: 1, maxLength: 300, description: "The thing's id within its kind, e.g. 'stuurgroep-2026-001'; a format suffix (.ttl, .nt, .jsonld, .json, .html) may follow" };

export const typeParams = { type: 'object', required: ['type'], additionalProperties: false, properties: { type: typeParam } } as const;
export const idParams = { type: 'object', required: ['type', 'id'], additionalProperties: false, properties: { type: typeParam, id: idParam } } as const;

const problem = (description: string) => ({ description, content: { 'application/problem+json': { schema: problemSchema } } });
const seeOther = { description: 'See Other: the address of the description (Location)', type: 'null' };

const description = {
  description: 'The description, in the format the Accept header or the suffix asks for. JSON-LD and JSON are compacted with the context at /ns/context.jsonld',
  content: {
    'text/turtle': { schema: { type: 'string' } },
    'application/n-triples': { schema: { type: 'string' } },
    'application/ld+json': { schema: { type: 'object', additionalProperties: true } },
    'application/json': { schema: { type: 'object', additionalProperties: true } },
    'text/html': { schema: { type: 'string' } },
  },
};

export const thingSchema = {
  tags, params: idParams,
  summary: 'The stable URI of a public thing (Flemish URI standard): answers 303 See Other to its description under /doc',
  response: { 303: seeOther, 404: problem('No public thing of this kind with this id') },
};
export const collectionSchema = {
  tags, params: typeParams,
  summary: 'The URI of a concept scheme (pillars, challenges, recommendations, maturity dimensions, governance code lists) or of the study: 303 to its description',
  response: { 303: seeOther, 404: problem('No such scheme') },
};
export const docSchema = {
  tags, params: idParams,
  summary: 'The description of a public thing in OSLO vocabularies, by content negotiation (Accept, q-values respected) or a format suffix; a browser asking for HTML is sent to the thing\'s page',
  response: { 200: description, 303: seeOther, 404: problem('No public thing of this kind with this id'), 406: problem('None of the formats is acceptable') },
};
export const collectionDocSchema = {
  tags, params: typeParams,
  summary: 'The description of a concept scheme or of the study, by content negotiation or a format suffix',
  response: { 200: description, 404: problem('No such scheme'), 406: problem('None of the formats is acceptable') },
};
export const contextSchema = {
  tags,
  summary: "The platform's JSON-LD context: every prefix and the short terms its JSON-LD uses",
  response: { 200: { description: 'The context document', content: { 'application/ld+json': { schema: { type: 'object', additionalProperties: true } } } } },
};
