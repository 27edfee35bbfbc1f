// Validation of what an admin types for inzage / verwijderen (command line and
// dashboard form): one e-mail address, normalised; Dutch-first errors.
import { z } from 'zod';

export const ZPersonEmail = z.string().trim().toLowerCase().pipe(z.email({ error: 'geen geldig e-mailadres / not a valid e-mail address' }));

export const ZExportFormat = z.enum(['json', 'html', 'csv'], { error: "kies json, html of csv / choose json, html or csv" });
