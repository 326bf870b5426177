import { beforeAll, describe, expect, it } from "vitest";
import { ukToday } from "@/lib/dates";
import type { Organisation } from "@/server/db/generated/client";
import { confirmTerm } from "@/server/services/quality/termly/confirm-term";
import { listTermly } from "@/server/services/quality/termly/read-termly";
import { currentTerm } from "@/server/services/quality/termly/school-term";
import { callerFor, makeOrganisation, makeUser, setupTestDatabase, type TestUser } from "./harness";
import { fieldMessages, rejection } from "./helpers";

// The checklist and the confirmations through the API as each role calls it. Procedures
// use the real clock, so the term expected is worked out from today; the service tests
// that pin a term pass their own clock.
const db = await setupTestDatabase();
const TERM = currentTerm(ukToday())!.name;

let officer: TestUser;
let lead: TestUser;
let providerA: Organisation;
let providerB: Organisation;
let staffA: TestUser;
let dslA: TestUser;
let staffB: TestUser;
const items: Record<"dsl" | "training" | "guidance", string> = {} as never;

beforeAll(async () => {
  const service = await makeOrganisation(db, { kind: "SERVICE" });
  officer = await makeUser(db, { organisation: service, roles: ["QUALITY_OFFICER"] });
  lead = await makeUser(db, { organisation: service, roles: ["SERVICE_LEAD"] });
  providerA = await makeOrganisation(db, { kind: "PROVIDER", name: "Alder Training" });
  providerB = await makeOrganisation(db, { kind: "PROVIDER", name: "Birch Skills" });
  staffA = await makeUser(db, { organisation: providerA, roles: ["PROVIDER_STAFF"] });
  dslA = await makeUser(db, { organisation: providerA, roles: ["PROVIDER_DSL"] });
  staffB = await makeUser(db, { organisation: providerB, roles: ["PROVIDER_STAFF"] });

  const add = (text: string) => callerFor(officer.actor).termly.addItem({ text });
  items.dsl = (await add("Our named DSL and deputy are in post and trained")).itemId;
  items.training = (await add("Staff have completed safeguarding training")).itemId;
  items.guidance = (await add("We follow the service's attendance guidance")).itemId;
});

describe("the service's checklist", () => {
  it("is kept by the quality officer: add, reword, reorder and retire", async () => {
    const officerApi = callerFor(officer.actor).termly;
    const extra = await officerApi.addItem({ text: "Old item to retire" });
    await officerApi.editItem({
      itemId: items.guidance,
      text: "We follow the service's attendance and behaviour guidance",
    });
    await officerApi.moveItem({ itemId: items.guidance, direction: "UP" });
    await officerApi.retireItem({ itemId: extra.itemId });

    const { active, retired } = await officerApi.checklist();
    expect(active.map((item) => item.text)).toEqual([
      "Our named DSL and deputy are in post and trained",
      "We follow the service's attendance and behaviour guidance",
      "Staff have completed safeguarding training",
    ]);
    expect(retired.map((item) => item.text)).toEqual(["Old item to retire"]);
    const audit = await db.auditEvent.count({ where: { recordId: extra.itemId } });
    expect(audit).toBe(2);
  });

  it("refuses moving the first item up, and changing a retired one", async () => {
    const officerApi = callerFor(lead.actor).termly;
    const up = await rejection(officerApi.moveItem({ itemId: items.dsl, direction: "UP" }));
    expect(fieldMessages(up)).toEqual({ direction: "This item is already first on the checklist" });
    const { retired } = await officerApi.checklist();
    const edit = await rejection(officerApi.editItem({ itemId: retired[0].id, text: "New" }));
    expect(edit.code).toBe("CONFLICT");
  });

  it("refuses providers' changes, and shows them no retired items", async () => {
    const error = await rejection(callerFor(staffA.actor).termly.addItem({ text: "Mine" }));
    expect(error.code).toBe("FORBIDDEN");
    const blank = await rejection(callerFor(officer.actor).termly.addItem({ text: "  " }));
    expect(fieldMessages(blank)).toEqual({ text: "Enter the checklist item" });
    const { retired } = await callerFor(staffA.actor).termly.checklist();
    expect(retired).toEqual([]);
  });
});

