/**
 * Sources of every built-in figure. Status marks as defined in docs/QUELLEN.md#kennzeichen:
 * V = seen in the cited source, V2 = secondary source ("zu prüfen"), D = derived by arithmetic.
 */
export type QuellenStatus = "V" | "V2" | "D";

export interface Quelle {
  text: string;
  status: QuellenStatus;
}

export const QUELLE_RSK_2013: Quelle = {
  text:
    "Rhein-Sieg-Kreis, „Kostenaufstellung Integrationsarbeit“ vom 04.02.2013 " +
    "(Anlage zu DS-Nr. 2013/728, Sozialausschuss Troisdorf 25.09.2013)",
  status: "V",
};

export const QUELLE_RSK_2013_ABGELEITET: Quelle = {
  text: `${QUELLE_RSK_2013.text}; Einzelsatz daraus abgeleitet`,
  status: "D",
};

export const QUELLE_NIENBURG_2024: Quelle = {
  text: "Landkreis Nienburg/Weser, Stellenplan 2024 (veröffentlichte Jahreskosten je Stelle)",
  status: "V",
};

/**
 * The 2012 guideline's amounts as the Land's own programme page states them; the guideline text
 * itself was not seen, so the page is the source (it names the guideline and its amounts).
 */
export const QUELLE_RL_2012: Quelle = {
  text:
    "Bezirksregierung Arnsberg, Förderseite Kommunale Integrationszentren 2016/17 " +
    "(http://www.kfi.nrw.de/Foerderprogramme/Kommunale_Integrationszentren/index.php): Richtlinie vom 25.06.2012 " +
    "(MBl. NRW. 2012 S. 537), 2 Fachkräfte und 1 Verwaltungsfachkraft je bis 50.000 €, ½ Verwaltungsassistenz bis " +
    "20.000 €, bis 170.000 €/Jahr, Festbetragsfinanzierung; Grundlage § 7 Teilhabe- und Integrationsgesetz NRW vom " +
    "14.02.2012 (Richtlinientext selbst nicht eingesehen)",
  status: "V",
};

export const QUELLE_AUSBAU_2017: Quelle = {
  text: "Erlass des Ministeriums vom 28.12.2016 zum Ausbau der Kommunalen Integrationszentren ab 2017; Zusammenfassung SGK NRW",
  status: "V",
};

export const QUELLE_AKTUELL: Quelle = {
  text:
    "Bezirksregierung Arnsberg, Förderseite Kommunale Integrationszentren (über eine Sekundärkopie); " +
    "ob die Richtlinie vom 10.03.2023 oder vom 03.04.2025 diese Beträge festlegt, ist offen – zu prüfen",
  status: "V2",
};

/** The council document that states the per-post caps behind the 170.000 € of 2012. */
export const QUELLE_NEUSS_2017: Quelle = {
  text:
    "Rhein-Kreis Neuss, Mitteilung 50/1842/XVI/2017: „je volle Stelle bis zu 50.000 € bzw. bis zu 20.000 € " +
    "für die Verwaltungsassistenzstelle“",
  status: "V",
};

export const QUELLE_RL_2018: Quelle = {
  text:
    "Richtlinie zur Förderung Kommunaler Integrationszentren vom 27.03.2018 (MBl. NRW 2018 S. 177, in der Änderung " +
    "2020 als S. 179 zitiert), nach der Förderseite der Bezirksregierung Arnsberg 2018–2020 " +
    "(http://www.lum.nrw.de/Foerderprogramme/Kommunale_Integrationszentren/index.php): Festbetrag bis 50.000 € je " +
    "Fachkraftstelle, bis 20.000 € für die ½ Verwaltungsassistenz, Kreis 6 + ½ Stellen, „insgesamt somit bis zu " +
    "320.000 €/Jahr“, dazu bis 50.000 €/Jahr für Dolmetscherpools",
  status: "V",
};

/**
 * The 170.000 € base after 2017: the 2018 programme page's 6 × 50.000 € + 20.000 € for a Kreis
 * contains the 3 × 50.000 € + 20.000 € of the base posts; the 2017 amendment's text is cut before the amounts.
 */
