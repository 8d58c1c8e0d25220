import type { FromSchema } from '../../web/schema-types.js';
import { cursorProperty } from '../../web/cursor.js';
import { problemResponses } from '../../web/openapi.js';

export const CHANGES_DEFAULT_LIMIT = 100;
export const CHANGES_MAX_LIMIT = 500;

export const changesQuery = {
  type: 'object',
  additionalProperties: false,
  properties: {
    since: {
      ...cursorProperty,
      description: 'Cursor from `next` of an earlier answer: only changes after it. Leave out to start from the beginning.',
    },
    limit: { type: 'integer', minimum: 1, maximum: CHANGES_MAX_LIMIT, default: CHANGES_DEFAULT_LIMIT, description: 'Changes per answer' },
  },
} as const;
export type ChangesQuery = FromSchema<typeof changesQuery>;

const changeSchema = {
  type: 'object',
  required: ['cursor', 'change', 'type', 'id', 'uri', 'at'],
  additionalProperties: false,
  properties: {
    cursor: { type: 'string', description: 'Position of this change: resume after it with since=<cursor>' },
    change: { type: 'string', enum: ['created', 'updated', 'deleted'], description: 'created and updated: fetch the URI again; deleted: no longer public' },
    type: { type: 'string', description: 'Public entity type, as in the URI (/id/<type>/<id>)' },
    id: { type: 'string' },
    uri: { type: 'string', format: 'uri', description: 'Stable URI of the thing; ask it for JSON-LD, Turtle or HTML' },
    at: { type: 'string', format: 'date-time' },
  },
} as const;

const changesPageSchema = {
  type: 'object',
  required: ['items', 'next', 'hasMore'],
  additionalProperties: false,
  properties: {
    items: { type: 'array', items: changeSchema },
    next: { type: ['string', 'null'], description: 'Cursor to ask with next time (since=<next>); keep it even when items is empty. Null only when nothing has changed yet.' },
    hasMore: { type: 'boolean', description: 'True when more changes are waiting: ask again at once with since=<next>' },
  },
} as const;

export const changesRouteSchema = {
  tags: ['changes'],
  summary: 'What changed in the public data since a cursor, oldest first, to synchronise with',
  description: 'Lists created, updated and deleted public things (type, id, stable URI, time) after the cursor `since`, '
    + 'in the order their transactions wrote them. Changes to records that are not public (drafts, unpublished decisions '
    + 'or lessons, organisations) are left out; such a record shows its changes once it becomes public. A change never '
    + 'appears before every earlier transaction has finished, so following `next` never skips one. Store `next` and '
    + 'ask again with it; when `hasMore` is true there is more at once (also in the Link header, rel="next"). A cursor '
    + 'from before a restore of the database is refused with 400: synchronise again from the start.',
  querystring: changesQuery,
  response: { 200: changesPageSchema, ...problemResponses(400) },
} as const;
