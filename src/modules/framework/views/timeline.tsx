import type { Spearhead, TimelineEvent } from '../../../catalog/types.js';
import type { ViewContext } from '../../../web/context.js';
import { Source } from '../../../web/components.js';
import { h } from '../../../web/jsx.js';
import { Layout } from '../../../web/layout.js';
import { JsonLink, Period } from './parts.js';

export function TimelinePage({ ctx, events, spearheads }: { ctx: ViewContext; events: TimelineEvent[]; spearheads: Spearhead[] }) {
  const { t, lang } = ctx;
  return (
    <Layout ctx={ctx} title={t('timeline.title')}>
      <h1>{t('timeline.title')}</h1>
      <p class="lead">{t('timeline.lead')}</p>

      <h2>{t('timeline.eventsTitle')}</h2>
      <ol class="timeline">
        {events.map((e) => (
          <li>
            <Period date={e.date} lang={lang} />
            <h3>{e.title[lang]}</h3>
            <p>{e.description[lang]}</p>
            <Source t={t} source={e.source} />
          </li>
        ))}
      </ol>
      <JsonLink t={t} href="/api/timeline" label={t('timeline.asJson')} />

      <h2>{t('spearheads.title')}</h2>
      <p>{t('spearheads.lead')}</p>
      <ol class="cards">
        {spearheads.map((s) => (
          <li class="card">
            <h3>{t('spearheads.nameN', { n: s.number, title: s.title[lang] })}</h3>
            <p>{s.description[lang]}</p>
            <Source t={t} source={s.source} />
          </li>
        ))}
      </ol>
      <JsonLink t={t} href="/api/spearheads" label={t('spearheads.asJson')} />
    </Layout>
  );
}
