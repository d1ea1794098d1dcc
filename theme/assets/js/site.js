// Marks that JavaScript runs, so CSS can hide controls that only work with it.
// The feature modules (checklist, role filter, search) are added later.
document.documentElement.classList.add('js');
