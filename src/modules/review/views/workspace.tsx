import type { ViewContext } from '../../../web/context.js';
import { DemoBadge } from '../../../web/components.js';
import { h, Html } from '../../../web/jsx.js';
import { Layout } from '../../../web/layout.js';
import type { Workspace } from '../reads.js';
import { Notice } from './parts.js';

/** The reviewer's calls and applications; a conflicted application shows only that. */
export function WorkspacePage({ ctx, calls, notice }: { ctx: ViewContext; calls: Workspace; notice?: string | undefined }): Html {
  const { t, lang } = ctx;
  return (
    <Layout ctx={ctx} title={t('review.workspace.title')} api="/api/review">
      <h1>{t('review.workspace.title')}</h1>
      <Notice t={t} notice={notice} />
      <p class="lead">{t('review.workspace.lead')}</p>
      {calls.length === 0 ? <p>{t('review.workspace.none')}</p> : calls.map((c) => (
        <section aria-labelledby={`call-${c.code}`}>
          <h2 id={`call-${c.code}`}>{c.title[lang]} <DemoBadge t={t} isDemo={c.isDemo} /></h2>
          {c.applications.length === 0 ? <p>{t('review.workspace.noApplications')}</p> : (
            <ul>
              {c.applications.map((a) => (
                <li>
                  {a.declaration === 'conflicted'
                    ? <span>{t(a.automaticConflict ? 'review.workspace.conflictAutomatic' : 'review.workspace.conflictDeclared', { id: a.id })}</span>
                    : [<a href={`/review/applications/${a.id}`}>{a.title}</a>, ' ', <DemoBadge t={t} isDemo={a.isDemo} />, ' — ', a.partners.join(', '), ' · ',
                      <strong>{t(a.declaration === 'pending' ? 'review.workspace.toDeclare' : a.submitted ? 'review.workspace.submitted' : 'review.workspace.toScore')}</strong>]}
                </li>
              ))}
            </ul>
          )}
        </section>
      ))}
    </Layout>
  );
}
