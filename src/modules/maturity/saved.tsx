import type { FastifyRequest } from 'fastify';
import { h, Html } from '../../web/jsx.js';

const SAVED = new Set([
  'draftCreated', 'noteSaved', 'levelsSaved', 'dimensionSaved', 'dimensionRemoved', 'questionSaved', 'questionRemoved', 'moved',
  'mappingsSaved', 'imported', 'published', 'discarded',
]);
const DRAFT_KEY = /^maturity:\d+:[a-z]+(:[a-z0-9-]+)?$/;

/**
 * `?saved=x` after a redirect names the confirmation to show; `draft=` names the locally kept
 * form input (drafts.js) that the save made obsolete.
 */
export function savedNotice(request: FastifyRequest): Html | undefined {
  const q = (request.query ?? {}) as Record<string, unknown>;
  const saved = typeof q.saved === 'string' && SAVED.has(q.saved) ? q.saved : undefined;
  if (!saved) return undefined;
  const draft = typeof q.draft === 'string' && DRAFT_KEY.test(q.draft) ? q.draft : undefined;
  const count = (name: string) => (typeof q[name] === 'string' && /^\d{1,4}$/.test(q[name] as string) ? Number(q[name]) : 0);
  const text = saved === 'imported'
    ? request.t('maturity.saved.imported', { created: count('created'), updated: count('updated'), removed: count('removed'), unchanged: count('unchanged') })
    : request.t(`maturity.saved.${saved}`);
  return <div class="notice notice-success" role="status" data-draft-saved={draft}><p>{text}</p></div>;
}

export function savedUrl(version: number, saved: string, extra: Record<string, string | number> = {}, anchor = ''): string {
  const params = new URLSearchParams({ saved, ...Object.fromEntries(Object.entries(extra).map(([k, v]) => [k, String(v)])) });
  return `/maturity/models/${version}?${params.toString()}${anchor}`;
}
