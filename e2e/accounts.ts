// The demo accounts the seed creates (scripts/db-seed.ts owns the real list; this copy is
// what the end-to-end tests rely on, so a change to either shows up as a failing test).

export const DEMO_PASSWORD = "demo-password-2026";

export const ACCOUNTS = {
  schoolStaff: "school.staff@demo.cap.test",
  schoolDsl: "school.dsl@demo.cap.test",
  providerStaff: "provider.staff@demo.cap.test",
  providerDsl: "provider.dsl@demo.cap.test",
  monitoringOfficer: "mo@demo.cap.test",
  qualityOfficer: "quality@demo.cap.test",
  serviceAdmin: "admin@demo.cap.test",
  serviceDsl: "service.dsl@demo.cap.test",
  serviceLead: "lead@demo.cap.test",
  /** At a different provider from providerStaff: for "not yours" checks. */
  otherProviderStaff: "other-provider.staff@demo.cap.test",
  /** At a different school from schoolStaff: for "not yours" checks. */
  otherSchoolStaff: "other-school.staff@demo.cap.test",
} as const;

export type AccountName = keyof typeof ACCOUNTS;

export const ACCOUNT_NAMES = Object.keys(ACCOUNTS) as AccountName[];
