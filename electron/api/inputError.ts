/** A request the user must change (bad file, unknown chart, nothing to import): answered as invalidInput, in Dutch. */
export class InputError extends Error {}
