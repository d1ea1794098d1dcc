// The sentence added to a confirmation when the change was made on the page but could not be
// saved: one wording for import, reset, merging a shared status and the plan form.

/** `reason` is a store's save result reason; `reader` is who is addressed: 'du', or 'I' for the team. */
export function notSaved(reason, reader = 'du') {
  return reason === 'held'
    ? `Men det bliver ikke gemt, før ${reader} har valgt, hvad der skal ske med de gemte data, der ikke kunne læses (se beskeden øverst på siden).`
    : `Men browseren kunne ikke gemme det, så det forsvinder, når ${reader} forlader siden.`;
}
