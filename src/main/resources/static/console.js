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

// The live desk. /console/live sends server-sent events saying what changed (ids and counts only); each page fetches
// the part it shows: the navigation's badge, the queue table, the open transcript's new turns.
(function () {
  // Only on pages of a signed-in staff member (their navigation has the queue badge), never on the login page.
  var badge = document.getElementById('queue-badge');
  if (!badge || !window.EventSource || !window.fetch) {
    return;
  }
  var queue = document.getElementById('queue-live');
  var turns = document.getElementById('turns');
  var status = document.getElementById('live-status');
  var changed = document.getElementById('live-changed');
  var queueTimer = null;
  var loadingTurns = false;
  var turnsAgain = false;

  function fetchDocument(url) {
    return fetch(url, { credentials: 'same-origin', headers: { Accept: 'text/html' } }).then(function (r) {
      if (!r.ok) {
        throw new Error('status ' + r.status);
      }
      return r.text();
    }).then(function (html) {
      return new DOMParser().parseFromString(html, 'text/html');
    });
  }

  function refreshQueue() {
    if (!queue) {
      return;
    }
    clearTimeout(queueTimer);
    queueTimer = setTimeout(function () {
      fetchDocument(queue.dataset.liveQueue).then(function (doc) {
        var fresh = doc.getElementById('queue-wrap');
        var old = document.getElementById('queue-wrap');
        if (fresh && old) {
          old.replaceWith(document.importNode(fresh, true));
        }
      }).catch(function () { /* the next event or the minute tick tries again */ });
    }, 200);
  }

  function loadTurns() {
    if (!turns) {
      return;
    }
    if (loadingTurns) {
      turnsAgain = true;
      return;
    }
    loadingTurns = true;
    var url = turns.dataset.liveTurns + '?after=' + encodeURIComponent(turns.dataset.lastTurn || '0');
    fetchDocument(url).then(function (doc) {
      var atBottom = window.innerHeight + window.scrollY >= document.body.scrollHeight - 120;
      doc.querySelectorAll('#new-turns > [data-turn]').forEach(function (card) {
        var id = Number(card.dataset.turn);
        if (document.getElementById('turn-' + id)) {
          return;
        }
        var node = document.importNode(card, true);
        node.classList.add('live-new');
        turns.appendChild(node);
        if (id > Number(turns.dataset.lastTurn || 0)) {
          turns.dataset.lastTurn = String(id);
        }
      });
      if (atBottom) {
        var composer = document.getElementById('reply');
        (composer || turns.lastElementChild || turns).scrollIntoView({ block: 'end' });
      }
    }).catch(function () { /* retried on the next event */ }).then(function () {
      loadingTurns = false;
      if (turnsAgain) {
        turnsAgain = false;
        loadTurns();
      }
    });
  }

  function setStatus(on) {
    if (status) {
      status.textContent = on ? status.dataset.on : status.dataset.off;
      status.dataset.state = on ? 'on' : 'off';
    }
  }

  // Opened after the load event: a stream still open would otherwise keep the page "loading" for ever.
  function connect() {
  var source = new EventSource('/console/live');
  source.addEventListener('open', function () {
    setStatus(true);
    // Whatever happened while (re)connecting is fetched now.
    refreshQueue();
    loadTurns();
  });
  source.addEventListener('error', function () {
    setStatus(false);
  });
  source.addEventListener('queue', function (e) {
    var data = JSON.parse(e.data);
    if (badge) {
      badge.textContent = String(data.attention);
      badge.classList.toggle('d-none', !data.attention);
      badge.setAttribute('title', (badge.dataset.label || '') + ' ' + data.attention);
    }
    refreshQueue();
  });
  source.addEventListener('handoff', function (e) {
    var data = JSON.parse(e.data);
    if (turns && changed && String(data.conversation) === turns.dataset.conversation
        && (data.state !== turns.dataset.state || (data.agent || '') !== turns.dataset.agent)) {
      changed.classList.remove('d-none');
    }
    refreshQueue();
  });
  source.addEventListener('turn', function (e) {
    var data = JSON.parse(e.data);
    if (turns && String(data.conversation) === turns.dataset.conversation) {
      loadTurns();
    }
  });
  window.addEventListener('pagehide', function () {
    source.close();
  });
  }
  if (document.readyState === 'complete') {
    connect();
  } else {
    window.addEventListener('load', function () {
      setTimeout(connect, 0);
    });
  }
  // "Waiting N min" moves on without events.
  if (queue) {
    setInterval(refreshQueue, 30000);
  }

  var canned = document.getElementById('canned');
  var replyText = document.getElementById('reply-text');
  if (canned && replyText) {
    canned.addEventListener('change', function () {
      if (canned.value) {
        replyText.value = replyText.value ? replyText.value.replace(/\s+$/, '') + '\n' + canned.value : canned.value;
        replyText.focus();
        canned.value = '';
      }
    });
  }
})();
