/**
 * The contract of the one module through which the add-in touches Excel. The task pane talks only
 * to this interface; the implementation runs against Office.js in Excel and against the fake host
 * (devtools/fakeHost) in tests and the preview page.
 */
import type { ArbeitsmappenPlan } from "../workbook/plan";
import type { Auswahlinhalt } from "./auswahl";
import type { Formelmodus } from "../scenario/optionen";
import type { Ladeergebnis } from "../scenario/speicherformat";
import type { StandKopf } from "../scenario/staende";

/** A Stand as stored: key and raw value (parsed in src/scenario/staende). */
export interface StandRoh {
  schluessel: string;
  wert: unknown;
}

/** A Stand in the index the start reads: its entry, or (stored before the index existed) its body. */
export interface StandIndexEintrag {
  schluessel: string;
  kopf?: StandKopf;
  wert?: unknown;
}

/** What Excel.run looks like; the real `Excel` global and the fake host both provide it. */
export interface ExcelHost {
  /** Always called with `delayForCellEdit: true`: a plain run fails while the user edits a cell. */
  run<T>(optionen: Excel.RunOptions, batch: (context: Excel.RequestContext) => Promise<T>): Promise<T>;
}

export interface Einfuegeergebnis {
  blaetter: string[];
  /** context.sync() round-trips used (each one is a network trip in Excel on the web). */
  syncs: number;
  /** Formula mode of every sheet the add-in now maintains in this workbook. */
  modi: Record<string, Formelmodus>;
}

/** Everything the pane reads when it opens. */
export interface Startdaten {
  zustand: Ladeergebnis;
  modi: Record<string, Formelmodus>;
  /** Settings keys of the backups of earlier stored states, oldest first. */
  sicherungen: string[];
  /** The index of the frozen Stände, oldest key first; bodies are read later (ladeStaende). */
  staende?: StandIndexEintrag[];
}

export interface ArbeitsmappenZugriff {
  /**
   * Writes a finished plan. `umbenennungen` (generated name → the name the user chose after a
   * BlattBelegtFehler) renames sheets and the formulas pointing at them here, without a new plan.
   */
  fuegeEin(plan: ArbeitsmappenPlan, umbenennungen?: ReadonlyMap<string, string>): Promise<Einfuegeergebnis>;
  /** Reads the raw stored state; parsing and version checks live in src/scenario. */
  ladeZustand(): Promise<Ladeergebnis>;
  /** Stored state and sheet modes in one round-trip, for the pane's start. */
  ladeStart(): Promise<Startdaten>;
  /**
   * Saves the pane's state. Throws KonfliktFehler (src/excel/zustandSpeicher) when another window
   * stored the state after this pane read it; `trotzKonflikt` keeps the other one as a backup and
   * stores this one ("Meine Fassung behalten").
   */
  speichereZustand(json: unknown, optionen?: { trotzKonflikt?: boolean }): Promise<void>;
  /** Keeps the pane's state (saved or not) under a new backup key; returns the key. */
  sichereZustand(json: unknown): Promise<string>;
  /** Reads Stand bodies named in the index, in portions below Excel's payload limit. */
  ladeStaende(eintraege: ReadonlyArray<{ schluessel: string; zeichen?: number }>): Promise<StandRoh[]>;
  /** Copies the stored state, byte for byte, to a new backup key; null when nothing is stored. */
  legeSicherungAn(): Promise<string | null>;
  /**
   * Makes a backup the stored state again and reads it. The stored state is backed up first, and
   * `arbeit` (the pane's current work) too when its scenarios and options differ from the stored ones.
   */
  stelleWiederHer(schluessel: string, arbeit?: unknown): Promise<Ladeergebnis>;
  /** Formula mode of each sheet this add-in generated, so the pane can say which mode a sheet is in. */
  blattModi(): Promise<Record<string, Formelmodus>>;
  /** Stores a new Stand under a fresh key of its own (never over an existing one); returns the key. */
  schreibeStand(json: unknown): Promise<string>;
  /** Deletes one Stand (the pane asks for confirmation first). */
  loescheStand(schluessel: string): Promise<void>;
  /** Values of the range the user selected (src/excel/auswahl). */
  leseAuswahl(): Promise<Auswahlinhalt>;
}
