// Ticks live countdowns in the browser, so a live dashboard costs the server nothing per second (docs/performance.md,
// "Live circuits"). The server renders each countdown with the due instant (data-countdown-due, Unix milliseconds) and,
// from the circuit, its own clock's instant at that render (data-countdown-now); the time shown is that instant plus
// the real time elapsed in this browser since the element was rendered, so a skewed browser clock, or the test suite's
// shifted server clock, does not change the figure, and sleep/wake is caught up on the next tick. The prerendered page
// has no data-countdown-now (it may be a cached copy, made earlier): until the circuit renders, the instant is the one
// the page's response was served at, from its Server-Timing header ("now;desc=<Unix ms>", Setup/OutputCacheSetup.cs),
// plus the time since that response started; the browser's own clock only when the header cannot be read. The arithmetic is Countdown.Between's.
// Only the text of the nodes Blazor rendered is changed (nodeValue, never the nodes), so Blazor's later diffs still
// apply. When the instant passes, the server's one-shot timer renders the "passed" state (and what became of the
// deadline); from then on this script counts the time since.
(() => {
  const seen = new WeakMap(); // element -> { now: rendered server instant, at: Date.now() when first seen with it }
  // The instant the page was served at and when, in this browser's clock, its response started.
  const served = (() => {
    const navigation = performance.getEntriesByType('navigation')[0];
    const now = navigation?.serverTiming?.find(t => t.name === 'now');
    return now ? { now: Number(now.description), at: performance.timeOrigin + navigation.responseStart } : { now: Date.now(), at: Date.now() };
  })();
  const plural = (n, unit) => `${n} ${n === 1 ? unit : unit + 's'}`;
  const setText = (node, text) => {
    const textNode = node?.firstChild;
    if (textNode && textNode.nodeValue !== text) {
      textNode.nodeValue = text;
    }
  };

  const tick = () => {
    for (const timer of document.querySelectorAll('[data-countdown-due]')) {
      let entry = served;
      if (timer.dataset.countdownNow) {
        const renderedNow = Number(timer.dataset.countdownNow);
        entry = seen.get(timer);
        if (!entry || entry.now !== renderedNow) {
          entry = { now: renderedNow, at: Date.now() };
          seen.set(timer, entry);
        }
      }

      const now = entry.now + (Date.now() - entry.at);
      const span = Number(timer.dataset.countdownDue) - now;
      const passed = timer.dataset.past === 'true';
      // Before the server's "passed" render arrives, a countdown that reached its instant stays at zero.
      const total = passed || span > 0 ? Math.floor(Math.abs(span) / 1000) : 0;
      const parts = {
        days: Math.floor(total / 86400),
        hours: Math.floor(total % 86400 / 3600),
        minutes: Math.floor(total % 3600 / 60),
        seconds: total % 60,
      };
      const text = `${plural(parts.days, 'day')}, ${plural(parts.hours, 'hour')}, ${plural(parts.minutes, 'minute')}, ${plural(parts.seconds, 'second')}`;
      if (passed) {
        setText(timer.querySelector('[data-countdown-part="elapsed"]'), text);
      } else {
        for (const [unit, value] of Object.entries(parts)) {
          setText(timer.querySelector(`[data-countdown-part="${unit}"]`), unit === 'days' ? String(value) : String(value).padStart(2, '0'));
        }
      }

      const from = timer.dataset.countdownFrom;
      const label = passed ? `Passed ${text} ago${from ? `, counted from ${from}` : ''}` : `${text} to go`;
      if (timer.getAttribute('aria-label') !== label) {
        timer.setAttribute('aria-label', label);
      }
    }
  };

  // Four times a second, so the seconds change within a quarter second of the real one whatever the phase.
  setInterval(tick, 250);
  tick();
})();
