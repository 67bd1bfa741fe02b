/** The languages the API speaks (Accept-Language); Danish is the default. */
export const LANGUAGES = ['da', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

/** A text in every language the API speaks. */
export type Localized<T = string> = Record<Language, T>;
