/** @jest-environment jsdom */
/**
 * Stände in the pane: freezing needs a label, a frozen Stand is listed and can only be deleted after
 * a confirmation, a damaged one is reported and left alone, and the insert carries the Stand sheets.
 */
import "@testing-library/jest-dom";
import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { gibEin, testZugriff, zeigePlaner } from "./hilfen";

function mitStaenden(start: Array<{ schluessel: string; wert: unknown }> = []) {
  const t = testZugriff();
  const gespeichert = new Map(start.map((s) => [s.schluessel, s.wert]));
  const geloescht: string[] = [];
  const ladeStart = t.zugriff.ladeStart.bind(t.zugriff);
  t.zugriff.ladeStart = async () => ({
    ...(await ladeStart()),
    staende: [...gespeichert].map(([schluessel, wert]) => ({ schluessel, wert })),
  });
  t.zugriff.schreibeStand = async (json) => {
    const k = `KI-Kostenplaner.Stand.${gespeichert.size + 1}`;
    gespeichert.set(k, JSON.stringify(json));
    return k;
  };
  t.zugriff.loescheStand = async (k) => {
    geloescht.push(k);
    gespeichert.delete(k);
  };
  return { ...t, gespeichert, geloescht };
}

test("ohne Bezeichnung wird nichts festgeschrieben; mit Bezeichnung wird der Stand gelistet", async () => {
  const user = userEvent.setup();
  const t = mitStaenden();
  await zeigePlaner(t.zugriff);
  await user.click(screen.getByRole("button", { name: "Stand festschreiben" }));
  expect(await screen.findByText(/Bitte eine Bezeichnung eingeben/)).toBeInTheDocument();
  expect(t.gespeichert.size).toBe(0);
  await gibEin(user, screen.getByRole("textbox", { name: /^Bezeichnung des Stands/ }), "Kreisausschuss 09.12.2013");
  // The meeting date is never today by default: without it nothing is frozen either.
  expect(screen.getByRole("textbox", { name: /^Datum der Sitzung/ })).toHaveValue("");
  await user.click(screen.getByRole("button", { name: "Stand festschreiben" }));
  expect(await screen.findByText("Bitte das Datum der Sitzung als TT.MM.JJJJ eingeben.")).toBeInTheDocument();
  expect(t.gespeichert.size).toBe(0);
  await gibEin(user, screen.getByRole("textbox", { name: /^Datum der Sitzung/ }), "09.12.2013");
  await user.click(screen.getByRole("button", { name: "Stand festschreiben" }));
  const liste = await screen.findByRole("list", { name: "Festgeschriebene Stände" });
  expect(await within(liste).findByText("Kreisausschuss 09.12.2013")).toBeInTheDocument();
  const gespeichert = JSON.parse(String([...t.gespeichert.values()][0])) as { ergebnisse: Array<{ cent: number }> };
  expect(gespeichert.ergebnisse.map((e) => e.cent)).toContain(18309400);
  expect(within(liste).getByRole("listitem", { name: "Stand Kreisausschuss 09.12.2013" })).toHaveTextContent(
    "– 09.12.2013",
  );

  // With a Stand chosen for comparison, the insert carries both Stand sheets' inputs.
  await user.click(within(liste).getByRole("button", { name: "Vergleichen" }));
  expect(screen.getByRole("region", { name: "Vergleich mit Stand" })).toBeInTheDocument();
  await user.click(screen.getByRole("button", { name: "In Arbeitsmappe einfügen" }));
  const plan = t.aufzeichnung.eingefuegt[t.aufzeichnung.eingefuegt.length - 1];
  expect(plan.blaetter.map((b) => b.name)).toContain("Vergleich mit Stand");
});

test("Löschen nur nach Rückfrage; ein beschädigter Stand wird gemeldet und nicht angefasst", async () => {
  const user = userEvent.setup();
  const t = mitStaenden([{ schluessel: "KI-Kostenplaner.Stand.0", wert: '{"format":"ki-kostenplaner-stand","vers' }]);
  await zeigePlaner(t.zugriff);
  expect(await screen.findByText(/Der Stand ist beschädigt/)).toBeInTheDocument();
  await gibEin(user, screen.getByRole("textbox", { name: /^Bezeichnung des Stands/ }), "Entwurf");
  await gibEin(user, screen.getByRole("textbox", { name: /^Datum der Sitzung/ }), "1.2.2014");
  await user.click(screen.getByRole("button", { name: "Stand festschreiben" }));
  const zeile = await screen.findByRole("listitem", { name: "Stand Entwurf" });
  await user.click(within(zeile).getByRole("button", { name: "Löschen …" }));
  await user.click(within(zeile).getByRole("button", { name: "Abbrechen" }));
  expect(t.geloescht).toEqual([]);
  await user.click(within(zeile).getByRole("button", { name: "Löschen …" }));
  await user.click(within(zeile).getByRole("button", { name: "Ja, löschen" }));
  expect(t.geloescht).toEqual(["KI-Kostenplaner.Stand.2"]);
  expect(t.gespeichert.get("KI-Kostenplaner.Stand.0")).toBe('{"format":"ki-kostenplaner-stand","vers');
  expect(screen.queryByRole("listitem", { name: "Stand Entwurf" })).not.toBeInTheDocument();
});
