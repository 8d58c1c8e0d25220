import type { Transaction } from 'kysely';
import type { Database } from '../../../db/schema.js';
import { createCall, publishCall } from '../commands/calls.js';
import { createForm, publishForm } from '../commands/forms.js';
import { CONFORMITY_ANNEX_CODE } from '../conformity-annex.js';
import { brusselsDay } from '../tz.js';
import { DEMO_FORM_FIELDS } from './demo-form.js';

const DAY = 86400_000;
/** A Brussels wall-clock time `days` from the load date: '2027-03-15T17:00'. */
const at = (days: number, time: string) => `${brusselsDay(new Date(Date.now() + days * DAY))}T${time}`;

/** Prefers a grant instrument for experiments, as the study's R3 asks. */
async function instrumentCode(tx: Transaction<Database>): Promise<string | null> {
  for (const code of ['innovative-partnership-grants', 'project-subsidies']) {
    if (await tx.selectFrom('instruments').select('id').where('code', '=', code).where('retired_at', 'is', null).executeTakeFirst()) return code;
  }
  const any = await tx.selectFrom('instruments').select('code').where('retired_at', 'is', null)
    .orderBy((eb) => eb.case().when('type', '=', 'subsidy').then(0).else(1).end()).limit(1).executeTakeFirst();
  return any?.code ?? null;
}

const eligibility = {
  nl: '[demo] Consortia van minstens twee Vlaamse cultuurorganisaties; een consortium over deelsectoren heen krijgt voorrang. Elke aanvraag bevat de conformiteitsannex en een impactpad.',
  en: '[demo] Consortia of at least two Flemish cultural organisations; cross-sector consortia take precedence. Every application includes the conformity annex and an impact pathway.',
};

/** One open, one upcoming and one closed demo call, dated from the load date, 17:00 Brussels time. */
export async function seedDemoCalls(tx: Transaction<Database>): Promise<void> {
  const instrument = await instrumentCode(tx);
  const annex = await tx.selectFrom('form_definitions').select('id').where('code', '=', CONFORMITY_ANNEX_CODE).where('published_at', 'is not', null)
    .orderBy('version', 'desc').limit(1).executeTakeFirst();
  if (!instrument || !annex) return;
  const formId = await createForm(tx, null, {
    code: 'demo-experiment-form', kind: 'application',
    title: { nl: '[demo] Aanvraagformulier experimenten', en: '[demo] Application form for experiments' }, fields: DEMO_FORM_FIELDS,
  }, { isDemo: true });
  await publishForm(tx, null, formId);

  const calls = [
    {
      code: 'demo-proeftuinen-2027', opensAt: at(-14, '09:00'), closesAt: at(45, '17:00'),
      title: { nl: '[demo] Proeftuinen digitale transformatie', en: '[demo] Living labs for the digital transformation' },
      summary: {
        nl: '[demo] Experimenten waarin cultuurorganisaties samen met gebruikers nieuwe digitale werkwijzen uittesten, gebouwd op de gedeelde infrastructuur. Mislukken mag, als je deelt wat je leerde.',
        en: '[demo] Experiments in which cultural organisations test new digital ways of working with their users, built on the shared infrastructure. Failing is allowed, as long as you share what you learned.',
      },
      budgetEur: 600000, maxGrantEur: 60000, minPartners: 2, requiresCrossSector: true,
    },
    {
      code: 'demo-fieldlabs-data', opensAt: at(30, '09:00'), closesAt: at(90, '17:00'),
      title: { nl: '[demo] Fieldlabs data en linked open data', en: '[demo] Fieldlabs for data and linked open data' },
      summary: { nl: '[demo] Fieldlabs die collectie- en publieksdata koppelen via OSLO en aggregatoren.', en: '[demo] Fieldlabs that connect collection and audience data through OSLO and aggregators.' },
      budgetEur: 400000, maxGrantEur: 80000, minPartners: 2, requiresCrossSector: false,
    },
    {
      code: 'demo-digitale-residenties', opensAt: at(-120, '09:00'), closesAt: at(-30, '17:00'),
      title: { nl: '[demo] Digitale residenties', en: '[demo] Digital residencies' },
      summary: { nl: '[demo] Residenties waarin makers en organisaties een digitaal prototype uitwerken.', en: '[demo] Residencies in which makers and organisations develop a digital prototype.' },
      budgetEur: 150000, maxGrantEur: 15000, minPartners: 1, requiresCrossSector: false,
    },
  ];
  for (const c of calls) {
    await createCall(tx, null, {
      ...c, instrument, eligibility, applicationFormId: formId, annexFormId: annex.id,
      annexes: [
        { code: 'budget', label: { nl: 'Begroting', en: 'Budget table' }, required: true },
        { code: 'letters', label: { nl: 'Engagementsverklaringen van de partners', en: 'Letters of commitment from the partners' }, required: false },
      ],
    }, { isDemo: true });
    await publishCall(tx, null, c.code);
  }
}
