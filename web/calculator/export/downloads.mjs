// The files of the "Download" menu, made from the calculator's state: the
// data as CSV (the model's own writer), the scenario as JSON, and each chart
// as SVG or PNG (chart-image.mjs).

import { t } from '../../i18n.mjs';
import { writeLink } from '../../link.mjs';
import { DEFAULT_COUNTRY, EU_TOTAL, scenarioOf, selection } from '../model.mjs';
import { placeName } from '../views/summary.mjs';
import { sourceLine } from '../views/sources.mjs';
import { chartImage, pngOf } from './chart-image.mjs';
import { fileName, saveFile } from './save.mjs';

/**
 * The scenario behind the page as the CLI's `tradeoff run FILE` takes it:
 * the levers that differ from the defaults, with every country (the
 * ranking's) or the EU27 when the EU total is shown.
 */
export const requestOf = (s, levers) => ({
  countries: s.country === EU_TOTAL ? EU_TOTAL : 'ALL',
  ...scenarioOf(s.values, levers),
});

/**
 * downloader({ model, ctx, charts, root, fullUrl }) -> download(pick, state):
 * makes and saves the file `pick` ({ kind: 'csv' | 'json' | 'chart', chart,
 * format }) names; resolves to its file name.
 */
export function downloader({ model, ctx, charts, root, fullUrl }) {
  const { levers, description } = ctx;
  return async function download(pick, s) {
    const named = (what, extension) => fileName({ country: s.country, year: s.result.year, what, extension });
    if (pick.kind === 'csv') {
      const name = named('data', 'csv');
      const text = model.runCsv({ ...requestOf(s, levers), countries: 'ALL' });
      saveFile(name, new Blob([text], { type: 'text/csv;charset=utf-8' }));
      return name;
    }
    if (pick.kind === 'json') {
      const name = named('scenario', 'json');
      const text = `${JSON.stringify(requestOf(s, levers), null, 2)}\n`;
      saveFile(name, new Blob([text], { type: 'application/json' }));
      return name;
    }
    const started = performance.now();
    const figure = charts.ready(pick.chart, s);
    const place = placeName(ctx, selection(s.result));
    const subtitle = pick.chart === 'ranking' ? `${t(`chart.ranking.${s.metric}`)} · ${place}` : place;
    const link = `${fullUrl}?${writeLink(s, { levers, defaultCountry: DEFAULT_COUNTRY })}`;
    const image = chartImage(figure, {
      title: figure.querySelector('h2').textContent,
      subtitle,
      footer: [sourceLine(description), t('download.link', { link })],
      colours: {
        background: getComputedStyle(root).backgroundColor,
        ink: getComputedStyle(root).color,
        muted: getComputedStyle(figure.querySelector('figcaption')).color,
      },
    });
    const name = named(pick.chart, pick.format);
    const blob = pick.format === 'svg' ? new Blob([image.svg], { type: 'image/svg+xml' }) : await pngOf(image, 2);
    saveFile(name, blob);
    performance.measure(`tradeoff-export-${pick.format}`, { start: started, end: performance.now() });
    return name;
  };
}
