import type { ViewContext } from '../../../web/context.js';
import { Csrf, ErrorSummary, Select, TextField } from '../../../web/forms.js';
import { h } from '../../../web/jsx.js';
import { Layout } from '../../../web/layout.js';
import type { FieldError } from '../../../plugins/errors.js';
import { ROLES } from '../../../plugins/permissions.js';
import { ScrollTable } from '../../../web/components.js';
import { Day } from '../../../web/day.js';

export interface UserRow { id: number; email: string; display_name: string; role: string; created_at: Date; disabled_at: Date | null }

export function UsersPage({ ctx, users, errors, input, created }: {
  ctx: ViewContext; users: UserRow[]; errors: FieldError[]; input: Record<string, string>; created?: string | undefined;
}) {
  const { t } = ctx;
  const labels = { email: t('auth.email'), displayName: t('users.displayName'), password: t('auth.password'), role: t('users.role') };
  return (
    <Layout ctx={ctx} title={t('users.title')} api={null}>
      <h1>{t('users.title')}</h1>
      {created ? <div class="notice notice-success" role="status"><p>{t('users.created', { email: created })}</p></div> : null}
      <ScrollTable caption={t('users.caption', { count: users.length })} class="data-table">
        <thead><tr><th scope="col">{labels.displayName}</th><th scope="col">{labels.email}</th><th scope="col">{labels.role}</th><th scope="col">{t('users.since')}</th></tr></thead>
        <tbody>
          {users.map((u) => (
            <tr>
              <td>{u.display_name}{u.disabled_at ? ` (${t('users.disabled')})` : ''}</td>
              <td>{u.email}</td>
              <td>{t(`role.${u.role}`)}</td>
              <td><Day lang={ctx.lang} iso={u.created_at.toISOString()} /></td>
            </tr>
          ))}
        </tbody>
      </ScrollTable>
      <h2>{t('users.new')}</h2>
      <div class="narrow">
        <ErrorSummary t={t} errors={errors} labels={labels} />
        <form method="post" action="/admin/users" novalidate>
          <Csrf token={ctx.csrfToken} />
          <TextField t={t} name="displayName" label={labels.displayName} value={input.displayName} required errors={errors} />
          <TextField t={t} name="email" label={labels.email} type="email" value={input.email} required errors={errors} autocomplete="off" />
          <TextField t={t} name="password" label={labels.password} type="password" required errors={errors} autocomplete="new-password" hint={t('users.passwordHint')} />
          <Select t={t} name="role" label={labels.role} value={input.role ?? 'transition_team'} required errors={errors}
            options={ROLES.map((r) => [r, t(`role.${r}`)] as [string, string])} />
          <button type="submit" class="button">{t('users.create')}</button>
        </form>
      </div>
    </Layout>
  );
}