describe("a provider's confirmation of the term", () => {
  it("refuses a missing tick, naming the statement", async () => {
    const error = await rejection(
      callerFor(staffA.actor).termly.confirm({ ticked: [items.dsl, items.guidance] }),
    );
    expect(error.code).toBe("BAD_REQUEST");
    expect(fieldMessages(error)).toEqual({
      ticked: 'Tick "Staff have completed safeguarding training" to confirm the term',
    });
    expect(await db.termlyConfirmation.count()).toBe(0);
  });

  it("records the current term with the checklist as it read, once per provider", async () => {
    const all = [items.dsl, items.training, items.guidance];
    const done = await callerFor(staffA.actor).termly.confirm({
      ticked: all,
      note: "New tutor starts in January",
    });
    expect(done.term).toBe(TERM);
    const stored = await db.termlyConfirmation.findUniqueOrThrow({
      where: { id: done.confirmationId },
    });
    expect(stored).toMatchObject({
      providerId: providerA.id,
      confirmedById: staffA.id,
      note: "New tutor starts in January",
      confirmedItems: [
        "Our named DSL and deputy are in post and trained",
        "We follow the service's attendance and behaviour guidance",
        "Staff have completed safeguarding training",
      ],
    });

    const again = await rejection(callerFor(dslA.actor).termly.confirm({ ticked: all }));
    expect(again.code).toBe("CONFLICT");
    expect(again.message).toMatch(new RegExp(`^Your organisation has already confirmed ${TERM}`));
  });

  it("confirms only for the caller's own provider, whatever the input says", async () => {
    const forged = {
      ticked: [items.dsl, items.training, items.guidance],
      providerId: providerA.id,
    };
    await callerFor(staffB.actor).termly.confirm(forged as never);
    const rows = await db.termlyConfirmation.findMany({ where: { term: TERM } });
    expect(rows.map((row) => row.providerId).sort()).toEqual([providerA.id, providerB.id].sort());
  });

  it("keeps the words confirmed when the checklist is reworded later", async () => {
    await callerFor(officer.actor).termly.editItem({ itemId: items.dsl, text: "Reworded" });
    const row = await db.termlyConfirmation.findFirstOrThrow({
      where: { providerId: providerA.id },
    });
    expect(row.confirmedItems[0]).toBe("Our named DSL and deputy are in post and trained");
  });

  it("refuses the service and schools", async () => {
    const school = await makeOrganisation(db, { kind: "SCHOOL" });
    const teacher = await makeUser(db, { organisation: school, roles: ["SCHOOL_STAFF"] });
    for (const user of [officer, teacher]) {
      const error = await rejection(callerFor(user.actor).termly.confirm({ ticked: [] }));
      expect(error.code).toBe("FORBIDDEN");
    }
    const list = await rejection(callerFor(teacher.actor).termly.list());
    expect(list.code).toBe("FORBIDDEN");
  });
});

describe("who has confirmed", () => {
  it("shows the officer every provider for this term and the terms before", async () => {
    const late = await makeOrganisation(db, { kind: "PROVIDER", name: "Cedar Works" });
    const { terms, currentTerm: current } = await callerFor(officer.actor).termly.list();
    expect(current).toBe(TERM);
    const [now] = terms;
    expect(now).toMatchObject({ name: TERM, current: true, confirmed: 2, outstanding: 1 });
    const missing = now.providers.filter((entry) => !entry.confirmation);
    expect(missing.map((entry) => entry.provider.id)).toEqual([late.id]);
    expect(now.providers.find((e) => e.provider.id === providerA.id)?.confirmation).toMatchObject({
      confirmedBy: { name: staffA.name },
      note: "New tutor starts in January",
    });
  });

  it("shows a provider only its own history, and whether this term is due", async () => {
    const fresh = await makeOrganisation(db, { kind: "PROVIDER", name: "Damson Academy" });
    const tutor = await makeUser(db, { organisation: fresh, roles: ["PROVIDER_STAFF"] });
    const result = await callerFor(tutor.actor).termly.list();
    expect(result.due).toBe(true);
    expect(result.terms[0].providers.map((entry) => entry.provider.name)).toEqual([
      "Damson Academy",
    ]);
    const text = JSON.stringify(result);
    for (const other of ["Alder Training", "Birch Skills", "New tutor starts", providerA.id]) {
      expect(text).not.toContain(other);
    }
    expect((await callerFor(staffA.actor).termly.list()).due).toBe(false);
  });

  it("takes the term from the clock: each new term is due again", async () => {
    const elm = await makeOrganisation(db, { kind: "PROVIDER", name: "Elm Studios" });
    const { actor } = await makeUser(db, { organisation: elm, roles: ["PROVIDER_STAFF"] });
    const input = { ticked: [items.dsl, items.training, items.guidance] };
    const autumn = new Date("2026-12-19T10:00:00Z");
    const spring = new Date("2027-01-05T10:00:00Z");

    // The Christmas holiday still belongs to the autumn term.
    const first = await confirmTerm({ db, actor, input, now: autumn });
    expect(first.term).toBe("Autumn term 2026");
    expect(await listTermly({ db, actor, now: autumn })).toMatchObject({ due: false });
    expect(await listTermly({ db, actor, now: spring })).toMatchObject({
      currentTerm: "Spring term 2027",
      due: true,
    });
    const second = await confirmTerm({ db, actor, input, now: spring });
    expect(second.term).toBe("Spring term 2027");
  });
});
