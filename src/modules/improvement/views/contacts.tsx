import type { ViewContext } from '../../../web/context.js';
import { DemoBadge } from '../../../web/components.js';
import { Csrf } from '../../../web/forms.js';
import { h, Html } from '../../../web/jsx.js';
import type { Texts } from '../../maturity/model.js';
import type { ContactRequest } from '../contacts.js';
import { day, text } from '../sentences.js';

/** A refused answer, shown at the request it was meant for. */
export interface ContactError { requestId: number; message: string }

const dimensionName = (ctx: ViewContext, names: Map<string, Texts>, code: string) => text(names.get(code), ctx.lang) || code;

/** The state in words as well as a badge, so it never rests on colour alone. */
function StateBadge({ ctx, state }: { ctx: ViewContext; state: ContactRequest['state'] }): Html {
  const cls = state === 'accepted' ? 'badge badge-covered' : state === 'declined' ? 'badge badge-retired' : 'badge';
  return <span class={cls}>{ctx.t(`improvement.contact.state.${state}`)}</span>;
}

/**
 * Requests other organisations sent to this one, for its owners: who asks and how to reach them,
 * and per waiting request the choice to accept (sharing the answering owner's address) or decline.
 */
export function ReceivedRequests({ ctx, organisationId, requests, names, error }: {
  ctx: ViewContext; organisationId: number; requests: ContactRequest[]; names: Map<string, Texts>; error?: ContactError | undefined;
}): Html {
  const { t, lang } = ctx;
  const waiting = requests.some((r) => r.state === 'waiting');
  return (
    <section aria-labelledby="contact-title" class={waiting ? 'notice' : undefined}>
      <h2 id="contact-title">{t('improvement.contact.received')}</h2>
      <p>{t('improvement.contact.receivedLead')}</p>
      <ul>
        {requests.map((r) => (
          <li id={`contact-request-${r.id}`}>
            <strong>{r.from.name}</strong> <DemoBadge t={t} isDemo={r.from.isDemo} /> (<time datetime={r.requestedAt}>{day(lang, r.requestedAt)}</time>):
            {' '}{t('improvement.contact.about', { dimension: dimensionName(ctx, names, r.dimension) })}. <StateBadge ctx={ctx} state={r.state} />
            <br />{t('improvement.contact.replyTo')} {r.requester.name}, <a href={`mailto:${r.requester.email}`}>{r.requester.email}</a>
            {r.message ? [<br />, <q>{r.message}</q>] : null}
            {error?.requestId === r.id ? <p class="error-text" role="alert">{error.message}</p> : null}
            {r.state === 'accepted' && r.answeredAt ? <p>{t('improvement.contact.acceptedBy', { name: r.answeredBy?.name ?? '—', date: day(lang, r.answeredAt) })}</p> : null}
            {r.state === 'declined' && r.answeredAt ? <p>{t('improvement.contact.declinedOn', { date: day(lang, r.answeredAt) })}</p> : null}
            {r.state === 'waiting' ? (
              <form method="post" action={`/organisations/${organisationId}/contact-requests/${r.id}/answer`} class="inline-form">
                <Csrf token={ctx.csrfToken} />
                <p class="hint">{t('improvement.contact.acceptHint')}</p>
                <button type="submit" class="button" name="answer" value="accepted">
                  {t('improvement.contact.accept')}<span class="visually-hidden">: {t('improvement.contact.answerFor', { organisation: r.from.name })}</span>
                </button>
                {' '}
                <button type="submit" class="button button-secondary" name="answer" value="declined">
                  {t('improvement.contact.decline')}<span class="visually-hidden">: {t('improvement.contact.answerFor', { organisation: r.from.name })}</span>
                </button>
              </form>
            ) : null}
          </li>
        ))}
      </ul>
    </section>
  );
}

/** Requests this organisation sent, with their state; an accepted one names the peer's owner to write to. */
export function SentRequests({ ctx, requests, names }: { ctx: ViewContext; requests: ContactRequest[]; names: Map<string, Texts> }): Html {
  const { t, lang } = ctx;
  return (
    <section aria-labelledby="sent-title">
      <h2 id="sent-title">{t('improvement.contact.sentTitle')}</h2>
      <p>{t('improvement.contact.sentLead')}</p>
      <ul>
        {requests.map((r) => (
          <li id={`sent-request-${r.id}`}>
            <strong>{r.to.name}</strong> <DemoBadge t={t} isDemo={r.to.isDemo} />
            {' '}({t('improvement.contact.sentAbout', { dimension: dimensionName(ctx, names, r.dimension), date: day(lang, r.requestedAt) })}) <StateBadge ctx={ctx} state={r.state} />
            <br />
            {r.state === 'accepted' && r.answeredBy
              ? [t('improvement.contact.writeTo', { name: r.answeredBy.name }), ' ', <a href={`mailto:${r.answeredBy.email}`}>{r.answeredBy.email}</a>]
              : r.state === 'declined' ? t('improvement.contact.sentDeclined', { date: day(lang, r.answeredAt) }) : t('improvement.contact.sentWaiting')}
          </li>
        ))}
      </ul>
    </section>
  );
}
