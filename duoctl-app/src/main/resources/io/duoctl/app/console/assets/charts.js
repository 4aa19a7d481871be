// duoctl console: the dashboard's trend charts, drawn with uPlot from the JSON the page carries
// (<script type="application/json" id="trend-data">). Loaded from 'self': the CSP forbids inline scripts.
(function () {
  var source = document.getElementById("trend-data");
  if (!source || typeof uPlot === "undefined") {
    return;
  }
  var HEIGHT = 240;
  var COLORS = ["#2456c7", "#b3261e", "#8a5a00", "#1d7a46", "#6b3fa0"];
  var DASHES = [null, [6, 4], [2, 3], [10, 3, 2, 3]];

  function day(ts) {
    return new Date(ts * 1000).toISOString().slice(0, 10);
  }

  function draw(chart) {
    var target = document.getElementById(chart.id);
    if (!target) {
      return null;
    }
    var shown = function (u, v) {
      return v == null ? "–" : chart.percent ? v + " %" : v.toLocaleString("en");
    };
    var series = [{ label: "Day", value: function (u, ts) { return ts == null ? "–" : day(ts); } }];
    chart.series.forEach(function (line, i) {
      var s = {
        label: line.label,
        stroke: COLORS[i % COLORS.length],
        width: i === 0 ? 2.5 : 1.5,
        points: { show: chart.days.length <= 31 },
        value: shown,
      };
      if (DASHES[i % DASHES.length]) {
        s.dash = DASHES[i % DASHES.length];
      }
      series.push(s);
    });
    var data = [chart.days.map(function (d) { return Date.parse(d + "T00:00:00Z") / 1000; })];
    chart.series.forEach(function (line) {
      data.push(line.values);
    });
    var opts = {
      width: Math.max(target.clientWidth, 240),
      height: HEIGHT,
      series: series,
      tzDate: function (ts) { return uPlot.tzDate(new Date(ts * 1000), "Etc/UTC"); },
      scales: { x: { time: true }, y: chart.percent ? { range: [0, 100] } : {} },
      axes: [
        { label: "Day (UTC)", labelSize: 20 },
        { label: chart.y, labelSize: 20, size: 56 },
      ],
      legend: { show: true },
      cursor: { drag: { x: false, y: false } },
    };
    return { target: target, plot: new uPlot(opts, data, target) };
  }

  var drawn = JSON.parse(source.textContent).charts.map(draw).filter(Boolean);
  var pending = null;
  window.addEventListener("resize", function () {
    clearTimeout(pending);
    pending = setTimeout(function () {
      drawn.forEach(function (d) {
        d.plot.setSize({ width: Math.max(d.target.clientWidth, 240), height: HEIGHT });
      });
    }, 150);
  });
})();
