/** @jest-environment jsdom */
/**
 * The task pane in jsdom: the optional sections and the insert buttons, against a recording test double of the access module.
 * (One of several files split from the former aufgabenbereich.test.tsx, so that no file runs long.)
 */
import "@testing-library/jest-dom";
import { screen, within } from "@testing-library/react";
import { BlattBelegtFehler } from "../../src/excel/arbeitsmappenZugriff";
import { EINFUEGEN, NATIV, benutzer, gibEin, testZugriff, zeigePlaner } from "./hilfen";

describe("Zusatzbereiche", () => {
  test("Mehrjahresplanung und Kreisumlage gehen als Optionen an den Arbeitsmappen-Bauer", async () => {
    const user = benutzer();
    const { zugriff, aufzeichnung } = testZugriff();
    await zeigePlaner(zugriff);
    await user.click(screen.getByRole("button", { name: "Mehrjahresplanung" }));
    await user.click(screen.getByRole("checkbox", { name: /Mehrjahresplanung/ }));
    expect(screen.getByLabelText("Tarifsteigerung (Personal) in % je Jahr")).toHaveValue("0");
    await gibEin(user, screen.getByLabelText("Tarifsteigerung (Personal) in % je Jahr"), ",5");
    await user.click(screen.getByRole("button", { name: "Umlage" }));
    await user.click(screen.getByRole("checkbox", { name: "Blatt „Umlage“ in die Arbeitsmappe aufnehmen" }));
    await user.click(screen.getByRole("button", { name: /Rhein-Sieg-Kreis \(19 Gemeinden\)/ }));
    const tabelle = screen.getByRole("table", { name: "Mitgliedsgemeinden und ihre Belastung" });
    expect(within(tabelle).getAllByRole("textbox", { name: /^Name der Gemeinde/ })).toHaveLength(19);
    expect(screen.getByLabelText("Umlagegrundlage Troisdorf in €")).toHaveValue("");
    await gibEin(user, screen.getByLabelText("Umlagegrundlage Troisdorf in €"), "120.000.000");
    const minderbelastung = screen.getByLabelText("Minderbelastung Troisdorf in Prozent");
    await user.clear(minderbelastung);
    await gibEin(user, minderbelastung, "50");
    await user.click(screen.getByRole("button", EINFUEGEN));
    await screen.findByText(/geschrieben/);
    // The options reach the builder, which adds a sheet for each; their content is its own tests' business.
    const namen = aufzeichnung.eingefuegt[0].blaetter.map((b) => b.name);
    expect(namen.slice(0, 2)).toEqual(["Kostenvergleich", "Annahmen"]);
    expect(namen).toContain("Mehrjahresplanung");
    expect(namen.some((n) => /umlage/i.test(n))).toBe(true);
    const umlage = aufzeichnung.eingefuegt[0].blaetter.find((b) => /umlage/i.test(b.name))!;
    const texte = umlage.zellen.flat().map((z) => (z && "text" in z ? z.text : ""));
    expect(texte).toContain("Troisdorf");
    expect(texte).toContain("Windeck");
  });

  test("Sensitivität nennt den Gleichstand", async () => {
    const user = benutzer();
    const { zugriff } = testZugriff();
    await zeigePlaner(zugriff);
    await user.click(screen.getByRole("button", { name: "Sensitivität (Gleichstand)" }));
    expect(screen.getByText(/Gleichstand bei einer Landeserstattung von 250\.778 €/)).toBeInTheDocument();
    expect(screen.getByText(/Querschnittssatz/, { selector: "span" })).toBeInTheDocument();
  });
});

describe("Arbeitsmappe", () => {
  test("Einfügen ruft den Zugriff mit dem Plan auf und zeigt die Modi der Blätter", async () => {
    const user = benutzer();
    const { zugriff, aufzeichnung } = testZugriff();
    await zeigePlaner(zugriff);
    await user.click(screen.getByRole("button", EINFUEGEN));
    expect(await screen.findByText(/mit KI-Funktionen geschrieben: .*Kostenvergleich/)).toBeInTheDocument();
    expect(aufzeichnung.eingefuegt).toHaveLength(1);
    expect(aufzeichnung.eingefuegt[0].blaetter.every((b) => b.modus === "ki")).toBe(true);
    expect(screen.getByRole("list", { name: "Blätter und ihr Formelmodus" })).toHaveTextContent(
      "Kostenvergleich: KI-Funktionen (braucht das Add-in)",
    );
    await user.click(screen.getByRole("button", NATIV));
    expect(await screen.findByText(/mit Excel-Formeln \(ohne Add-in lesbar\) geschrieben/)).toBeInTheDocument();
    expect(aufzeichnung.eingefuegt[1].blaetter.every((b) => b.modus === "nativ")).toBe(true);
    expect(screen.getByRole("list", { name: "Blätter und ihr Formelmodus" })).toHaveTextContent(
      "Kostenvergleich: Excel-Formeln (ohne Add-in lesbar)",
    );
  });

  test("belegter Blattname: derselbe fertige Plan geht unter dem angebotenen Namen an den Zugriff", async () => {
    const user = benutzer();
    const { zugriff, aufzeichnung } = testZugriff();
    const schreibe = zugriff.fuegeEin.bind(zugriff);
    let erster = true;
    zugriff.fuegeEin = async (plan, namen) => {
      if (!erster) return schreibe(plan, namen);
      erster = false;
      aufzeichnung.uebergeben.push({ plan, umbenennungen: namen && new Map(namen) });
      throw new BlattBelegtFehler("Kostenvergleich", "Kostenvergleich (2)");
    };
    await zeigePlaner(zugriff);
    await user.click(screen.getByRole("button", EINFUEGEN));
    await user.click(await screen.findByRole("button", { name: "Als „Kostenvergleich (2)“ einfügen" }));
    expect(await screen.findByText(/geschrieben: Kostenvergleich \(2\)/)).toBeInTheDocument();
    const [vorher, nachher] = aufzeichnung.uebergeben;
    // Not built again: the very plan object, renamed in the excel layer.
    expect(nachher.plan).toBe(vorher.plan);
    expect([...(nachher.umbenennungen ?? [])]).toEqual([["Kostenvergleich", "Kostenvergleich (2)"]]);
    expect(aufzeichnung.eingefuegt[0].blaetter[0].name).toBe("Kostenvergleich (2)");
  });

  test("ein Fehler beim Einfügen erscheint als Meldung", async () => {
    const user = benutzer();
    const { zugriff } = testZugriff();
    zugriff.fuegeEin = async () => {
      throw new Error("Die Arbeitsmappe ist schreibgeschützt.");
    };
    await zeigePlaner(zugriff);
    await user.click(screen.getByRole("button", EINFUEGEN));
    expect(
      await screen.findByText("Einfügen fehlgeschlagen: Die Arbeitsmappe ist schreibgeschützt."),
    ).toBeInTheDocument();
  });
});
