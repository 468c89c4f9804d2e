// Validates SARIF files against the SARIF 2.1.0 JSON schema (draft-04) that the npm package
// @microsoft/jest-sarif ships, with Ajv.  Usage: node validate.mjs MODULES_DIR FILE...
// Prints one line per file; exits 1 when a file is invalid, 2 when the tools are missing.
import { createRequire } from "node:module";
import { readFileSync } from "node:fs";
import path from "node:path";

const [modules, ...files] = process.argv.slice(2);
const require = createRequire(path.join(path.resolve(modules), "node_modules", "x.js"));
const Ajv = require("ajv-draft-04");
const addFormats = require("ajv-formats");
const schemaFile = require.resolve("@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json");
const schema = JSON.parse(readFileSync(schemaFile, "utf8"));

// the schema's language pattern has a stray "]", an error only under the u flag
const ajv = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false });
addFormats(ajv);
const validate = ajv.compile(schema);
let bad = 0;
for (const file of files) {
  const log = JSON.parse(readFileSync(file, "utf8"));
  if (validate(log)) {
    console.log(`valid: ${file} (${log.runs[0].results.length} results)`);
  } else {
    bad++;
    console.log(`INVALID: ${file}`);
    for (const e of validate.errors.slice(0, 10))
      console.log(`  ${e.instancePath || "/"}: ${e.message} ${JSON.stringify(e.params)}`);
  }
}
process.exit(bad ? 1 : 0);
