import { z } from 'zod';

/** Delivery and compliance numbers (the delivery and review issue fills these in). */
export const DeliveryPolicySchema = z.strictObject({});

/** Delivery and compliance numbers. */
export type DeliveryPolicy = z.infer<typeof DeliveryPolicySchema>;
