import type { FieldError } from '../../plugins/errors.js';
import type { PathwayStage } from '../../db/schema-calls.js';
import { answersFromForm } from './answers.js';
import type { SaveInput } from './commands/applications.js';
import { LIMITS, PATHWAY_STAGES } from './constants.js';
import type { FormAnswers } from './form-fields.js';
import type { ApplicationView } from './presenters.js';

/** Page names: a_<key> (form), x_<key> (annex), p_<stage>_description, p_<stage>_i<n>_name|target, d_<annex>_title|url. */
const str = (body: Record<string, unknown>, name: string): string => {
  const v = body[name];
  return typeof v === 'string' ? v : Array.isArray(v) && typeof v[0] === 'string' ? v[0] : '';
};

export interface TypedApplication {
  input: SaveInput & { version: number | string };
  answers: FormAnswers; annexAnswers: FormAnswers;
  pathway: ApplicationView['pathway'];
  documents: Array<{ annexCode: string; title: string; url: string }>;
  title: string; summary: string; version: string;
}

/** What the page posted, as the API's save body and as the values to show again. */
export function applicationFromForm(body: unknown, view: ApplicationView): TypedApplication {
  const b = (body ?? {}) as Record<string, unknown>;
  const answers = answersFromForm(view.form.fields, b, 'a');
  const annexAnswers = answersFromForm(view.annexForm.fields, b, 'x');
  const pathway = PATHWAY_STAGES.map((stage) => ({
    stage,
    description: str(b, `p_${stage}_description`),
    indicators: Array.from({ length: LIMITS.indicators }, (_, i) => ({ name: str(b, `p_${stage}_i${i}_name`), target: str(b, `p_${stage}_i${i}_target`) }))
      .filter((x) => x.name.trim() || x.target.trim()),
  }));
  const documents = view.call.annexes.map((a) => ({ annexCode: a.code, title: str(b, `d_${a.code}_title`).trim(), url: str(b, `d_${a.code}_url`).trim() }));
  const versionText = str(b, 'version');
  const title = str(b, 'title');
  const summary = str(b, 'summary');
  return {
    input: {
      version: /^\d+$/.test(versionText) ? Number(versionText) : versionText,
      title, summary, answers, annexAnswers,
      pathway: Object.fromEntries(pathway.map((p) => [p.stage, { description: p.description, indicators: p.indicators }])) as SaveInput['pathway'],
      documents,
    } as TypedApplication['input'],
    answers, annexAnswers, pathway, documents, title, summary, version: versionText,
  };
}

/** API field paths onto the page's input names, so the error summary links to the right input. */
export function applicationPageErrors(errors: FieldError[], view: Pick<ApplicationView, 'call'>): FieldError[] {
  return errors.map((e) => {
    const path = e.field.replace(/^body\.?/, '');
    let m: RegExpExecArray | null;
    if ((m = /^answers\.([^.]+)/.exec(path))) return { ...e, field: `a_${m[1]}` };
    if ((m = /^annexAnswers\.([^.]+)/.exec(path))) return { ...e, field: `x_${m[1]}` };
    if ((m = /^pathway\.([a-z]+)\.description/.exec(path))) return { ...e, field: `p_${m[1] as PathwayStage}_description` };
    if ((m = /^pathway\.([a-z]+)\.indicators(?:\.(\d+)\.?(name|target)?)?/.exec(path))) return { ...e, field: `p_${m[1]}_i${m[2] ?? 0}_${m[3] ?? 'name'}` };
    if ((m = /^documents\.(\d+)\.?(\w*)/.exec(path))) {
      const code = view.call.annexes[Number(m[1])]?.code ?? view.call.annexes[0]?.code ?? 'x';
      return { ...e, field: `d_${code}_${m[2] === 'title' ? 'title' : 'url'}` };
    }
    if ((m = /^documents\.([a-z0-9_-]+)$/.exec(path))) return { ...e, field: `d_${m[1]}_title` };
    if (path === 'answers' || path === 'annexAnswers' || path === 'documents' || path === 'pathway') return { ...e, field: 'form' };
    return { ...e, field: path.split('.')[0] || 'form' };
  });
}
