/** Scenarios shared by the multi-year tests. */
import { Szenario, erzeugeVorlage } from "../../../src/scenario";

/** The Rhein-Sieg KIZ of 2013 extended as in the 2017 rule test: 3 extra posts at 60.000 €, 40.000 € Sachausgaben. */
export function kizMitAusbau(): Szenario {
  const s = erzeugeVorlage("rsk-2013-kiz");
  s.stellen.push({
    id: "zusatz",
    bezeichnung: "Zusätzliche Fachkraft (ab 2017)",
    gruppe: "EG 9b",
    anteil: 3,
    eigenerSatz: 60000,
    art: "zusatz",
  });
  // The Sachausgaben are part of the project funds: 5.000 € as in 2013 plus 40.000 €.
  s.projektmittel = 45000;
  s.erstattung.sachausgaben = 40000;
  return s;
}
