/**
 * @internal The stylesheet of every document: a constant, never built from input. Colours meet
 * WCAG 2.2 AA contrast on white (text #1b1b1b 16.9:1, accent #00467f 10.4:1, muted #4a4a4a
 * 8.9:1); status and sharing are always said in words, colour only repeats them. The print rules
 * lay the document out on A4 with the body text at 11pt or more.
 */
export const STYLES = `
:root { color-scheme: light; }
* { box-sizing: border-box; }
html { font-family: system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif; color: #1b1b1b; background: #fff; line-height: 1.5; }
body { margin: 0; font-size: 1.0625rem; }
.skip { position: absolute; left: -10000px; }
.skip:focus { position: static; display: inline-block; padding: .5rem; background: #ffdd00; color: #1b1b1b; }
header, main, footer { max-width: 52rem; margin: 0 auto; padding: 1rem 1.25rem; }
header { border-bottom: 4px solid #00467f; }
footer { border-top: 1px solid #b1b4b6; color: #4a4a4a; font-size: .95rem; }
h1 { font-size: 2rem; line-height: 1.2; margin: .5rem 0; }
h2 { font-size: 1.5rem; margin: 2rem 0 .75rem; color: #00467f; }
h3 { font-size: 1.2rem; margin: 1.25rem 0 .5rem; }
p, ul, ol, dl { margin: .5rem 0; }
.meta { color: #4a4a4a; }
.notice { border: 3px solid #1b1b1b; padding: .75rem 1rem; background: #fff7bf; }
.quote { border-left: 6px solid #00467f; margin: .75rem 0; padding: .25rem 1rem; font-size: 1.15em; }
.card { border: 1px solid #b1b4b6; border-radius: 6px; padding: .75rem 1rem; margin: .75rem 0; break-inside: avoid; }
.tag { display: inline-block; border: 1px solid #1b1b1b; border-radius: 4px; padding: 0 .4rem; font-size: .9em; }
.tag.done { background: #e6f2e9; }
.tag.warn { background: #fff0e6; }
table { border-collapse: collapse; width: 100%; margin: .5rem 0; font-size: .95rem; }
th, td { border: 1px solid #b1b4b6; padding: .35rem .5rem; text-align: left; vertical-align: top; }
th { background: #f3f2f1; }
dl.facts { display: grid; grid-template-columns: max-content 1fr; gap: .25rem 1rem; }
dl.facts dt { font-weight: 600; }
dl.facts dd { margin: 0; }
.child body, body.child { font-size: 1.375rem; line-height: 1.6; }
body.child h1 { font-size: 2.5rem; }
body.child h2 { font-size: 1.8rem; }
body.child h3 { font-size: 1.45rem; }
@media print {
  @page { size: A4; margin: 16mm 15mm; }
  body { font-size: 11pt; }
  body.child { font-size: 14pt; }
  header, main, footer { max-width: none; padding: 0; }
  h2 { break-after: avoid; }
  .card, tr, .quote { break-inside: avoid; }
  .skip { display: none; }
  a { color: inherit; text-decoration: none; }
}
`;
