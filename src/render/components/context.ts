import type { IsoDate } from '../../model/dates.js';
import { dateForPeople } from '../dates.js';
import { messages } from '../messages/index.js';
import type { Lang, Messages } from '../messages/types.js';
import type { DocOwner, PlanDocument } from '../planDocument.js';

/** @internal What every component of a plan document reads: the data, the words, the dates. */
export interface Ctx {
  readonly doc: PlanDocument;
  readonly m: Messages;
  readonly date: (d: IsoDate) => string;
  /** The child's name as the document says it. */
  readonly name: string;
  /** Who does an action, in words (the child's copy says "You" for the child). */
  readonly owner: (o: DocOwner) => string;
}

const FALLBACK_NAME: Record<Lang, string> = { en: 'The child', cy: 'Y plentyn' };

/** @internal The context of a document in a language. */
export function contextOf(doc: PlanDocument, lang: Lang): Ctx {
  const m = messages(lang);
  const name = doc.childName ?? FALLBACK_NAME[lang];
  const owner = (o: DocOwner): string => {
    switch (o.kind) {
      case 'child':
        return doc.audience === 'child' ? m.common.owner.you : m.common.owner.child(name);
      case 'parent-carer':
        return o.name ?? o.relationship ?? m.common.owner.parentCarer;
      case 'yos': {
        const role =
          o.role === 'specialist' || o.role === 'volunteer' || o.role === 'panel'
            ? m.common.owner[o.role]
            : m.common.owner.caseManager;
        return o.name ? `${o.name} (${role})` : role;
      }
      case 'partner-agency':
        return o.name;
    }
  };
  return { doc, m, date: (d) => dateForPeople(d, lang), name, owner };
}
