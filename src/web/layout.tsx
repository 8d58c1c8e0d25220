import { Fragment, h, type Children, Html } from './jsx.js';
import type { ViewContext } from './context.js';
import { flatHtml } from '../catalog/flat-text.js';

void Fragment;

export interface NavItem { href: string; key: string }

/** Main navigation, in reading order; modules add their pages here through their manifests. */
export const NAV: NavItem[] = [
  { href: '/', key: 'nav.home' },
  { href: '/instruments', key: 'nav.instruments' },
  { href: '/coverage', key: 'nav.coverage' },
  { href: '/challenges', key: 'nav.challenges' },
  { href: '/recommendations', key: 'nav.recommendations' },
  { href: '/actors', key: 'nav.actors' },
  { href: '/cases', key: 'nav.cases' },
  { href: '/knowledge', key: 'nav.knowledge' },
  { href: '/guide', key: 'nav.guide' },
  { href: '/calls', key: 'nav.calls' },
  { href: '/projects', key: 'projects.nav' },
  { href: '/search', key: 'nav.search' },
  { href: '/timeline', key: 'nav.timeline' },
  { href: '/vision', key: 'nav.vision' },
  { href: '/bodies', key: 'nav.governance' },
  { href: '/action-lines', key: 'cycle.nav' },
  { href: '/kpis', key: 'nav.kpis' },
  { href: '/dashboard', key: 'nav.dashboard' },
  { href: '/reports', key: 'nav.reports' },
  { href: '/maturity', key: 'nav.maturity' },
  { href: '/organisations', key: 'nav.organisations' },
];

function isCurrent(path: string, href: string): boolean {
  return href === '/' ? path === '/' : path === href || path.startsWith(href + '/');
}

/**
 * The parts of the layout that are the same on every page of one language (and, for the main
 * navigation, one current item): made once, not on every page. A quarter of an empty page's
 * rendering time went into the 21 navigation items and the footer.
 */
const made = new Map<string, Html>();
function once(key: string, render: () => Html): Html {
  let html = made.get(key);
  if (!html) made.set(key, (html = flatHtml(render())));
  return html;
}

function MainNavList({ ctx }: { ctx: ViewContext }): Html {
  const current = NAV.findIndex((item) => isCurrent(ctx.path, item.href));
  return once(`nav:${ctx.lang}:${current}`, () => (
    <ul class="wrap" id="main-nav-list">
      {NAV.map((item, i) => (
        <li>
          <a href={item.href} aria-current={i === current ? 'page' : undefined}>{ctx.t(item.key)}</a>
        </li>
      ))}
    </ul>
  ));
}

function Footer({ ctx }: { ctx: ViewContext }): Html {
  const { t } = ctx;
  return once(`footer:${ctx.lang}`, () => (
    <footer class="site-footer">
      <div class="wrap footer-row">
        <p>{t('footer.about')}</p>
        <ul>
          <li><a href="/api/docs">{t('footer.api')}</a></li>
          <li><a href="/accessibility">{t('footer.accessibility')}</a></li>
          <li><a href="/privacy">{t('privacy.footer')}</a></li>
          <li><a href="/catalogue">{t('footer.opendata')}</a></li>
          <li><a href="/about">{t('footer.sources')}</a></li>
        </ul>
      </div>
    </footer>
  ));
}

function langSwitchHref(ctx: ViewContext, lang: string): string {
  return `/lang/${lang}?return=${encodeURIComponent(ctx.url.replace(/([?&])lang=(nl|en)&?/, '$1').replace(/[?&]$/, ''))}`;
}

export interface LayoutProps {
  ctx: ViewContext;
  title: string;
  /** Breadcrumb trail above the title: [label, href][] (the current page is added last). */
  crumbs?: Array<[string, string]>;
  scripts?: string[];
  /** The page's JSON twin; by default /api + the page's path. null for pages without one. */
  api?: string | null;
  children?: Children;
}

export function Layout({ ctx, title, crumbs, scripts, api, children }: LayoutProps): Html {
  const { t } = ctx;
  const other = ctx.lang === 'nl' ? 'en' : 'nl';
  const doc = (
    <html lang={ctx.lang}>
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{title} · {t('site.name')}</title>
        <link rel="stylesheet" href="/static/styles.css" />
        <link rel="icon" href="/static/favicon.svg" type="image/svg+xml" />
        {api === null ? null : <link rel="alternate" type="application/json" href={api ?? `/api${ctx.path === '/' ? '' : ctx.path}`} />}
      </head>
      <body>
        <a class="skip-link" href="#main">{t('layout.skip')}</a>
        <header class="site-header">
          <div class="wrap header-row">
            <a class="brand" href="/">
              <span class="brand-mark" aria-hidden="true"></span>
              <span class="brand-name">{t('site.name')}</span>
              <span class="brand-sub">{t('site.tagline')}</span>
            </a>
            <div class="header-tools">
              <a class="lang-switch" href={langSwitchHref(ctx, other)} lang={other} hreflang={other}>
                {other === 'en' ? 'English' : 'Nederlands'}
              </a>
              {ctx.user ? (
                <form method="post" action="/logout" class="inline-form">
                  <input type="hidden" name="_csrf" value={ctx.csrfToken} />
                  <span class="user-name">{ctx.user.displayName} ({t(`role.${ctx.user.role}`)})</span>
                  <button type="submit" class="link-button">{t('auth.logout')}</button>
                </form>
              ) : (
                <a href={`/login?return=${encodeURIComponent(ctx.url)}`}>{t('auth.login')}</a>
              )}
            </div>
          </div>
          <nav aria-label={t('layout.mainNav')} class="main-nav">
            {/* Shown by nav.js on a phone, where the full list would fill the first screen; without scripts the list simply shows. */}
            <div class="wrap"><button type="button" class="nav-toggle" aria-expanded="false" aria-controls="main-nav-list" hidden>{t('layout.menu')}</button></div>
            <MainNavList ctx={ctx} />
          </nav>
        </header>
        <main id="main" class="wrap" tabindex="-1">
          {crumbs && crumbs.length > 0 ? (
            <nav aria-label={t('layout.breadcrumb')} class="breadcrumb">
              <ol>
                {crumbs.map(([label, href]) => <li><a href={href}>{label}</a></li>)}
                <li aria-current="page">{title}</li>
              </ol>
            </nav>
          ) : null}
          {children}
        </main>
        <Footer ctx={ctx} />
        {/* drafts.js is on every page: it also clears a draft once the page after a save confirms it. */}
        {['/static/js/nav.js', '/static/js/drafts.js', ...(scripts ?? [])].map((src) => <script src={src} defer></script>)}
      </body>
    </html>
  );
  return new Html('<!doctype html>' + doc.value);
}
