/**
 * The synthetic source the curation recipes (src/docs/cookbook.ts), the curation, access-path and
 * explorer tests and the curation bench register: "The Imaginary Border Bulletin", a text written
 * for the tests (test/fixtures/sources/synthetic-border-bulletin-2021-05-10.txt), not a real
 * article. One definition, so that the recipe a reader copies and the input the tests prove are
 * the same.
 */

/** The bulletin's text file, under the sources folder (SOURCES_DIR; the tests point it at test/fixtures/sources). */
export const BULLETIN_TEXT_FILE = 'synthetic-border-bulletin-2021-05-10.txt';

/** Who its excerpts are attributed to. */
export const BULLETIN_PUBLISHER = 'The Imaginary Border Bulletin';

/** A `registerSource` input for the bulletin under `id`, with a caller's title (and reason, if any). */
export function bulletinSource(id: string, title: string, reason?: string) {
  return {
    id,
    title,
    publisher: `${BULLETIN_PUBLISHER} (synthetic)`,
    date: '2021-05-10',
    datePrecision: 'day',
    kind: 'synthetic-test-text',
    language: 'en',
    synthetic: true,
    text: BULLETIN_TEXT_FILE,
    ...(reason === undefined ? {} : { reason }),
  };
}
