/**
 * @internal The document commands: from `dist/cli-documents.cjs` beside the bundled CLI (a file
 * the bundler does not follow, so it stays out of `cli.cjs`), or from source under test. The
 * build defines `process.env.YJPLAN_CLI_BUNDLE` as `"true"`, so the bundler drops the other branch.
 */
export async function loadDocuments(): Promise<typeof import('./documents.js')> {
  if (process.env.YJPLAN_CLI_BUNDLE === 'true') {
    const file = `${__dirname}/cli-documents.cjs`;
    return require(file) as typeof import('./documents.js');
  } else {
    return import('./documents.js');
  }
}
