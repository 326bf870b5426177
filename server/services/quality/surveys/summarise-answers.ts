import { RATING_SCORES, type SurveyQuestionKindValue } from "@/lib/schemas/survey";

export interface StoredAnswer {
  rating: number | null;
  yes: boolean | null;
  text: string | null;
}

export type QuestionSummary =
  | {
      kind: "RATING";
      answered: number;
      counts: { score: number; count: number }[];
      mean: number | null;
    }
  | { kind: "YES_NO"; answered: number; yes: number; no: number }
  | { kind: "TEXT"; answered: number; texts: string[] };

/**
 * One question's answers, aggregated: ratings as a count per score and the mean (to one
 * decimal place), yes/no as two counts, written answers as a list sorted alphabetically so
 * their order says nothing about who answered when. Nothing here names a provider.
 */
export function summariseAnswers(
  kind: SurveyQuestionKindValue,
  answers: readonly StoredAnswer[],
): QuestionSummary {
  switch (kind) {
    case "RATING": {
      const ratings = answers.flatMap((answer) => (answer.rating === null ? [] : [answer.rating]));
      const counts = RATING_SCORES.map((score) => ({
        score,
        count: ratings.filter((rating) => rating === score).length,
      }));
      const total = ratings.reduce((sum, rating) => sum + rating, 0);
      const mean = ratings.length ? Math.round((total / ratings.length) * 10) / 10 : null;
      return { kind, answered: ratings.length, counts, mean };
    }
    case "YES_NO": {
      const given = answers.filter((answer) => answer.yes !== null);
      const yes = given.filter((answer) => answer.yes).length;
      return { kind, answered: given.length, yes, no: given.length - yes };
    }
    case "TEXT": {
      const texts = answers.flatMap((answer) => (answer.text ? [answer.text] : []));
      return { kind, answered: texts.length, texts: texts.sort((a, b) => a.localeCompare(b)) };
    }
  }
}
