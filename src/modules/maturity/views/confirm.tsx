import type { ViewContext } from '../../../web/context.js';
import { Csrf } from '../../../web/forms.js';
import { h, type Children } from '../../../web/jsx.js';
import { Layout } from '../../../web/layout.js';

/**
 * A question before a step that cannot be undone (remove, discard, publish): a page of its own,
 * so it works without JavaScript and reads well with a screen reader.
 */
export function ConfirmPage({ ctx, version, rowVersion, title, action, button, cancel, danger, blocked, children }: {
  ctx: ViewContext; version: number; rowVersion: number; title: string; action: string; button: string; cancel: string;
  danger?: boolean; blocked?: boolean; children?: Children;
}) {
  const { t } = ctx;
  return (
    <Layout ctx={ctx} title={title} api={null}
      crumbs={[[t('maturity.landing.title'), '/maturity'], [t('maturity.versions.title'), '/maturity/models'], [t('maturity.versionN', { version }), `/maturity/models/${version}`]]}>
      <h1>{title}</h1>
      {children}
      <form method="post" action={action}>
        <Csrf token={ctx.csrfToken} />
        <input type="hidden" name="rowVersion" value={String(rowVersion)} />
        <div class="actions">
          {blocked ? null : <button type="submit" class={danger ? 'button button-danger' : 'button'}>{button}</button>}
          <a href={cancel}>{blocked ? t('maturity.confirm.back') : t('form.cancel')}</a>
        </div>
      </form>
    </Layout>
  );
}
