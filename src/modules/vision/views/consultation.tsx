import { flatHtml } from '../../../catalog/flat-text.js';
import type { Catalog } from '../../../catalog/catalog.js';
import type { FieldError } from '../../../plugins/errors.js';
import type { ViewContext } from '../../../web/context.js';
import { DemoBadge } from '../../../web/components.js';
import { Csrf, ErrorSummary, Select, TextArea } from '../../../web/forms.js';
import { h, Html } from '../../../web/jsx.js';
import { Layout } from '../../../web/layout.js';
import { SECTIONS } from '../constants.js';
import { val, type Form } from '../form-mapping.js';
import type { EndorsementRecord, HistoryEntry, MyOrganisation, RoundWithSections, VisionWithRounds } from '../queries/vision.js';
import type { RoundStats } from '../read-model.js';
import { Comments, type AnswerState, type CommentList } from './comments.js';
import { Radios } from './form-parts.js';
import { Participation } from './participation.js';
import { ActionError, History, Moment, Paragraphs, SavedNotice } from './parts.js';

export interface ConsultationProps {
  ctx: ViewContext; catalog: Catalog; vision: VisionWithRounds; round: RoundWithSections; stats: RoundStats; endorsements: EndorsementRecord[];
  comments: CommentList; mine: MyOrganisation[] | null;
  can: { comment: boolean; edit: boolean; answer: boolean };
  commentForm: { form: Form; errors: FieldError[] } | undefined;
  answerState: AnswerState | undefined;
  actionError: string | undefined; notice: string | undefined; history: HistoryEntry[] | null;
  /** Comments of earlier rounds still waiting for an answer (the team sees why it cannot open the next round). */
  unansweredBefore: number;
  /** The participation and comment parts, already rendered (kept between readers who see the same). */
  fragments?: { participation: Html; commentItems: Html | undefined } | undefined;
}

function RoundStatus({ ctx, vision, round }: { ctx: ViewContext; vision: VisionWithRounds; round: RoundWithSections }): Html {
  const { t, lang } = ctx;
  const latest = vision.rounds[vision.rounds.length - 1]!;
  if (round.status === 'draft') return <div class="notice notice-demo" role="status"><p>{t('vision.round.draftNotice', { n: round.number })}</p></div>;
  if (round.status === 'open') {
    return <div class="notice notice-success" role="status"><p>{t('vision.round.openNotice', { n: round.number })} <Moment lang={lang} iso={round.openedAt!} />.</p></div>;
  }
  return (
    <div class="notice" role="status" id="round-closed">
      <p><strong>{t('vision.round.closedNotice', { n: round.number })} <Moment lang={lang} iso={round.closedAt!} />.</strong> {t('vision.round.closedNoMore')}</p>
      {latest.number !== round.number ? <p><a href={`/vision/${vision.code}/rounds/${latest.number}`}>{t('vision.round.toLatest', { n: latest.number })}</a></p> : null}
    </div>
  );
}

function Rounds({ ctx, vision, round }: { ctx: ViewContext; vision: VisionWithRounds; round: RoundWithSections }): Html {
  const { t } = ctx;
  return (
    <nav aria-label={t('vision.round.versions')}>
      <p><strong>{t('vision.round.versions')}:</strong></p>
      <ul class="tags">
        {vision.rounds.map((r) => (
          <li>
            {r.number === round.number
              ? <span class="tag" aria-current="page">{t('vision.round.name', { n: r.number })} ({t(`vision.round.status.${r.status}`)})</span>
              : <a class="tag" href={`/vision/${vision.code}/rounds/${r.number}`}>{t('vision.round.name', { n: r.number })} ({t(`vision.round.status.${r.status}`)})</a>}
          </li>
        ))}
      </ul>
    </nav>
  );
}

