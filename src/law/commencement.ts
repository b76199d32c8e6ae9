/**
 * Commencement dates that change the youth disposals' limits.
 */

/**
 * The day the Police, Crime, Sentencing and Courts Act 2022 changed the youth limits used here:
 * DTO terms (s.158, in force 28.6.2022 by s.208(5)(t)) and YRO curfew hours (Sch. 17 para. 19,
 * in force 28.6.2022 by s.208(5)(u)). A conviction ON this day falls under the new law.
 *
 * @example
 * convictionDate >= PCSC_ACT_2022_COMMENCEMENT; // the 2022 limits apply
 */
export const PCSC_ACT_2022_COMMENCEMENT = '2022-06-28';

/**
 * The day the Sentencing Code (Sentencing Act 2020 Parts 2-13) came into force
 * (S.I. 2020/1236 reg. 2). It does not apply to convictions before this day (s.2(1)): those
 * are sentenced under the predecessor Acts (Powers of Criminal Courts (Sentencing) Act 2000,
 * Criminal Justice and Immigration Act 2008), whose youth limits this catalogue does not encode
 * separately.
 *
 * @example
 * if (convictionDate < SENTENCING_CODE_COMMENCEMENT) warn('pre-Code conviction');
 */
export const SENTENCING_CODE_COMMENCEMENT = '2020-12-01';
