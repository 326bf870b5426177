import { type SeedContext, weighted } from "./context";

/**
 * Where each referral ends up by "today". The three SUBMITTED variants show the provider's
 * steps: nothing received yet, some paperwork in, or everything in and the interview held.
 */
export type Outcome =
  | "SUBMITTED_NEW"
  | "SUBMITTED_PARTIAL"
  | "SUBMITTED_READY"
  | "ACCEPTED"
  | "DECLINED"
  | "CLOSED"
  | "WITHDRAWN"
  | "PLACED_ACTIVE"
  | "PLACED_COMPLETED"
  | "PLACED_WITHDRAWN";

/** One referral in a student's year; `providerIndex` pins it to a catalogue provider. */
export interface Step {
  outcome: Outcome | "SUBMITTED";
  providerIndex?: number;
}

/** A student's referrals in the order they were made. */
export type Story = Step[];

/**
 * The demo school's first students, so the demo accounts find an example of every status,
 * most of them with the demo provider.
 */
export const DEMO_SCHOOL_STORIES: Story[] = [
  [{ outcome: "SUBMITTED_NEW", providerIndex: 0 }],
  [{ outcome: "SUBMITTED_READY", providerIndex: 0 }],
  [{ outcome: "SUBMITTED_PARTIAL", providerIndex: 0 }],
  [{ outcome: "ACCEPTED", providerIndex: 0 }],
  [{ outcome: "DECLINED", providerIndex: 0 }],
  [{ outcome: "PLACED_ACTIVE", providerIndex: 0 }],
  [
    { outcome: "CLOSED", providerIndex: 1 },
    { outcome: "PLACED_ACTIVE", providerIndex: 0 },
  ],
  [{ outcome: "WITHDRAWN", providerIndex: 0 }],
  [{ outcome: "PLACED_WITHDRAWN" }],
  [{ outcome: "PLACED_COMPLETED" }],
  [{ outcome: "PLACED_ACTIVE" }, { outcome: "SUBMITTED_READY", providerIndex: 0 }],
];

const steps = (...outcomes: Step["outcome"][]): Story => outcomes.map((outcome) => ({ outcome }));

// Weights per 100 students. They give about 1.2 referrals and 0.65 placements per student.
const STORIES: readonly (readonly [Story, number])[] = [
  [[], 6],
  [steps("PLACED_ACTIVE"), 30],
  [steps("PLACED_COMPLETED"), 3],
  [steps("PLACED_WITHDRAWN"), 5],
  [steps("SUBMITTED"), 12],
  [steps("ACCEPTED"), 4],
  [steps("DECLINED"), 2],
  [steps("CLOSED"), 6],
  [steps("WITHDRAWN"), 5],
  [steps("CLOSED", "PLACED_ACTIVE"), 7],
  [steps("WITHDRAWN", "PLACED_ACTIVE"), 4],
  [steps("PLACED_WITHDRAWN", "PLACED_ACTIVE"), 4],
  [steps("PLACED_ACTIVE", "SUBMITTED"), 5],
  [steps("CLOSED", "SUBMITTED"), 3],
  [steps("PLACED_COMPLETED", "PLACED_ACTIVE"), 2],
  [steps("CLOSED", "ACCEPTED"), 2],
];

const SUBMITTED_VARIANTS = [
  ["SUBMITTED_NEW", 35],
  ["SUBMITTED_PARTIAL", 40],
  ["SUBMITTED_READY", 25],
] as const;

/** The story of one student: scripted for the demo school's first pupils, else drawn. */
export function storyFor(ctx: SeedContext, schoolIndex: number, rosterIndex: number): Story {
  const scripted = schoolIndex === 0 ? DEMO_SCHOOL_STORIES[rosterIndex] : undefined;
  return scripted ?? weighted(ctx, STORIES);
}

/** Resolves a plain "SUBMITTED" to one of its variants. */
export function settleOutcome(ctx: SeedContext, outcome: Step["outcome"]): Outcome {
  return outcome === "SUBMITTED" ? weighted(ctx, SUBMITTED_VARIANTS) : outcome;
}
