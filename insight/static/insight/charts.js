/* Charts for /statistik/: the numbers of each table, drawn by Chart.js (vendored, no CDN).
 * The data comes from the page's JSON block (json_script); no inline script (CSP). Without
 * JavaScript, or if Chart.js failed to load, the tables alone carry the content. */
(function () {
  "use strict";

  var COLOURS = ["#0b6e4f", "#1f5fa8", "#a34f00", "#6b3fa0", "#8a1c3b", "#4a5560"];
  var PLACES = ["#0b6e4f", "#8a1c3b", "#6c757d"]; // free, full, not given

  function draw(box, spec, note) {
    var canvas = document.createElement("canvas");
    canvas.setAttribute("role", "img");
    canvas.setAttribute("aria-label", spec.title + ". " + note);
    box.appendChild(canvas);
    box.hidden = false;
    var palette = spec.name === "lediga-platser" ? PLACES : COLOURS;
    var quiet = window.matchMedia("(prefers-reduced-motion: reduce)").matches;
    var valueAxis = {
      beginAtZero: true,
      stacked: spec.stacked,
      ticks: { precision: 0 }
    };
    if (spec.percent) {
      valueAxis.max = 100;
    }
    return new window.Chart(canvas, {
      type: "bar",
      data: {
        labels: spec.labels,
        datasets: spec.datasets.map(function (dataset, i) {
          return {
            label: dataset.label,
            data: dataset.data,
            backgroundColor: palette[i % palette.length]
          };
        })
      },
      options: {
        indexAxis: "y",
        responsive: true,
        maintainAspectRatio: false,
        animation: quiet ? false : undefined,
        scales: {
          x: valueAxis,
          y: { stacked: spec.stacked }
        },
        plugins: {
          legend: { display: spec.datasets.length > 1, position: "bottom" }
        }
      }
    });
  }

  function start() {
    var source = document.getElementById("insight-charts");
    if (!source || !window.Chart) {
      return;
    }
    // The page's own text colour and font: Chart.js's default grey is too faint to read.
    var body = window.getComputedStyle(document.body);
    window.Chart.defaults.color = body.color;
    window.Chart.defaults.font.family = body.fontFamily;
    window.Chart.defaults.font.size = 13;
    var data = JSON.parse(source.textContent);
    data.charts.forEach(function (spec) {
      var box = document.querySelector('[data-chart="' + spec.name + '"]');
      if (box) {
        draw(box, spec, data.note);
      }
    });
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", start);
  } else {
    start();
  }
})();
