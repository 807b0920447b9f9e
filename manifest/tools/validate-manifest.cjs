// Validates a filled manifest.json with Microsoft's own validator (@microsoft/app-manifest), as a
// second opinion next to the NJsonSchema check in the tests. Usage:
//   node manifest/tools/validate-manifest.cjs <package dir of @microsoft/app-manifest> <manifest.json>
// Exits 0 when valid; prints one error per line and exits 1 otherwise.
'use strict';

const fs = require('node:fs');

async function main() {
  const [packageDir, manifestPath] = process.argv.slice(2);
  if (!packageDir || !manifestPath) {
    console.error('usage: validate-manifest.cjs <package dir> <manifest.json>');
    process.exit(2);
  }

  const { AppManifestUtils } = require(packageDir);
  const manifest = JSON.parse(fs.readFileSync(manifestPath, 'utf8'));
  const errors = await AppManifestUtils.validateAgainstSchema(manifest);
  for (const error of errors) {
    console.log(error);
  }

  process.exit(errors.length === 0 ? 0 : 1);
}

main().catch((error) => {
  console.error(error);
  process.exit(2);
});
