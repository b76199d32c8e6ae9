import type { Sourced } from './types.js';

/**
 * The categories of offender managed under the multi-agency public protection arrangements
 * (Criminal Justice Act 2003 ss.325-327): 1, registered sexual offenders (notification
 * requirements of the Sexual Offences Act 2003 Part 2); 2, violent offenders sentenced to 12
 * months' or more custody or detention (or detained under a hospital order), and other sexual
 * offenders; 3, other dangerous offenders, who do not qualify for 1 or 2 but are assessed as
 * posing a risk of serious harm that needs active multi-agency management. A fourth category
 * for terrorist-risk offenders is described in later guidance but was not verified, so it is
 * not offered here.
 *
 * @example
 * mappaLaw.categories[2].title; // 'Violent offenders, and other sexual offenders'
 */
export const mappaLaw = {
  categories: {
    1: { title: 'Registered sexual offenders', source: 'Criminal Justice Act 2003 s.327(2)' },
    2: {
      title: 'Violent offenders, and other sexual offenders',
      source: 'Criminal Justice Act 2003 s.327(3)-(4)',
    },
    3: {
      title: 'Other dangerous offenders',
      source: 'Criminal Justice Act 2003 s.325(2)(b); MAPPA Guidance (category 3)',
    },
  },
  /**
   * The levels of management: 1, ordinary agency management (the lead agency with information
   * shared); 2, active multi-agency management at regular MAPP meetings; 3, as 2, with senior
   * staff to commit exceptional resources. For a child, the youth justice service is the lead
   * agency (MAPPA Guidance, children and young people).
   */
  levels: {
    1: { title: 'Ordinary agency management' },
    2: { title: 'Active multi-agency management' },
    3: { title: 'Active multi-agency management, with senior staff' },
  },
  kind: 'law',
  source:
    'Criminal Justice Act 2003 ss.325-327; MAPPA Guidance (National MAPPA Team): levels of management',
  note: 'The levels are set by guidance, not by the Act; a category 4 (terrorist-risk offenders) is not verified and not offered.',
} as const satisfies Sourced & {
  categories: Record<1 | 2 | 3, { title: string; source: string }>;
  levels: Record<1 | 2 | 3, { title: string }>;
};
