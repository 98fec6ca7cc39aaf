// Minutebook pages: the only script. Copies a paragraph's permalink and fetches the search page's
// answer card; everything works without it (the card is then a link to the page drawn with it).
(function () {
  "use strict";

  function permalink(anchor) {
    return window.location.origin + window.location.pathname + "#" + anchor;
  }

  function fallbackCopy(text) {
    var field = document.createElement("textarea");
    field.value = text;
    field.setAttribute("readonly", "");
    field.className = "offscreen";
    document.body.appendChild(field);
    field.select();
    var ok = false;
    try { ok = document.execCommand("copy"); } catch (e) { ok = false; }
    document.body.removeChild(field);
    return ok;
  }

  function announce(button, text) {
    var label = button.textContent;
    button.textContent = text;
    button.classList.add("done");
    window.setTimeout(function () {
      button.textContent = label;
      button.classList.remove("done");
    }, 1800);
  }

  function copy(button) {
    var url = permalink(button.getAttribute("data-anchor"));
    button.setAttribute("data-copied", url);
    if (navigator.clipboard && window.isSecureContext) {
      navigator.clipboard.writeText(url).then(
        function () { announce(button, "Copied"); },
        function () { announce(button, fallbackCopy(url) ? "Copied" : "Copy failed"); });
    } else {
      announce(button, fallbackCopy(url) ? "Copied" : "Copy failed");
    }
  }

  document.addEventListener("click", function (event) {
    var button = event.target.closest ? event.target.closest("button.copy-link") : null;
    if (button) {
      event.preventDefault();
      copy(button);
    }
  });

  function showAnswer(slot) {
    var src = slot.getAttribute("data-answer-src");
    var failed = function () {
      slot.setAttribute("aria-busy", "false");
      var wait = slot.querySelector(".answer-wait");
      if (wait) {
        wait.firstChild.textContent = "The answer could not be fetched. ";
      }
    };
    if (!src || !window.fetch) {
      return;
    }
    window.fetch(src, {headers: {"Accept": "text/html"}, credentials: "same-origin"}).then(function (r) {
      return r.ok ? r.text() : Promise.reject(new Error("HTTP " + r.status));
    }).then(function (html) {
      slot.innerHTML = html;
      slot.setAttribute("aria-busy", "false");
    }).catch(failed);
  }

  var slot = document.getElementById("answer-slot");
  if (slot) {
    showAnswer(slot);
  }
})();
