/** The command line's help texts. */
import { VORLAGEN_SAETZE } from "../scenario/vorlagen";

export const HILFE_ALLGEMEIN = `KI-Kostenplaner – Kostenvergleich Kommunales Integrationszentrum als Excel-Arbeitsmappe,
ohne Excel und ohne Add-in.

Aufruf:
  ki-kostenplaner export --preset <Vorlage> --out <Datei.xlsx> [Optionen]
  ki-kostenplaner export --szenarien <Datei.json> --out <Datei.xlsx> [Optionen]
  ki-kostenplaner vorlagen      verfügbare Vorlagen anzeigen
  ki-kostenplaner --help        diese Hilfe
  ki-kostenplaner --version     Version anzeigen

Die Optionen des Exports zeigt: ki-kostenplaner export --help
`;

export const HILFE_EXPORT = `Aufruf:
  ki-kostenplaner export --preset <Vorlage> --out <Datei.xlsx> [Optionen]
  ki-kostenplaner export --szenarien <Datei.json> --out <Datei.xlsx> [Optionen]

Schreibt die Blätter „Annahmen“ und „Kostenvergleich“ (auf Wunsch auch „Mehrjahresplanung“,
„Umlage“ und „Plan-Ist“) mit Formatierung und Druckeinrichtung: A4 quer, eine Seite breit, Titelzeilen auf jeder
Seite, Kopf- und Fußzeile mit Titel, Vorlagennummer, Datum und Seitenzahl.

Optionen:
  --preset <Vorlage>          Vorlagensatz, z. B. rhein-sieg-2013 (Liste: ki-kostenplaner vorlagen)
  --szenarien <Datei.json>    statt einer Vorlage die eigenen Szenarien und Stände, im Aufgabenbereich
                              mit „Szenarien als Datei speichern“ gesichert. Vorlagennummer,
                              Mehrjahresplanung und Umlage kommen aus der Datei, soweit sie hier nicht
                              angegeben sind; mit Ständen zusätzlich „Vergleich mit Stand“ (mit dem
                              neuesten Stand) und „Änderungsprotokoll“. Geprüft wie gespeicherte
                              Szenarien in der Arbeitsmappe.
  --out <Datei.xlsx>          Zieldatei. Eine vorhandene Datei wird nicht überschrieben (Exit-Code 2),
                              außer mit --ueberschreiben.
  --ueberschreiben            vorhandene Dateien ersetzen: die .xlsx-Datei und, mit --docx und --pdf,
                              die .docx- und .pdf-Datei gleichen Namens (auch: --force)
  --modus nativ               nur Excel-eigene Formeln (Standard und einzige Möglichkeit): die Datei
                              rechnet ohne Add-in. KI.*-Formeln fügt nur der Aufgabenbereich ein.
  --vorlage-nr <Text>         Vorlagennummer für Kopfzeile und Titel, z. B. "DS-Nr. 2013/728"
                              (höchstens 80 Zeichen)
  --datum <JJJJ-MM-TT>        Datum in Titel und Kopfzeile (Standard: heute)
  --mehrjahr <VON-BIS>        zusätzlich das Blatt „Mehrjahresplanung“, z. B. 2013-2019, mit
    --personalkostensteigerung <Prozent>   jährliche Tarifsteigerung in Prozent, z. B. 2,5 oder 2,5%
                                           (Standard 0; größer als −100, höchstens 100)
    --sachkostensteigerung <Prozent>       jährliche Preissteigerung der Sachkosten (Standard 0)
    --zinssatz <Prozent>                   Abzinsungssatz für den Barwert (Standard 0)
                              Die Sätze sind Ihre eigenen Annahmen, keine amtlichen Werte.
  --umlage rhein-sieg|<Datei.csv>
                              zusätzlich das Blatt „Umlage“ (Kreisumlage je Mitgliedsgemeinde).
                              rhein-sieg: die 19 Gemeinden des Rhein-Sieg-Kreises, Umlagegrundlagen
                              leer zum Eintragen. Eine CSV-Datei enthält je Zeile
                              Gemeinde;Umlagegrundlage in €[;Minderbelastung in %]
  --regelwerk <Kennung>       Förderregelwerk für alle Szenarien mit Landeserstattung, z. B. NRW-2020
                              oder NRW-AKTUELL (zu prüfen); auto: das im Jahr belegte. Nötig für
                              Planjahre ab 2020: für sie ist nicht belegt, welches Regelwerk gilt.
  --ist <Datei.csv>           zusätzlich das Blatt „Plan-Ist“: Ist-Kosten je Monat gegen den Plan, mit
                              der Landeserstattung für die Ist-Ausgaben und der Prognose zum Jahresende
    --stand <Bezeichnung|Datum>   gegen diesen Stand der --szenarien-Datei (ohne: die aktuelle Planung)
    --ist-jahr <Jahr>             Planjahr (Standard: das Jahr des Szenarios; andere Jahre nur mit
                                  Mehrjahresplanung im Stand)
    --zuordnung "A=B;…"           eigene Schlüssel der Datei den Zeilen zuordnen, z. B.
                                  "4711=Fachkraft 1;4712=Fachkraft 2"
    --besetzung "Stelle=VON-BIS;…"  Monate, in denen eine Stelle laut Plan besetzt ist, z. B.
                                  "Fachkraft 1=9-12" (Besetzung zum 1.9.); Standard: ganzes Jahr
                              Die Kürzung der Erstattung für unbesetzte Monate ist eine Annahme
                              (Voreinstellung: Höchstbetrag × besetzte Monate ÷ 12; ein eigenes
                              Regelwerk kann es anders festlegen) und steht so auf dem Blatt.
  --pdf                       zusätzlich eine PDF-Datei neben der .xlsx-Datei (braucht LibreOffice,
                              z. B. apt-get install libreoffice-calc-nogui; anderer Ort: KI_SOFFICE)
  --docx                      zusätzlich den Text für die Vorlage („Finanzielle Auswirkungen“) als
                              Word-Datei (.docx) neben der .xlsx-Datei
  --help                      diese Hilfe

Beispiel:
  node bin/ki-kostenplaner.js export --preset rhein-sieg-2013 --out kostenvergleich.xlsx \\
      --vorlage-nr "DS-Nr. 2013/728" --datum 2013-02-04 --pdf

CSV-Datei für --umlage: UTF-8 (mit oder ohne BOM), Windows-1252 (Excel „CSV (Trennzeichen-
getrennt)“) oder UTF-16 mit BOM (Excel „Unicode-Text“); Trennzeichen Semikolon, Tabulator oder Komma
werden erkannt; Felder mit Trennzeichen in Anführungszeichen. Eine erste Zeile wie
„Gemeinde;Umlagegrundlage“ gilt als Überschrift. Zahlen je Spalte einheitlich deutsch (1.234.567,89)
oder englisch (1234567.89); eine Spalte, die beides mischt, wird mit den Zeilen abgelehnt. Höchstens
100.000 Zeilen und 16 MB; Namen werden ohne Groß-/Kleinschreibung verglichen. Mindestens eine Gemeinde
braucht 0 % Minderbelastung: sie trägt, was die anderen entlastet werden (§ 56 Abs. 4 KrO).

CSV-Datei für --ist (Kodierung und Trennzeichen wie bei --umlage; bis 200 MB): die erste Zeile
benennt die Spalten. Entweder eine Zeile je Stelle oder Kostenzeile mit einer Spalte je Monat
  Schlüssel;Jan;Feb;…;Dez          (auch 01 … 12, Jan 2013, 2013-01)
oder eine Zeile je Buchung
  Schlüssel;Monat;Betrag[;Beleg]   (Monat als 9, 09.2013, 2013-09 oder Buchungsdatum 30.09.2013)
Buchungen eines Schlüssels im selben Monat werden addiert. Schlüssel sind die Bezeichnungen der
Stellen (eine zweite gleiche mit „(2)“) und Querschnitt, IT, Raum, Projektmittel. Unbekannte
Schlüssel, doppelte Zeilen oder Belege und Monate eines anderen Jahres werden mit Datei und Zeile
genannt (Exit-Code 2), nie stillschweigend übergangen.

Dateien: Jede Datei wird erst vollständig als temporäre Datei im Zielordner geschrieben und dann
umbenannt. Schlägt das Schreiben fehl (z. B. Datenträger voll), bleibt kein Bruchstück zurück und eine
vorhandene Datei unverändert. Eine symbolische Verknüpfung als Ziel wird abgelehnt. Eingabedateien
müssen gewöhnliche Dateien sein (kein Gerät, keine Pipe) und werden nur bis zu ihrer Höchstgröße gelesen.

Exit-Code: 0 fertig; 2 Eingabefehler (Optionen, CSV- oder Szenariendatei, unplausible Annahmen,
vorhandene Zieldatei, --pdf ohne installiertes LibreOffice) – die Meldung sagt, was zu ändern ist;
1 Fehler der Maschine
(z. B. Datenträger voll, LibreOffice abgestürzt).

Die Diagramme (Kostenvergleich, Mehrjahresplanung, Umlage, Plan-Ist) stehen als echte Excel-Diagramme in
der Datei und damit auch in der PDF. Excel rechnet die Formeln beim Öffnen neu.
`;

export function vorlagenListe(): string {
  const breite = Math.max(...VORLAGEN_SAETZE.map((s) => s.id.length));
  return `Verfügbare Vorlagen (--preset):\n${VORLAGEN_SAETZE.map((s) => `  ${s.id.padEnd(breite)}  ${s.titel}`).join("\n")}\n`;
}
