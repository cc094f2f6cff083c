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
