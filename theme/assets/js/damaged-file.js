// A stored value that could not be read, offered to the reader as a file to keep: a link to a
// Blob (an object URL; no inline code, so the CSP stays strict). The file holds exactly the
// stored text: UTF-8 when the text is well-formed, else UTF-16LE with a byte-order mark, so even
// a lone surrogate survives.

/** @returns {{ link: HTMLAnchorElement, dispose: () => void }} */
export function damagedFileLink(raw, baseName, text) {
  const url = URL.createObjectURL(blobOf(raw));
  const link = document.createElement('a');
  link.className = 'button button-secondary';
  link.href = url;
  link.download = `${baseName}-${new Date().toISOString().slice(0, 10)}.txt`;
  link.dataset.damagedDownload = '';
  link.textContent = text;
  return { link, dispose: () => URL.revokeObjectURL(url) };
}

function blobOf(raw) {
  if (raw.isWellFormed?.() !== false) return new Blob([raw], { type: 'text/plain;charset=utf-8' });
  const bytes = new DataView(new ArrayBuffer(2 + raw.length * 2));
  bytes.setUint16(0, 0xfeff, true);
  for (let i = 0; i < raw.length; i++) bytes.setUint16(2 + i * 2, raw.charCodeAt(i), true);
  return new Blob([bytes], { type: 'text/plain;charset=utf-16le' });
}
