/**
 * Office.js proxy semantics: every object is a stand-in whose commands queue up and take effect
 * at `context.sync()`. Properties are readable only after `load` + `sync` (or after the code set
 * them itself); otherwise reading throws PropertyNotLoaded, as in Excel. `*OrNullObject` results
 * know `isNullObject` after the next sync.
 */
import { FakeOfficeFehler } from "./officeFehler";
import type { MappenModell } from "./modell";

export type Aktion = () => void;

export type LadeOptionen = string | string[] | { select?: string | string[]; expand?: string | string[] };

export interface Kontext {
  readonly mappe: MappenModell;
  reihe(aktion: Aktion): void;
  pruefeOffen(): void;
  /** Characters of setting values queued for the next sync / read in the running one (payload limit). */
  anfrage: number;
  antwort: number;
}

function nichtGeladen(eigenschaft: string): FakeOfficeFehler {
  return new FakeOfficeFehler(
    "PropertyNotLoaded",
    `The property '${eigenschaft}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
  );
}

/** Normalises the forms `load` accepts into property paths ("values", "format/font/bold"). */
export function ladePfade(optionen?: LadeOptionen): string[] | undefined {
  if (optionen === undefined || optionen === null) return undefined;
  const liste = (x: string | string[]) =>
    (Array.isArray(x) ? x : x.split(",")).map((s) => s.trim()).filter((s) => s.length > 0);
  if (typeof optionen === "string" || Array.isArray(optionen)) {
    const l = liste(optionen);
    return l.length === 0 ? undefined : l;
  }
  const pfade = [
    ...(optionen.select ? liste(optionen.select) : []),
    ...(optionen.expand ? liste(optionen.expand) : []),
  ];
  return pfade.length === 0 ? undefined : pfade;
}

export class ClientResult<T> {
  private gesetzt = false;
  private wertIntern?: T;

  constructor(private readonly kontext: Kontext) {}

  setze(wert: T): void {
    this.wertIntern = wert;
    this.gesetzt = true;
  }

  get value(): T {
    this.kontext.pruefeOffen();
    if (!this.gesetzt) throw nichtGeladen("value");
    return this.wertIntern as T;
  }
}

/** A stand-in for one object in the workbook. `Z` is what it resolves to in the model. */
export abstract class Stellvertreter<Z> {
  private zielIntern?: Z;
  private aufgeloest = false;
  protected istNullIntern?: boolean;
  private readonly geladen = new Map<string, unknown>();
  private readonly navigation = new Map<string, Stellvertreter<unknown>>();

  /**
   * @param aufloeser finds the model object at sync time; `undefined` means "does not exist".
   * @param nullObjekt created by an *OrNullObject method: missing is not an error.
   */
  constructor(
    readonly context: Kontext,
    private readonly aufloeser: () => Z | undefined,
    private readonly nullObjekt = false,
  ) {
    if (nullObjekt) context.reihe(() => void this.aufloesenOderNull());
  }

  /** Scalar properties a bare `load()` fetches. */
  protected abstract get eigenschaften(): readonly string[];

  /** Reads one scalar property from the model. */
  protected abstract leseAusModell(eigenschaft: string, ziel: Z): unknown;

  /** Navigation properties (sub-objects) that `load("format/font/bold")` can reach. */
  protected unterobjekt(name: string): Stellvertreter<unknown> | undefined {
    void name;
    return undefined;
  }

  protected beschreibung(): string {
    return this.constructor.name.replace(/^Fake/, "");
  }

  /** The model object, resolved on first use within a sync; throws ItemNotFound if absent. */
  ziel(): Z {
    const z = this.aufloesenOderNull();
    if (z === undefined) {
      throw new FakeOfficeFehler(
        "ItemNotFound",
        `${this.beschreibung()}: das Objekt gibt es nicht (Nullobjekt). isNullObject prüfen, bevor es benutzt wird.`,
      );
    }
    return z;
  }

  protected aufloesenOderNull(): Z | undefined {
    if (!this.aufgeloest) {
      const z = this.aufloeser();
      if (z === undefined && !this.nullObjekt) {
        throw new FakeOfficeFehler("ItemNotFound", `${this.beschreibung()}: das angeforderte Objekt gibt es nicht.`);
      }
      this.zielIntern = z;
      this.istNullIntern = z === undefined;
      this.aufgeloest = true;
    }
    return this.zielIntern;
  }

  get isNullObject(): boolean {
    this.context.pruefeOffen();
    if (this.istNullIntern === undefined) {
      throw new FakeOfficeFehler(
        "PropertyNotLoaded",
        "The property 'isNullObject' is not available. Call context.sync() before reading the isNullObject property.",
      );
    }
    return this.istNullIntern;
  }

  /** Property getter: only what was loaded and synced (or set by this code) is readable. */
  protected lies<T>(eigenschaft: string): T {
    this.context.pruefeOffen();
    if (this.istNullIntern === true) return null as T;
    if (!this.geladen.has(eigenschaft)) throw nichtGeladen(eigenschaft);
    return this.geladen.get(eigenschaft) as T;
  }

  /** Property setter: readable at once as set, applied to the workbook at sync. */
  protected setzeEigenschaft(eigenschaft: string, wert: unknown, anwenden: (ziel: Z) => void): void {
    this.context.pruefeOffen();
    this.geladen.set(eigenschaft, wert);
    this.context.reihe(() => anwenden(this.ziel()));
  }

  /** Queues a method call; the proxy-returning variants build their result lazily. */
  protected befehl(ausfuehren: (ziel: Z) => void): void {
    this.context.pruefeOffen();
    this.context.reihe(() => ausfuehren(this.ziel()));
  }

  protected ergebnis<T>(berechne: (ziel: Z) => T): ClientResult<T> {
    const r = new ClientResult<T>(this.context);
    this.befehl((z) => r.setze(berechne(z)));
    return r;
  }

  protected navigiere<S extends Stellvertreter<unknown>>(name: string, erzeuge: () => S): S {
    let n = this.navigation.get(name);
    if (!n) {
      n = erzeuge();
      this.navigation.set(name, n);
    }
    return n as S;
  }

  load(optionen?: LadeOptionen): this {
    this.context.pruefeOffen();
    const pfade = ladePfade(optionen);
    this.context.reihe(() => this.ladeJetzt(pfade));
    return this;
  }

  /** Runs inside sync. */
  ladeJetzt(pfade: string[] | undefined): void {
    const z = this.aufloesenOderNull();
    if (z === undefined) return;
    for (const pfad of pfade ?? this.eigenschaften) {
      const [kopf, ...rest] = pfad.split("/");
      const unter = this.unterobjekt(kopf);
      if (unter) {
        unter.ladeJetzt(rest.length > 0 ? [rest.join("/")] : undefined);
      } else if (this.eigenschaften.includes(kopf) || this.zusatzLadbar(kopf)) {
        this.geladen.set(kopf, this.leseAusModell(kopf, z));
      } else {
        throw new FakeOfficeFehler(
          "InvalidArgument",
          `${this.beschreibung()} hat keine ladbare Eigenschaft "${kopf}" (in dieser Nachbildung).`,
        );
      }
    }
  }

  /** Properties that exist but are not part of a bare load(), e.g. `items`. */
  protected zusatzLadbar(name: string): boolean {
    void name;
    return false;
  }

  /** Puts a value into the loaded state from outside (collections fill their items). */
  merke(eigenschaft: string, wert: unknown): void {
    this.geladen.set(eigenschaft, wert);
  }

  set(werte: Record<string, unknown>): void {
    for (const [k, v] of Object.entries(werte)) {
      const unter = this.unterobjekt(k);
      if (unter && typeof v === "object" && v !== null) unter.set(v as Record<string, unknown>);
      else (this as unknown as Record<string, unknown>)[k] = v;
    }
  }

  toJSON(): Record<string, unknown> {
    return Object.fromEntries(this.geladen);
  }
}

/**
 * A collection: `items` after load + sync. Loading "items/name" or "name" loads those
 * properties on every item.
 */
export abstract class Sammlung<Z, E extends Stellvertreter<unknown>> extends Stellvertreter<Z> {
  protected abstract elemente(ziel: Z): E[];

  protected get eigenschaften(): readonly string[] {
    return ["items"];
  }

  protected override zusatzLadbar(name: string): boolean {
    return name === "count";
  }

  protected leseAusModell(eigenschaft: string, ziel: Z): unknown {
    if (eigenschaft === "count") return this.elemente(ziel).length;
    return this.elemente(ziel);
  }

  override ladeJetzt(pfade: string[] | undefined): void {
    const z = this.aufloesenOderNull();
    if (z === undefined) return;
    const fuerElemente: string[] = [];
    let alle = pfade === undefined;
    for (const p of pfade ?? []) {
      if (p === "count") this.merke("count", this.elemente(z).length);
      else if (p === "items") alle = true;
      else fuerElemente.push(p.startsWith("items/") ? p.slice(6) : p);
    }
    if (alle || fuerElemente.length > 0) {
      const elemente = this.elemente(z);
      for (const e of elemente) e.ladeJetzt(fuerElemente.length > 0 ? fuerElemente : undefined);
      this.merke("items", elemente);
    }
  }

  get items(): E[] {
    return this.lies<E[]>("items");
  }
}
