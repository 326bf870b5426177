import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { DateInput } from "./date-input";
import { Radios } from "./radios";
import { TextInput } from "./text-input";

describe("TextInput", () => {
  it("labels the field and describes it by its hint and error", () => {
    const html = renderToStaticMarkup(
      <TextInput name="student.upn" label="UPN" hint="13 characters" error="Enter a valid UPN" />,
    );

    expect(html).toContain('class="govuk-form-group govuk-form-group--error"');
    expect(html).toContain('<label class="govuk-label" for="student-upn">UPN</label>');
    expect(html).toContain('id="student-upn-hint"');
    expect(html).toContain('id="student-upn-error"');
    expect(html).toContain('aria-describedby="student-upn-hint student-upn-error"');
    expect(html).toContain('class="govuk-input govuk-input--error"');
    expect(html).toContain('name="student.upn"');
  });

  it("has no error styling or description without a message", () => {
    const html = renderToStaticMarkup(<TextInput name="email" label="Email address" />);

    expect(html).not.toContain("error");
    expect(html).not.toContain("aria-describedby");
  });
});

describe("DateInput", () => {
  it("is a native date field, so its value is YYYY-MM-DD", () => {
    const html = renderToStaticMarkup(
      <DateInput name="startDate" label="Start date" defaultValue="2027-01-04" />,
    );

    expect(html).toContain('type="date"');
    expect(html).toContain('value="2027-01-04"');
  });
});

describe("Radios", () => {
  const items = [
    { value: "ACCEPTED", text: "Accept" },
    { value: "DECLINED", text: "Decline", conditional: <p>Why?</p> },
  ];

  it("gives the first choice the field's id and groups them under a legend", () => {
    const html = renderToStaticMarkup(
      <Radios name="decision" legend="Your decision" items={items} error="Select a decision" />,
    );

    expect(html).toContain('<legend class="govuk-fieldset__legend">Your decision</legend>');
    expect(html).toContain('id="decision"');
    expect(html).toContain('id="decision-2"');
    expect(html).toContain('aria-describedby="decision-error"');
  });

  it("reveals a conditional question only while its choice is selected", () => {
    const closed = renderToStaticMarkup(
      <Radios name="decision" legend="Decision" items={items} selected="ACCEPTED" />,
    );
    const open = renderToStaticMarkup(
      <Radios name="decision" legend="Decision" items={items} selected="DECLINED" />,
    );

    expect(closed).toContain('class="govuk-radios__conditional" hidden=""');
    expect(open).not.toContain("hidden");
    expect(open).toContain('aria-controls="conditional-decision-2"');
  });
});
