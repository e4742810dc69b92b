// "Read this page aloud" on young people's pages: uses the browser's speech synthesis, when there is any.
// Reads the main text block by block (headings, paragraphs, list items), in British English.
(function () {
  var holder = document.querySelector('[data-read-aloud]');
  if (!holder || !window.speechSynthesis || typeof window.SpeechSynthesisUtterance !== 'function') return;
  var button = holder.querySelector('button');
  var label = button.querySelector('span');
  var speech = window.speechSynthesis;
  var reading = false;

  function blocks() {
    var main = document.querySelector('main');
    var found = main.querySelectorAll('h1, h2, h3, p, li, dt, dd, td, th');
    var texts = [];
    for (var i = 0; i < found.length; i++) {
      var el = found[i];
      if (el.closest('[data-read-aloud], [hidden], .visually-hidden, nav, table caption')) continue;
      if (el.querySelector('p, li, dt, dd')) continue;
      var text = el.innerText.replace(/\s+/g, ' ').trim();
      if (text) texts.push(text);
    }
    return texts;
  }

  function show(isReading) {
    reading = isReading;
    button.setAttribute('aria-pressed', isReading ? 'true' : 'false');
    label.textContent = isReading ? 'Stop reading' : 'Read this page aloud';
  }

  button.addEventListener('click', function () {
    if (reading) {
      speech.cancel();
      show(false);
      return;
    }
    speech.cancel();
    var texts = blocks();
    texts.forEach(function (text, index) {
      var utterance = new window.SpeechSynthesisUtterance(text);
      utterance.lang = 'en-GB';
      if (index === texts.length - 1) utterance.onend = function () { show(false); };
      speech.speak(utterance);
    });
    show(texts.length > 0);
  });
  window.addEventListener('pagehide', function () { speech.cancel(); });
  holder.hidden = false;
})();
