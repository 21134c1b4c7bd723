/**
 * The charts of a sheet, drawn over the grid cells they are anchored to. Cell positions are
 * measured in the rendered table (row heights follow wrapped text), so each chart covers exactly
 * its cells, as in Excel.
 */
import * as React from "react";
import type { FakeExcel } from "../fakeHost";
import { diagrammAnker, diagrammAusMappe } from "./diagrammQuelle";
import { diagrammSvg } from "./diagrammSvg";

interface Lage {
  left: number;
  top: number;
  width: number;
  height: number;
}

export interface DiagrammebeneProps {
  fake: FakeExcel;
  blatt: string;
  benutzteZeilen: number;
  /** The element holding the grid table; positions are relative to it. */
  raster: React.RefObject<HTMLElement>;
}

function gleich(a: Record<string, Lage>, b: Record<string, Lage>): boolean {
  const ka = Object.keys(a);
  if (ka.length !== Object.keys(b).length) return false;
  return ka.every((k) => {
    const x = a[k];
    const y = b[k];
    return !!y && x.left === y.left && x.top === y.top && x.width === y.width && x.height === y.height;
  });
}

export function Diagrammebene({ fake, blatt, benutzteZeilen, raster }: DiagrammebeneProps): React.ReactElement {
  const diagramme = fake.diagramme(blatt);
  const [lagen, setLagen] = React.useState<Record<string, Lage>>({});

  const miss = React.useCallback(() => {
    const wurzel = raster.current;
    if (!wurzel) return;
    const basis = wurzel.getBoundingClientRect();
    const neu: Record<string, Lage> = {};
    for (const d of fake.diagramme(blatt)) {
      const anker = diagrammAnker(d, benutzteZeilen);
      const von = wurzel.querySelector(`td[data-adresse="${anker.von}"]`)?.getBoundingClientRect();
      if (!von) continue;
      const bis = anker.bis ? wurzel.querySelector(`td[data-adresse="${anker.bis}"]`)?.getBoundingClientRect() : null;
      neu[d.name] = {
        left: Math.round(von.left - basis.left),
        top: Math.round(von.top - basis.top),
        width: Math.round(bis ? bis.right - von.left : anker.breitePx),
        height: Math.round(bis ? bis.bottom - von.top : anker.hoehePx),
      };
    }
    setLagen((alt) => (gleich(alt, neu) ? alt : neu));
  }, [fake, blatt, benutzteZeilen, raster]);

  // Every render may have changed row heights (an edit that wraps text), so measure every time;
  // the comparison above stops the loop.
  React.useLayoutEffect(miss);
  React.useEffect(() => {
    const wurzel = raster.current;
    if (!wurzel || typeof ResizeObserver === "undefined") return;
    // Late web fonts change row heights after the first layout.
    const beobachter = new ResizeObserver(() => miss());
    beobachter.observe(wurzel);
    return () => beobachter.disconnect();
  }, [miss, raster]);

  return (
    <>
      {diagramme.map((d) => {
        const lage = lagen[d.name];
        if (!lage || lage.width <= 0 || lage.height <= 0) return null;
        const stil: React.CSSProperties = { position: "absolute", ...lage, boxShadow: "0 1px 4px rgba(0,0,0,0.25)" };
        let markup: string;
        try {
          markup = diagrammSvg(diagrammAusMappe(fake, d), lage.width, lage.height);
        } catch (e) {
          // A source range on a deleted sheet, for instance: say so instead of breaking the grid.
          return (
            <div key={d.name} data-diagramm={d.name} role="alert" style={{ ...stil, background: "#fff", padding: 8 }}>
              Diagramm „{d.name}“ kann nicht gezeichnet werden: {e instanceof Error ? e.message : String(e)}
            </div>
          );
        }
        return (
          <div
            key={d.name}
            data-diagramm={d.name}
            style={stil}
            // The markup escapes every text taken from cells; see diagrammSvg.
            dangerouslySetInnerHTML={{ __html: markup }}
          />
        );
      })}
    </>
  );
}
