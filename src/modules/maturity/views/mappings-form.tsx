import type { ViewContext } from '../../../web/context.js';
import { h } from '../../../web/jsx.js';
import { val } from '../form-mapping.js';
import { FormShell, type FormState } from './forms.js';
import { ScrollTable } from '../../../web/components.js';

interface Dim { code: string; name: { nl: string; en: string } }

/**
 * For each dimension of the version being replaced: where it lives on in the draft. A dimension
 * whose code still exists needs nothing; one that was renamed, merged or split needs a choice.
 */
export function MappingsFormPage({ ctx, version, previousVersion, previous, draft, state }: {
  ctx: ViewContext; version: number; previousVersion: number; previous: Dim[]; draft: Dim[]; state: FormState;
}) {
  const { t, lang } = ctx;
  const draftCodes = new Set(draft.map((d) => d.code));
  const labels = Object.fromEntries(previous.map((d) => [`map_${d.code}`, d.name[lang] || d.code]));
  return (
    <FormShell ctx={ctx} version={version} title={t('maturity.mappings.formTitle', { from: previousVersion, to: version })} action={`/maturity/models/${version}/mappings`}
      cancel={`/maturity/models/${version}`} draftKey={`maturity:${version}:mappings`} state={state} labels={labels}>
      <p>{t('maturity.mappings.intro', { from: previousVersion, to: version })}</p>
      <ScrollTable caption={t('maturity.mappings.caption', { from: previousVersion, to: version })} class="data-table">
        <thead><tr><th scope="col">{t('maturity.mappings.oldDimension', { version: previousVersion })}</th><th scope="col">{t('maturity.mappings.newDimension', { version })}</th><th scope="col">{t('maturity.mappings.state')}</th></tr></thead>
        <tbody>
          {previous.map((d) => {
            const same = draftCodes.has(d.code);
            const chosen = val(state.form, `map_${d.code}`);
            const id = `f-map_${d.code}`;
            return (
              <tr>
                <th scope="row"><label for={id}>{d.name[lang] || d.code} (<code>{d.code}</code>)</label></th>
                <td>
                  <select id={id} name={`map_${d.code}`}>
                    <option value="">{same ? t('maturity.mappings.sameCode', { code: d.code }) : t('maturity.mappings.choose')}</option>
                    {draft.map((x) => <option value={x.code} selected={chosen === x.code}>{x.name[lang] || x.code} ({x.code})</option>)}
                  </select>
                </td>
                <td>{chosen ? t('maturity.mappings.mapped') : same ? t('maturity.mappings.sameCodeShort') : <strong>{t('maturity.mappings.needed')}</strong>}</td>
              </tr>
            );
          })}
        </tbody>
      </ScrollTable>
    </FormShell>
  );
}
