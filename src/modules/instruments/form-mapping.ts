import type { Catalog } from '../../catalog/catalog.js';
import type { Instrument } from '../../catalog/types.js';
import type { FieldError } from '../../plugins/errors.js';
import { validateSchema } from '../../web/validate.js';
import type { InstrumentForm } from './views/form.js';
import { createInstrumentBody, updateInstrumentBody, type CreateInstrumentInput, type UpdateInstrumentInput } from './schemas.js';

const str = (v: unknown) => (typeof v === 'string' ? v : Array.isArray(v) && typeof v[0] === 'string' ? v[0] : '');

export function emptyForm(catalog: Catalog): InstrumentForm {
  return {
    code: '', name_nl: '', name_en: '', description_nl: '', description_en: '', type: '', responsibleActor: '', sinceYear: '', source: '',
    strengths: Object.fromEntries(catalog.challenges.map((c) => [c.number, ''])), recommendations: [], version: '',
  };
}

export function formFromInstrument(catalog: Catalog, i: Instrument): InstrumentForm {
  const actor = i.responsibleActorId !== null ? catalog.actors.get(i.responsibleActorId) : undefined;
  const strengths = emptyForm(catalog).strengths;
  for (const l of i.links) strengths[l.challenge] = l.strength;
  return {
    code: i.code, name_nl: i.name.nl, name_en: i.name.en, description_nl: i.description.nl, description_en: i.description.en,
    type: i.type, responsibleActor: actor?.code ?? '', sinceYear: i.sinceYear ? String(i.sinceYear) : '', source: i.source ?? '',
    strengths, recommendations: [...i.recommendations], version: String(i.version),
  };
}

export function formFromBody(catalog: Catalog, body: unknown): InstrumentForm {
  const b = (body ?? {}) as Record<string, unknown>;
  const strengths = emptyForm(catalog).strengths;
  for (const c of catalog.challenges) {
    const v = str(b[`strength_${c.number}`]);
    strengths[c.number] = v === 'strong' || v === 'partial' ? v : '';
  }
  const recs = b.recommendations;
  return {
    code: str(b.code).trim(), name_nl: str(b.name_nl), name_en: str(b.name_en), description_nl: str(b.description_nl), description_en: str(b.description_en),
    type: str(b.type), responsibleActor: str(b.responsibleActor), sinceYear: str(b.sinceYear).trim(), source: str(b.source),
    strengths, recommendations: Array.isArray(recs) ? recs.filter((r): r is string => typeof r === 'string') : typeof recs === 'string' ? [recs] : [],
    version: str(b.version),
  };
}

/**
 * The form, turned into the same input the JSON API takes and checked against the same schema,
 * so that a page and the API can never disagree on what is valid.
 */
export function inputFromForm(form: InstrumentForm, mode: 'create' | 'edit'):
  { ok: true; input: CreateInstrumentInput | UpdateInstrumentInput } | { ok: false; errors: FieldError[] } {
  const sinceYear = form.sinceYear === '' ? null : /^\d+$/.test(form.sinceYear) ? Number(form.sinceYear) : form.sinceYear;
  const common = {
    name: { nl: form.name_nl.trim(), en: form.name_en.trim() },
    description: { nl: form.description_nl.trim(), en: form.description_en.trim() },
    type: form.type,
    responsibleActor: form.responsibleActor || null,
    sinceYear,
    source: form.source.trim() || null,
    links: Object.entries(form.strengths).filter(([, s]) => s).map(([c, s]) => ({ challenge: Number(c), strength: s })),
    recommendations: form.recommendations,
  };
  const candidate = mode === 'create' ? { code: form.code, ...common } : { version: Number(form.version) || 0, ...common };
  const errors = validateSchema(mode === 'create' ? createInstrumentBody : updateInstrumentBody, candidate);
  return errors.length ? { ok: false, errors } : { ok: true, input: candidate as CreateInstrumentInput };
}
