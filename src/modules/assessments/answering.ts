import type { Db } from '../../db/database.js';
import type { AssessmentContext } from './guard.js';
import { answersOf, respondentsOf, type AnswerRecord, type RespondentRecord } from './queries.js';
import { progressOf, questionsOf, type DimensionQuestions, type Progress } from './questions.js';

export interface AnsweringState {
  groups: DimensionQuestions[];
  answers: Map<number, AnswerRecord>;
  progress: Progress;
  me: { finishedAt: Date | null; joined: boolean };
  respondents: RespondentRecord[];
}

/** The acting respondent's side of an assessment: their answers, progress and finished state. */
export async function answeringState(db: Db, ctx: AssessmentContext): Promise<AnsweringState> {
  const groups = questionsOf(ctx.model, ctx.assessment.kind);
  const [mine, respondents] = await Promise.all([answersOf(db, ctx.assessment.id, [ctx.userId]), respondentsOf(db, [ctx.assessment.id])]);
  const answers = new Map(mine.map((a) => [a.questionId, a]));
  const me = respondents.find((r) => r.userId === ctx.userId);
  return {
    groups, answers, respondents,
    progress: progressOf(groups, new Set(answers.keys())),
    me: { finishedAt: me?.finishedAt ?? null, joined: me !== undefined },
  };
}
