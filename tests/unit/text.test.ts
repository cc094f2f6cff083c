import { describe, expect, it } from "vitest";
import { cleanSingleLine, removeControlCharacters } from "@/lib/domain/text";

describe("control and bidi characters (issue 13)", () => {
  it("removes C0/C1 controls and the bidirectional controls, keeps letters, emoji and line breaks", () => {
    expect(removeControlCharacters("a\u0000b\u0007c\u001Bd\u007Fe\u0085f")).toBe("abcdef");
    expect(removeControlCharacters("\u202Eevil\u202C \u2066x\u2069 \u200Ey\u200F \u061Cz")).toBe("evil x y z");
    expect(removeControlCharacters("regel 1\nregel 2\r\n\tklaar")).toBe("regel 1\nregel 2\r\n\tklaar");
    expect(removeControlCharacters("Zoë 👩‍⚕️ نور")).toBe("Zoë 👩‍⚕️ نور");
  });

  it("makes a name one line", () => {
    expect(cleanSingleLine("Ann\n\tJansen\u2028de Vries")).toBe("Ann Jansen de Vries");
  });
});

describe("stored texts are cleaned at the boundary (issue 13)", async () => {
  const { optionalText, requiredText } = await import("@/lib/domain/validation");
  const { parseAnswerInput } = await import("@/lib/data/answers");
  const { readWorkbook } = await import("@/lib/data/content");

  it("names, organisations and agreements lose control and bidi characters", () => {
    expect(optionalText(80).parse("Ann\u202Ee\u0000 \u2066de\u2069\nVries ")).toBe("Anne de Vries");
    expect(requiredText(120).parse(" Wijk\u200Fteam\u0007 ")).toBe("Wijkteam");
    expect(requiredText(120).safeParse("\u202E\u0000").success).toBe(false);
  });

  it("a text answer keeps its line breaks, loses control characters, and a lone surrogate is invalid", () => {
    const workbook = readWorkbook();
    const open = workbook.acts[0]!.reflection[0]!;
    const ok = parseAnswerInput(workbook, { itemId: open.id, dimension: "text", text: "a\u202E\nb\u0000" });
    expect(ok).toMatchObject({ ok: true, answer: { text: "a\nb" } });
    expect(parseAnswerInput(workbook, { itemId: open.id, dimension: "text", text: "x\uD800y" })).toEqual({ ok: false, error: "invalid" });
    expect(parseAnswerInput(workbook, { itemId: open.id, dimension: "text", text: "\uD83D\uDE00" })).toMatchObject({ ok: true });
  });
});
