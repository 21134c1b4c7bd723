/**
 * Raised after the .xlsx was written but the PDF could not be: the user still gets the workbook.
 * Its own module so that the entry point can test for it without loading the export code.
 */
export class PdfFehler extends Error {
  constructor(
    meldung: string,
    readonly xlsx: string,
    /** LibreOffice is not installed: a missing prerequisite the user can fix, not a crash. */
    readonly fehlt = false,
  ) {
    super(meldung);
  }
}
