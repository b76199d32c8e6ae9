import type { ComponentChildren } from 'preact';
import type { Lang } from '../messages/types.js';
import { STYLES } from '../styles.js';

/**
 * @internal The HTML document around a plan or report: the language, the title, the stylesheet
 * (a constant), a skip link and the three landmarks (banner, main, contentinfo).
 */
export function Page(props: {
  lang: Lang;
  title: string;
  bodyClass?: string;
  skipText: string;
  header: ComponentChildren;
  footer: ComponentChildren;
  children: ComponentChildren;
  extraStyles?: string;
}) {
  return (
    <html lang={props.lang}>
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{props.title}</title>
        {/* A constant stylesheet: no input ever reaches it. */}
        <style dangerouslySetInnerHTML={{ __html: STYLES + (props.extraStyles ?? '') }} />
      </head>
      <body class={props.bodyClass}>
        <a class="skip" href="#content">
          {props.skipText}
        </a>
        <header>{props.header}</header>
        <main id="content">{props.children}</main>
        <footer>{props.footer}</footer>
      </body>
    </html>
  );
}
