import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import { LANGUAGES, type Language } from './localized.js';

export const DEFAULT_LANGUAGE: Language = 'da';

/**
 * Picks the response language from an Accept-Language header (RFC 9110 §12.5.4): the supported
 * language with the highest q-value wins; `da-DK` counts as `da`; anything else falls back to Danish.
 */
export function resolveLanguage(header: string | string[] | undefined): Language {
  const value = Array.isArray(header) ? header.join(',') : header;
  if (!value) return DEFAULT_LANGUAGE;
  let best: { language: Language; q: number } | undefined;
  for (const part of value.split(',')) {
    const [tag, ...params] = part.trim().toLowerCase().split(';');
    const language = LANGUAGES.find((l) => tag === l || tag.startsWith(`${l}-`));
    if (!language) continue;
    const qParam = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    const q = qParam ? Number(qParam.slice(2)) : 1;
    if (Number.isFinite(q) && q > 0 && (!best || q > best.q)) best = { language, q };
  }
  return best?.language ?? DEFAULT_LANGUAGE;
}

/** The language the client asked for with Accept-Language (default Danish). */
export const Lang = createParamDecorator((_data: unknown, context: ExecutionContext): Language => {
  const request = context
    .switchToHttp()
    .getRequest<{ headers: Record<string, string | string[] | undefined> }>();
  return resolveLanguage(request.headers['accept-language']);
});
