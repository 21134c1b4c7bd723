/** @jest-environment jsdom */
/** The pane's switch of an on/off sheet reads the catalogue entry: its label, its help, and the reason it is not possible. */
import "@testing-library/jest-dom";
import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { erzeugeVorlagenSatz } from "../../../src/scenario";
import type { ZusatzblattEintrag } from "../../../src/scenario/zusatzblaetter";
import { Zusatzblaetter } from "../../../src/taskpane/komponenten/Zusatzblaetter";

const KATALOG: ZusatzblattEintrag[] = [
  {
    id: "probe",
    blattname: "Probeblatt",
    schalter: "Blatt „Probeblatt“ aufnehmen",
    hilfe: "Zeigt eine Probe.",
    option: "probeblatt",
    hindernis: (sz) => (sz.some((s) => s.koerperschaft === "kreisfreie Stadt") ? "Nur für Kreise." : null),
  },
];
const szenarien = erzeugeVorlagenSatz("rhein-sieg-2013");

it("switches the sheet on through the catalogue's label", async () => {
  const onAktiv = jest.fn();
  render(<Zusatzblaetter szenarien={szenarien} gewaehlt={[]} onAktiv={onAktiv} katalog={KATALOG} />);
  await userEvent.click(screen.getByRole("button", { name: /Probeblatt/ }));
  expect(screen.getByText("Zeigt eine Probe.")).toBeInTheDocument();
  await userEvent.click(screen.getByRole("checkbox", { name: "Blatt „Probeblatt“ aufnehmen" }));
  expect(onAktiv).toHaveBeenCalledWith("probe", true);
});

it("shows the reason instead of the switch where the scenarios rule the sheet out", async () => {
  const stadt = szenarien.map((s) => ({ ...s, koerperschaft: "kreisfreie Stadt" as const }));
  render(<Zusatzblaetter szenarien={stadt} gewaehlt={["probe"]} onAktiv={jest.fn()} katalog={KATALOG} />);
  await userEvent.click(screen.getByRole("button", { name: /Probeblatt/ }));
  expect(screen.getByText("Nur für Kreise.")).toBeInTheDocument();
  expect(screen.queryByRole("checkbox")).toBeNull();
  expect(screen.queryByText("wird eingefügt")).toBeNull();
});