export const QUELLE_GRUND_AB_2017: Quelle = {
  text:
    "Grundförderung 170.000 € ab 2017: enthalten in der Förderseite der Bezirksregierung Arnsberg 2018–2020 " +
    "(6 Fachkraftstellen je bis 50.000 € + ½ Verwaltungsassistenz bis 20.000 € = 320.000 €; die 3 Grundstellen + ½ " +
    "Assistenz daraus: 3 × 50.000 € + 20.000 €); Änderung vom 24.04.2017 (MBl. NRW. 2017 S. 367): bis zu 6,5 Stellen " +
    "(Kreis) bzw. 5,5 (kreisfreie Stadt)",
  status: "D",
};

/** NRW-2020's 55.000 € for every Fachkraft post, extra posts included: the 2018 cap per Fachkraft post as amended. */
export const QUELLE_ZUSATZ_2020: Quelle = {
  text:
    "55.000 € je Zusatzstelle: Die Richtlinie 2018 nennt 50.000 € je Fachkraftstelle für alle 6 (Kreis) bzw. 5 " +
    "Fachkraftstellen, die Änderung vom 30.10.2020 ersetzt „50.000“ durch „55.000“; daraus gilt der neue Betrag auch " +
    "für die Zusatzstellen",
  status: "D",
};

export const QUELLE_AENDERUNG_2020: Quelle = {
  text: "Änderung der Richtlinie vom 30.10.2020 (MBl. NRW 2020 S. 769): „50.000“ wird „55.000“, „20.000“ wird „22.500“",
  status: "V",
};

export function quellenVermerk(q: Quelle): string {
  if (q.status === "V2") return `${q.text} [zu prüfen]`;
  if (q.status === "D") return `${q.text} [abgeleitet]`;
  return q.text;
}

/** The federal fee ordinance's cost table: the figures per grade, as the Verordnung prints them. */
export const QUELLE_AGEBV_2021: Quelle = {
  text:
    "Allgemeine Gebührenverordnung des Bundes (AGebV), Anlage 1 Teil B, Fassung der Verordnung vom 11.02.2021 " +
    "(BGBl. I 2021 S. 204–210), https://www.gesetze-im-internet.de/agebv/",
  status: "V",
};

/** The annual cost per grade, computed by the Verordnung's own method from the figures above. */
export const QUELLE_AGEBV_2021_ABGELEITET: Quelle = {
  text:
    `${QUELLE_AGEBV_2021.text}; Jahreskosten je Gruppe daraus berechnet: Beamte Brutto × (1 + Versorgungszuschlag) ` +
    "+ 2.950 €, Arbeitnehmer Brutto + Sozialaufwand + 750 €, auf volle Euro gerundet",
  status: "D",
};

/** Said wherever the AGebV table is offered: federal averages, not what an NRW Kreis pays. */
export const AGEBV_VORBEHALT =
  "Bund, nicht kommunal NRW: Durchschnittskosten der Bundesverwaltung, Datenjahr in der Verordnung nicht angegeben";

export const QUELLE_NDS_2023: Quelle = {
  text:
    "Niedersachsen, RdErl. d. MF v. 08.03.2023 (Nds. MBl. S. 250): Büroarbeitsplatz 9.082 €/Jahr = Räume 2.170 + " +
    "laufende Kosten 4.083 + Investitionen 559 + IT einschl. Betrieb 2.270 (laut Erlass nicht für Stellen außerhalb " +
    "der Landesverwaltung gedacht)",
  status: "V",
};

/** The Kreis's budget approvals as reported in the press, one source per year (docs/QUELLEN.md#hebesatz). */
export const QUELLEN_HEBESATZ_RSK: Readonly<Record<string, string>> = {
  "2012": "General-Anzeiger, „Jugendamtsumlage steigt kräftig an“",
  "2013-2014": "Pressemitteilung des Rhein-Sieg-Kreises „Kreishaushalt ohne Auflagen genehmigt“ (blick-aktuell.de)",
  "2015-2016": "General-Anzeiger, „Grünes Licht für den Kreishaushalt“",
  "2017-2018": "broeltal.de, „0,59 Prozent weniger“",
  "2020-2022": "ausbadhonnef.de vom 14.07.2021 (Doppelhaushalt 2021/2022 genehmigt)",
  "2023-2024": "Pressemitteilung des Rhein-Sieg-Kreises Nr. 102 vom 30.03.2023",
  "2025-2026": "machpuls.de, „Bezirksregierung genehmigt Kreishaushalt“",
};
