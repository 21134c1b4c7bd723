/** @jest-environment jsdom */
/** The Förderposition of a base post is chosen per staff line and can be removed again. */
import "@testing-library/jest-dom";
import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { StellenZeile } from "../../../src/taskpane/komponenten/StellenZeile";
import type { Stelle } from "../../../src/scenario";

const STELLE: Stelle = {
  id: "a",
  bezeichnung: "Fachkraft",
  gruppe: "EG 11",
  anteil: 1,
  eigenerSatz: null,
  art: "kommunal",
};

function zeige(stelle: Stelle, durchPauschaleGedeckt = false) {
  const onAendere = jest.fn();
  render(
    <StellenZeile
      stelle={stelle}
      nummer={1}
      meldungen={{}}
      bekannteGruppen={["EG 11"]}
      durchPauschaleGedeckt={durchPauschaleGedeckt}
      onAendere={onAendere}
      onEntferne={() => {}}
    />,
  );
  return onAendere;
}

test("wählt die Förderposition einer kommunalen Stelle", async () => {
  const user = userEvent.setup();
  const onAendere = zeige(STELLE);
  await user.click(screen.getByRole("combobox", { name: /Förderposition/ }));
  await user.click(screen.getByRole("option", { name: "Pädagogische Fachkraft" }));
  expect(onAendere).toHaveBeenLastCalledWith({ foerderposition: "Fachkraft" });
});

test("eine gesetzte Position lässt sich auf „keine“ zurücksetzen", async () => {
  const user = userEvent.setup();
  const onAendere = zeige({ ...STELLE, foerderposition: "Verwaltung" });
  const feld = screen.getByRole("combobox", { name: /Förderposition/ });
  expect(feld).toHaveTextContent("Verwaltungsstelle");
  await user.click(feld);
  await user.click(screen.getByRole("option", { name: /keine/ }));
  expect(onAendere).toHaveBeenLastCalledWith({ foerderposition: undefined });
});

test("Zusatzstellen haben keine Förderposition", () => {
  zeige({ ...STELLE, art: "zusatz" });
  expect(screen.queryByRole("combobox", { name: /Förderposition/ })).toBeNull();
});

test("durch eine Pauschale gedeckte Grundstellen haben keine Förderposition", () => {
  zeige(STELLE, true);
  expect(screen.queryByRole("combobox", { name: /Förderposition/ })).toBeNull();
});

test("erstes und letztes Jahr einer Stelle: eintragen, leeren, Fehler am Feld", async () => {
  const user = userEvent.setup();
  const onAendere = jest.fn();
  const { rerender } = render(
    <StellenZeile
      stelle={{ ...STELLE, art: "zusatz" }}
      nummer={1}
      meldungen={{}}
      bekannteGruppen={["EG 11"]}
      durchPauschaleGedeckt={false}
      onAendere={onAendere}
      onEntferne={() => {}}
    />,
  );
  await user.type(screen.getByRole("textbox", { name: "Ab Jahr" }), "2017");
  expect(onAendere).toHaveBeenLastCalledWith({ abJahr: 2017 });
  await user.type(screen.getByRole("textbox", { name: "Bis Jahr" }), "2019");
  expect(onAendere).toHaveBeenLastCalledWith({ bisJahr: 2019 });
  rerender(
    <StellenZeile
      stelle={{ ...STELLE, art: "zusatz", abJahr: 2017, bisJahr: 2016 }}
      nummer={1}
      meldungen={{ "stelle:a:bisJahr": "Das letzte Jahr (2016) liegt vor dem ersten (2017)." }}
      bekannteGruppen={["EG 11"]}
      durchPauschaleGedeckt={false}
      onAendere={onAendere}
      onEntferne={() => {}}
    />,
  );
  expect(screen.getByRole("textbox", { name: "Ab Jahr" })).toHaveValue("2017");
  expect(await screen.findByText("Das letzte Jahr (2016) liegt vor dem ersten (2017).")).toBeInTheDocument();
  await user.clear(screen.getByRole("textbox", { name: "Ab Jahr" }));
  expect(onAendere).toHaveBeenLastCalledWith({ abJahr: undefined });
});
