/** Errors of the access modules that the pane shows as they are (German, saying what to do). */

/** Raised for situations the user must resolve; the message is German and says what to do. */
export class ZugriffsFehler extends Error {
  constructor(message: string) {
    super(message);
    this.name = "ZugriffsFehler";
  }
}
