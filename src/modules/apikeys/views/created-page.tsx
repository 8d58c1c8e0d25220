import type { ViewContext } from '../../../web/context.js';
import { h, type Html } from '../../../web/jsx.js';
import { Layout } from '../../../web/layout.js';
import type { PresentedKey } from '../presenters.js';

/** The one moment the secret is shown: with the warning that it will not be shown again. */
export function CreatedPage({ ctx, apiKey, secret }: { ctx: ViewContext; apiKey: PresentedKey; secret: string }): Html {
  const { t } = ctx;
  return (
    <Layout ctx={ctx} title={t('apikeys.created.title')} crumbs={[[t('apikeys.title'), '/api-keys']]} api={null}>
      <h1>{t('apikeys.created.title')}</h1>
      <div class="notice notice-success" role="status">
        <p>{t('apikeys.created.saved', { name: apiKey.name })}</p>
      </div>
      <div class="notice">
        <p><strong>{t('apikeys.created.once')}</strong></p>
      </div>
      <div class="field">
        <label for="f-secret">{t('apikeys.created.secret')}</label>
        <input id="f-secret" type="text" readonly value={secret} autocomplete="off" spellcheck="false" />
      </div>
      <p>{t('apikeys.created.howTo')}</p>
      <pre tabindex="0"><code>{`Authorization: Bearer ${secret}`}</code></pre>
      <p><a href="/api-keys">{t('apikeys.created.back')}</a></p>
    </Layout>
  );
}
