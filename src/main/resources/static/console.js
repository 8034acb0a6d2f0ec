// Staff console: the language switch (a cookie the server reads) and confirmation of destructive forms.
(function () {
  document.querySelectorAll('[data-lang]').forEach(function (button) {
    button.addEventListener('click', function () {
      document.cookie = 'console_lang=' + button.dataset.lang + '; path=/; max-age=31536000; samesite=lax';
      window.location.reload();
    });
  });
  document.querySelectorAll('form[data-confirm]').forEach(function (form) {
    form.addEventListener('submit', function (event) {
      if (!window.confirm(form.dataset.confirm)) {
        event.preventDefault();
      }
    });
  });
  // Long answers in a transcript show three lines; a button under a cut one shows the rest.
  var turns = document.getElementById('turns');
  if (turns) {
    turns.querySelectorAll('.reply-text.clamp').forEach(function (text) {
      if (text.scrollHeight <= text.clientHeight + 2) {
        return;
      }
      var toggle = document.createElement('button');
      toggle.type = 'button';
      toggle.className = 'btn btn-link more-toggle';
      toggle.textContent = turns.dataset.more;
      toggle.setAttribute('aria-expanded', 'false');
      toggle.addEventListener('click', function () {
        var open = text.classList.toggle('expanded');
        toggle.textContent = open ? turns.dataset.less : turns.dataset.more;
        toggle.setAttribute('aria-expanded', String(open));
      });
      // In the turn's line of figures, so a cut answer costs no extra row.
      var meta = text.closest('.turn-card').querySelector('.meta');
      meta.insertBefore(toggle, meta.firstChild);
    });
  }
  // The dashboard's figures come as JSON in a data attribute: the Content-Security-Policy allows no inline script.
  var dashboard = document.querySelector('[data-chart-data]');
  if (dashboard && dashboard.dataset.chartData) {
    var c = JSON.parse(dashboard.dataset.chartData);
    var label = dashboard.dataset;
    var opts = { responsive: true, maintainAspectRatio: false, animation: false };
    window.consoleCharts = {
      volume: { type: 'bar', data: { labels: c.labels, datasets: [{ label: label.labelTurns, data: c.volume, backgroundColor: '#0d6efd' }] },
        options: Object.assign({ scales: { y: { beginAtZero: true, ticks: { precision: 0 } } } }, opts) },
      rates: { type: 'line', data: { labels: c.labels, datasets: [
        { label: label.labelContainment, data: c.containment, borderColor: '#198754' },
        { label: label.labelFallback, data: c.fallback, borderColor: '#dc3545' }] },
        options: Object.assign({ scales: { y: { min: 0, max: 100 } } }, opts) },
      intents: { type: 'bar', data: { labels: c.intentLabels, datasets: [{ label: label.labelTurns, data: c.intentCounts, backgroundColor: '#6f42c1' }] },
        options: Object.assign({ indexAxis: 'y', scales: { x: { beginAtZero: true, ticks: { precision: 0 } } } }, opts) },
      latency: { type: 'line', data: { labels: c.labels, datasets: [{ label: label.labelP95, data: c.p95, borderColor: '#fd7e14', spanGaps: true }] }, options: opts }
    };
  }
  document.querySelectorAll('[data-chart]').forEach(function (canvas) {
    if (window.Chart && window.consoleCharts && window.consoleCharts[canvas.dataset.chart]) {
      new window.Chart(canvas, window.consoleCharts[canvas.dataset.chart]);
    }
  });
})();
