// Runs electronegativity (its documented API) on one folder and writes its findings, as JSON, to a file:
//   node electron/main/testing/electronegativity.cjs <folder> <electron version> <out.json>
// The API, not the CLI: the CLI's exit code says nothing of the findings, and its SARIF leaves out their
// severity (every finding is a "warning", or a "note" when it asks for a manual review).
'use strict';
const { writeFileSync } = require('node:fs');
const Module = require('node:module');

// Offline: on every start electronegativity asks a web server for updated translations (and waits up to
// 1 s for an answer); the en-US texts it ships are the ones we want. Its other use of `got`, the check
// that downloads Electron's release list, is left out of the scan below.
const offline = () => Promise.reject(new Error('electronegativity runs offline here'));
offline.head = offline;
const load = Module._load;
Module._load = function loadOffline(request, parent, isMain) {
  if (request === 'got' && parent?.filename.includes('electronegativity')) return offline;
  return load.call(this, request, parent, isMain);
};

const run = require('@doyensec/electronegativity');
const [input, electronVersion, outFile] = process.argv.slice(2);
if (!input || !electronVersion || !outFile) {
  console.error('usage: electronegativity.cjs <folder> <electron version> <out.json>');
  process.exit(2);
}

run({
  input,
  isRelative: true,
  electronVersionOverride: electronVersion,
  excludeFromScan: ['AvailableSecurityFixesGlobalCheck'],
})
  .then(({ issues, errors, atomicChecks, globalChecks }) => {
    const findings = issues.map((issue) => ({
      id: issue.id,
      severity: issue.severity.name,
      confidence: issue.confidence.name,
      manualReview: Boolean(issue.manualReview),
      file: issue.file,
      line: issue.location?.line ?? 0,
      sample: issue.sample ?? '',
      description: issue.description,
    }));
    const parseErrors = errors.map((e) => ({ file: e.file, message: e.message, tolerable: e.tolerable }));
    writeFileSync(outFile, JSON.stringify({ atomicChecks, globalChecks, findings, errors: parseErrors }, null, 2));
  })
  .catch((error) => {
    console.error(error);
    process.exit(1);
  });
