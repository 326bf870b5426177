import { upnCheckLetter } from "@/lib/upn";
import { between, type SeedContext, weighted } from "./context";

// Local authority numbers: most pupils started school in Coventry, some moved in.
const AUTHORITIES = [
  ["331", 85], // Coventry
  ["937", 8], // Warwickshire
  ["330", 4], // Birmingham
  ["334", 3], // Solihull
] as const;

/**
 * Hands out unique, valid UPNs. A UPN names the school that first allocated it — usually
 * the pupil's primary school (establishment numbers 2000–3999) — and the year they started
 * school, so a Year 9 pupil in 2026/27 carries "17" (Reception in September 2017).
 */
export function createUpnAllocator(ctx: SeedContext) {
  const issued = new Set<string>();
  return (receptionYear: number): string => {
    let upn = makeUpn(ctx, receptionYear);
    while (issued.has(upn)) {
      upn = makeUpn(ctx, receptionYear);
    }
    issued.add(upn);
    return upn;
  };
}

function makeUpn(ctx: SeedContext, receptionYear: number): string {
  const authority = weighted(ctx, AUTHORITIES);
  const establishment = String(between(ctx, 2000, 3999));
  const year = String(receptionYear % 100).padStart(2, "0");
  const serial = String(between(ctx, 1, 999)).padStart(3, "0");
  const digits = `${authority}${establishment}${year}${serial}`;
  return `${upnCheckLetter(digits)}${digits}`;
}
