/**
 * "Phát hiện, bắt giữ 286 vụ, 514 đối tượng phạm tội về ma túy", "khởi tố 12 vụ, 19 bị can về tội
 * buôn lậu": a report counts the cases, then the people in them, and says only once, after the
 * people, what the cases were about; the cases are of the same offence ("Vụ phạm tội về ma túy bị
 * phát hiện, bắt giữ"). A count of cases named by its verb alone takes that offence, with no doubt
 * added: it is said in the same list as the count.
 */
import type { Draft } from "./extract-drafts";
import { capitalize, decapitalize, lower, words } from "./extract-text";

const CASES = new Set(["vụ", "vụ việc"]);
const PEOPLE = new Set(["đối tượng", "bị can", "người", "cá nhân"]);

export function nameCasesByTheirPeople(src: string, drafts: readonly Draft[]): void {
  drafts.forEach((d, k) => {
    const people = drafts[k + 1];
    const unit = lower(d.unit);
    if (people === undefined || !CASES.has(unit) || people.sentence !== d.sentence) return;
    const theirs = lower(people.unit);
    if (!PEOPLE.has(theirs) || (d.actual === null) !== (people.actual === null)) return;
    // Listed together: nothing but a comma or "và" between the two counts.
    const digit = /\d/u.exec(src.slice(people.source.start, people.source.end));
    const between = src.slice(d.source.end, people.source.start + (digit?.index ?? 0));
    if (!/^\s*(?:,|và|,\s*và)\s*$/u.test(between)) return;
    const name = lower(d.name).trim();
    const verb = name === unit ? "" : name.endsWith(` ${unit}`) ? name.slice(0, -unit.length - 1) : null;
    if (verb === null || words(verb).length > 4) return;
    // The people's name: their verb (the same as the cases'), their unit, then the offence.
    const at = lower(people.name).indexOf(`${theirs} `);
    if (at < 0) return;
    const offence = people.name.slice(at + theirs.length + 1).trim();
    if (words(offence).length < 2 || /\d/u.test(offence)) return;
    // Said in the same list, beside the count: as sure as the people's own name.
    d.name = `${capitalize(unit)} ${decapitalize(offence)}${verb === "" ? "" : ` bị ${verb}`}`;
  });
}
