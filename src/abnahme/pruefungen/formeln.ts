/**
 * Checks through real formulas on a scratch sheet: are the KI.* functions of the installed main
 * add-in there, do they give the Rhein-Sieg figures, how do empty cells arrive, do errors show.
 */
import { rechneAufSchmierblatt, SCHMIERBLATT, zellText, type Zellstand } from "../arbeitsblatt";
import { bestanden, fehlgeschlagen, uebersprungen, type Pruefung } from "../typen";

export const registriert: Pruefung = {
  id: "ki-registriert",
  titel: "KI.*-Funktionen des KI-Kostenplaners sind registriert",
  async fuehreAus(lauf) {
    const [[c]] = await rechneAufSchmierblatt(lauf, [["=KI.RAUMKOSTEN(1)"]]);
    if (c.typ === "Error") {
      return fehlgeschlagen(
        `=KI.RAUMKOSTEN(1) ergab ${String(c.wert)}: der KI-Kostenplaner ist in diesem Excel nicht installiert ` +
          "oder nicht geladen (erst den Aufgabenbereich des KI-Kostenplaners einmal öffnen).",
      );
    }
    return c.wert === 5040
      ? bestanden("=KI.RAUMKOSTEN(1) = 5040")
      : fehlgeschlagen(`=KI.RAUMKOSTEN(1) = ${zellText(c)}, erwartet 5040`);
  },
};

/** The Rhein-Sieg-Kreis comparison of 04.02.2013 as plain formulas: formula, expected value. */
const RHEIN_SIEG: Array<[string, number]> = [
  ['=KI.PERSONALKOSTEN("A 11")', 69800],
  ["=KI.GESAMTKOSTEN(A1,2,1,2000)", 102316],
  ["=KI.GESAMTKOSTEN(238300,8,4,5000)", 353094],
  ['=KI.LANDESERSTATTUNG(238300,2013,"Kreis")', 170000],
  ["=KI.EIGENANTEIL(A3,A4)", 183094],
  ["=A5-A2", 80778],
];

function abweichungen(stand: Zellstand[][], erwartet: Array<[string, number]>): string[] {
  return erwartet.flatMap(([formel, soll], i) => {
    const c = stand[i][0];
    return c.wert === soll && c.typ !== "Error" ? [] : [`${formel} = ${zellText(c)}, erwartet ${soll}`];
  });
}

export const rheinSieg: Pruefung = {
  id: "rhein-sieg",
  titel: "Rhein-Sieg-Zahlen über Formeln (102.316 / 353.094 / 170.000 / 183.094 / 80.778)",
  async fuehreAus(lauf) {
    const stand = await rechneAufSchmierblatt(
      lauf,
      RHEIN_SIEG.map(([f]) => [f]),
    );
    const falsch = abweichungen(stand, RHEIN_SIEG);
    return falsch.length === 0
      ? bestanden(RHEIN_SIEG.map(([f, w]) => `${f} = ${w}`).join("; "))
      : fehlgeschlagen(falsch.join("; "));
  },
};

export const leereZellen: Pruefung = {
  id: "leere-zellen",
  titel: "Leere Zellen als Argument (Excel übergibt null oder 0) geben dasselbe wie 0",
  async fuehreAus(lauf) {
    // B1 stays empty, B2 holds 0; each function gets one, then the other, as optional argument.
    const formeln = [
      ["=KI.GESAMTKOSTEN(238300,8,4,B1)", ""],
      ["=KI.GESAMTKOSTEN(238300,8,4,B2)", 0],
      ["=KI.EIGENANTEIL(353094,B1)", ""],
      ["=KI.EIGENANTEIL(353094,B2)", ""],
    ];
    const s = await rechneAufSchmierblatt(lauf, formeln);
    const gesehen = `GESAMTKOSTEN leer/0: ${zellText(s[0][0])}/${zellText(s[1][0])}; EIGENANTEIL leer/0: ${zellText(s[2][0])}/${zellText(s[3][0])}`;
    const gleich =
      s[0][0].wert === 348094 && s[1][0].wert === 348094 && s[2][0].wert === 353094 && s[3][0].wert === 353094;
    return gleich ? bestanden(gesehen) : fehlgeschlagen(`${gesehen}; erwartet 348094 und 353094`);
  },
};

const FEHLER: Array<[string, string, string]> = [
  ['=KI.PERSONALKOSTEN("A 12")', "#N/A", "#NV"],
  ['=KI.RAUMKOSTEN("viele")', "#VALUE!", "#WERT!"],
];

export const fehlercodes: Pruefung = {
  id: "fehlercodes",
  titel: "Ungültige Eingaben ergeben #NV bzw. #WERT!",
  async fuehreAus(lauf) {
    const s = await rechneAufSchmierblatt(
      lauf,
      FEHLER.map(([f]) => [f]),
    );
    const falsch = FEHLER.flatMap(([f, code, deutsch], i) =>
      s[i][0].typ === "Error" && s[i][0].wert === code ? [] : [`${f} = ${zellText(s[i][0])}, erwartet ${deutsch}`],
    );
    return falsch.length === 0
      ? bestanden(FEHLER.map(([f, , d]) => `${f} → ${d}`).join("; "))
      : fehlgeschlagen(falsch.join("; "));
  },
};

export const fehlermeldung: Pruefung = {
  id: "fehlermeldung",
  titel: "Fehlermeldung im Fehlersymbol der Zelle",
  async fuehreAus() {
    // Excel shows the message of a custom function's error in the cell's error indicator, but no
    // Excel JavaScript API returns it: values/valueTypes give the code, and the ErrorCellValue of
    // valuesAsJson (ExcelApi 1.16) has type, basicValue and errorType, no message. A person has to look.
    return uebersprungen(
      "Die Excel-API liefert den Meldungstext eines Funktionsfehlers nicht (auch valuesAsJson nicht). " +
        "Bitte von Hand prüfen: " +
        `=KI.PERSONALKOSTEN("A 12") in eine Zelle schreiben; das Fehlersymbol muss „… keinen Satz … eigene ` +
        `Satztabelle …“ zeigen (Blatt ${SCHMIERBLATT} wird nach dem Lauf gelöscht).`,
    );
  },
};
