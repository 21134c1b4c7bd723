/**
 * Print screenshots of "Vergleich mit Stand" and "Änderungsprotokoll" for docs/screenshots/: three
 * Stände of the Rhein-Sieg 2013 comparison (draft, committee, Kreistag) with changed assumptions,
 * the sheets written into the fake host by the product's writer, and each print area rendered as an
 * A4 landscape page (header, one page wide, footer) as the sheet's print setup describes it.
 *
 *   npx webpack --mode production && npx tsx devtools/bildschirmfotos/staende.ts
 */
import * as fs from "fs";
import * as path from "path";
import { erzeugeVorlagenSatz, type Szenario } from "../../src/scenario";
import { kodiereSpeicherstand, type GespeicherteOptionen } from "../../src/scenario/speicherformat";
import { erstelleStand, type Stand } from "../../src/scenario/staende";
import {
  PROTOKOLL_BLATTNAME,
  VERGLEICH_BLATTNAME,
  baueArbeitsmappe,
  ergebniszeilen,
  regelwerkVermerke,
} from "../../src/workbook";
import { zerlegeA1 } from "../../src/workbook/adressen";
import type { BlattPlan } from "../../src/workbook/plan";
import { blatt, escape, fotografiere, tabelle } from "./mehrjahr";

const ZIEL = path.resolve(__dirname, "../../docs/screenshots");
const OPTIONEN: GespeicherteOptionen = {
  modus: "nativ",
  vorlageNr: "2013/728",
  mehrjahrAktiv: false,
  mehrjahr: null,
  umlageAktiv: false,
  umlage: [],
};

function stand(bezeichnung: string, datum: string, szenarien: Szenario[]): Stand {
  return erstelleStand(
    {
      id: bezeichnung,
      bezeichnung,
      datum,
      szenarien,
      optionen: OPTIONEN,
      regelwerke: regelwerkVermerke(szenarien),
      ergebnisse: ergebniszeilen(szenarien, {}),
    },
    new Date(`${datum}T10:00:00`),
  );
}

/** The sheet's print area as an A4 landscape page: header, the table scaled to one page wide, footer. */
function druckseite(plan: BlattPlan, tabelleHtml: string): string {
  const d = plan.druck!;
  const text = (t: string) => escape(t.replace(/&&/g, "&").replace("&P", "1").replace("&N", "1"));
  return `<!doctype html><html lang="de"><head><meta charset="utf-8"><style>
    body{margin:0;background:#888;font-family:Calibri,Carlito,"Liberation Sans",Arial,sans-serif;font-size:12px}
    .blatt{width:1123px;height:794px;background:white;margin:12px;position:relative;overflow:hidden;box-shadow:0 0 6px #444}
    .kopf{position:absolute;top:18px;left:0;right:0;text-align:center;font-size:11px}
    .fuss{position:absolute;bottom:18px;left:54px;right:54px;font-size:10px;display:flex;justify-content:space-between}
    .inhalt{position:absolute;top:40px;left:18px;transform-origin:top left}
    table{border-collapse:collapse;table-layout:fixed} td{padding:2px 4px;white-space:nowrap;overflow:hidden;height:17px}
    th{color:transparent;background:white;border:none}
  </style></head><body><div class="blatt"><div class="kopf">${text(d.kopfzeile)}</div>
  <div class="inhalt" id="inhalt">${tabelleHtml}</div>
  <div class="fuss"><span>${text(d.fusszeileLinks)}</span><span>${text(d.fusszeileRechts)}</span></div></div>
  <script>const t=document.querySelector('#inhalt table');const s=Math.min(1,1015/t.offsetWidth);
  document.getElementById('inhalt').style.transform='scale('+s+')';</script></body></html>`;
}

async function main(): Promise<void> {
  fs.mkdirSync(ZIEL, { recursive: true });
  const entwurf = erzeugeVorlagenSatz("rhein-sieg-2013");
  const ausschuss = JSON.parse(JSON.stringify(entwurf)) as Szenario[];
  ausschuss[1].arbeitsplaetze = 6;
  ausschuss[1].projektmittel = 8000;
  const kreistag = JSON.parse(JSON.stringify(ausschuss)) as Szenario[];
  kreistag[1].querschnittssatz = 0.25;
  kreistag[1].bueros = 5;
  const staende = [
    stand("Entwurf der Verwaltung", "2013-11-04", entwurf),
    stand("Kreisausschuss 09.12.2013", "2013-12-09", ausschuss),
    stand("Kreistag 17.12.2013", "2013-12-17", kreistag),
  ];
  // A year later: the Kämmerei compares today's figures with the decided Stand.
  const heute = JSON.parse(JSON.stringify(kreistag)) as Szenario[];
  heute[1].raumSatz = 4500;
  const plan = baueArbeitsmappe(heute, {
    modus: "nativ",
    datum: new Date(2014, 11, 1),
    vorlageNr: "2013/728",
    staende: { vergleich: staende[2], alle: staende, aktuell: kodiereSpeicherstand(heute, OPTIONEN) },
  });
  for (const [name, datei] of [
    [VERGLEICH_BLATTNAME, "vergleich-mit-stand-druck.png"],
    [PROTOKOLL_BLATTNAME, "aenderungsprotokoll-druck.png"],
  ]) {
    const b = plan.blaetter.find((x) => x.name === name)!;
    const fake = await blatt(b);
    const bis = (zerlegeA1(b.druck!.druckbereich)?.bisZeile ?? b.zellen.length - 1) + 1;
    await fotografiere(druckseite(b, tabelle(fake, name, bis)), path.join(ZIEL, datei));
  }
  console.log(`Gespeichert in ${ZIEL}`);
}

main().catch((e: unknown) => {
  console.error(e);
  process.exitCode = 1;
});
