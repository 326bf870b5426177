import { TRPCError } from "@trpc/server";
import { describe, expect, it } from "vitest";
import { csvExportRoute } from "./csv-export-route";

const refusedWith = (code: TRPCError["code"]) => async () => {
  throw new TRPCError({ code, message: "refused" });
};

describe("csvExportRoute", () => {
  it("sends bad dates back to the form on the host the browser asked, flagged", async () => {
    const request = new Request(
      "http://localhost:3000/withdrawals/export?from=2026-12-05&to=2026-12-04",
    );
    const response = await csvExportRoute(request, {
      exportCsv: refusedWith("BAD_REQUEST"),
      formPath: "/withdrawals",
      errorFlag: "exportError",
      what: "withdrawals",
    });
    expect(response.status).toBe(303);
    expect(response.headers.get("Location")).toBe(
      "/withdrawals?from=2026-12-05&to=2026-12-04&exportError=1",
    );
  });

  it("sends a signed-out caller to sign in, by path", async () => {
    const request = new Request("http://localhost:3000/withdrawals/export?from=a&to=b");
    const response = await csvExportRoute(request, {
      exportCsv: refusedWith("UNAUTHORIZED"),
      formPath: "/withdrawals",
      what: "withdrawals",
    });
    expect(response.status).toBe(303);
    expect(response.headers.get("Location")).toBe("/sign-in?ended=1");
  });
});
