import { describe, expect, it } from 'vitest';
import { translator } from '../plugins/i18n.js';
import type { ViewContext } from './context.js';
import { ConflictNotice, DraftFormPage } from './draft-form.js';
import { h } from './jsx.js';

const ctx: ViewContext = { lang: 'en', t: translator('en'), user: null, csrfToken: 'token-1', url: '/things/1/edit', path: '/things/1/edit' };
const form = (html: string) => html.slice(html.indexOf('<form'), html.indexOf('</form>') + 7);

describe('a page with a draft form', () => {
  it('keeps the draft under its key with the version it was read at, and sends the version back', () => {
    const html = (<DraftFormPage ctx={ctx} title="Edit thing" crumbs={[]} action="/things/1" cancel="/things/1" draft="thing-1"
      version={{ name: 'version', value: '7' }} errors={[]} labels={{}}><input name="title" /></DraftFormPage>).value;
    const f = form(html);
    expect(f).toContain('<form method="post" action="/things/1" novalidate data-draft="thing-1" data-draft-version="7" id="f-form" tabindex="-1">');
    expect(f).toContain('<input type="hidden" name="_csrf" value="token-1"><input type="hidden" name="version" value="7"><input name="title">');
    expect(f).toContain(`<button type="submit" class="button">${ctx.t('form.save')}</button><a href="/things/1">${ctx.t('form.cancel')}</a>`);
    expect(f).toContain('<p class="hint" data-draft-status aria-live="polite"></p>');
    expect(html).toContain('<h1>Edit thing</h1>');
  });

  it('leaves out the version of a new record and the draft attributes of a form without a draft', () => {
    const f = form((<DraftFormPage ctx={ctx} title="Upload" crumbs={[]} action="/import" cancel="/" draft={undefined} enctype="multipart/form-data" submit="Import"
      errors={[]} labels={{}} />).value);
    expect(f).toContain('<form method="post" action="/import" novalidate enctype="multipart/form-data" id="f-form" tabindex="-1">');
    expect(f).not.toContain('name="version"');
    expect(f).toContain('>Import</button>');
  });

  it('shows the notices and the error summary above the form, which a form-wide error links to', () => {
    const html = (<DraftFormPage ctx={ctx} title="Edit" crumbs={[]} action="/a" cancel="/b" draft="d" errors={[{ field: 'form', message: 'was changed meanwhile' }]}
      labels={{ form: 'The form' }} notices={<ConflictNotice message="Someone saved a newer version." compare="Open it" href="/b" />} />).value;
    expect(html.indexOf('id="stale-notice"')).toBeLessThan(html.indexOf('error-summary'));
    expect(html.indexOf('error-summary')).toBeLessThan(html.indexOf('<form'));
    expect(html).toContain('<a href="#f-form">The form</a>: was changed meanwhile');
    expect(html).toContain('<p><a href="/b" target="_blank" rel="noopener">Open it</a></p>');
  });
});
