import type { Lang, Translate } from '../../../plugins/i18n.js';
import { DemoBadge, ScrollTable } from '../../../web/components.js';
import { h, Html } from '../../../web/jsx.js';
import type { FormAnswers, FormField } from '../../calls/form-fields.js';
import { answerDisplay } from '../../calls/views/fields.js';
import type { ApplicationContent, Partner } from '../queries.js';
import { Money } from './parts.js';

function Answers({ t, lang, fields, answers, title, id }: { t: Translate; lang: Lang; fields: FormField[]; answers: Record<string, unknown>; title: string; id: string }): Html {
  return (
    <section aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      {fields.length === 0 ? <p>{t('review.app.noFields')}</p> : (
        <dl class="facts">
          {fields.map((f) => [<dt>{f[`label_${lang}`]}</dt>, <dd>{answerDisplay(t, lang, f, answers[f.key] as FormAnswers[string] | undefined)}</dd>])}
        </dl>
      )}
    </section>
  );
}

/**
 * A submitted application, read-only, in the form versions it was written against: consortium
 * with subsectors, the answers under the form's labels, the impact pathway, the conformity annex.
 */
export function ApplicationView({ t, lang, title, isDemo, requested, partners, content }: {
  t: Translate; lang: Lang; title: string; isDemo: boolean; requested: number | null; partners: Array<Pick<Partner, 'name' | 'subsector' | 'role' | 'isDemo'>>; content: ApplicationContent;
}): Html {
  const subsectors = new Set(partners.map((p) => p.subsector));
  return (
    <article class="application">
      <p><strong>{title}</strong> <DemoBadge t={t} isDemo={isDemo} /></p>
      {content.summary ? <p class="lead">{content.summary}</p> : null}
      <p>{t('review.app.requested')}: <Money lang={lang} amount={requested} /></p>
      <section aria-labelledby="consortium-title">
        <h2 id="consortium-title">{t('review.app.consortium')}</h2>
        {subsectors.size > 1 ? <p><span class="badge badge-covered">{t('review.app.crossSector')}</span></p> : null}
        <ScrollTable caption={t('review.app.consortium')} class="data-table" captionClass="visually-hidden">
          <thead><tr><th scope="col">{t('review.app.organisation')}</th><th scope="col">{t('review.app.role')}</th><th scope="col">{t('review.app.subsector')}</th></tr></thead>
          <tbody>{partners.map((p) => <tr><td>{p.name} <DemoBadge t={t} isDemo={p.isDemo} /></td><td>{t(`review.app.role.${p.role}`)}</td><td>{t(`subsector.${p.subsector}`)}</td></tr>)}</tbody>
        </ScrollTable>
      </section>
      <Answers t={t} lang={lang} fields={content.fields} answers={content.answers} title={t('review.app.answers')} id="answers-title" />
      <section aria-labelledby="pathway-title">
        <h2 id="pathway-title">{t('review.app.pathway')}</h2>
        {content.pathway.length === 0 ? <p>{t('review.app.noAnswer')}</p> : (
          <dl class="facts">
            {content.pathway.map((p) => [
              <dt>{t(`review.app.stage.${p.stage}`)}</dt>,
              <dd>{p.description || t('review.app.noAnswer')}{p.indicators.length ? <ul>{p.indicators.map((i) => <li>{i.name}: {i.target}</li>)}</ul> : null}</dd>,
            ])}
          </dl>
        )}
      </section>
      <Answers t={t} lang={lang} fields={content.annexFields} answers={content.annexAnswers} title={t('review.app.annex')} id="annex-title" />
      {content.documents.length ? (
        <section aria-labelledby="documents-title">
          <h2 id="documents-title">{t('review.app.documents')}</h2>
          <ul>{content.documents.map((d) => <li><a href={d.url} rel="noopener">{d.title}</a> ({d.annex ? d.annex[lang] : d.annexCode})</li>)}</ul>
        </section>
      ) : null}
    </article>
  );
}
