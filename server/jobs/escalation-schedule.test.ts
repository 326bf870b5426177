import { describe, expect, it } from "vitest";
import { escalationIntervalMinutes } from "./escalation-schedule";

const env = (values: Record<string, string>) => values as unknown as NodeJS.ProcessEnv;

describe("escalation schedule interval", () => {
  it("runs every 5 minutes unless told otherwise", () => {
    expect(escalationIntervalMinutes(env({ NODE_ENV: "production" }))).toBe(5);
  });

  it("takes the interval from ESCALATION_INTERVAL_MINUTES", () => {
    const minutes = escalationIntervalMinutes(
      env({ NODE_ENV: "production", ESCALATION_INTERVAL_MINUTES: "15" }),
    );
    expect(minutes).toBe(15);
  });

  it("is off for 0 or off, and always under test", () => {
    for (const value of ["0", "off", "OFF"]) {
      const off = env({ NODE_ENV: "production", ESCALATION_INTERVAL_MINUTES: value });
      expect(escalationIntervalMinutes(off)).toBeNull();
    }
    expect(escalationIntervalMinutes(env({ NODE_ENV: "test" }))).toBeNull();
  });

  it("falls back to the default for nonsense", () => {
    const odd = env({ NODE_ENV: "production", ESCALATION_INTERVAL_MINUTES: "soon" });
    expect(escalationIntervalMinutes(odd)).toBe(5);
  });
});
