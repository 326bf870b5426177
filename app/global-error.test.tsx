import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import GlobalError from "./global-error";

describe("GlobalError", () => {
  const error = new Error("database unreachable");
  const html = renderToStaticMarkup(<GlobalError error={error} reset={() => {}} />);

  it("opens with a skip link to a main region that can take focus", () => {
    expect(html).toMatch(/<body[^>]*><a href="#main-content" class="govuk-skip-link">/);
    expect(html).toContain('<main class="govuk-main-wrapper" id="main-content" tabindex="-1">');
  });

  it("has one heading of the first level and never shows the error", () => {
    expect(html.match(/<h1[\s>]/g)).toHaveLength(1);
    expect(html).not.toContain("database unreachable");
  });
});
