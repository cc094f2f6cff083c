/** Step 5: role groups within the anonymity rules (lib/domain/scoring/role-groups.ts). */
import { describe, expect, it } from "vitest";
import { readWorkbook } from "@/lib/data/content";
import { roleTally, visibleRoles } from "@/lib/domain/scoring";
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

describe("participants per role for the session (roleTally: the start slide, the live stream)", () => {
  const people = (roles: Record<string, number>) =>
    Object.entries(roles).flatMap(([role, n]) => Array.from({ length: n }, (_, i) => ({ id: `${role}-${i}`, role })));

  it("names only roles with at least t people and folds the rest into one figure", () => {
    expect(roleTally(people({ zorg: 3, gemeente: 2, inwoner: 1 }), 3)).toEqual({
      total: 6,
      byRole: [{ role: "zorg", count: 3 }],
      other: 3,
    });
  });

  it("never leaves fewer than t people outside the named roles (their count would follow from the total)", () => {
    // zorg 3 and inwoner 4 reach 3, but the 2 gemeente people would be "everyone else": the smaller group goes too.
    expect(roleTally(people({ zorg: 3, inwoner: 4, gemeente: 2 }), 3)).toEqual({
      total: 9,
      byRole: [{ role: "inwoner", count: 4 }],
      other: 5,
    });
    // People without a role are outside every group: one of them alone withholds the only role.
    expect(roleTally([...people({ zorg: 3 }), { id: "x", role: "" }], 3)).toEqual({ total: 4, byRole: [], other: 4 });
  });

  it("says nothing per role when no role reaches the threshold (only the total), and names all when every group does", () => {
    expect(roleTally(people({ bestuur: 1, professional: 1, client: 1 }), 3)).toEqual({ total: 3, byRole: [], other: 3 });
    expect(roleTally(people({ b: 3, a: 5 }), 3, ["b", "a"])).toEqual({
      total: 8,
      byRole: [
        { role: "b", count: 3 },
        { role: "a", count: 5 },
      ],
      other: 0,
    });
    expect(roleTally([], 3)).toEqual({ total: 0, byRole: [], other: 0 });
  });

  it("counts a participant once, and visibleRoles names the same roles", () => {
    const list = [...people({ zorg: 3, gemeente: 3 }), { id: "zorg-0", role: "zorg" }];
    expect(roleTally(list, 3).total).toBe(6);
    expect([...visibleRoles(list, 3)].sort()).toEqual(["gemeente", "zorg"]);
  });
});
