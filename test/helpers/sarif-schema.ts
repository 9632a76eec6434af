// The SARIF 2.1.0 JSON schema (the copy Microsoft's SARIF SDK ships) as a validator for tests.
import { createRequire } from "node:module";
import Ajv from "ajv-draft-04";

const require = createRequire(import.meta.url);
const schema = require("@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json");
// The schema has a pattern that is valid only without the u flag ("…{2}]?$").
const validate = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false }).compile(schema);

/** The schema's complaints about a log; empty when it is valid. */
export function sarifSchemaErrors(log: unknown): string[] {
  return validate(log) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message}`);
}
