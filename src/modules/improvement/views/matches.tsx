import type { Catalog } from '../../../catalog/catalog.js';
import type { ViewContext } from '../../../web/context.js';
import { DemoBadge } from '../../../web/components.js';
import { Csrf } from '../../../web/forms.js';
import { h, Html } from '../../../web/jsx.js';
import { countryName } from '../../knowledge/cases-labels.js';
import type { DimensionMatches } from '../matching.js';
import { day, text } from '../sentences.js';

/**
 * Who and what can help with one priority, each with why it matches: learning opportunities for
 * this level, knowledge actors and cases tagged with the dimension, and peers who are ahead.
 */
export function Matches({ ctx, catalog, organisationId, dimension, dimensionName, level, matches, canRequest, requested }: {
  ctx: ViewContext; catalog: Catalog; organisationId: number; dimension: string; dimensionName: string; level: number;
  matches: DimensionMatches; canRequest: boolean; requested: Set<string>;
}): Html {
  const { t, lang } = ctx;
  const subsector = (code: string) => catalog.subsectors.find((s) => s.code === code)?.name[lang] ?? code;
  const range = (from: number | null, to: number | null) => t('improvement.why.range', { from: from ?? 0, to: to ?? 5 });
  return (
    <div>
      <h4>{t('improvement.match.learning')}</h4>
      {matches.learning.length === 0 ? <p>{t('improvement.match.noLearning')}</p> : (
        <ul>
          {matches.learning.map((l) => (
            <li>
              <strong>{l.url ? <a href={l.url} rel="noopener">{text(l.title, lang)}</a> : text(l.title, lang)}</strong> <DemoBadge t={t} isDemo={l.isDemo} />
              {' '}({t(`improvement.kind.learning.${l.kind}`)}, {l.providerActor ? <a href={`/actors/${l.providerActor}`}>{l.provider}</a> : l.provider}
              {', '}{l.online ? t('improvement.match.online') : l.place ?? ''}{l.startsOn ? `, ${day(lang, l.startsOn)}` : ''})
              <br /><span class="muted">{t('improvement.why.label')}: {l.dimension
                ? t('improvement.why.learning', { dimension: dimensionName, range: range(l.levelFrom, l.levelTo), level })
                : t('improvement.why.learningAll', { range: range(l.levelFrom, l.levelTo), level })}</span>
            </li>
          ))}
        </ul>
      )}
      <h4>{t('improvement.match.actors')}</h4>
      {matches.actors.length === 0 ? <p>{t('improvement.match.noActors')}</p> : (
        <ul>
          {matches.actors.map((a) => (
            <li>
              <a href={`/actors/${a.code}`}>{a.name}</a>
              <br /><span class="muted">{t('improvement.why.label')}: {t('improvement.why.actor', { dimension: dimensionName })}
                {a.servesSubsector ? `; ${t('improvement.why.actorSubsector')}` : ''}</span>
            </li>
          ))}
        </ul>
      )}
      <h4>{t('improvement.match.cases')}</h4>
      {matches.cases.length === 0 ? <p>{t('improvement.match.noCases')}</p> : (
        <ul>
          {matches.cases.map((c) => (
            <li>
              <a href={`/cases/${c.code}`}>{text(c.title, lang)}</a> ({countryName(c.country, lang)})
              <br /><span class="muted">{t('improvement.why.label')}: {t('improvement.why.case', { dimension: dimensionName })}</span>
            </li>
          ))}
        </ul>
      )}
      <h4>{t('improvement.match.peers')}</h4>
      {matches.peers.length === 0 ? <p>{level >= 4 ? t('improvement.match.noPeersTop') : t('improvement.match.noPeers')}</p> : (
        <ul>
          {matches.peers.map((p) => {
            const asked = requested.has(`${p.id}:${dimension}`);
            return (
              <li>
                <strong>{p.name}</strong> <DemoBadge t={t} isDemo={p.isDemo} /> ({subsector(p.subsector)}, {p.municipality})
                <br /><span class="muted">{t('improvement.why.label')}: {t('improvement.why.peer', { dimension: dimensionName, peer: p.level, level })}
                  {p.sameSubsector ? `; ${t('improvement.why.peerSubsector')}` : ''}</span>
                {asked ? <p><span class="badge badge-covered">{t('improvement.contact.sent')}</span></p> : canRequest ? (
                  <form method="post" action={`/organisations/${organisationId}/contact-requests`} class="inline-form">
                    <Csrf token={ctx.csrfToken} />
                    <input type="hidden" name="peerId" value={String(p.id)} />
                    <input type="hidden" name="dimension" value={dimension} />
                    <label for={`f-message-${dimension}-${p.id}`}>{t('improvement.contact.message')}</label>
                    <input type="text" id={`f-message-${dimension}-${p.id}`} name="message" maxlength="2000" />
                    <button type="submit" class="button button-secondary">{t('improvement.contact.request')}<span class="visually-hidden">: {p.name}</span></button>
                  </form>
                ) : null}
              </li>
            );
          })}
        </ul>
      )}
    </div>
  );
}
