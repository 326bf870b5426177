import type { SurveyStatusValue } from "@/lib/schemas/survey";

export interface SurveyDates {
  openedAt: Date | null;
  closedAt: Date | null;
  /** A UK date (stored at UTC midnight): the last day answers are taken. */
  closesOn: Date | null;
}

/**
 * A survey is a draft until opened, open from then until the officer closes it or its
 * closing date has passed (answers are taken all through the closing day), then closed.
 * `today` is the UK date, `YYYY-MM-DD`.
 */
export function surveyStatus(survey: SurveyDates, today: string): SurveyStatusValue {
  if (!survey.openedAt) {
    return "DRAFT";
  }
  if (survey.closedAt) {
    return "CLOSED";
  }
  if (survey.closesOn && survey.closesOn.toISOString().slice(0, 10) < today) {
    return "CLOSED";
  }
  return "OPEN";
}
