import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { Button } from "./button";

describe("Button", () => {
  it("is a submit button unless told otherwise", () => {
    const html = renderToStaticMarkup(<Button>Save</Button>);

    expect(html).toContain('type="submit"');
    expect(html).not.toContain("disabled");
  });

  it("stays focusable while disabled, announced as unavailable", () => {
    const html = renderToStaticMarkup(<Button disabled>Save</Button>);

    expect(html).toContain('aria-disabled="true"');
    expect(html).not.toMatch(/\sdisabled=""/);
  });
});
