import type { FieldErrors } from "react-hook-form";
import { describe, expect, it } from "vitest";
import { applyServerErrors, describedBy, fieldId, summaryErrors } from "./form-errors";

function recorder() {
  const calls: [string, string | undefined][] = [];
  const setError = (name: string, error: { message?: string }) => {
    calls.push([name, error.message]);
  };
  return { calls, setError };
}

function trpcError(message: string, fieldErrors?: Record<string, string[]>) {
  return Object.assign(new Error(message), { data: { code: "BAD_REQUEST", fieldErrors } });
}

describe("fieldId", () => {
  it("turns a dotted path into an id a fragment can name", () => {
    expect(fieldId("email")).toBe("email");
    expect(fieldId("contacts.0.phone")).toBe("contacts-0-phone");
    expect(fieldId("days[1]")).toBe("days-1");
  });

  it("lists the hint before the error for aria-describedby", () => {
    expect(describedBy("upn", "A hint", "An error")).toBe("upn-hint upn-error");
    expect(describedBy("upn", undefined, undefined)).toBeUndefined();
  });
});

describe("applyServerErrors", () => {
  it("puts each field's message beside the field and returns nothing for the top", () => {
    const { calls, setError } = recorder();
    const error = trpcError("Check the highlighted fields", {
      upn: ["Enter a valid UPN"],
      "contacts.0.phone": ["Enter a UK phone number", "second message not shown"],
    });

    const message = applyServerErrors(error, setError);

    expect(calls).toEqual([
      ["upn", "Enter a valid UPN"],
      ["contacts.0.phone", "Enter a UK phone number"],
    ]);
    expect(message).toBeNull();
  });

  it("returns the message when the server named no field", () => {
    const { calls, setError } = recorder();
    const message = applyServerErrors(trpcError("You do not have permission to do that"), setError);

    expect(calls).toEqual([]);
    expect(message).toBe("You do not have permission to do that");
  });

  it("keeps messages for fields the form does not have, and for the whole form", () => {
    const { calls, setError } = recorder();
    const error = trpcError("Check the highlighted fields", {
      startDate: ["Start date must be a weekday"],
      courseId: ["Choose a course that is still open"],
      _form: ["The referral has changed since you opened it"],
    });

    const message = applyServerErrors(error, setError, ["startDate"]);

    expect(calls).toEqual([["startDate", "Start date must be a weekday"]]);
    expect(message).toBe(
      "Choose a course that is still open The referral has changed since you opened it",
    );
  });

  it("falls back to a general message for something that is not an error", () => {
    const { setError } = recorder();
    expect(applyServerErrors(undefined, setError)).toMatch(/Something went wrong/);
  });
});

describe("summaryErrors", () => {
  it("flattens nested errors into links, in the form's order", () => {
    const errors = {
      password: { type: "too_small", message: "Enter your password" },
      contacts: [{ phone: { type: "server", message: "Enter a UK phone number" } }],
      email: { type: "too_small", message: "Enter your email address", ref: {} },
    } as unknown as FieldErrors;

    expect(summaryErrors(errors, ["email", "password"])).toEqual([
      { href: "#email", text: "Enter your email address" },
      { href: "#password", text: "Enter your password" },
      { href: "#contacts-0-phone", text: "Enter a UK phone number" },
    ]);
  });
});
