/** Step 5: role groups within the anonymity rules (lib/domain/scoring/role-groups.ts). */
import { describe, expect, it } from "vitest";
import { readWorkbook } from "@/lib/data/content";
import { oneActSession, profileOf, single, type TPerson } from "./scoring.fixtures";

describe("role groups and roles-differ", () => {
  const rolesPeople = (gemeente: number): TPerson[] => [
    ...Array.from({ length: gemeente }, () => single("gemeente", 4, 4)), // 0
    ...Array.from({ length: 3 }, () => single("zorg", 6, 6)), // 2/3
    ...Array.from({ length: 10 }, () => single("inwoner", 5, 5)), // 1/3
  ];

  it("roles-differ fires when two shown role groups' medians differ by >= 0.6", () => {
    const act = profileOf(oneActSession(["a"], rolesPeople(3)));
    expect(act.byRole.map((r) => r.role)).toEqual(["gemeente", "inwoner", "zorg"]);
    expect(act.now?.iqr).toBe(0);
    expect(act.measures.roleDifference).toBeCloseTo(2 / 3, 12);
    expect(act.signals).toEqual(["roles-differ"]);
    expect(act.attention).toBeCloseTo(2 / 3 / 0.6, 12);
  });

  it("roles-differ does not fire when a group is below the threshold (and its complement is protected)", () => {
    // gemeente has 2 < 3. zorg (3) would be shown, but then "everyone not shown" would be
    // the 2 gemeente people, whose mean follows from the total: so zorg is withheld too.
    const act = profileOf(oneActSession(["a"], rolesPeople(2)));
    expect(act.byRole.map((r) => r.role)).toEqual(["inwoner"]);
    expect(act.measures.roleDifference).toBeNull();
    expect(act.signals).toEqual(["balanced-as-wished"]);
    const roles = (act.dots ?? []).map((d) => d.role);
    expect(roles.filter((r) => r === null)).toHaveLength(5);
    expect(roles.filter((r) => r === "inwoner")).toHaveLength(10);
  });

});

describe("anonymity of role groups", () => {
  it("shows a role on dots and in byRole only for groups of at least the threshold", () => {
    // zorg 3, gemeente 2, inwoner 1: the 3 not shown are themselves a group of 3, fine.
    const act = profileOf(
      oneActSession(["a"], [
        single("zorg", 1, 1), single("zorg", 2, 2), single("zorg", 3, 3),
        single("gemeente", 5, 5), single("gemeente", 6, 6),
        single("inwoner", 7, 7),
      ]),
    );
    expect(act.byRole.map((r) => [r.role, r.n])).toEqual([["zorg", 3]]);
    expect((act.dots ?? []).map((d) => d.role)).toEqual(["zorg", "zorg", "zorg", null, null, null]);

    const atThreshold = profileOf(
      oneActSession(["a"], [
        single("zorg", 1, 1), single("zorg", 2, 2), single("zorg", 3, 3),
        single("gemeente", 5, 5), single("gemeente", 6, 6), single("gemeente", 7, 7),
      ]),
    );
    expect(atThreshold.byRole.map((r) => [r.role, r.n])).toEqual([["gemeente", 3], ["zorg", 3]]);
    expect((atThreshold.dots ?? []).every((d) => d.role !== null)).toBe(true);
  });

  it("withholds a group whose complement would be smaller than the threshold", () => {
    // zorg 3 + gemeente 2: showing zorg would reveal the 2 gemeente people via the total.
    const act = profileOf(
      oneActSession(["a"], [
        single("zorg", 1, 1), single("zorg", 2, 2), single("zorg", 3, 3),
        single("gemeente", 5, 5), single("gemeente", 6, 6),
      ]),
    );
    expect(act.hidden).toBe(false);
    expect(act.byRole).toEqual([]);
    expect((act.dots ?? []).every((d) => d.role === null)).toBe(true);
  });

  it("people without a role are never a group", () => {
    const act = profileOf(oneActSession(["a"], [single("", 1, 1), single("", 2, 2), single(" ", 3, 3)]));
    expect(act.byRole).toEqual([]);
    expect((act.dots ?? []).every((d) => d.role === null)).toBe(true);
  });
});

describe("role order", () => {
  const people = (roles: string[]) => roles.flatMap((role, i) => [1, 2, 3].map((k) => single(role, ((k + i) % 7) + 1, 7 - k)));

  it("lists byRole in roleOrder, roles not in it after them by name; nothing else changes", () => {
    const input = oneActSession(["a"], people(["zorg", "gemeente", "inwoner", "bestuur"]));
    const alphabetical = profileOf(input);
    expect(alphabetical.byRole.map((r) => r.role)).toEqual(["bestuur", "gemeente", "inwoner", "zorg"]);
    const ordered = profileOf({ ...input, roleOrder: ["zorg", "inwoner", "nobody"] });
    expect(ordered.byRole.map((r) => r.role)).toEqual(["zorg", "inwoner", "bestuur", "gemeente"]);
    const byName = (list: typeof ordered.byRole) => [...list].sort((a, b) => (a.role < b.role ? -1 : 1));
    expect({ ...ordered, byRole: byName(ordered.byRole) }).toEqual(alphabetical);
  });

  it("follows the roles of content/roles.yaml, so a role added there sorts where it is listed", () => {
    const order = readWorkbook().roles.map((r) => r.id);
    const act = profileOf({ ...oneActSession(["a"], people([...order].reverse())), roleOrder: order });
    expect(act.byRole.map((r) => r.role)).toEqual(order);
  });
});
