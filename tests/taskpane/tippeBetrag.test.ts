import fc from "fast-check";
import { betragFuerFeld, parseDeutscheZahl, tippeBetrag } from "../../src/taskpane/zahlen";

/** Types a string key by key at the end, as the field does. */
function tippe(tasten: string): string {
  let text = "";
  for (const t of tasten) text = tippeBetrag(text, text + t, text.length + 1).text;
  return text;
}

describe("Tausenderpunkte beim Tippen", () => {
  it("groups digits as they are typed, the decimal part untouched", () => {
    expect(tippe("23456789")).toBe("23.456.789");
    expect(tippe("1234,56")).toBe("1.234,56");
    expect(tippe("-1234")).toBe("-1.234");
  });

  it("keeps a point the user types, so the parser decides", () => {
    expect(tippeBetrag("1", "1.", 2).text).toBe("1.");
    expect(tippeBetrag("1.", "1.5", 3).text).toBe("1.5");
  });

  it("regroups after deleting a digit instead of reading the rest as decimals", () => {
    // "12.345" with the 3 deleted: the point was the field's own, so it moves.
    expect(tippeBetrag("12.345", "12.45", 3)).toEqual({ text: "1.245", caret: 3 });
  });

  it("keeps the caret after the same digit", () => {
    // Typing 9 after "1.23|4" (caret 4) → "1.2394" → "12.394", caret after the 9.
    expect(tippeBetrag("1.234", "1.2394", 5)).toEqual({ text: "12.394", caret: 5 });
  });

  it("never changes the number a typed string of digits means", () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[1-9]\d{0,11}(,\d{1,2})?$/), (s) => {
        expect(parseDeutscheZahl(tippe(s))).toBe(parseDeutscheZahl(s));
      }),
    );
  });

  it("shows a stored amount grouped", () => {
    expect(betragFuerFeld(23456789)).toBe("23.456.789");
    expect(betragFuerFeld(45678901.23)).toBe("45.678.901,23");
  });
});
