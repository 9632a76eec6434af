// The SARIF log against the SARIF 2.1.0 JSON schema, so that code scanning and other SARIF
// consumers accept it.
import { describe, expect, test } from "vitest";
import { renderSarif } from "../../src/report/sarif.js";
import { sarifSchemaErrors as errorsOf } from "../helpers/sarif-schema.js";
import { sampleInput } from "./fixture.js";

describe("SARIF schema", () => {
  test("the sample report's log is valid SARIF 2.1.0", () => {
    expect(errorsOf(JSON.parse(renderSarif(sampleInput())))).toEqual([]);
  });

  test("an empty run is valid too", () => {
    const input = sampleInput();
    input.report = { ...input.report, articles: [], skipped: [] };
    expect(errorsOf(JSON.parse(renderSarif(input)))).toEqual([]);
  });

  test("the validator does reject a broken log", () => {
    const log = JSON.parse(renderSarif(sampleInput()));
    log.runs[0].results[0].level = "fatal";
    delete log.runs[0].tool.driver.name;
    expect(errorsOf(log).length).toBeGreaterThanOrEqual(2);
  });
});
