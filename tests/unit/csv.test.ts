import { describe, expect, it } from "vitest";
import { neutraliseCell, toCsv, UTF8_BOM } from "@/lib/domain/csv";

describe("neutraliseCell", () => {
  it.each(["=1+1", "+31 6", "-2", "@SUM(A1)", "\tx", "\rx"])("prefixes a cell that starts a formula: %j", (text) => {
    expect(neutraliseCell(text)).toBe(`'${text}`);
  });
  it("leaves other text alone", () => {
    expect(neutraliseCell("Zorg & welzijn = samen")).toBe("Zorg & welzijn = samen");
    expect(neutraliseCell("")).toBe("");
  });
});

describe("toCsv", () => {
  it("starts with a BOM, ends lines with CRLF, quotes what needs it and keeps numbers", () => {
    const csv = toCsv(["a", "b"], [["x,y", -0.5], ['he said "hi"', null], ["=HYPERLINK(1)", true], ["één\nregel", 3]]);
    expect(csv.startsWith(UTF8_BOM)).toBe(true);
    expect(csv.slice(1).split("\r\n")).toEqual(['a,b', '"x,y",-0.5', '"he said ""hi""",', "'=HYPERLINK(1),1", '"één\nregel",3', ""]);
  });
});
