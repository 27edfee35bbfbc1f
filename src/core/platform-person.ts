// A chat account as an adapter reports it (Slack channel member, Teams roster entry),
// to be linked to imported staff by e-mail.
import { z } from 'zod';

export const ZPlatformPerson = z.object({
  platformUserId: z.string().min(1),
  email: z.string().email().optional(),
  name: z.string().optional(),
});
export type PlatformPerson = z.infer<typeof ZPlatformPerson>;
