import type { ViewContext } from '../../../web/context.js';
import { h } from '../../../web/jsx.js';
import { Layout } from '../../../web/layout.js';
import type { OrganisationAccess } from '../../organisations/access.js';
import type { Paragraph } from '../paragraph.js';
import type { OrganisationRecord } from '../queries.js';
import { DemoNotice, OrgNav } from './parts.js';

export function ParagraphPage({ ctx, organisation: org, access, paragraph: p }: { ctx: ViewContext; organisation: OrganisationRecord; access: OrganisationAccess; paragraph: Paragraph | null }) {
  const { t } = ctx;
  const title = t('improvement.paragraph.title');
  const base = `/organisations/${org.id}/plan/paragraph`;
  return (
    <Layout ctx={ctx} title={title} api={`/api${base}`} crumbs={[[t('improvement.crumb.organisations'), '/organisations'], [org.name, `/organisations/${org.id}`], [t('improvement.nav.plan'), `/organisations/${org.id}/plan`]]}>
      <h1>{title}</h1>
      <OrgNav t={t} id={org.id} current="paragraph" showCoaches={access.role !== null} coach={access.coach} />
      <DemoNotice t={t} isDemo={org.isDemo} />
      {!p ? <p class="notice">{t('improvement.paragraph.noPlan')} <a href={`/organisations/${org.id}/plan`}>{t('improvement.nav.plan')}</a></p> : [
        <p class="lead">{t('improvement.paragraph.lead')}</p>,
        <ul class="tags">
          <li><a href={`${base}.md?lang=${ctx.lang}`} download>{t('improvement.paragraph.markdown')}</a></li>
          <li><a href={`${base}.pdf?lang=${ctx.lang}`}>{t('improvement.paragraph.pdf')}</a></li>
        </ul>,
        <article class="card" aria-labelledby="paragraph-title">
          <h2 id="paragraph-title">{p.title}</h2>
          <p>{p.intro}</p>
          {p.note.trim() ? p.note.trim().split(/\r?\n/).filter(Boolean).map((line) => <p>{line}</p>) : null}
          <h3>{p.startTitle}</h3>
          <ul>{p.start.map((s) => <li><strong>{s.name}</strong>: {s.line}</li>)}</ul>
          <h3>{p.prioritiesTitle}</h3>
          <ol>{p.priorities.map((s) => <li><strong>{s.name}</strong>: {s.reason}</li>)}</ol>
          <h3>{p.stepsTitle}</h3>
          {p.steps.map((s) => [<h4>{s.heading}</h4>, <ul>{s.items.map((i) => <li>{i}</li>)}</ul>])}
          <h3>{p.followUpTitle}</h3>
          {p.followUp.map((line) => <p>{line}</p>)}
        </article>,
      ]}
    </Layout>
  );
}
