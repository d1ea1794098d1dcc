// dkfds alert boxes built with DOM methods only (no HTML strings), shared by the notices and the import form.

/**
 * @param {{ variant: 'warning' | 'error' | 'success', text: string, heading?: string, data?: Record<string, string>, content?: Node[] }} options
 *   `content`: more nodes (paragraphs, buttons) after the text.
 * @returns {HTMLDivElement}
 */
export function createAlert({ variant, text, heading, data = {}, content = [] }) {
  const box = document.createElement('div');
  box.className = `alert alert-${variant}`;
  Object.assign(box.dataset, data);
  const body = document.createElement('div');
  body.className = 'alert-body';
  if (heading) {
    const title = document.createElement('p');
    title.className = 'alert-heading';
    title.textContent = heading;
    body.append(title);
  }
  const paragraph = document.createElement('p');
  paragraph.className = 'alert-text';
  paragraph.textContent = text;
  body.append(paragraph, ...content);
  box.append(body);
  return box;
}
