/**
 * Retrying an Excel call with growing waits. A failed `Excel.run` is often transient (a
 * RichApi.Error while Excel is busy, the workbook still opening); giving up at the first failure
 * would either show an empty pane or, worse, invite saving over data that was never read.
 */
export const LADE_WARTEZEITEN_MS: readonly number[] = [500, 2000, 5000];
export const SPEICHER_WARTEZEITEN_MS: readonly number[] = [2000, 5000, 15000, 30000];

export type Versuchsergebnis<T> = { ok: true; wert: T } | { ok: false; fehler: unknown };

function schlafe(ms: number): Promise<void> {
  return new Promise((r) => setTimeout(r, ms));
}

/** Calls `f`, then once more after each wait while it fails and `weiter()` holds. */
export async function mitWiederholung<T>(
  f: () => Promise<T>,
  wartezeiten: readonly number[],
  weiter: () => boolean = () => true,
): Promise<Versuchsergebnis<T>> {
  let fehler: unknown = null;
  for (let i = 0; i <= wartezeiten.length; i++) {
    if (i > 0) await schlafe(wartezeiten[i - 1]);
    if (!weiter()) break;
    try {
      return { ok: true, wert: await f() };
    } catch (e) {
      fehler = e;
    }
  }
  return { ok: false, fehler };
}

/** The wait before retry number `n` (1-based); the last one repeats. */
export function wartezeit(wartezeiten: readonly number[], n: number): number {
  return wartezeiten[Math.min(n, wartezeiten.length) - 1] ?? 0;
}
