import { describe, expect, it } from "vitest";
import { statusText, tagColourFor } from "./tag";

describe("status tags", () => {
  it("words a status and picks its colour, grey when unknown", () => {
    expect(statusText("PAPERWORK_PENDING")).toBe("Paperwork pending");
    expect(tagColourFor("DECLINED")).toBe("red");
    expect(tagColourFor("SOMETHING_NEW")).toBe("grey");
  });
});
