// Minutebook pages: the only script. Copies a paragraph's permalink; everything else works without it.
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
})();
