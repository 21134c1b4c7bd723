/**
 * Failures as real Excel produces them, for fault-injection tests. A batch in Excel does not roll
 * back: the commands before a failing one stay applied and the sync rejects. Excel.run fails while
 * the user is editing a cell unless the batch asked to wait (`delayForCellEdit`).
 */
import { FakeOfficeFehler, type OfficeFehlerCode } from "./officeFehler";

export interface Stoerung {
  /** Fail at the k-th command (1-based) counted from now over all batches; earlier ones apply. */
  befehl?: number;
  /** Fail the k-th context.sync() (1-based) counted from now, before any of its commands runs. */
  sync?: number;
  code?: OfficeFehlerCode;
  meldung?: string;
}

/** Counts commands and syncs while a failure is armed; fires once. */
export class Stoerungsschalter {
  private ziel: Stoerung | null = null;
  private befehle = 0;
  private syncs = 0;
  /** Commands run since the counters were last reset (for sizing a fault-injection loop). */
  befehleGesamt = 0;
  syncsGesamt = 0;
  private bearbeitung = false;
  private wartende: Array<() => void> = [];

  stelle(s: Stoerung | null): void {
    this.ziel = s;
    this.befehle = 0;
    this.syncs = 0;
  }

  zaehleZurueck(): void {
    this.befehleGesamt = 0;
    this.syncsGesamt = 0;
  }

  private fehler(): FakeOfficeFehler {
    const z = this.ziel!;
    this.ziel = null;
    return new FakeOfficeFehler(
      z.code ?? "GeneralException",
      z.meldung ?? "Eingespeister Fehler der Nachbildung (wie ein RichApi.Error in Excel).",
    );
  }

  vorSync(): void {
    this.syncsGesamt++;
    this.syncs++;
    if (this.ziel?.sync === this.syncs) throw this.fehler();
  }

  vorBefehl(): void {
    this.befehleGesamt++;
    this.befehle++;
    if (this.ziel?.befehl === this.befehle) throw this.fehler();
  }

  /** Cell-edit mode: while on, Excel.run without delayForCellEdit fails; with it, it waits. */
  setzeZellbearbeitung(an: boolean): void {
    this.bearbeitung = an;
    if (!an) for (const w of this.wartende.splice(0)) w();
  }

  /** Runs waiting (delayForCellEdit) for the cell edit to end: a test waits on this, not on time. */
  get wartend(): number {
    return this.wartende.length;
  }

  async vorRun(wartet: boolean): Promise<void> {
    if (!this.bearbeitung) return;
    if (!wartet) {
      throw new FakeOfficeFehler(
        "InvalidOperation",
        "Excel befindet sich im Zellbearbeitungsmodus. Bitte die Bearbeitung beenden (Eingabe oder Esc) und erneut versuchen.",
      );
    }
    await new Promise<void>((r) => this.wartende.push(r));
  }
}
