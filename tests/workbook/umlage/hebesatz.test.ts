/**
 * Issue 24 item 6 / issue 22 item 8: the Umlage sheet offers the Rhein-Sieg-Kreis's Hebesatz of the
 * KI scenario's year with its source; a year no source gives (2019) leaves an input cell that asks
 * for the Kreis's own rate. The rates and their sources are the shared facts' table.
 */
import { HEBESATZ_JAHRE_RSK, hebesatzRheinSieg } from "../../../src/core";
import { erzeugeVorlagenSatz } from "../../../src/scenario";
import { baueUmlageBlatt } from "../../../src/workbook/umlage/blatt";

const mitglieder = [
  { name: "Troisdorf", grundlage: 100_000_000, minderbelastung: 0 },
  { name: "Siegburg", grundlage: 60_000_000, minderbelastung: 0 },
];

function zeileMit(jahr: number) {
  const szenarien = erzeugeVorlagenSatz("rhein-sieg-2013").map((s) => ({ ...s, jahr }));
  const plan = baueUmlageBlatt({ szenarien, optionen: { mitglieder }, modus: "nativ" });
  const z = plan.zellen.findIndex((r) =>
    r.some((c) => c && "text" in c && c.text.startsWith("Allgemeine Kreisumlage")),
  );
  expect(z).toBeGreaterThan(0);
  return { zeile: plan.zellen[z], plan, z };
}

describe("Hebesatz der Kreisumlage auf dem Blatt „Umlage“", () => {
  it("has every year of the shared facts' table, 2019 unknown", () => {
    const erwartet: Record<number, number> = {
      2012: 36.9,
      2013: 36.71,
      2014: 36.13,
      2015: 36.59,
      2016: 36.59,
      2017: 36,
      2018: 35.4,
      2020: 32.8,
      2021: 29.77,
      2022: 31.92,
      2023: 29.5,
      2024: 29.67,
      2025: 32.3,
      2026: 32.3,
    };
    expect(HEBESATZ_JAHRE_RSK).toEqual(Object.keys(erwartet).map(Number));
    for (const [jahr, prozent] of Object.entries(erwartet)) {
      const h = hebesatzRheinSieg(Number(jahr))!;
      expect([jahr, h.prozent, h.quelle.status]).toEqual([jahr, prozent, "V"]);
      expect(h.quelle.text).toMatch(/Haushaltsgenehmigung laut .{10,}/);
    }
    expect(hebesatzRheinSieg(2019)).toBeNull();
    expect(hebesatzRheinSieg(2011)).toBeNull();
    expect(hebesatzRheinSieg(2013)!.quelle.text).toMatch(/blick-aktuell\.de/);
    expect(hebesatzRheinSieg(2023)!.quelle.text).toMatch(/Nr\. 102 vom 30\.03\.2023/);
  });

  it("2013: 36,71 % as an input cell with its source", () => {
    const { zeile } = zeileMit(2013);
    expect(zeile[1]).toEqual({ text: "Allgemeine Kreisumlage (Hebesatz) 2013" });
    expect(zeile[2]).toEqual({ zahl: 0.3671 });
    expect(JSON.stringify(zeile[3])).toMatch(
      /Rhein-Sieg-Kreis – Allgemeine Kreisumlage Rhein-Sieg-Kreis 2013.*blick-aktuell/,
    );
  });

  it("2019: no rate is known, the cell stays empty and asks for the Kreis's own", () => {
    const { zeile, plan, z } = zeileMit(2019);
    expect(zeile[2] ?? null).toBeNull();
    expect(JSON.stringify(zeile[3])).toMatch(/Für 2019 ist kein Hebesatz belegt: bitte den Hebesatz Ihres Kreises/);
    // The empty cell is formatted as an input (blue) so it reads as "type here".
    expect(plan.formate.some((f) => f.bereich === `C${z + 1}` && f.format.hintergrund === "#DDEBF7")).toBe(true);
  });
});
