// The ALTCHA widget for the check page (loaded as a module, so only where modules run; app.js then
// switches the form to the route that requires the proof). The package's "external" build: unlike
// the default one it injects no inline styles and makes no workers from blob: URLs, so it keeps to
// the pages' CSP; its styles come from altcha.css and its SHA-256 worker from the package's file.
import '/assets/altcha/external/altcha.js';
import '/assets/altcha/i18n/da.js';

globalThis.$altcha.algorithms.set('SHA-256', () => new Worker('/assets/altcha/workers/sha.js'));
