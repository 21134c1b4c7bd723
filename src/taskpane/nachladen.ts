/**
 * Parts of the pane that the first screen does not need come as chunks of their own (webpack
 * splits at every `import()`): the workbook builder (first needed on "In Arbeitsmappe einfügen"),
 * the collapsed sections, the Word text. `nachladen` gives such a part a German message when it
 * cannot be fetched (offline, a new release replaced the files); webpack tries again on the next call.
 */

/** Loads a part of the pane; a failed fetch becomes a German error that says what to do. */
export async function nachladen<T>(laden: () => Promise<T>): Promise<T> {
  try {
    return await laden();
  } catch (e) {
    const grund = e instanceof Error && e.name !== "ChunkLoadError" ? ` (${e.message})` : "";
    throw new Error(
      `Ein Teil des Add-ins ließ sich nicht laden${grund}. Bitte die Verbindung prüfen und es erneut versuchen; ` +
        "hilft das nicht, den Aufgabenbereich schließen und wieder öffnen.",
    );
  }
}

/** The sheet builder (src/workbook with every registered sheet): loaded on the first insert. */
export const ladeArbeitsmappenBauer = () =>
  nachladen(() => import(/* webpackChunkName: "arbeitsmappe" */ "../workbook"));
