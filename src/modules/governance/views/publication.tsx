import { principalOf } from '../../../plugins/auth.js';
import { can } from '../../../plugins/permissions.js';
import type { ViewContext } from '../../../web/context.js';
import { DemoBadge } from '../../../web/components.js';
import { h, Html } from '../../../web/jsx.js';
import { Layout } from '../../../web/layout.js';
import type { Publication } from '../queries.js';
import { contentDigest, type FrozenContent } from '../snapshot.js';
import { formatDate, formatDateTime } from '../time.js';
import { ItemType, ProceedingsFacts, VotersTable } from './minutes-parts.js';
import { meetingTitle, StatusBadge, StepButton } from './parts.js';

export const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** Votes as a reader says them: "8 for, 1 against, 2 abstentions". */
export function votesText(ctx: ViewContext, v: { votesFor: number | null; votesAgainst: number | null; abstentions: number | null }): string {
  if (v.votesFor === null && v.votesAgainst === null && v.abstentions === null) return '';
  return ctx.t('gov.treatment.votes', { for: v.votesFor ?? 0, against: v.votesAgainst ?? 0, abstentions: v.abstentions ?? 0 });
}

/** The frozen content of one version, in the reader's language, under a heading of `level` (its own headings one below). */
export function FrozenView({ ctx, content, level }: { ctx: ViewContext; content: FrozenContent; level: 1 | 2 | 3 }): Html {
  const { t, lang } = ctx;
  const H = level === 1 ? 'h2' : level === 2 ? 'h3' : 'h4';
  const parts: Html[] = [];
  if (content.note) parts.push(<div class="notice"><p>{t('gov.pub.correctionNote')} {content.note[lang]}</p></div>);
  if (content.agenda) {
    parts.push(content.agenda.length === 0 ? <p>{t('gov.agenda.empty')}</p> : (
      <ol>{content.agenda.map((i) => (
        <li>
          <strong>{i.title[lang]}</strong>{i.isPublic ? '' : ` (${t('gov.agenda.closed')})`}
          <ItemType ctx={ctx} type={i.type} />
          {i.description && i.description[lang] ? <p>{i.description[lang]}</p> : null}
        </li>
      ))}</ol>
    ));
  }
  const m = content.meeting;
  if (content.attendance && (m.startedAt || m.endedAt || m.secretary)) {
    // Frozen with the minutes: what the meeting's record said when this version was prepared.
    parts.push(h(H, null, t('gov.minutes.proceedings')));
    parts.push(<ProceedingsFacts ctx={ctx} startedAt={m.startedAt} endedAt={m.endedAt} secretary={m.secretary} />);
  }
  if (content.attendance) {
    const present = content.attendance.filter((a) => a.present === true);
    const absent = content.attendance.filter((a) => a.present === false);
    const who = (a: (typeof present)[number]) => `${a.actor.name}${a.personName ? ` (${a.personName})` : ''}`;
    parts.push(h(H, null, t('gov.attendance.title')));
    parts.push(present.length + absent.length === 0 ? <p>{t('gov.attendance.notRecorded')}</p> : (
      <dl class="facts">
        <dt>{t('gov.attendance.present')}</dt><dd>{present.map(who).join(', ') || '—'}</dd>
        <dt>{t('gov.attendance.absent')}</dt><dd>{absent.map(who).join(', ') || '—'}</dd>
      </dl>
    ));
  }
  if (content.items) {
    parts.push(h(H, null, t('gov.minutes.treatments')));
    parts.push(content.items.length === 0 ? <p>{t('gov.agenda.empty')}</p> : (
      <ol>{content.items.map((i) => (
        <li>
          <strong>{i.title[lang]}</strong>{i.isPublic ? '' : ` (${t('gov.agenda.closed')})`}
          <ItemType ctx={ctx} type={i.type} />
          {i.treatment ? (
            <p>{capital(t(`gov.outcome.${i.treatment.outcome}`))}{i.treatment.isPublic ? '' : `, ${t('gov.treatment.closed')}`}
              {votesText(ctx, i.treatment) ? `. ${votesText(ctx, i.treatment)}` : ''}
              {i.treatment.notes && i.treatment.notes[lang] ? `. ${i.treatment.notes[lang]}` : ''}</p>
          ) : <p class="muted">{t('gov.treatment.none')}</p>}
          {i.treatment ? <VotersTable ctx={ctx} item={i.title[lang]} voters={i.treatment.voters} /> : null}
          {i.decisions.length ? <p>{t('gov.minutes.decisions')} {i.decisions.map((c, n) => [n ? ', ' : '', <a href={`/decisions/${c}`}>{c}</a>])}</p> : null}
        </li>
      ))}</ol>
    ));
  }
  if (content.decisions && !content.items) {
    parts.push(content.decisions.length === 0 ? <p>{t('gov.decisionList.empty')}</p> : (
      <ol>{content.decisions.map((d) => (
        <li>
          <a href={`/decisions/${d.code}`}>{d.code}</a>: {d.title[lang]}
          <span class="muted"> ({t('gov.decisionList.item', { n: d.agendaItem })}{d.decidedOn ? `, ${formatDate(d.decidedOn, lang)}` : ''})</span>
          {d.subjects.length ? <p>{t('gov.decisionList.about')} {d.subjects.map((s) => `${t(`gov.subject.${s.type}`)}: ${s.title?.[lang] ?? s.code ?? s.id}`).join('; ')}</p> : null}
        </li>
      ))}</ol>
    ));
  }
  return new Html(parts.map((p) => p.value).join(''));
}

