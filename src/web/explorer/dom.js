// Small DOM helpers. Text from the graph always goes in as text nodes, never as
// HTML: excerpts and names are data, not markup.

/** el('p', { className: 'x', onclick: fn }, 'text', childNode, …) */
export function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v === null || v === undefined || v === false) continue;
    if (k.startsWith('on') && typeof v === 'function') node.addEventListener(k.slice(2), v);
    else if (k === 'className') node.className = v;
    else if (k === 'dataset') Object.assign(node.dataset, v);
    else if (k in node && typeof v !== 'string') node[k] = v;
    else node.setAttribute(k, v === true ? '' : String(v));
  }
  for (const c of children.flat()) {
    if (c === null || c === undefined || c === false) continue;
    node.append(c instanceof Node ? c : document.createTextNode(String(c)));
  }
  return node;
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const LONG_MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** A stored date at its precision: dates are the first day of their unit (docs/ontology.md). */
export function formatDate(date, precision) {
  if (!date) return 'undated';
  const [y, m, d] = date.split('-').map(Number);
  switch (precision) {
    case 'decade':
      return `the ${y}s`;
    case 'year':
      return String(y);
    case 'month':
      return `${LONG_MONTHS[m - 1]} ${y}`;
    case 'week':
      return `week of ${d} ${MONTHS[m - 1]} ${y}`;
    default:
      return `${d} ${MONTHS[m - 1]} ${y}`;
  }
}

/** Replace an element's children, skipping null/false (replaceChildren would print "null"). */
export function fill(root, ...children) {
  root.replaceChildren(...children.flat(Infinity).filter((c) => c !== null && c !== undefined && c !== false));
}

/**
 * When an element held, in words, at the precision the source gives: from its stored
 * date, validFrom/validTo or knownFrom/knownTo (docs/ontology.md, Time).
 */
export function formatPeriod(p) {
  if (p.date) return formatDate(p.date, p.datePrecision);
  const start = p.validFrom
    ? formatDate(p.validFrom, p.validFromPrecision)
    : p.knownFrom
      ? `at least ${formatDate(p.knownFrom, p.knownFromPrecision)}`
      : null;
  const end = p.validTo
    ? formatDate(p.validTo, p.validToPrecision)
    : p.openEnded === true
      ? 'still holding at the source date'
      : p.knownTo
        ? `at least ${formatDate(p.knownTo, p.knownToPrecision)}`
        : null;
  if (!start && !end) return 'not dated';
  if (!end) return `from ${start}`;
  if (!start) return `until ${end}`;
  return `${start} – ${end}`;
}

export function download(filename, blob) {
  const url = URL.createObjectURL(blob);
  const a = el('a', { href: url, download: filename, hidden: true });
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
