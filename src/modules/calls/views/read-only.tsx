import type { Lang, Translate } from '../../../plugins/i18n.js';
import { h, Html } from '../../../web/jsx.js';
import type { FormField } from '../form-fields.js';
import type { ApplicationView } from '../presenters.js';
import { answerDisplay, fieldLabel, fieldSection } from './fields.js';
import { Paragraphs, When, euro, tr } from './parts.js';
import { ScrollTable } from '../../../web/components.js';

function Answers({ t, lang, fields, answers }: { t: Translate; lang: Lang; fields: readonly FormField[]; answers: ApplicationView['answers'] }): Html {
  return (
    <dl class="answers">
      {fields.map((f) => {
        const s = fieldSection(f, lang);
        const text = answerDisplay(t, lang, f, answers[f.key]);
        return [
          <dt>{s ? <span class="muted">{s}: </span> : null}{fieldLabel(f, lang)}</dt>,
          <dd>{f.type === 'textarea' && typeof answers[f.key] === 'string' ? <Paragraphs text={text} /> : text}</dd>,
        ];
      })}
    </dl>
  );
}

/** The consortium: each organisation's subsector, role, contribution and confirmation. */
export function ConsortiumTable({ t, lang, view }: { t: Translate; lang: Lang; view: Pick<ApplicationView, 'partners' | 'crossSector'> }): Html {
  return (
    <div>
      <p>{view.crossSector ? <strong class="tag">{t('calls.consortium.crossSector')}</strong> : t('calls.consortium.singleSector')}</p>
      <ScrollTable caption={t('calls.consortium.title')} class="data-table" captionClass="visually-hidden">
        <thead><tr>
          <th scope="col">{t('calls.consortium.organisation')}</th><th scope="col">{t('calls.consortium.subsector')}</th>
          <th scope="col">{t('calls.consortium.role')}</th><th scope="col">{t('calls.consortium.contribution')}</th><th scope="col">{t('calls.consortium.confirmed')}</th>
        </tr></thead>
        <tbody>
          {view.partners.map((p) => (
            <tr>
              <th scope="row">{p.name}{p.isDemo ? <span class="badge badge-demo"> {t('demo.badge')}</span> : null}</th>
              <td>{t(`subsector.${p.subsector}`)}</td>
              <td>{t(`calls.consortium.role.${p.role}`)}</td>
              <td>{p.contribution || '—'}</td>
              <td>{p.confirmedAt ? <span>{t('calls.yes')} (<When lang={lang} at={p.confirmedAt} />)</span> : <strong>{t('calls.consortium.notConfirmed')}</strong>}</td>
            </tr>
          ))}
        </tbody>
      </ScrollTable>
    </div>
  );
}

/**
 * A whole application for reading, in the form and annex versions it was written against:
 * shared by the applicants' page (after submission) and the reviewers' pages. `level` is the
 * heading level of its sections (2 on its own page, 3 inside another section).
 */
export function ApplicationReadOnly({ t, lang, view, level = 2, consortium = true }: { t: Translate; lang: Lang; view: ApplicationView; level?: 2 | 3; consortium?: boolean }): Html {
  const H = (props: { id: string; children?: unknown }) => (level === 2 ? <h2 id={props.id}>{props.children as string}</h2> : <h3 id={props.id}>{props.children as string}</h3>);
  return (
    <div class="application-read-only">
      <dl class="facts">
        <dt>{t('calls.application.lead')}</dt><dd>{view.lead.name}</dd>
        <dt>{t('calls.application.call')}</dt><dd><a href={`/calls/${view.call.code}`}>{tr(view.call.title, lang)}</a></dd>
        <dt>{t('calls.application.status')}</dt><dd>{t(`calls.status.${view.status}`)}</dd>
        {view.submittedAt ? [<dt>{t('calls.application.submittedAt')}</dt>, <dd><When lang={lang} at={view.submittedAt} /></dd>] : null}
        <dt>{t('calls.application.requested')}</dt><dd>{euro(lang, view.requestedEur)}</dd>
        <dt>{t('calls.application.formVersion')}</dt><dd>{tr(view.form.title, lang)} ({t('calls.forms.versionN', { n: view.form.version })}); {tr(view.annexForm.title, lang)} ({t('calls.forms.versionN', { n: view.annexForm.version })})</dd>
      </dl>
      <section aria-labelledby="ro-summary"><H id="ro-summary">{t('calls.application.summary')}</H><Paragraphs text={view.summary || t('calls.notAnswered')} /></section>
      <section aria-labelledby="ro-answers"><H id="ro-answers">{t('calls.application.answers')}</H><Answers t={t} lang={lang} fields={view.form.fields} answers={view.answers} /></section>
      <section aria-labelledby="ro-pathway">
        <H id="ro-pathway">{t('calls.pathway.title')}</H>
        <ScrollTable caption={t('calls.pathway.title')} class="data-table" captionClass="visually-hidden">
          <thead><tr><th scope="col">{t('calls.pathway.stage')}</th><th scope="col">{t('calls.pathway.description')}</th><th scope="col">{t('calls.pathway.indicators')}</th></tr></thead>
          <tbody>
            {view.pathway.map((p) => (
              <tr>
                <th scope="row">{t(`calls.pathway.${p.stage}`)}</th>
                <td>{p.description || '—'}</td>
                <td>{p.indicators.length ? <ul>{p.indicators.map((i) => <li>{i.name}: {i.target}</li>)}</ul> : '—'}</td>
              </tr>
            ))}
          </tbody>
        </ScrollTable>
      </section>
      <section aria-labelledby="ro-annex"><H id="ro-annex">{t('calls.annex.title')}</H><Answers t={t} lang={lang} fields={view.annexForm.fields} answers={view.annexAnswers} /></section>
      {consortium ? <section aria-labelledby="ro-consortium"><H id="ro-consortium">{t('calls.consortium.title')}</H><ConsortiumTable t={t} lang={lang} view={view} /></section> : null}
      <section aria-labelledby="ro-documents">
        <H id="ro-documents">{t('calls.documents.title')}</H>
        {view.documents.length ? (
          <ul>{view.documents.map((d) => {
            const annex = view.call.annexes.find((a) => a.code === d.annexCode);
            return <li>{annex ? tr(annex.label, lang) : d.annexCode}: <a href={d.url} rel="noopener nofollow">{d.title || d.url}</a></li>;
          })}</ul>
        ) : <p>{t('calls.documents.none')}</p>}
      </section>
    </div>
  );
}
