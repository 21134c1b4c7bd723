/**
 * A rendered sheet of the fake workbook: sheet tabs, cells with their displayed text (number
 * formats applied by the fake host), bold, fill, alignment, borders and column widths, and a
 * formula bar to edit a cell and watch the workbook recalculate.
 */
import * as React from "react";
import type { FakeExcel, RandLinie } from "../fakeHost";
import { Diagrammebene } from "./Diagrammebene";
import { diagrammAnker, zellIndex } from "./diagrammQuelle";
import { spalte as spaltenName } from "../../src/workbook/adressen";

function linie(l: RandLinie): string | undefined {
  if (!l || l.style === "None") return undefined;
  const breite = l.weight === "Medium" ? 2 : l.weight === "Thick" ? 3 : 1;
  return `${l.style === "Double" ? 3 : breite}px ${l.style === "Double" ? "double" : l.style === "Dash" ? "dashed" : "solid"} ${l.color}`;
}

function ausrichtung(h: string, istZahl: boolean): React.CSSProperties["textAlign"] {
  if (h === "Right") return "right";
  if (h === "Center" || h === "CenterAcrossSelection") return "center";
  if (h === "Left") return "left";
  return istZahl ? "right" : "left";
}

export interface TabellenrasterProps {
  fake: FakeExcel;
}

