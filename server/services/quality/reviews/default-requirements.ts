/**
 * The contractual requirements a new installation starts with (issue 5's list), in the
 * order Quality Review 1 asks them. The service edits, reorders and retires them in the
 * portal (qualityRequirement.*); the demo seed writes this list.
 */
export const DEFAULT_REQUIREMENTS: readonly {
  title: string;
  guidance: string;
  asksExpiry?: boolean;
}[] = [
  {
    title: "Safeguarding policy and named designated safeguarding lead",
    guidance: "Your current policy, reviewed within the year, naming the DSL and deputy.",
  },
  {
    title: "Staff safeguarding training",
    guidance: "Dates of each member of staff's most recent safeguarding training.",
  },
  {
    title: "Prevent duty training",
    guidance: "Evidence that staff working with learners have completed Prevent training.",
  },
  {
    title: "Employer's liability insurance",
    guidance: "The certificate, showing the cover and the date it expires.",
    asksExpiry: true,
  },
  {
    title: "Public liability insurance",
    guidance: "The certificate, showing the cover and the date it expires.",
    asksExpiry: true,
  },
  {
    title: "Health and safety risk assessment",
    guidance: "The current assessment for every site and activity learners take part in.",
  },
  {
    title: "Fire risk assessment",
    guidance: "The current assessment and the date of the last fire drill.",
  },
  {
    title: "First aid",
    guidance: "Trained first aiders on each site and their certificates.",
  },
  {
    title: "Data protection",
    guidance: "Your data protection policy and ICO registration.",
  },
  {
    title: "Equality and diversity",
    guidance: "Your equality policy and how it shapes your provision.",
  },
  {
    title: "Complaints procedure",
    guidance: "Your complaints procedure as learners and parents see it.",
  },
  {
    title: "Curriculum and qualification approvals",
    guidance: "Awarding body approval for each qualification you offer.",
  },
  {
    title: "Single central record complete",
    guidance: "Confirm that every member of staff's pre-employment checks are recorded.",
  },
];
