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
  document.querySelectorAll('[data-chart]').forEach(function (canvas) {
    if (window.Chart && window.consoleCharts && window.consoleCharts[canvas.dataset.chart]) {
      new window.Chart(canvas, window.consoleCharts[canvas.dataset.chart]);
    }
  });
})();
