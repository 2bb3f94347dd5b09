/*
 * Never guess: the reader's questions (two lines that could hold one meaning) as the analyst has
 * answered them. Only the chosen line keeps the meaning; a question with neither an answer nor a
 * proposed default stays open, and nothing is written while one is.
 */
import type { Meaning, Question, Statement } from "../statements";

/** The analyst's choice per meaning: a position in `statement.lines`. */
export type Answers = Readonly<Partial<Record<Meaning, number>>>;

export interface Answered {
  /** The statement with the meaning taken off every candidate but the chosen one. */
  statement: Statement;
  /** The questions as they stand now (chosen = the analyst's answer, else the reader's default). */
  questions: Question[];
  /** Questions no one has answered: Insert waits for them. */
  open: Question[];
}

export function answerQuestions(statement: Statement, answers: Answers = {}): Answered {
  const questions: Question[] = [];
  for (const question of statement.questions ?? []) {
    // A candidate the analyst has given another meaning no longer competes.
    const candidates = question.candidates.filter(
      (i) => statement.lines[i]?.meaning === question.meaning
    );
    if (candidates.length < 2) continue;
    const answer = answers[question.meaning];
    const chosen =
      answer !== undefined && candidates.includes(answer)
        ? answer
        : question.chosen !== null && candidates.includes(question.chosen)
          ? question.chosen
          : null;
    questions.push({ ...question, candidates, chosen });
  }
  const losing = new Set(
    questions.flatMap((q) => q.candidates.filter((i) => q.chosen !== null && i !== q.chosen))
  );
  const open = questions.filter((q) => q.chosen === null);
  const undecided = new Set(open.flatMap((q) => q.candidates));
  return {
    statement: {
      ...statement,
      lines: statement.lines.map((line, i) =>
        losing.has(i) || undecided.has(i) ? { ...line, meaning: null } : line
      ),
    },
    questions,
    open,
  };
}
