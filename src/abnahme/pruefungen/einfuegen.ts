/**
 * The product's own insert path (baueArbeitsmappe → erstelleArbeitsmappenZugriff.fuegeEin) into a
 * new set of sheets, then again over them, reading the Rhein-Sieg figures back from the cells.
 */
import { erzeugeVorlagenSatz } from "../../scenario";
import type { GespeicherteOptionen } from "../../scenario/speicherformat";
import { baueArbeitsmappe, berechneBezuege } from "../../workbook";
import { ohneAnker, trenneBlatt } from "../../workbook/adressen";
import { bestanden, fehlgeschlagen, uebersprungen, type Lauf, type Pruefung } from "../typen";

export const RHEIN_SIEG_SATZ = "rhein-sieg-2013";

/** The saved options every check that stores a state uses: formula mode "ki", nothing optional. */
export const ABNAHME_OPTIONEN: GespeicherteOptionen = {
  modus: "ki",
  vorlageNr: "Abnahmetest",
  mehrjahrAktiv: false,
  mehrjahr: null,
  umlageAktiv: false,
  umlage: [],
};
const DATUM = new Date(2013, 1, 4);

/** Cell (sheet-qualified, e.g. "Annahmen!$C$14") → expected value. */
function sollwerte(): Array<[string, number]> {
  const b = berechneBezuege(erzeugeVorlagenSatz(RHEIN_SIEG_SATZ));
  const [basis, kiz] = b.szenarien;
  return [
    [basis.kosten.gesamtkosten, 102316],
    [kiz.kosten.gesamtkosten, 353094],
    [kiz.kosten.landeserstattung, 170000],
    [kiz.kosten.eigenanteil, 183094],
    [b.differenzen[0].eigenanteil, 80778],
  ];
}

export function teileBezug(bezug: string): [string, string] {
  const { blatt = "", lokal } = trenneBlatt(bezug);
  return [blatt, ohneAnker(lokal)];
}

/** The generated figures as Excel computed them; waits while custom functions are busy. */
async function pruefeZahlen(lauf: Lauf): Promise<string[]> {
  const soll = sollwerte();
  for (let versuch = 0; ; versuch++) {
    const ist = await lauf.umgebung.excel.run({ delayForCellEdit: true }, async (context) => {
      const zellen = soll.map(([bezug]) => {
        const [blatt, adresse] = teileBezug(bezug);
        return context.workbook.worksheets.getItem(blatt).getRange(adresse).load("values");
      });
      // Polling on purpose, as on the scratch sheet.
      // eslint-disable-next-line office-addins/no-context-sync-in-loop
      await context.sync();
      return zellen.map((z) => z.values[0][0]);
    });
    const beschaeftigt = ist.some((w) => w === "#BUSY!");
    if (!beschaeftigt || versuch >= 40) {
      return soll.flatMap(([bezug, w], i) =>
        ist[i] === w ? [] : [`${bezug} = ${JSON.stringify(ist[i])}, erwartet ${w}`],
      );
    }
    await lauf.umgebung.warte(500);
  }
}

async function vorhandeneBlaetter(lauf: Lauf): Promise<string[]> {
  return lauf.umgebung.excel.run({ delayForCellEdit: true }, async (context) => {
    const blaetter = context.workbook.worksheets.load("items/name");
    await context.sync();
    return blaetter.items.map((b) => b.name);
  });
}

export const einfuegen: Pruefung = {
  id: "einfuegen",
  titel: "Rhein-Sieg-Vergleich in neue Blätter einfügen (wie „In Arbeitsmappe einfügen“)",
  async fuehreAus(lauf) {
    const plan = baueArbeitsmappe(erzeugeVorlagenSatz(RHEIN_SIEG_SATZ), {
      modus: "ki",
      datum: DATUM,
      vorlageNr: "2013/728",
    });
    const vorher = new Set((await vorhandeneBlaetter(lauf)).map((n) => n.toLowerCase()));
    const belegt = plan.blaetter.filter((b) => vorher.has(b.name.toLowerCase())).map((b) => b.name);
    if (belegt.length > 0) {
      return uebersprungen(
        `Die Arbeitsmappe hat schon ${belegt.join(", ")}; damit nichts überschrieben wird, bitte den ` +
          "Abnahmetest in einer neuen, leeren Arbeitsmappe starten.",
      );
    }
    const ergebnis = await lauf.zugriff.fuegeEin(plan);
    lauf.neueBlaetter.push(...plan.blaetter.map((b) => b.name));
    lauf.plan = plan;
    const falsch = await pruefeZahlen(lauf);
    const erwartet = plan.blaetter.map((b) => b.name);
    if (JSON.stringify(ergebnis.blaetter) !== JSON.stringify(erwartet)) {
      falsch.unshift(`Blätter ${ergebnis.blaetter.join(", ")}, erwartet ${erwartet.join(", ")}`);
    }
    return falsch.length === 0
      ? bestanden(`Blätter ${erwartet.join(", ")} in ${ergebnis.syncs} Synchronisierungen; Zahlen stimmen`)
      : fehlgeschlagen(falsch.join("; "));
  },
};

/** Sheets, names and charts per sheet: what a second insert must not duplicate. */
async function bestand(lauf: Lauf): Promise<string> {
  return lauf.umgebung.excel.run({ delayForCellEdit: true }, async (context) => {
    const blaetter = context.workbook.worksheets.load("items/name");
    const namen = context.workbook.names.load("items/name");
    await context.sync();
    const diagramme = blaetter.items.map((b) => b.charts.load("items/name"));
    await context.sync();
    const teile = blaetter.items.map((b, i) => `${b.name}[${diagramme[i].items.map((d) => d.name).join(",")}]`);
    return `${teile.join(" ")}; ${namen.items.length} Namen`;
  });
}

export const erneutEinfuegen: Pruefung = {
  id: "erneut-einfuegen",
  titel: "Erneut einfügen aktualisiert dieselben Blätter (keine Doppel)",
  async fuehreAus(lauf) {
    if (!lauf.plan) return uebersprungen("Das erste Einfügen lief nicht.");
    const vorher = await bestand(lauf);
    await lauf.zugriff.fuegeEin(lauf.plan);
    const nachher = await bestand(lauf);
    const falsch = await pruefeZahlen(lauf);
    if (vorher !== nachher) falsch.unshift(`vorher ${vorher}, nachher ${nachher}`);
    return falsch.length === 0
      ? bestanden(`unverändert: ${nachher}; Zahlen stimmen`)
      : fehlgeschlagen(falsch.join("; "));
  },
};
