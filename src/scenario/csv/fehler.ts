/**
 * A file or a selected range the user gave cannot be read: the message is German and names the file
 * and line. The CLI turns it into its exit code 2 (cli/argumente AufrufFehler), the pane shows it.
 */
export class EingabeFehler extends Error {
  constructor(message: string) {
    super(message);
    this.name = "EingabeFehler";
  }
}
