/**
 * The `chitieu` command line: check a table file, list and write templates. `main` resolves to
 * the exit code (0 clean, 1 error findings, 2 unreadable file or bad command) and never prints a
 * stack trace.
 */
import { version } from "../../package.json";
import { DEFAULT_SETTINGS, type Lang, type Settings, type Text } from "../core/model";
import { PeriodMismatchError } from "../core/period";
import { TEMPLATES, UnknownTemplateError, templateSheet } from "../core/templates";
import { textForSurface } from "../core/messages/surface";
import { TermRolloverRefusal } from "../core/term-rollover";
import { UsageError, parseArgs, type Command } from "./args";
import { FileReadError } from "./read";
import { checkFile } from "./check";
import { guardOutput } from "./out";
import { rolloverFile } from "./rollover";
import { cannotWrite, helpText, templateWritten, unknownTemplate } from "./text";

/** Where output goes; tests pass their own to capture it. */
export interface Io {
  out: (text: string) => void;
  err: (text: string) => void;
}

const processIo: Io = {
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
};

export async function main(argv: string[], io: Io = processIo): Promise<number> {
  let lang: Lang = argv.some(
    (a, i) => (a === "--locale" && argv[i + 1]?.startsWith("en")) || a.startsWith("--locale=en"),
  )
    ? "en"
    : "vi";
  const fail = (text: Text, code = 2): number => {
    io.err(`chitieu: ${text[lang]}\n`);
    return code;
  };
  try {
    const command = parseArgs(argv);
    if ("lang" in command) lang = command.lang;
    return await run(command, io);
  } catch (error) {
    if (error instanceof UsageError) return fail({ vi: error.vi, en: error.en });
    if (error instanceof FileReadError) return fail(error.text);
    if (error instanceof PeriodMismatchError) return fail(error.text);
    if (error instanceof TermRolloverRefusal) return fail(textForSurface(error.text, "cli"));
    if (error instanceof UnknownTemplateError)
      return fail(
        unknownTemplate(
          error.id,
          TEMPLATES.map((t) => t.id),
        ),
      );
    const message = error instanceof Error ? error.message : String(error);
    return fail({ vi: `lỗi không mong đợi: ${message}`, en: `unexpected error: ${message}` });
  }
}

async function run(command: Command, io: Io): Promise<number> {
  switch (command.kind) {
    case "help":
      io.out(helpText(version)[command.lang]);
      return 0;
    case "version":
      io.out(`${version}\n`);
      return 0;
    case "templates":
      if (command.json) {
        io.out(`${JSON.stringify(TEMPLATES, null, 2)}\n`);
      } else {
        const width = Math.max(...TEMPLATES.map((t) => t.id.length));
        for (const t of TEMPLATES) io.out(`${t.id.padEnd(width)}  ${t.name[command.lang]}\n`);
      }
      return 0;
    case "template": {
      // --locale en writes the sheet in English, as the pane's language setting does.
      const settings: Settings = { ...DEFAULT_SETTINGS, language: command.lang };
      const sheet = templateSheet(command.id, {
        settings,
        ...(command.year === null ? {} : { year: command.year }),
        ...(command.unitName === null ? {} : { unitName: command.unitName }),
        ...(command.rows === null ? {} : { rows: command.rows }),
      });
      guardOutput(command.out, [], command.force);
      try {
        // ExcelJS (writing) and docx load only for the commands that write them: `check` starts
        // without either (the bundle keeps these imports lazy).
        const { writeSheetPlan } = await import("./xlsx-write");
        await writeSheetPlan(sheet, command.out);
      } catch {
        throw new FileReadError(cannotWrite(command.out));
      }
      const rows =
        sheet.blocks[0]?.contents.filter((r, i) => i > sheet.layout.headerBottom && typeof r[0] === "number")
          .length ?? 0;
      io.out(`${templateWritten(command.out, rows)[command.lang]}\n`);
      return 0;
    }
    case "check": {
      const settings: Settings = {
        ...DEFAULT_SETTINGS,
        convention: command.convention,
        basicBandPct: command.band,
        tolerancePct: command.tolerance,
        approxTolerancePoints: command.approxPoints,
        ...(command.period === null ? {} : { period: command.period }),
      };
      // Written as it is made: a long table's rows are never held whole.
      const { hasErrors } = await checkFile(command.file, settings, {
        json: command.json,
        lang: command.lang,
        out: io.out,
      });
      return hasErrors ? 1 : 0;
    }
    case "rollover": {
      const settings: Settings = {
        ...DEFAULT_SETTINGS,
        convention: command.convention,
        language: command.lang,
      };
      const text = await rolloverFile(command.file, command.out, settings, {
        term: command.term,
        termSheet: command.termSheet,
        force: command.force,
      });
      io.out(`${text[command.lang]}\n`);
      return 0;
    }
    case "merge":
    case "report": {
      const settings: Settings = {
        ...DEFAULT_SETTINGS,
        convention: command.convention,
        basicBandPct: command.band,
        tolerancePct: command.tolerance,
        approxTolerancePoints: command.approxPoints,
        language: command.lang,
        ...(command.kind === "report" && command.period !== null ? { period: command.period } : {}),
      };
      const { text } =
        command.kind === "merge"
          ? await (
              await import("./merge")
            ).mergeFiles(command.files, command.out, settings, command.lang, { force: command.force })
          : await (
              await import("./export")
            ).exportReport(
              command.file,
              command.format,
              command.out,
              settings,
              command.lang,
              command.fields,
              command.force,
            );
      io.out(text);
      return 0;
    }
  }
}