export function Tabellenraster({ fake }: TabellenrasterProps): React.ReactElement {
  const [, setVersion] = React.useState(0);
  React.useEffect(() => fake.abonniere(() => setVersion((v) => v + 1)), [fake]);
  const blaetter = fake.blattnamen();
  const [gewaehlt, setGewaehlt] = React.useState<string | null>(null);
  const blatt = gewaehlt && blaetter.includes(gewaehlt) ? gewaehlt : fake.aktivesBlatt();
  const [zelle, setZelle] = React.useState("A1");
  const [eingabe, setEingabe] = React.useState("");

  const raster = fake.raster(blatt);
  const rasterElement = React.useRef<HTMLDivElement>(null);
  // The grid reaches down and right far enough to hold every chart's anchor cells.
  let zeilen = Math.max(raster.length, 20);
  let spalten = Math.max(raster[0]?.length ?? 0, 8);
  for (const d of fake.diagramme(blatt)) {
    const anker = diagrammAnker(d, raster.length);
    const von = zellIndex(anker.von);
    const bis = anker.bis
      ? zellIndex(anker.bis)
      : { zeile: von.zeile + Math.ceil(anker.hoehePx / 20), spalte: von.spalte };
    zeilen = Math.max(zeilen, bis.zeile + 2);
    spalten = Math.max(spalten, bis.spalte + 1);
  }
  // Excel widths are in points; 4/3 px per point at 96 dpi.
  const breiten = Array.from({ length: spalten }, (_, s) =>
    Math.round(fake.format(blatt, `${spaltenName(s)}1`).columnWidth * (4 / 3)),
  );
  const KOPFBREITE = 36;

  const waehle = (adresse: string) => {
    setZelle(adresse);
    const f = fake.formel(blatt, adresse);
    setEingabe(f === "" ? "" : String(f));
  };

  const uebernehme = () => {
    const t = eingabe.trim();
    const zahl = /^-?\d+([.,]\d+)?$/.test(t) ? Number(t.replace(",", ".")) : null;
    fake.setzeWert(blatt, zelle, zahl ?? eingabe);
  };

  return (
    <div style={{ display: "flex", flexDirection: "column", height: "100%", minWidth: 0 }}>
      <div
        role="tablist"
        aria-label="Blätter"
        style={{ display: "flex", flexWrap: "wrap", gap: 2, padding: "4px 4px 0" }}
      >
        {blaetter.map((b) => (
          <button
            key={b}
            role="tab"
            aria-selected={b === blatt}
            data-blatt={b}
            onClick={() => setGewaehlt(b)}
            style={{
              border: "1px solid #bbb",
              borderBottom: b === blatt ? "2px solid #107c41" : "1px solid #bbb",
              background: b === blatt ? "#fff" : "#f0f0f0",
              fontWeight: b === blatt ? 600 : 400,
              padding: "4px 10px",
              cursor: "pointer",
            }}
          >
            {b}
          </button>
        ))}
      </div>
      <div style={{ display: "flex", gap: 6, alignItems: "center", padding: 4, borderBottom: "1px solid #ccc" }}>
        <label htmlFor="bearbeitungsleiste" style={{ minWidth: 48, fontWeight: 600 }}>
          {zelle}
        </label>
        <input
          id="bearbeitungsleiste"
          aria-label={`Inhalt der Zelle ${zelle}`}
          value={eingabe}
          onChange={(e) => setEingabe(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === "Enter") uebernehme();
          }}
          style={{ flex: "1 1 auto", fontFamily: "Consolas, monospace", fontSize: 12, padding: 3 }}
        />
        <button onClick={uebernehme}>Übernehmen</button>
      </div>
      <div style={{ overflow: "auto", flex: "1 1 auto", background: "#fff" }}>
        <div ref={rasterElement} data-raster={blatt} style={{ position: "relative", width: "fit-content" }}>
          <table
            data-blatt={blatt}
            aria-label={`Blatt ${blatt}`}
            style={{
              borderCollapse: "collapse",
              // Fixed layout needs a width: then the columns keep Excel's widths whatever the text.
              tableLayout: "fixed",
              width: KOPFBREITE + breiten.reduce((a, b) => a + b, 0),
              fontFamily: "Calibri, Carlito, sans-serif",
              fontSize: 14,
            }}
          >
            <colgroup>
              <col style={{ width: KOPFBREITE }} />
              {breiten.map((b, s) => (
                <col key={s} style={{ width: b }} />
              ))}
            </colgroup>
            <thead>
              <tr>
                <th style={{ background: "#f3f3f3", border: "1px solid #d4d4d4" }} />
                {Array.from({ length: spalten }, (_, s) => (
                  <th
                    key={s}
                    style={{ background: "#f3f3f3", border: "1px solid #d4d4d4", fontWeight: 400, color: "#555" }}
                  >
                    {spaltenName(s)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {Array.from({ length: zeilen }, (_, z) => (
                <tr key={z}>
                  <th style={{ background: "#f3f3f3", border: "1px solid #d4d4d4", fontWeight: 400, color: "#555" }}>
                    {z + 1}
                  </th>
                  {Array.from({ length: spalten }, (_, s) => {
                    const adresse = `${spaltenName(s)}${z + 1}`;
                    const text = raster[z]?.[s] ?? "";
                    const f = fake.format(blatt, adresse);
                    const wert = text === "" ? "" : fake.wert(blatt, adresse);
                    const gitter = "1px solid #e2e2e2";
                    return (
                      <td
                        key={s}
                        data-adresse={adresse}
                        onClick={() => waehle(adresse)}
                        title={adresse}
                        style={{
                          height: Math.round(f.rowHeight * (4 / 3)),
                          padding: "0 3px",
                          whiteSpace: f.wrapText ? "normal" : "nowrap",
                          // Like Excel: unwrapped text runs on into empty cells to the right.
                          overflow: !f.wrapText && (raster[z]?.[s + 1] ?? "") === "" ? "visible" : "hidden",
                          textOverflow: "clip",
                          fontWeight: f.bold ? 700 : 400,
                          fontStyle: f.italic ? "italic" : "normal",
                          fontSize: Math.round(f.size * (4 / 3)),
                          color: f.color,
                          background: f.fill,
                          textAlign: ausrichtung(f.horizontalAlignment, typeof wert === "number"),
                          verticalAlign:
                            f.verticalAlignment === "Top"
                              ? "top"
                              : f.verticalAlignment === "Center"
                                ? "middle"
                                : "bottom",
                          borderTop: linie(f.borders.EdgeTop) ?? gitter,
                          borderBottom: linie(f.borders.EdgeBottom) ?? gitter,
                          borderLeft: linie(f.borders.EdgeLeft) ?? gitter,
                          borderRight: linie(f.borders.EdgeRight) ?? gitter,
                          outline: adresse === zelle ? "2px solid #107c41" : undefined,
                          outlineOffset: -2,
                        }}
                      >
                        {text}
                      </td>
                    );
                  })}
                </tr>
              ))}
            </tbody>
          </table>
          <Diagrammebene fake={fake} blatt={blatt} benutzteZeilen={raster.length} raster={rasterElement} />
        </div>
      </div>
    </div>
  );
}
