/**
 * The exceljs writer on a hand-made plan: what it puts into the file, read back from the file's
 * bytes with exceljs (a separate parse, not the writer's in-memory objects).
 */
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { schreibeXlsx } from "../../src/cli/xlsxSchreiber";
import type { ArbeitsmappenPlan, BlattPlan } from "../../src/workbook/plan";

function blatt(teil: Partial<BlattPlan> & Pick<BlattPlan, "name">): BlattPlan {
  return {
    modus: "nativ",
    zellen: [],
    formate: [],
    spaltenbreiten: [],
    namen: [],
    diagramme: [],
    druck: null,
    ...teil,
  };
}

const PLAN: ArbeitsmappenPlan = {
  blaetter: [
    blatt({
      name: "Annahmen",
      zellen: [
        [{ text: "Querschnittssatz" }, { zahl: 0.3 }],
        [{ text: '=HYPERLINK("https://example.org","klick")' }, { text: "+1" }, { text: "@SUM(A1)" }, { text: "-2" }],
        [null, { text: "0012" }],
      ],
      namen: [{ name: "KI_Querschnittssatz_1", bezug: "$B$1", kommentar: "Querschnittssatz" }],
      formate: [{ bereich: "B1", format: { zahlenformat: "0%" } }],
      spaltenbreiten: [30, 12],
    }),
    blatt({
      name: "Kostenvergleich",
      zellen: [
        [{ text: "Kostenvergleich" }],
        [{ text: "Position" }, { text: "Betrag" }],
        [{ text: "Personalkosten" }, { zahl: 69800 }],
        [{ text: "Querschnitt" }, { formel: "=B3*KI_Querschnittssatz_1", ergebnis: 20940 }],
        [{ text: "Summe" }, { formel: "=SUM(B3:B4)", ergebnis: 90740 }],
        [{ text: "Fehler" }, { formel: "=NA()", ergebnis: "#N/A" }, { formel: "=A1", ergebnis: "Kostenvergleich" }],
        [{ text: "Ohne Ergebnis" }, { formel: "=B5*2" }],
      ],
      formate: [
        { bereich: "A1", format: { fett: true, schriftgroesse: 14, schriftfarbe: "#1F3864" } },
        { bereich: "A2:B2", format: { fett: true, hintergrund: "#D9E1F2", ausrichtung: "zentriert", umbruch: true } },
        { bereich: "B3:B5", format: { zahlenformat: "#,##0 €" } },
        // A later range refines an earlier one: B5 keeps the number format and gets italics.
        { bereich: "A5:B5", format: { kursiv: true, rahmen: { oben: "duenn", unten: "doppelt" } } },
        { bereich: "A2:B4", format: { rahmen: { oben: "mittel", innenWaagerecht: "duenn", innenSenkrecht: "duenn" } } },
      ],
      spaltenbreiten: [28, 16],
      diagramme: [
        {
          name: "KI_Diagramm",
          typ: "saeulen",
          daten: "A2:B5",
          reihenIn: "spalten",
          titel: "Kosten",
          von: "D2",
          bis: "H12",
        },
      ],
      druck: {
        querformat: true,
        papier: "A4",
        seitenBreit: 1,
        seitenHoch: null,
        druckbereich: "$A$1:$H$12",
        titelzeilen: "$1:$2",
        kopfzeile: "Kostenvergleich – DS-Nr. 2013/728 – &D",
        fusszeileLinks: "KI-Kostenplaner",
        fusszeileRechts: "Seite &P von &N",
      },
    }),
  ],
};

let gelesen: ExcelJS.Workbook;
let zip: JSZip;

beforeAll(async () => {
  const daten = await schreibeXlsx(PLAN, { titel: "Test", erstellt: new Date(2013, 1, 4) });
  gelesen = new ExcelJS.Workbook();
  await gelesen.xlsx.load(daten as unknown as ExcelJS.Buffer);
  zip = await JSZip.loadAsync(daten);
});

const blattXml = async (nr: number) => (await zip.file(`xl/worksheets/sheet${nr}.xml`)?.async("string")) ?? "";

