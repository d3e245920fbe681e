import { config } from 'zod/mini';
// The English locale alone: `z.locales.en` would pull every locale into the bundle.
import en from 'zod/v4/locales/en.js';

// zod/mini ships without messages ("Invalid input"); the API's validation errors must say what is wrong.
config(en());
