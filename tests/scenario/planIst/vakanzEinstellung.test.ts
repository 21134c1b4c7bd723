/**
 * The vacancy cut as a setting of the user's own rule set (issue 27 item 1): saved and read back
 * strictly, passed to the core's rule set, refused when unknown; built-in rule sets leave it to the
 * default, which is an assumption.
 */
import { FOERDERREGELN, pruefeFoerderregeln, vakanzregel } from "../../../src/core";
import { baueEigenesRegelwerk } from "../../../src/scenario/eigenesRegelwerk";
import { kodiereSpeicherstand, leseSpeicherstand } from "../../../src/scenario/speicherformat";
import { kiSzenario, wieNrw2017 } from "../../helpers/eigenesRegelwerk";
import { SEED004_OPTIONEN } from "../../helpers/planIstSeed004";

test("no built-in rule set states a vacancy cut: the default applies, as an assumption", () => {
  for (const r of FOERDERREGELN) {
    expect(r.vakanzkuerzung).toBeUndefined();
    expect(vakanzregel(r)).toMatchObject({ kuerzung: "monatsanteilig", status: "angenommen", herkunft: "Standard" });
  }
  expect(vakanzregel(null).text).toMatch(/^Annahme \(Voreinstellung des Programms\)/);
});

test("the own rule set carries its setting through the saved state into the core's rule set", () => {
  const eigen = { ...wieNrw2017(), vakanzkuerzung: "keine" as const };
  const gespeichert = JSON.parse(JSON.stringify(kodiereSpeicherstand([kiSzenario("EIGEN", eigen)], SEED004_OPTIONEN)));
  const r = leseSpeicherstand(gespeichert);
  expect(r.ok).toBe(true);
  const gelesen = r.ok ? r.stand.szenarien[0].erstattung.eigenesRegelwerk! : null;
  expect(gelesen?.vakanzkuerzung).toBe("keine");
  const regel = baueEigenesRegelwerk(gelesen!);
  expect(vakanzregel(regel)).toMatchObject({ kuerzung: "keine", herkunft: "Regelwerk", status: "angenommen" });
  expect(vakanzregel(regel).text).toMatch(/^Annahme \(im eigenen Regelwerk festgelegt\)/);
  // Without the field (states saved before issue 27): read unchanged, the default applies.
  expect(vakanzregel(baueEigenesRegelwerk(wieNrw2017())).herkunft).toBe("Standard");
});

test("an unknown setting is refused: in a saved state and in a rule set", () => {
  const eigen = { ...wieNrw2017(), vakanzkuerzung: "tageweise" };
  const gespeichert = JSON.parse(
    JSON.stringify(kodiereSpeicherstand([kiSzenario("EIGEN", wieNrw2017())], SEED004_OPTIONEN)),
  );
  gespeichert.szenarien[0].erstattung.eigenesRegelwerk = eigen;
  const r = leseSpeicherstand(gespeichert);
  expect(r.ok).toBe(false);
  expect(r.ok ? "" : r.meldung).toContain("vakanzkuerzung");
  const regel = { ...FOERDERREGELN[0], vakanzkuerzung: "tageweise" as never };
  expect(pruefeFoerderregeln([regel])).toEqual([
    "Regelwerk NRW-2012: unbekannte Kürzung für unbesetzte Monate „tageweise“.",
  ]);
});
