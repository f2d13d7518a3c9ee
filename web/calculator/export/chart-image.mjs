// A chart as a stand-alone image for an article: its title, the country and
// year, the chart, its legend, the source line and the scenario's link, in
// one SVG that carries its own colours (it looks the same opened alone), and
// that SVG drawn at twice its size into a PNG.
//
// The colours are read from the page as the reader sees them (light or
// dark), and written as presentation attributes: the image needs no style
// sheet, and nothing here asks the page's Content-Security-Policy for more
// than it allows (the PNG is drawn from a data: image, which img-src allows).

const SVG_NS = 'http://www.w3.org/2000/svg';
const PAD = 16;
const LINE = { title: 22, subtitle: 18, legend: 18, footer: 15 };
const SIZE = { title: 17, subtitle: 13, legend: 12, footer: 11 };

/** The style properties that decide how a chart's shapes and text look. */
const PAINT = [
  'fill',
  'fill-opacity',
  'stroke',
  'stroke-width',
  'stroke-dasharray',
  'stroke-opacity',
  'stroke-linecap',
  'stroke-linejoin',
  'opacity',
];
const TYPE = ['font-family', 'font-size', 'font-weight', 'font-style', 'font-variant-numeric'];

const node = (tag, attrs = {}, text = null) => {
  const n = document.createElementNS(SVG_NS, tag);
  for (const [k, v] of Object.entries(attrs)) if (v !== null && v !== undefined) n.setAttribute(k, String(v));
  if (text !== null) n.textContent = text;
  return n;
};

/**
 * A copy of the live chart `source` whose every element carries its computed
 * paint (and font, for text) as attributes; what is not displayed is left out.
 */
function paintedCopy(source) {
  const copy = source.cloneNode(true);
  const walk = (from, to) => {
    const style = getComputedStyle(from);
    if (style.display === 'none') return to.remove();
    const props = from instanceof SVGTextElement || from instanceof SVGSVGElement ? [...PAINT, ...TYPE] : PAINT;
    for (const p of props) {
      const v = style.getPropertyValue(p);
      if (v && v !== 'normal' && !(p === 'stroke-dasharray' && v === 'none')) to.setAttribute(p, v);
    }
    to.removeAttribute('class');
    const pairs = [...from.children].map((child, i) => [child, to.children[i]]);
    for (const [f, t] of pairs) walk(f, t);
  };
  walk(source, copy);
  for (const name of ['role', 'aria-label', 'style']) copy.removeAttribute(name);
  return copy;
}

/** Splits `text` into lines no wider than `width`, at spaces, or anywhere in a long word (a link). */
function wrap(text, width, measure) {
  const lines = [];
  let line = '';
  const push = (word) => {
    const candidate = line ? `${line} ${word}` : word;
    if (measure(candidate) <= width || !line) line = candidate;
    else {
      lines.push(line);
      line = word;
    }
    // A word wider than the line on its own (a long link) is cut where it fills it.
    while (measure(line) > width && line.length > 1) {
      let cut = line.length - 1;
      while (cut > 1 && measure(line.slice(0, cut)) > width) cut -= 1;
      lines.push(line.slice(0, cut));
      line = line.slice(cut);
    }
  };
  for (const word of text.split(/\s+/).filter(Boolean)) push(word);
  if (line) lines.push(line);
  return lines;
}

/** A legend swatch drawn from the page's own (CSS) swatch: a box, a line or a dot. */
function swatch(li, x, y, textures) {
  const s = getComputedStyle(li, '::before');
  const w = parseFloat(s.width) || 14;
  const h = parseFloat(s.height) || 0;
  const fill = s.backgroundColor;
  const border = parseFloat(s.borderTopWidth) || 0;
  const dashed = s.borderTopStyle === 'dashed' ? '3 2' : null;
  const round = parseFloat(s.borderTopLeftRadius) >= w / 2 - 0.5 || s.borderTopLeftRadius.endsWith('%');
  const g = node('g');
  if (round) {
    const r = w / 2;
    g.append(
      node('circle', {
        cx: x + r,
        cy: y,
        r: Math.max(1, r - border / 2),
        fill: fill === 'rgba(0, 0, 0, 0)' ? 'none' : fill,
        stroke: border ? s.borderTopColor : null,
        'stroke-width': border || null,
        'stroke-dasharray': dashed,
      }),
    );
  } else if (h <= 3) {
    g.append(
      node('line', {
        x1: x,
        x2: x + w,
        y1: y,
        y2: y,
        stroke: border ? s.borderTopColor : fill,
        'stroke-width': border || h || 2,
        'stroke-dasharray': dashed,
      }),
    );
  } else {
    g.append(node('rect', { x, y: y - h / 2, width: w, height: h, fill }));
    const texture = li.dataset.texture && textures[li.dataset.texture];
    if (texture) g.append(node('rect', { x, y: y - h / 2, width: w, height: h, fill: `url(#${texture})` }));
  }
  return { g, width: w };
}

