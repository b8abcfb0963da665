/** The language of the pages the project itself writes (the index, a country's page). */
export const PROJECT_LANGUAGE = 'en';

/**
 * Words YAML 1.1 reads as a boolean or null (PyYAML, Ruby's Psych, so Jekyll, still do): `no` is
 * Norwegian's tag, and must stay the string "no".
 */
const YAML_11_WORDS = /^(?:y|n|yes|no|on|off|true|false|null|~)$/i;

/**
 * A value as a YAML scalar that every YAML reader takes as that string: plain when it is a
 * language tag no YAML reads as anything else (`ru`, `uz-Cyrl`), else double-quoted (`"no"`).
 *
 * @example yamlString('ru') // 'ru'
 * @example yamlString('no') // '"no"'
 * @param value The string to write.
 */
export function yamlString(value: string): string {
  return /^[A-Za-z][A-Za-z0-9-]*$/.test(value) && !YAML_11_WORDS.test(value) ? value : JSON.stringify(value);
}

/**
 * A page with YAML front matter recording its language as `lang`, the key static-site generators
 * (Jekyll, Eleventy, Hugo's page params) and their themes read for `<html lang>`; markdownlint skips
 * front matter, and GitHub shows it as a one-row table above the page.
 *
 * @example withLanguage('ru', '# Казахстан\n') // '---\nlang: ru\n---\n\n# Казахстан\n'
 * @param language The page's BCP 47 tag (`source.language`).
 * @param markdown The page, ending in one newline.
 * @returns The page with its front matter.
 */
export function withLanguage(language: string, markdown: string): string {
  return `---\nlang: ${yamlString(language)}\n---\n\n${markdown}`;
}
