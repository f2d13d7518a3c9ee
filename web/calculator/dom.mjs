// Small DOM helpers shared by the views. Views build their nodes once and
// then only change what differs: setText and setAttrs write nothing when the
// value is already there, so an unchanged figure costs no style or layout.

const SVG_NS = 'http://www.w3.org/2000/svg';

function build(node, attrs, children) {
  for (const [name, value] of Object.entries(attrs)) {
    if (value === undefined || value === null || value === false) continue;
    if (name === 'text') node.textContent = value;
    else node.setAttribute(name, value === true ? '' : String(value));
  }
  for (const child of children.flat()) {
    if (child === null || child === undefined || child === false) continue;
    node.append(typeof child === 'string' ? document.createTextNode(child) : child);
  }
  return node;
}

/** An HTML element with attributes (`text` sets its text) and children. */
export const el = (tag, attrs = {}, ...children) => build(document.createElement(tag), attrs, children);

/** An SVG element with attributes and children. */
export const svg = (tag, attrs = {}, ...children) => build(document.createElementNS(SVG_NS, tag), attrs, children);

/**
 * Sets a node's text if it differs. A node that holds one text node keeps it
 * and only its data changes: the browser then re-lays out that text instead
 * of building a new node.
 */
export function setText(node, text) {
  const value = String(text);
  const only = node.firstChild;
  if (only && only === node.lastChild && only.nodeType === Node.TEXT_NODE) {
    if (only.data !== value) only.data = value;
  } else if (node.textContent !== value) node.textContent = value;
}

/** Sets attributes that differ; null, undefined or false removes one. */
export function setAttrs(node, attrs) {
  for (const [name, value] of Object.entries(attrs)) {
    if (value === undefined || value === null || value === false) {
      if (node.hasAttribute(name)) node.removeAttribute(name);
      continue;
    }
    const text = value === true ? '' : String(value);
    if (node.getAttribute(name) !== text) node.setAttribute(name, text);
  }
}

/** Shows or hides a node (the hidden attribute). */
export function setHidden(node, hidden) {
  if (node.hidden !== hidden) node.hidden = hidden;
}

/**
 * Makes `parent` hold exactly `count` children, reusing those it has and
 * making new ones with make(i); returns them. Lists (ticks, bars, legend
 * entries) are updated in place this way instead of being rebuilt.
 */
export function keepChildren(parent, count, make) {
  while (parent.children.length > count) parent.lastElementChild.remove();
  while (parent.children.length < count) parent.append(make(parent.children.length));
  return [...parent.children];
}

let counter = 0;
/** A document-unique id prefix, so several calculators on one page never share an id. */
export const uniqueId = (base) => `${base}-${(++counter).toString(36)}`;
