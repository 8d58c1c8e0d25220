import type { SeedSet } from '../../../seed/seed-sets.js';
import { createForm, publishForm } from '../commands/forms.js';
import { CONFORMITY_ANNEX_CODE, CONFORMITY_ANNEX_FIELDS } from '../conformity-annex.js';

/** The platform's standard conformity annex, version 1, published: real, not demo. */
export const conformityAnnexSeed: SeedSet = {
  name: 'conformity-annex',
  async load(tx) {
    if (await tx.selectFrom('form_definitions').select('id').where('code', '=', CONFORMITY_ANNEX_CODE).executeTakeFirst()) return;
    const id = await createForm(tx, null, {
      code: CONFORMITY_ANNEX_CODE, kind: 'conformity_annex',
      title: { nl: 'Conformiteitsannex digitale basisinfrastructuur', en: 'Conformity annex for the digital basic infrastructure' },
      fields: CONFORMITY_ANNEX_FIELDS,
    });
    await publishForm(tx, null, id);
  },
};