test("Texte bleiben Text, auch wenn sie wie Formeln oder Zahlen aussehen", async () => {
  const a = gelesen.getWorksheet("Annahmen")!;
  expect(a.getCell("A2").value).toBe('=HYPERLINK("https://example.org","klick")');
  expect(a.getCell("B2").value).toBe("+1");
  expect(a.getCell("C2").value).toBe("@SUM(A1)");
  expect(a.getCell("D2").value).toBe("-2");
  expect(a.getCell("B3").value).toBe("0012");
  for (const adresse of ["A2", "B2", "C2", "D2", "B3"]) expect(a.getCell(adresse).type).toBe(ExcelJS.ValueType.String);
  // In the file itself: shared-string cells, no <f> element anywhere on the sheet.
  const xml = await blattXml(1);
  expect(xml).not.toContain("<f>");
  expect(xml).toMatch(/<c r="A2"[^>]*t="s"/);
});

test("Formeln mit dem erwarteten Ergebnis als zwischengespeichertem Wert; Excel rechnet beim Öffnen neu", async () => {
  const k = gelesen.getWorksheet("Kostenvergleich")!;
  expect(k.getCell("B4").value).toEqual({ formula: "B3*KI_Querschnittssatz_1", result: 20940 });
  expect(k.getCell("B5").value).toEqual({ formula: "SUM(B3:B4)", result: 90740 });
  expect(k.getCell("B6").value).toEqual({ formula: "NA()", result: { error: "#N/A" } });
  expect(k.getCell("C6").value).toEqual({ formula: "A1", result: "Kostenvergleich" });
  expect(k.getCell("B7").formula).toBe("B5*2");
  expect(k.getCell("B3").value).toBe(69800);
  const mappeXml = (await zip.file("xl/workbook.xml")?.async("string")) ?? "";
  expect(mappeXml).toMatch(/<calcPr[^>]*fullCalcOnLoad="1"/);
});

test("Zahlenformate, Schrift, Füllung, Ausrichtung und Umbruch", () => {
  const k = gelesen.getWorksheet("Kostenvergleich")!;
  expect(k.getCell("A1").font).toMatchObject({ bold: true, size: 14, color: { argb: "FF1F3864" } });
  expect(k.getCell("A2").fill).toMatchObject({ type: "pattern", pattern: "solid", fgColor: { argb: "FFD9E1F2" } });
  expect(k.getCell("B2").alignment).toMatchObject({ horizontal: "center", wrapText: true });
  expect(k.getCell("B3").numFmt).toBe("#,##0 €");
  expect(k.getCell("B5").numFmt).toBe("#,##0 €");
  expect(k.getCell("B5").font).toMatchObject({ italic: true });
  expect(gelesen.getWorksheet("Annahmen")!.getCell("B1").numFmt).toBe("0%");
});

test("Rahmen: Außenkanten an den Randzellen, Innenlinien zwischen den Zellen", () => {
  const k = gelesen.getWorksheet("Kostenvergleich")!;
  expect(k.getCell("A2").border).toEqual({
    top: { style: "medium" },
    bottom: { style: "thin" },
    right: { style: "thin" },
  });
  expect(k.getCell("B3").border).toEqual({
    top: { style: "thin" },
    bottom: { style: "thin" },
    left: { style: "thin" },
  });
  // A4 lies on the bottom edge of A2:B4, which has no bottom line of its own.
  expect(k.getCell("A4").border).toEqual({ top: { style: "thin" }, right: { style: "thin" } });
  expect(k.getCell("B5").border).toEqual({ top: { style: "thin" }, bottom: { style: "double" } });
});

test("Schrift Arial für jede geschriebene Zelle; Zeilen mit Umbruch werden so hoch wie ihr Text", () => {
  const k = gelesen.getWorksheet("Kostenvergleich")!;
  expect(k.getCell("A3").font).toEqual({ name: "Arial", size: 10 });
  expect(k.getCell("A1").font).toMatchObject({ name: "Arial", size: 14, bold: true });
  // Row 1: one line at 14 pt; row 2: "Position"/"Betrag" fit on one line; row 3: default height.
  expect(k.getRow(1).height).toBe(18);
  expect(k.getRow(2).height).toBeUndefined();
  expect(k.getRow(3).height).toBeUndefined();
});

test("Zeilenhöhe: ein Kopf, der in der Spalte nicht Platz hat, bekommt so viele Zeilen, wie er braucht", async () => {
  const plan: ArbeitsmappenPlan = {
    blaetter: [
      blatt({
        name: "X",
        zellen: [[{ text: "Differenz KIZ – Derzeitige Struktur" }, { text: "kurz" }]],
        formate: [{ bereich: "A1:B1", format: { fett: true, umbruch: true } }],
        spaltenbreiten: [20, 20],
      }),
    ],
  };
  const m = new ExcelJS.Workbook();
  await m.xlsx.load((await schreibeXlsx(plan)) as unknown as ExcelJS.Buffer);
  // Two lines of bold Arial 10 (12.75 pt each), as Excel and LibreOffice break it in 20 characters.
  expect(m.getWorksheet("X")!.getRow(1).height).toBe(25.5);
});