function TeamActions({ ctx, vision, round, unansweredBefore, stats }: { ctx: ViewContext; vision: VisionWithRounds; round: RoundWithSections; unansweredBefore: number; stats: RoundStats }): Html {
  const { t } = ctx;
  const base = `/vision/${vision.code}/rounds/${round.number}`;
  const latest = vision.rounds[vision.rounds.length - 1]!.number === round.number;
  const button = (action: string, label: string, secondary = false) => (
    <form method="post" action={action} class="inline-form"><Csrf token={ctx.csrfToken} /><button type="submit" class={secondary ? 'button button-secondary' : 'button'}>{label}</button></form>
  );
  return (
    <div class="actions">
      {round.status === 'draft' ? [<a class="button button-secondary" href={`${base}/edit`}>{t('vision.round.edit')}</a>, button(`${base}/open`, t('vision.round.open'))] : null}
      {round.status === 'draft' && unansweredBefore > 0 ? <p class="badge badge-gap">{t('vision.round.unansweredBefore', { count: unansweredBefore })}</p> : null}
      {round.status === 'open' ? button(`${base}/close`, t('vision.round.close'), true) : null}
      {round.status === 'closed' && latest ? button(`/vision/${vision.code}/rounds`, t('vision.round.next')) : null}
      {round.status === 'closed' && latest && stats.comments.unanswered > 0
        ? <p class="badge badge-gap">{t('vision.round.unansweredHere', { count: stats.comments.unanswered })}</p> : null}
    </div>
  );
}

function Endorse({ ctx, vision, round, mine }: { ctx: ViewContext; vision: VisionWithRounds; round: RoundWithSections; mine: MyOrganisation[] | null }): Html {
  const { t } = ctx;
  if (round.status !== 'open') return new Html('');
  const base = `/vision/${vision.code}/rounds/${round.number}/endorsements`;
  const owned = (mine ?? []).filter((o) => o.role === 'owner');
  return (
    <section aria-labelledby="endorse-title">
      <h2 id="endorse-title">{t('vision.endorse.title')}</h2>
      <p>{t('vision.endorse.lead')}</p>
      {!ctx.user ? <p><a href={`/login?return=${encodeURIComponent(ctx.url)}`}>{t('vision.endorse.login')}</a> · <a href="/register">{t('vision.endorse.register')}</a></p>
        : owned.length === 0 ? <p>{t('vision.endorse.notOwner')} <a href="/organisations">{t('vision.endorse.organisations')}</a></p>
          : (
            <ul>
              {owned.map((o) => (
                <li>
                  <form method="post" action={o.endorses ? `${base}/${o.id}/withdraw` : base} class="inline-form">
                    <Csrf token={ctx.csrfToken} />
                    <input type="hidden" name="organisationId" value={String(o.id)} />
                    <span>{o.name}: {o.endorses ? <strong>{t('vision.endorse.endorses')}</strong> : t('vision.endorse.notYet')}</span>
                    <button type="submit" class={o.endorses ? 'button button-secondary' : 'button'}>
                      {o.endorses ? t('vision.endorse.withdraw', { name: o.name }) : t('vision.endorse.submit', { name: o.name })}
                    </button>
                  </form>
                </li>
              ))}
            </ul>
          )}
    </section>
  );
}

function CommentForm({ ctx, vision, round, mine, state, canComment }: {
  ctx: ViewContext; vision: VisionWithRounds; round: RoundWithSections; mine: MyOrganisation[] | null; state: ConsultationProps['commentForm']; canComment: boolean;
}): Html {
  const { t } = ctx;
  if (round.status !== 'open') return new Html('');
  const form = state?.form ?? {};
  const errors = state?.errors ?? [];
  return (
    <section aria-labelledby="comment-form-title" id="comment-form">
      <h2 id="comment-form-title">{t('vision.commentForm.title')}</h2>
      {!ctx.user ? <p><a href={`/login?return=${encodeURIComponent(ctx.url)}`}>{t('vision.commentForm.login')}</a></p>
        : !canComment ? <p>{t('vision.commentForm.notAllowed')}</p> : (
          <form method="post" action={`/vision/${vision.code}/rounds/${round.number}/comments`} novalidate data-draft={`vision-comment-${vision.code}-${round.number}`}>
            <Csrf token={ctx.csrfToken} />
            <ErrorSummary t={t} errors={errors} labels={{ section: t('vision.commentForm.section'), text: t('vision.commentForm.text'), proposedText: t('vision.commentForm.proposal'), organisationId: t('vision.commentForm.onBehalf'), form: t('vision.form.label') }} />
            <Radios t={t} name="section" legend={t('vision.commentForm.section')} options={SECTIONS.map((s) => [s, t(`vision.section.${s}`)])} value={val(form, 'section')} errors={errors} />
            <TextArea t={t} name="text" label={t('vision.commentForm.text')} value={val(form, 'text')} errors={errors} required rows={5} hint={t('vision.commentForm.publicHint')} />
            <TextArea t={t} name="proposedText" label={t('vision.commentForm.proposal')} value={val(form, 'proposedText')} errors={errors} rows={4} hint={t('vision.commentForm.proposalHint')} />
            {mine && mine.length ? (
              <Select t={t} name="organisationId" label={t('vision.commentForm.onBehalf')} value={val(form, 'organisationId')} errors={errors}
                empty={t('vision.commentForm.myself')} options={mine.map((o) => [String(o.id), o.name])} hint={t('vision.commentForm.onBehalfHint')} />
            ) : null}
            <div class="actions"><button type="submit" class="button">{t('vision.commentForm.submit')}</button></div>
            <p class="hint" data-draft-status aria-live="polite"></p>
          </form>
        )}
    </section>
  );
}