/** The line under a version: its number, status and dates. */
export function VersionLine({ ctx, p }: { ctx: ViewContext; p: Publication }): Html {
  const { t, lang } = ctx;
  return (
    <p class="muted">
      {t('gov.pub.version', { version: p.version })}{/* A published version says so with its date. */}{p.publishedAt ? null : [' ', <StatusBadge t={t} status={p.status} />]}
      {p.publishedAt ? ` ${t('gov.pub.publishedOn', { when: formatDateTime(p.publishedAt, lang) })}` : p.approvedAt ? ` ${t('gov.pub.approvedOn', { when: formatDateTime(p.approvedAt, lang) })}` : ''}
      {p.correctionOf !== null ? ` ${t('gov.pub.isCorrection')}` : ''}
    </p>
  );
}

/** The workflow buttons for one version, each shown only to whom may press it. */
export function PublicationSteps({ ctx, p }: { ctx: ViewContext; p: Publication }): Html {
  const { t } = ctx;
  const principal = principalOf(ctx.user);
  const digest = contentDigest(p.content);
  const buttons: Html[] = [];
  if (p.status !== 'published' && can(principal, 'governance.preparePublications')) {
    buttons.push(<StepButton ctx={ctx} action={`/publications/${p.id}/refresh`} label={t('gov.pub.refresh')} fields={{ digest }} secondary />);
  }
  if (p.status === 'draft' && can(principal, 'governance.approve')) buttons.push(<StepButton ctx={ctx} action={`/publications/${p.id}/approve`} label={t('gov.pub.approve')} fields={{ digest }} />);
  if (p.status === 'approved' && can(principal, 'governance.publish')) buttons.push(<StepButton ctx={ctx} action={`/publications/${p.id}/publish`} label={t('gov.pub.publish')} fields={{ digest }} />);
  return buttons.length ? <div class="actions">{buttons}</div> : new Html('');
}

export function PublicationPage({ ctx, p, versions }: { ctx: ViewContext; p: Publication; versions: Publication[] }) {
  const { t, lang } = ctx;
  const content = p.content as unknown as FrozenContent;
  const meetingName = meetingTitle(ctx, content.meeting.body.name, content.meeting.startsAt);
  const title = `${t(`gov.pubTitle.${p.kind}`)}, ${t('gov.pub.version', { version: p.version })}: ${meetingName}`;
  return (
    <Layout ctx={ctx} title={title} crumbs={[[t('gov.bodies.title'), '/bodies'], [content.meeting.body.name[lang], `/bodies/${content.meeting.body.code}`], [meetingName, `/meetings/${p.meetingId}`]]}
      api={`/api/meetings/${p.meetingId}/publications/${p.kind}/${p.version}`}>
      <h1>{title} <DemoBadge t={t} isDemo={content.meeting.isDemo} /></h1>
      <VersionLine ctx={ctx} p={p} />
      {p.status !== 'published' ? <div class="notice"><p>{t('gov.pub.notPublic')}</p></div> : null}
      <p>{t('gov.meeting.place')}: {content.meeting.place || '—'}. {t('gov.meeting.chair')}: {content.meeting.chair ? content.meeting.chair.actor.name : '—'}.</p>
      <FrozenView ctx={ctx} content={content} level={1} />
      <PublicationSteps ctx={ctx} p={p} />
      <h2>{t('gov.pub.history')}</h2>
      <ul>{versions.map((v) => (
        <li>{v.id === p.id ? <strong>{t('gov.pub.version', { version: v.version })}</strong> : <a href={`/meetings/${v.meetingId}/publications/${v.kind}/${v.version}`}>{t('gov.pub.version', { version: v.version })}</a>}
          {' '}<StatusBadge t={t} status={v.status} />
          {(v.content as unknown as FrozenContent).note ? ` ${(v.content as unknown as FrozenContent).note![lang]}` : ''}</li>
      ))}</ul>
      <div class="actions"><a href={`/meetings/${p.meetingId}`}>{t('gov.pub.backToMeeting')}</a></div>
    </Layout>
  );
}