test("Spaltenbreiten und Namen der Arbeitsmappe", () => {
  const k = gelesen.getWorksheet("Kostenvergleich")!;
  expect(k.getColumn(1).width).toBe(28);
  expect(k.getColumn(2).width).toBe(16);
  expect(gelesen.getWorksheet("Annahmen")!.getColumn(1).width).toBe(30);
  expect(gelesen.definedNames.getNames("Annahmen!$B$1")).toEqual(["KI_Querschnittssatz_1"]);
});

test("Druckeinrichtung: A4 quer, eine Seite breit, Druckbereich, Titelzeilen, Kopf- und Fußzeile", async () => {
  const xml = await blattXml(2);
  expect(xml).toMatch(/<pageSetUpPr fitToPage="1"\/>/);
  const seite = /<pageSetup [^>]*\/>/.exec(xml)?.[0] ?? "";
  expect(seite).toContain('paperSize="9"');
  expect(seite).toContain('orientation="landscape"');
  expect(seite).toContain('fitToWidth="1"');
  expect(seite).toContain('fitToHeight="0"');
  // Each section starts with the font codes &"Arial,Regular"&9, then the plan's text.
  const schrift = "&amp;&quot;Arial,Regular&quot;&amp;9";
  expect(xml).toContain(`<oddHeader>&amp;C${schrift}Kostenvergleich – DS-Nr. 2013/728 – &amp;D</oddHeader>`);
  expect(xml).toContain(
    `<oddFooter>&amp;L${schrift}KI-Kostenplaner&amp;R${schrift}Seite &amp;P von &amp;N</oddFooter>`,
  );
  const mappeXml = (await zip.file("xl/workbook.xml")?.async("string")) ?? "";
  expect(mappeXml).toMatch(
    /<definedName name="_xlnm.Print_Area" localSheetId="1">&apos;Kostenvergleich&apos;!\$A\$1:\$H\$12<\/definedName>/,
  );
  expect(mappeXml).toMatch(
    /<definedName name="_xlnm.Print_Titles" localSheetId="1">&apos;Kostenvergleich&apos;!\$1:\$2<\/definedName>/,
  );
  // Annahmen has no print plan: no fitting, no print area.
  expect(await blattXml(1)).not.toContain("fitToPage");
});

test("Diagramme stehen als echte Diagrammteile im Paket, an ihrer Stelle kein Hinweistext", async () => {
  const k = gelesen.getWorksheet("Kostenvergleich")!;
  expect(k.getCell("D2").value).toBeNull();
  expect(k.getCell("H12").isMerged).toBe(false);
  expect(
    Object.keys(zip.files)
      .filter((f) => /chart|drawing/.test(f) && !f.endsWith("/"))
      .sort(),
  ).toEqual(["xl/charts/chart1.xml", "xl/drawings/_rels/drawing1.xml.rels", "xl/drawings/drawing1.xml"]);
  const blattRels = (await zip.file("xl/worksheets/_rels/sheet2.xml.rels")?.async("string")) ?? "";
  expect(blattRels).toMatch(/Id="rIdKiDiagramm1" Type="[^"]+\/drawing" Target="..\/drawings\/drawing1.xml"/);
  const diagramm = (await zip.file("xl/charts/chart1.xml")?.async("string")) ?? "";
  expect(diagramm).toContain("<a:t>Kosten</a:t>");
  expect(diagramm).toContain("<c:f>Kostenvergleich!$A$3:$A$5</c:f>");
  expect(diagramm).toContain("<c:f>Kostenvergleich!$B$3:$B$5</c:f>");
  // Cached values for viewers that do not recalculate: the plan's expected results.
  expect(diagramm).toContain('<c:pt idx="2"><c:v>90740</c:v></c:pt>');
  const blattXml2 = (await zip.file("xl/worksheets/sheet2.xml")?.async("string")) ?? "";
  expect(blattXml2).toMatch(/<headerFooter[\s\S]*<\/headerFooter><drawing r:id="rIdKiDiagramm1"\/>/);
  const typen = (await zip.file("[Content_Types].xml")?.async("string")) ?? "";
  expect(typen).toContain('<Override PartName="/xl/charts/chart1.xml"');
  expect(typen).toContain('<Override PartName="/xl/drawings/drawing1.xml"');
  const zeichnung = (await zip.file("xl/drawings/drawing1.xml")?.async("string")) ?? "";
  // D2 … H12 inclusive: from column 3/row 1 to the edge after column H (8) and row 12.
  expect(zeichnung).toContain("<xdr:from><xdr:col>3</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>1</xdr:row>");
  expect(zeichnung).toContain("<xdr:to><xdr:col>8</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>12</xdr:row>");
});

