import { describe, expect, it } from "vitest";
import { findDatesInText, parseMachineDate } from "../../../src/ingest/html/date/parse.js";

const firstDate = (text: string, dayFirst = true) => findDatesInText(text, dayFirst)[0]?.date ?? null;

describe("findDatesInText", () => {
  it.each([
    ["Veröffentlicht am 15.08.2025", "2025-08-15"],
    ["Stand: 23.11.2024, 14:35 Uhr", "2024-11-23"],
    ["am 15. August 2025 in Berlin", "2025-08-15"],
    ["Wien, 3. Jänner 2021", "2021-01-03"],
    ["Posted Aug 15, 2025", "2025-08-15"],
    ["Published 15 August 2025", "2025-08-15"],
    ["on August 15th, 2025", "2025-08-15"],
    ["2025-08-15T09:30:00Z", "2025-08-15"],
    ["publié le 4 juin 2020", "2020-06-04"],
    ["4 de junio de 2020", "2020-06-04"],
    ["sábado 07 de mayo del 2022", "2022-05-07"],
    ["opublikowano 4 czerwca 2020", "2020-06-04"],
    ["2020年6月4日", "2020-06-04"],
    ["26 января 2022 г.", "2022-01-26"],
    ["12 березня 2021", "2021-03-12"],
    ["15 أغسطس 2020", "2020-08-15"],
    ["3 تشرين الأول 2019", "2019-10-03"],
    ["20 ژوئن 2021", "2021-06-20"],
    ["20 septembrie 2020", "2020-09-20"],
    ["26 | 01 | 2022", "2022-01-26"],
  ])("reads %s", (text, expected) => {
    expect(firstDate(text)).toBe(expected);
  });

  it("reads ambiguous slashed dates month first on US pages and day first elsewhere", () => {
    expect(firstDate("04/06/2020", false)).toBe("2020-04-06");
    expect(firstDate("04/06/2020", true)).toBe("2020-06-04");
    expect(firstDate("13/06/2020", false)).toBe("2020-06-13");
  });

  it("rejects dates that do not exist", () => {
    expect(firstDate("31.02.2021")).toBeNull();
    expect(firstDate("2021-13-01")).toBeNull();
  });

  it("does not read version numbers as dates", () => {
    expect(firstDate("Version 1.2.3 ist erschienen")).toBeNull();
  });
});

describe("parseMachineDate", () => {
  it("keeps the local calendar date of an ISO timestamp", () => {
    expect(parseMachineDate("2024-03-14T20:37:26-05:00")).toBe("2024-03-14");
  });

  it("reads compact stamps and Unix epochs", () => {
    expect(parseMachineDate("20200604")).toBe("2020-06-04");
    expect(parseMachineDate("1591228800")).toBe("2020-06-04");
  });

  it("reads RFC 2822 dates", () => {
    expect(parseMachineDate("Thu, 04 Jun 2020 10:00:00 +0000")).toBe("2020-06-04");
  });
});
