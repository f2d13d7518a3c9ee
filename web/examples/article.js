// The sample article's own caption under the card: a host page listens to
// the calculator's change events (re-sent by embed.js on the iframe) and
// writes its own words around the figures.
const card = document.getElementById('card');
const caption = document.getElementById('card-caption');
const euro = new Intl.NumberFormat('en-GB', { maximumSignificantDigits: 3 });

card.addEventListener('tradeoff:change', (event) => {
  const { state, figures, year } = event.detail;
  caption.textContent =
    `Shown: ${state.country} in ${year}, spending €${euro.format(figures.total_effort_eur_bn)} bn on defence, ` +
    `€${euro.format(figures.pooling_gain_eur_bn)} bn more capability from pooling.`;
});
