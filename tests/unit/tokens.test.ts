import { describe, expect, it } from "vitest";
import { ZJoinCode } from "@/lib/data/sessions";
import { createJoinCode, createToken, hashToken, JOIN_CODE_ALPHABET, normalizeJoinCode } from "@/lib/platform/tokens";

describe("secrets", () => {
  it("makes join codes of six unambiguous characters", () => {
    for (let i = 0; i < 200; i++) {
      const code = createJoinCode();
      expect(code).toHaveLength(6);
      for (const ch of code) expect(JOIN_CODE_ALPHABET).toContain(ch);
    }
    for (const ambiguous of ["0", "O", "1", "I", "L", "5", "S", "2", "Z", "8", "B"]) {
      expect(JOIN_CODE_ALPHABET).not.toContain(ambiguous);
    }
  });

  it("accepts a join code typed in lower case, with spaces or a dash", () => {
    expect(normalizeJoinCode(" ac-dE fg ")).toBe("ACDEFG");
    expect(ZJoinCode.safeParse("acd efg").success).toBe(true);
    expect(ZJoinCode.safeParse("ACDEF").success).toBe(false);
    expect(ZJoinCode.safeParse("ACDEF0").success).toBe(false);
  });

  it("makes long random tokens and stores them only as a hash", () => {
    const a = createToken();
    const b = createToken();
    expect(a).not.toBe(b);
    expect(a.length).toBeGreaterThanOrEqual(32);
    expect(hashToken(a)).toMatch(/^[0-9a-f]{64}$/);
    expect(hashToken(a)).not.toContain(a);
  });
});
