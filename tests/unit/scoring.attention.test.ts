/** Step 7: attention and "discuss first" (lib/domain/scoring/attention.ts). */
import { describe, expect, it } from "vitest";
import { DISCUSS_FIRST_LIMIT, computeSessionProfile } from "@/lib/domain/scoring";
import { makeAct, rowsFor } from "./scoring.fixtures";

describe("discussFirst", () => {
  it("orders acts with signals by attention, omits the rest, and is short", () => {
    const ids = ["a1", "a2", "a3", "a4", "a5", "a6"];
    const acts = ids.map((id) => makeAct(id, ["a"]));
    const plan: Record<string, [number[], number[]]> = {
      a1: [[4, 4, 4, 4], [7, 7, 7, 7]], // change-wanted, attention 2
      a2: [[4, 4, 5, 5], [4, 4, 5, 5]], // balanced-as-wished, 0
      a3: [[4, 4, 6, 7], [4, 4, 6, 7]], // talk, 1.25
      a4: [[1, 1, 7, 7], [4, 4, 4, 4]], // talk + split, 2/0.6 + 0.5 = 3.83
      a5: [[4, 4, 4, 4], [5, 5, 5, 5]], // nothing, 0
      a6: [[4, 4, 4, 4], [6, 6, 6, 6]], // change-wanted, (2/3)/0.5 = 1.33
    };
    const participants = [0, 1, 2, 3].map((i) => ({ id: `p${i}`, role: "r" }));
    const answers = acts.flatMap((act) => {
      const [now, desired] = plan[act.id] ?? [[], []];
      return participants.flatMap((p, i) => rowsFor(p.id, act, [now[i]], [desired[i]]));
    });
    const profile = computeSessionProfile({ acts, participants, answers });
    expect(profile.acts.map((a) => Number(a.attention.toFixed(2)))).toEqual([2, 0, 1.25, 3.83, 0, 1.33]);
    expect(DISCUSS_FIRST_LIMIT).toBe(3);
    expect(profile.discussFirst).toEqual(["a4", "a1", "a6"]);
  });
});
