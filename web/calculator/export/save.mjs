// Hands a file to the reader's browser as a download. The file is made on
// the page (a blob: address that lives only until the download has started),
// so nothing is sent anywhere.

/** Saves `blob` under `name` through a temporary link. */
export function saveFile(name, blob) {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // The browser has taken the file once the click is handled.
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** A file name that says what it is: tradeoff-FR-2035-path.png. */
export const fileName = ({ country, year, what, extension }) =>
  `tradeoff-${country}-${year}-${what}.${extension}`.replace(/[^A-Za-z0-9._-]/g, '_');
