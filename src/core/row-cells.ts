/**
 * Where a read row's input cells are, without an object per cell. A 10 000-row check reads ~90 000
 * input cells and points a finding at a few hundred: each row keeps its sheet row and the table's
 * column places, and a cell (row, col, A1) is made when a rule first asks for it, then kept, so the
 * same cell is the same object on every read.
 */
import { INPUT_COLUMNS, type CellRef, type InputColumn } from "./model";
import { colLetter } from "./a1";
import { latest } from "./kept";

/**
 * A CellRef whose A1 address is spelled when read. The column letters are private, so the object
 * compares and serialises as { row, col, address }.
 */
export class InputCell implements CellRef {
  readonly #letters: string;
  constructor(
    readonly row: number,
    readonly col: number,
    letters: string,
  ) {
    this.#letters = letters;
  }
  get address(): string {
    return this.#letters + String(this.row + 1);
  }
  toJSON(): { row: number; col: number; address: string } {
    return { row: this.row, col: this.col, address: this.address };
  }
}

/** A table's input columns, by INPUT_COLUMNS index: the sheet column and its letters, or none. */
export type CellPlaces = readonly (readonly [col: number, letters: string] | undefined)[];

/** The places of a table whose input columns are at these sheet columns. */
export function cellPlaces(columns: Partial<Record<InputColumn, number>>): CellPlaces {
  return INPUT_COLUMNS.map((key) => {
    const col = columns[key];
    return col === undefined ? undefined : ([col, colLetter(col)] as const);
  });
}

/** A cell set to nothing on purpose (a setter given undefined), unlike one not yet made. */
const NONE = null;

/**
 * IndicatorRow["cells"] of a read row: the same keys and values as the record it stands for (a
 * cell for each input column the table has, undefined for the others), made when read. Each getter
 * reads its column's index in INPUT_COLUMNS.
 * Not own properties: code that copies cells spreads toJSON(), not the object.
 */
export class RowCells implements Partial<Record<InputColumn, CellRef>> {
  readonly #row: number;
  readonly #places: CellPlaces;
  /** Cells made or set so far, by INPUT_COLUMNS index; NONE where set to undefined. */
  #made: (CellRef | typeof NONE | undefined)[] | undefined;

  constructor(row: number, places: CellPlaces) {
    this.#row = row;
    this.#places = places;
  }

  #at(i: number): CellRef | undefined {
    const made = this.#made?.[i];
    if (made !== undefined) return made ?? undefined;
    const place = this.#places[i];
    if (place === undefined) return undefined;
    const cell = new InputCell(this.#row, place[0], place[1]);
    latest.cell = cell;
    (this.#made ??= [])[i] = cell;
    return cell;
  }

  #set(i: number, cell: CellRef | undefined): void {
    (this.#made ??= [])[i] = cell ?? NONE;
  }

  get stt(): CellRef | undefined {
    return this.#at(0);
  }
  set stt(cell: CellRef | undefined) {
    this.#set(0, cell);
  }
  get name(): CellRef | undefined {
    return this.#at(1);
  }
  set name(cell: CellRef | undefined) {
    this.#set(1, cell);
  }
  get unit(): CellRef | undefined {
    return this.#at(2);
  }
  set unit(cell: CellRef | undefined) {
    this.#set(2, cell);
  }
  get kind(): CellRef | undefined {
    return this.#at(3);
  }
  set kind(cell: CellRef | undefined) {
    this.#set(3, cell);
  }
  get direction(): CellRef | undefined {
    return this.#at(4);
  }
  set direction(cell: CellRef | undefined) {
    this.#set(4, cell);
  }
  get plan(): CellRef | undefined {
    return this.#at(5);
  }
  set plan(cell: CellRef | undefined) {
    this.#set(5, cell);
  }
  get stretch(): CellRef | undefined {
    return this.#at(6);
  }
  set stretch(cell: CellRef | undefined) {
    this.#set(6, cell);
  }
  get actual(): CellRef | undefined {
    return this.#at(7);
  }
  set actual(cell: CellRef | undefined) {
    this.#set(7, cell);
  }
  get prior(): CellRef | undefined {
    return this.#at(8);
  }
  set prior(cell: CellRef | undefined) {
    this.#set(8, cell);
  }
  get reportedPct(): CellRef | undefined {
    return this.#at(9);
  }
  set reportedPct(cell: CellRef | undefined) {
    this.#set(9, cell);
  }
  get note(): CellRef | undefined {
    return this.#at(10);
  }
  set note(cell: CellRef | undefined) {
    this.#set(10, cell);
  }

  /** The record this stands for: one { row, col, address } per cell the row has, in column order. */
  toJSON(): Partial<Record<InputColumn, { row: number; col: number; address: string }>> {
    const out: Partial<Record<InputColumn, { row: number; col: number; address: string }>> = {};
    INPUT_COLUMNS.forEach((key, i) => {
      const cell = this.#at(i);
      if (cell !== undefined) out[key] = { row: cell.row, col: cell.col, address: cell.address };
    });
    return out;
  }
}