test("ein ungültiger Bereich im Plan ist ein Fehler, kein stilles Auslassen", async () => {
  const kaputt: ArbeitsmappenPlan = {
    blaetter: [
      blatt({ name: "X", zellen: [[{ zahl: 1 }]], formate: [{ bereich: "A1:B2:C3", format: { fett: true } }] }),
    ],
  };
  await expect(schreibeXlsx(kaputt)).rejects.toThrow("Ungültiger Bereich im Arbeitsmappenplan");
});

test("ein Blatt mit vielen Zeilen: Rahmen und Formate an den Rändern der Bereiche wie in der Mitte richtig", async () => {
  const n = 6000; // above the row count from which a sheet is compressed with the fast level
  const plan: ArbeitsmappenPlan = {
    blaetter: [
      blatt({
        name: "Viele",
        zellen: Array.from({ length: n }, (_, i) => [{ zahl: i }, { formel: `=A${i + 1}*2`, ergebnis: 2 * i }]),
        formate: [
          { bereich: `A1:B${n}`, format: { rahmen: { oben: "mittel", unten: "doppelt", innenWaagerecht: "duenn" } } },
          { bereich: `B2:B${n - 1}`, format: { fett: true, zahlenformat: "#,##0.00" } },
        ],
      }),
    ],
  };
  const m = new ExcelJS.Workbook();
  await m.xlsx.load((await schreibeXlsx(plan)) as unknown as ExcelJS.Buffer);
  const b = m.getWorksheet("Viele")!;
  expect(b.getCell("A1").border).toEqual({ top: { style: "medium" }, bottom: { style: "thin" } });
  expect(b.getCell("A3000").border).toEqual({ top: { style: "thin" }, bottom: { style: "thin" } });
  expect(b.getCell(`A${n}`).border).toEqual({ top: { style: "thin" }, bottom: { style: "double" } });
  expect(b.getCell("B1").font).toEqual({ name: "Arial", size: 10 });
  for (const z of [2, 3000, n - 1]) {
    expect(b.getCell(`B${z}`).font).toMatchObject({ bold: true });
    expect(b.getCell(`B${z}`).numFmt).toBe("#,##0.00");
  }
  expect(b.getCell(`B${n}`).font).toEqual({ name: "Arial", size: 10 });
  // Filled down, the formulas are written as shared formulas: exceljs expands them into each cell's own.
  expect([b.getCell(`B${n}`).formula, b.getCell(`B${n}`).result]).toEqual([`A${n}*2`, 2 * (n - 1)]);
  expect(b.getCell("A4321").value).toBe(4320);
});

test("Text mit Leerzeichen am Rand, Sonderzeichen und Steuerzeichen; Blattname mit Apostroph im Druckbereich", async () => {
  const plan: ArbeitsmappenPlan = {
    blaetter: [
      blatt({
        name: "Gemeinde's",
        zellen: [[{ text: '  Bad Honnef <&> "Süd" ' }, { text: "Tab\u0001los" }]],
        druck: {
          querformat: false,
          papier: "A4",
          seitenBreit: null,
          seitenHoch: null,
          druckbereich: "A1:B1",
          titelzeilen: null,
          kopfzeile: "",
          fusszeileLinks: "",
          fusszeileRechts: "",
        },
      }),
    ],
  };
  const daten = await schreibeXlsx(plan);
  const m = new ExcelJS.Workbook();
  await m.xlsx.load(daten as unknown as ExcelJS.Buffer);
  const b = m.getWorksheet("Gemeinde's")!;
  expect(b.getCell("A1").value).toBe('  Bad Honnef <&> "Süd" ');
  // XML 1.0 cannot hold control characters: dropped, as exceljs dropped them.
  expect(b.getCell("B1").value).toBe("Tablos");
  const mappe = (await (await JSZip.loadAsync(daten)).file("xl/workbook.xml")?.async("string")) ?? "";
  expect(mappe).toContain(
    '<definedName name="_xlnm.Print_Area" localSheetId="0">&apos;Gemeinde&apos;&apos;s&apos;!$A$1:$B$1</definedName>',
  );
});
