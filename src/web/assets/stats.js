// The statistics page's charts: Chart.js (served from its npm package under /assets/chartjs/) draws
// each canvas from its data-chart. The tables below the charts hold the same numbers and are the
// page without JavaScript; the figures stay hidden until drawn.
'use strict';

(function statsCharts() {
  var Chart = window.Chart;
  if (!Chart) return;
  var locale = document.documentElement.lang === 'en' ? 'en-GB' : 'da-DK';
  // Distinguishable with the common colour-vision deficiencies (Okabe–Ito), dark enough on white.
  var COLOURS = ['#0072b2', '#d55e00', '#009e73', '#cc79a7', '#56b4e9', '#e69f00', '#000000'];
  var number = new Intl.NumberFormat(locale, { maximumFractionDigits: 1 });

  function withUnit(value, unit) {
    if (value === null || value === undefined) return '–';
    var text = number.format(value);
    if (unit === 'percent') return locale === 'da-DK' ? text + ' %' : text + '%';
    if (unit === 'minutes') return locale === 'da-DK' ? text + ' min.' : text + ' min';
    return text;
  }

  function dataset(series, index, kind) {
    var colour = series.line ? '#1a1a1a' : COLOURS[index % COLOURS.length];
    return {
      type: series.line ? 'line' : kind,
      label: series.label,
      data: series.values,
      // A line's legend entry is then its dashed outline, not a filled box.
      backgroundColor: series.line ? 'rgba(0, 0, 0, 0)' : colour,
      borderColor: colour,
      borderWidth: series.line || kind === 'line' ? 2 : 0,
      borderDash: series.line || series.dashed ? [6, 4] : [],
      pointRadius: series.line ? 0 : 3,
      spanGaps: false,
      order: series.line ? 0 : 1,
    };
  }

  function config(data) {
    var percent = data.unit === 'percent';
    return {
      type: data.kind,
      data: {
        labels: data.labels,
        datasets: data.series.map(function (series, index) {
          return dataset(series, index, data.kind);
        }),
      },
      options: {
        // Drawn once, without movement (prefers-reduced-motion, and a stable picture to test).
        animation: false,
        maintainAspectRatio: false,
        locale: locale,
        scales: {
          x: {
            stacked: !!data.stacked,
            ticks: {
              autoSkip: true,
              maxRotation: 60,
              // Long errand names are cut on the axis (the tooltip and the table have them whole).
              callback: function (value) {
                var label = String(this.getLabelForValue(value));
                return label.length > 24 ? label.slice(0, 23) + '…' : label;
              },
            },
          },
          y: {
            stacked: !!data.stacked,
            beginAtZero: true,
            suggestedMax: percent ? 100 : undefined,
            ticks: {
              precision: data.unit === 'count' ? 0 : undefined,
              callback: function (value) {
                return withUnit(value, data.unit);
              },
            },
          },
        },
        plugins: {
          legend: { position: 'bottom', labels: { boxWidth: 14 } },
          tooltip: {
            callbacks: {
              label: function (item) {
                return item.dataset.label + ': ' + withUnit(item.parsed.y, data.unit);
              },
            },
          },
        },
      },
    };
  }

  document.querySelectorAll('canvas[data-chart]').forEach(function (canvas) {
    var data;
    try {
      data = JSON.parse(canvas.getAttribute('data-chart'));
    } catch {
      return;
    }
    var figure = canvas.closest('figure');
    // Shown first: Chart.js sizes the canvas from its container, which has no size while hidden.
    if (figure) figure.hidden = false;
    new Chart(canvas, config(data));
  });
})();
