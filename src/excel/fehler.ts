/** Errors of the access modules that the pane shows as they are (German, saying what to do). */

/** Raised for situations the user must resolve; the message is German and says what to do. */
export class ZugriffsFehler extends Error {
  constructor(message: string) {
    super(message);
    this.name = "ZugriffsFehler";
  }
}

/** A generated sheet name is taken by a sheet the add-in did not make; `vorschlag` is free. */
export class BlattBelegtFehler extends ZugriffsFehler {
  constructor(
    readonly blatt: string,
    readonly vorschlag: string,
  ) {
    super(
      `Die Arbeitsmappe hat schon ein Blatt „${blatt}“, das nicht vom KI-Kostenplaner stammt. Es wird nicht ` +
        `überschrieben. Sie können das Blatt umbenennen oder den Kostenplaner unter dem Namen „${vorschlag}“ einfügen.`,
    );
  }
}