/**
 * The image of the chart in `figure` (a .chart-box): { svg (text), width,
 * height }. `title` and `subtitle` head it; `footer` lines (the source line,
 * the scenario's link) close it. `background` and `ink`, `muted`: colours.
 */
export function chartImage(figure, { title, subtitle, footer, colours }) {
  const chart = figure.querySelector('svg.chart');
  const width = Math.round(chart.width.baseVal.value);
  const height = Math.round(chart.height.baseVal.value);
  // Labels may reach past the chart's box (its overflow is visible): keep them in.
  const box = chart.getBBox();
  const left = Math.max(0, Math.ceil(-box.x));
  const right = Math.max(0, Math.ceil(box.x + box.width - width));
  const below = Math.max(0, Math.ceil(box.y + box.height - height));
  const above = Math.max(0, Math.ceil(-box.y));
  const outerWidth = width + left + right + 2 * PAD;
  const inner = outerWidth - 2 * PAD;

  const font = getComputedStyle(chart).fontFamily;
  const ruler = document.createElement('canvas').getContext('2d');
  const measureAt = (size, weight = 400) => {
    const spec = `${weight} ${size}px ${font}`;
    return (text) => {
      ruler.font = spec;
      return ruler.measureText(text).width;
    };
  };

  const parts = [];
  let y = PAD;
  const textLines = (text, size, lineHeight, fill, weight = 400) => {
    for (const line of wrap(text, inner, measureAt(size, weight))) {
      y += lineHeight;
      parts.push(
        node('text', { x: PAD, y: y - lineHeight * 0.28, 'font-size': size, 'font-weight': weight, fill }, line),
      );
    }
  };
  textLines(title, SIZE.title, LINE.title, colours.ink, 700);
  if (subtitle) textLines(subtitle, SIZE.subtitle, LINE.subtitle, colours.muted);
  y += 8;

  const copy = paintedCopy(chart);
  const textures = {};
  for (const pattern of copy.querySelectorAll('pattern[data-texture]')) textures[pattern.dataset.texture] = pattern.id;
  for (const [k, v] of Object.entries({
    x: PAD + left,
    y: y + above,
    width,
    height,
    viewBox: `0 0 ${width} ${height}`,
    overflow: 'visible',
  })) {
    copy.setAttribute(k, String(v));
  }
  parts.push(copy);
  y += above + height + below + 6;

  // The legend, flowing like the page's: a swatch and its text per entry.
  const entries = [...figure.querySelectorAll('.legend li')].filter((li) => li.textContent.trim());
  if (entries.length) {
    const measure = measureAt(SIZE.legend);
    let x = PAD;
    y += LINE.legend;
    for (const li of entries) {
      const text = li.textContent.trim();
      const needed = 19 + measure(text);
      if (x > PAD && x + needed > PAD + inner) {
        x = PAD;
        y += LINE.legend;
      }
      const mid = y - LINE.legend * 0.32 - 1;
      const mark = swatch(li, x, mid, textures);
      parts.push(mark.g);
      // An entry wider than the image goes on as many lines as it needs, beside its swatch.
      const left = x + mark.width + 5;
      const lines = wrap(text, PAD + inner - left, measure);
      lines.forEach((line, i) => {
        if (i > 0) y += LINE.legend;
        parts.push(
          node('text', { x: left, y: y - LINE.legend * 0.28, 'font-size': SIZE.legend, fill: colours.ink }, line),
        );
      });
      x = lines.length > 1 ? PAD + inner : left + measure(text) + 14;
    }
  }
  y += 6;
  for (const line of footer) textLines(line, SIZE.footer, LINE.footer, colours.muted);
  y += PAD;

  const outerHeight = Math.ceil(y);
  const root = node('svg', {
    xmlns: SVG_NS,
    width: outerWidth,
    height: outerHeight,
    viewBox: `0 0 ${outerWidth} ${outerHeight}`,
    'font-family': font,
  });
  root.append(
    node('title', {}, title),
    node('desc', {}, [subtitle, ...footer].filter(Boolean).join(' — ')),
    node('rect', { width: outerWidth, height: outerHeight, fill: colours.background }),
    ...parts,
  );
  const text = `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(root)}\n`;
  return { svg: text, width: outerWidth, height: outerHeight };
}

/** The image drawn `scale` times its size into a PNG blob. */
export async function pngOf({ svg, width, height }, scale = 2) {
  const image = new Image();
  image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
  await image.decode();
  const canvas = document.createElement('canvas');
  canvas.width = Math.round(width * scale);
  canvas.height = Math.round(height * scale);
  canvas.getContext('2d').drawImage(image, 0, 0, canvas.width, canvas.height);
  return new Promise((resolve, reject) =>
    canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('no PNG'))), 'image/png'),
  );
}
