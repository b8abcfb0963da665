/**
 * The data licence of a release (`LICENSE` in the release folder). The repository's
 * `LICENSE-DATA` is the same text, byte for byte (a test holds them together); the code is under
 * the MIT licence (`LICENSE` of the repository).
 */
export const DATA_LICENSE = `The country-profiles dataset
============================

The compilation -- the tables, the model files, the linked data, their structure, columns and IDs,
and the readable pages made from them -- is made available under the Open Data Commons Attribution
License (ODC-BY) 1.0:

    https://opendatacommons.org/licenses/by/1-0/

You may copy, share, adapt and build on it, also commercially, as long as you attribute it:
name "country-profiles", the version you used (manifest.json) and, for each page you use, its
publisher (csv/sources.csv, column publisher).

Quoted page text
----------------

The text quoted from the source pages -- in the provenance of every record (csv/provenance.csv,
the "text" of each statement in model/), in notes (csv/notes.csv) and in the raw pages themselves
(raw/) -- belongs to the page's publisher, who keeps every right in it. ODC-BY covers the
compilation, not that text: it is included so that every fact can be checked against its source.
Ask the publisher before you reuse the page text beyond quotation.

The software that builds the dataset is under the MIT licence (the LICENSE file of the
country-profiles repository).
`;
