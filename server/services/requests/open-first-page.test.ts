import { describe, expect, it } from "vitest";
import { openFirstSlices } from "./open-first-page";

describe("openFirstSlices", () => {
  it("takes a whole page of open rows while there are enough", () => {
    expect(openFirstSlices(2, 25, 60)).toEqual({
      open: { skip: 25, take: 25 },
      closed: { skip: 0, take: 0 },
    });
  });

  it("fills the page where the open rows end with the first closed rows", () => {
    expect(openFirstSlices(3, 25, 60)).toEqual({
      open: { skip: 50, take: 10 },
      closed: { skip: 0, take: 15 },
    });
  });

  it("goes on through the closed rows after the open ones", () => {
    expect(openFirstSlices(4, 25, 60)).toEqual({
      open: { skip: 60, take: 0 },
      closed: { skip: 15, take: 25 },
    });
  });

  it("starts with the closed rows when nothing is open", () => {
    expect(openFirstSlices(1, 25, 0)).toEqual({
      open: { skip: 0, take: 0 },
      closed: { skip: 0, take: 25 },
    });
  });
});
