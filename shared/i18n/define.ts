import type { Locale } from '../format/nl';

/**
 * The shape every language must give: the same keys as Dutch, a string where Dutch has a
 * string, a function with the same parameters where Dutch has a function.
 */
export type TextsLike<T> = {
  [K in keyof T]: T[K] extends (...args: infer A) => string ? (...args: A) => string : T[K] extends string ? string : TextsLike<T[K]>;
};

export type Translated<T> = Readonly<Record<Locale, TextsLike<T>>>;

/**
 * One area of the wording catalogue, in both languages side by side: whoever adds a Dutch text
 * sees at once where the English goes, and the compiler refuses an English side that lacks one.
 */
export function defineTexts<T>(nl: T, en: TextsLike<NoInfer<T>>): Translated<T> {
  return { 'nl-NL': nl as TextsLike<T>, 'en-GB': en };
}