// A round's text is the same for every reader and changes only with the round (a new object).
const sectionTexts = new WeakMap<RoundWithSections, Map<string, Html>>();
function sectionText(round: RoundWithSections, section: (typeof SECTIONS)[number], lang: 'nl' | 'en'): Html {
  let held = sectionTexts.get(round);
  if (!held) { held = new Map(); sectionTexts.set(round, held); }
  const key = `${section}:${lang}`;
  let html = held.get(key);
  if (!html) { html = <Paragraphs text={round.sections[section][lang]} />; flatHtml(html); held.set(key, html); }
  return html;
}

/** A round of the vision: its text per section, who took part, endorsing, commenting, and every comment with its answer. */
export function ConsultationPage(p: ConsultationProps): Html {
  const { ctx, vision, round, stats } = p;
  const { t, lang } = ctx;
  const basePath = `/vision/${vision.code}/rounds/${round.number}`;
  return (
    <Layout ctx={ctx} title={vision.title[lang]} crumbs={[[t('nav.vision'), '/vision']]} api={`/api${basePath}`} scripts={[]}>
      <h1>{vision.title[lang]} <DemoBadge t={t} isDemo={vision.isDemo} /></h1>
      <SavedNotice t={t} notice={p.notice} draftKey={p.notice === 'vision.saved.commented' ? `vision-comment-${vision.code}-${round.number}` : undefined} />
      <ActionError message={p.actionError} />
      <RoundStatus ctx={ctx} vision={vision} round={round} />
      <Rounds ctx={ctx} vision={vision} round={round} />
      {p.can.edit ? <TeamActions ctx={ctx} vision={vision} round={round} unansweredBefore={p.unansweredBefore} stats={stats} /> : null}
      {round.intro[lang] ? <Paragraphs text={round.intro[lang]} /> : null}
      {SECTIONS.map((s) => {
        const count = stats.comments.bySection[s];
        return (
          <section aria-labelledby={`section-${s}`}>
            <h2 id={`section-${s}`}>{t(`vision.section.${s}`)}</h2>
            {sectionText(round, s, lang)}
            <p class="muted">
              <a href={`${basePath}?section=${s}#comments`}>{t('vision.section.comments', { count: count.total, unanswered: count.unanswered })}</a>
              {round.status === 'open' ? [' · ', <a href="#comment-form">{t('vision.section.respond')}</a>] : null}
            </p>
          </section>
        );
      })}
      {p.fragments?.participation ?? <Participation t={t} lang={lang} catalog={p.catalog} stats={stats} endorsements={p.endorsements} apiHref={`/api${basePath}`} />}
      <Endorse ctx={ctx} vision={vision} round={round} mine={p.mine} />
      <CommentForm ctx={ctx} vision={vision} round={round} mine={p.mine} state={p.commentForm} canComment={p.can.comment} />
      <Comments ctx={ctx} list={p.comments} basePath={basePath} canAnswer={p.can.answer} answerState={p.answerState} itemsHtml={p.fragments?.commentItems} />
      <History ctx={ctx} entries={p.history} />
    </Layout>
  );
}
