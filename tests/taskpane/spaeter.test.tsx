/** @jest-environment jsdom */
/**
 * Parts of the pane fetched later (src/taskpane/spaeter.tsx) as a user on a slow line meets them: a
 * closed section opened before its code is there says so in German and shows its fields once the
 * code has come; a part that cannot be fetched says what to do instead of leaving the pane broken.
 */
import "@testing-library/jest-dom";
import * as React from "react";
import { act, render, screen, waitFor } from "@testing-library/react";
import { ladeImHintergrund, spaeter } from "../../src/taskpane/spaeter";
import { registriereSymbole } from "../../src/taskpane/symbole";

registriereSymbole(); // the error message's icon, as in the pane

/** A module load the test finishes by hand: the "network" answers when the test says so. */
function offeneLadung<T>() {
  let erfuellen!: (wert: T) => void;
  let ablehnen!: (grund: unknown) => void;
  const versprechen = new Promise<T>((ja, nein) => {
    erfuellen = ja;
    ablehnen = nein;
  });
  return { laden: jest.fn(() => versprechen), erfuellen, ablehnen };
}

const Felder = (p: { name: string }) => <label>Name: {p.name}</label>;

test("zeigt beim Öffnen vor dem Laden einen deutschen Ladehinweis, danach die Felder", async () => {
  const ladung = offeneLadung<React.ComponentType<{ name: string }>>();
  const Inhalt = spaeter(ladung.laden, "Eingabefelder werden geladen …");
  render(<Inhalt name="KIZ" />);
  expect(screen.getByText("Eingabefelder werden geladen …")).toBeInTheDocument();
  expect(screen.queryByText(/Name:/)).toBeNull();
  await act(async () => ladung.erfuellen(Felder));
  expect(await screen.findByText("Name: KIZ")).toBeInTheDocument();
  expect(screen.queryByText("Eingabefelder werden geladen …")).toBeNull();
});

test("lädt im Hintergrund vor: ein danach geöffneter Abschnitt steht sofort, ohne Ladehinweis", async () => {
  const ladung = offeneLadung<React.ComponentType<{ name: string }>>();
  const Inhalt = spaeter(ladung.laden, "Eingabefelder werden geladen …");
  ladeImHintergrund();
  await waitFor(() => expect(ladung.laden).toHaveBeenCalledTimes(1));
  await act(async () => ladung.erfuellen(Felder));
  render(<Inhalt name="Basis" />);
  expect(screen.getByText("Name: Basis")).toBeInTheDocument();
  expect(ladung.laden).toHaveBeenCalledTimes(1);
});

test("ein Teil, der sich nicht laden lässt, meldet das auf Deutsch statt den Bereich leer zu lassen", async () => {
  const ladung = offeneLadung<React.ComponentType<{ name: string }>>();
  const Inhalt = spaeter(ladung.laden, "Eingabefelder werden geladen …");
  render(<Inhalt name="KIZ" />);
  await act(async () =>
    ladung.ablehnen(Object.assign(new Error("Loading chunk 12 failed."), { name: "ChunkLoadError" })),
  );
  expect(await screen.findByText(/ließ sich nicht laden\. Bitte die Verbindung prüfen/)).toBeInTheDocument();
  expect(screen.queryByText(/Loading chunk/)).toBeNull();
});
