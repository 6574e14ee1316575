// Tolk exercise program page: tick exercises, adjust each dosage, print. Works offline from the
// static site; without this script the page lists the exercises with their print links.
(function () {
  'use strict';
  var page = document.querySelector('[data-program]');
  var dataElement = document.getElementById('program-data');
  if (!page || !dataElement) return;
  var data = JSON.parse(dataElement.textContent);
  var categoryNames = { z: 'zero', o: 'one', t: 'two', f: 'few', m: 'many', x: 'other' };

  // CLDR plural category from the page's table (0-199; 100 + n % 100 above, as CLDR's integer rules give).
  function category(lang, n) {
    var table = data.categories[lang] || '';
    var index = n < table.length ? n : 100 + (n % 100);
    return categoryNames[table.charAt(index)] || 'other';
  }
  function digits(lang, n) {
    var set = data.digits[lang];
    return set ? String(n).replace(/[0-9]/g, function (d) { return set[+d]; }) : String(n);
  }
  function phrase(lang, field, n) {
    var forms = (data.forms[lang] || {})[field] || {};
    var form = forms[category(lang, n)] || forms.other;
    return form ? form.split('{count}').join(digits(lang, n)) : digits(lang, n);
  }
  function value(input) {
    var n = parseInt(input.value, 10);
    if (isNaN(n) || n < 0) n = parseInt(input.getAttribute('data-default'), 10) || 0;
    return Math.min(n, 999);
  }

  Array.prototype.forEach.call(page.querySelectorAll('[data-js]'), function (element) { element.hidden = false; });
  var form = page.querySelector('form');
  form.addEventListener('submit', function (event) { event.preventDefault(); });
  form.addEventListener('input', function (event) {
    var input = event.target;
    if (input.type !== 'number') return;
    var item = input.closest('.program-exercise');
    var output = item.querySelector('output[data-for="' + input.name + '"]');
    if (output) output.innerHTML = phrase(data.lang, input.name, value(input));
    var pick = item.querySelector('input[name="pick"]');
    if (pick) pick.checked = true;
  });

  var output = null;
  function clear() {
    if (output) output.remove();
    output = null;
    document.body.classList.remove('printing-program');
  }
  function build(bilingual) {
    var suffix = bilingual ? '-bilingual' : '';
    var sheet = document.createElement('div');
    sheet.className = 'handout program-output' + (bilingual ? ' bilingual' : '');
    sheet.lang = document.documentElement.lang;
    sheet.dir = document.documentElement.dir;
    var head = document.getElementById('program-head' + suffix);
    if (head) sheet.appendChild(head.content.cloneNode(true));
    var count = 0;
    Array.prototype.forEach.call(page.querySelectorAll('.program-exercise'), function (item) {
      var pick = item.querySelector('input[name="pick"]');
      var template = document.getElementById('program-' + item.getAttribute('data-slug') + suffix);
      if (!pick || !pick.checked || !template) return;
      var article = template.content.cloneNode(true);
      Array.prototype.forEach.call(item.querySelectorAll('input[type="number"]'), function (input) {
        var n = value(input);
        Array.prototype.forEach.call(article.querySelectorAll('[data-dose="' + input.name + '"]'), function (line) {
          line.innerHTML = phrase(line.getAttribute('data-lang'), input.name, n);
        });
        Array.prototype.forEach.call(article.querySelectorAll('[data-number="' + input.name + '"]'), function (number) {
          number.textContent = digits(number.getAttribute('data-lang'), n);
        });
      });
      sheet.appendChild(article);
      count += 1;
    });
    return count > 0 ? sheet : null;
  }
  Array.prototype.forEach.call(page.querySelectorAll('[data-print]'), function (button) {
    button.addEventListener('click', function () {
      clear();
      output = build(button.getAttribute('data-print') === 'bilingual');
      if (!output) {
        var first = page.querySelector('input[name="pick"]');
        if (first) first.focus();
        return;
      }
      document.body.appendChild(output);
      document.body.classList.add('printing-program');
      window.print();
    });
  });
  window.addEventListener('afterprint', clear);
})();
