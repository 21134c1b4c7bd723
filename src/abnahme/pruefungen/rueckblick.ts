/**
 * Reading back what the insert wrote: number formats, print setup, defined names and charts, and
 * the saved state of the pane. Each compares with the plan, the one description of what was written.
 */
import { erzeugeVorlagenSatz } from "../../scenario";
import { ausLadeergebnis, kodiereSpeicherstand } from "../../scenario/speicherformat";
import { ersteZelle } from "../../workbook/adressen";
import type { BlattPlan, DruckPlan } from "../../workbook/plan";
import { bestanden, fehlgeschlagen, uebersprungen, type Pruefung } from "../typen";
import { ABNAHME_OPTIONEN, RHEIN_SIEG_SATZ } from "./einfuegen";

/** First cell of every formatted range with a number format: sheet, cell, format. */
function formatProben(blaetter: BlattPlan[]): Array<[string, string, string]> {
  return blaetter.flatMap((b) =>
    b.formate.flatMap((f) => {
      const zelle = ersteZelle(f.bereich);
      return f.format.zahlenformat === undefined || zelle === null
        ? []
        : [[b.name, zelle, f.format.zahlenformat] as [string, string, string]];
    }),
  );
}

export const zahlenformate: Pruefung = {
  id: "zahlenformate",
  titel: "Zahlenformate wie geschrieben",
  async fuehreAus(lauf) {
    if (!lauf.plan) return uebersprungen("Das Einfügen lief nicht.");
    const proben = formatProben(lauf.plan.blaetter);
    const ist = await lauf.umgebung.excel.run({ delayForCellEdit: true }, async (context) => {
      const r = proben.map(([blatt, zelle]) =>
        context.workbook.worksheets.getItem(blatt).getRange(zelle).load("numberFormat"),
      );
      await context.sync();
      return r.map((x) => String(x.numberFormat[0][0]));
    });
    const falsch = proben.flatMap(([b, z, soll], i) =>
      ist[i] === soll ? [] : [`${b}!${z}: ${ist[i]}, geschrieben ${soll}`],
    );
    return falsch.length === 0
      ? bestanden(`${proben.length} Formate gelesen, alle gleich`)
      : fehlgeschlagen(falsch.join("; "));
  },
};

interface Druckstand {
  ausrichtung: string;
  papier: string;
  zoom: string;
  kopf: string;
  links: string;
  rechts: string;
}

function sollDruck(d: DruckPlan): Druckstand {
  return {
    ausrichtung: d.querformat ? "Landscape" : "Portrait",
    papier: "A4",
    zoom: d.seitenBreit !== null || d.seitenHoch !== null ? `${d.seitenBreit ?? 0}x${d.seitenHoch ?? 0}` : "100%",
    kopf: d.kopfzeile,
    links: d.fusszeileLinks,
    rechts: d.fusszeileRechts,
  };
}

function zoomText(z: Excel.PageLayoutZoomOptions): string {
  return z.scale ? `${z.scale}%` : `${z.horizontalFitToPages ?? 0}x${z.verticalFitToPages ?? 0}`;
}

export const druck: Pruefung = {
  id: "druck",
  titel: "Druckeinstellungen wie geschrieben (A4, Ausrichtung, Seiten, Kopf-/Fußzeile)",
  async fuehreAus(lauf) {
    if (!lauf.plan) return uebersprungen("Das Einfügen lief nicht.");
    if (!lauf.umgebung.unterstuetzt("ExcelApi", "1.9"))
      return uebersprungen("Dieses Excel kann Druckeinstellungen nicht lesen (ExcelApi 1.9 fehlt).");
    const blaetter = lauf.plan.blaetter.filter((b) => b.druck);
    const ist = await lauf.umgebung.excel.run({ delayForCellEdit: true }, async (context) => {
      const r = blaetter.map((b) => {
        const s = context.workbook.worksheets.getItem(b.name).pageLayout.load("orientation, paperSize, zoom");
        return { s, kf: s.headersFooters.defaultForAllPages.load("centerHeader, leftFooter, rightFooter") };
      });
      await context.sync();
      return r.map(({ s, kf }): Druckstand => ({
        ausrichtung: String(s.orientation),
        papier: String(s.paperSize),
        zoom: zoomText(s.zoom),
        kopf: kf.centerHeader,
        links: kf.leftFooter,
        rechts: kf.rightFooter,
      }));
    });
    const falsch = blaetter.flatMap((b, i) => {
      const soll = JSON.stringify(sollDruck(b.druck!));
      return JSON.stringify(ist[i]) === soll ? [] : [`${b.name}: ${JSON.stringify(ist[i])}, geschrieben ${soll}`];
    });
    return falsch.length === 0
      ? bestanden(`${blaetter.map((b) => b.name).join(", ")}: alle gleich`)
      : fehlgeschlagen(falsch.join("; "));
  },
};

export const namenUndDiagramme: Pruefung = {
  id: "namen-diagramme",
  titel: "Namen (KI_…) und Diagramme vorhanden",
  async fuehreAus(lauf) {
    if (!lauf.plan) return uebersprungen("Das Einfügen lief nicht.");
    const plan = lauf.plan;
    const { namen, diagramme } = await lauf.umgebung.excel.run({ delayForCellEdit: true }, async (context) => {
      const n = context.workbook.names.load("items/name");
      const d = plan.blaetter.map((b) => context.workbook.worksheets.getItem(b.name).charts.load("items/name"));
      await context.sync();
      return {
        namen: new Set(n.items.map((x) => x.name.toLowerCase())),
        diagramme: d.map((x) => x.items.map((c) => c.name)),
      };
    });
    const sollNamen = plan.blaetter.flatMap((b) => b.namen.map((n) => n.name));
    const fehlend = sollNamen.filter((n) => !namen.has(n.toLowerCase()));
    plan.blaetter.forEach((b, i) => {
      for (const d of b.diagramme) if (!diagramme[i].includes(d.name)) fehlend.push(`Diagramm ${b.name}/${d.name}`);
    });
    const zahlDiagramme = plan.blaetter.reduce((n, b) => n + b.diagramme.length, 0);
    return fehlend.length === 0
      ? bestanden(`${sollNamen.length} Namen, ${zahlDiagramme} Diagramm(e) vorhanden`)
      : fehlgeschlagen(`fehlt: ${fehlend.join(", ")}`);
  },
};

export const zustand: Pruefung = {
  id: "zustand",
  titel: "Gespeicherter Zustand wird wieder gelesen",
  async fuehreAus(lauf) {
    const szenarien = erzeugeVorlagenSatz(RHEIN_SIEG_SATZ);
    const stand = kodiereSpeicherstand(szenarien, ABNAHME_OPTIONEN, lauf.umgebung.jetzt());
    await lauf.zugriff.speichereZustand(stand);
    const gelesen = ausLadeergebnis(await lauf.zugriff.ladeZustand());
    if (gelesen.status !== "ok")
      return fehlgeschlagen(`gelesen: ${gelesen.status}${"meldung" in gelesen ? ` (${gelesen.meldung})` : ""}`);
    const gleich = JSON.stringify(gelesen.stand) === JSON.stringify(stand);
    return gleich
      ? bestanden(`${szenarien.length} Szenarien gespeichert und unverändert gelesen`)
      : fehlgeschlagen(`gelesen ${JSON.stringify(gelesen.stand).slice(0, 200)} …`);
  },
};
