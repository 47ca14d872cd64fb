/* The record form of an item, enhanced. The page works without this file: every button
   saves the whole form. With it: a warning before leaving with unsaved changes, Ctrl+Enter
   (or Cmd+Enter) for "save and go to the next item", and the form kept on the server as a
   draft a few seconds after each change, put back the next time the page opens. */
(function () {
  "use strict";
  var form = document.querySelector("form.record-form");
  if (!form || !window.fetch || !window.FormData) return;
  var status = form.querySelector(".draft-status");
  var dirty = false;
  var timer = null;
  var sending = false;

  function say(text) {
    if (!status) return;
    status.hidden = false;
    status.textContent = text;
  }

  function clock(date) {
    var h = date.getHours(), m = date.getMinutes();
    var suffix = h < 12 ? "am" : "pm";
    h = h % 12 || 12;
    return h + "." + (m < 10 ? "0" : "") + m + suffix;
  }

  function keep() {
    timer = null;
    if (sending) { timer = setTimeout(keep, 1000); return; }
    sending = true;
    var data = new FormData(form);
    data.delete("go");
    fetch(form.getAttribute("data-draft-url"), {
      method: "POST",
      body: data,
      credentials: "same-origin",
      headers: { "X-CSRFToken": data.get("csrfmiddlewaretoken") }
    }).then(function (response) {
      if (response.status === 204) say("Draft kept at " + clock(new Date()) + ". Save to record it.");
      else say("Your draft could not be kept. Save the item to record it.");
    }).catch(function () {
      say("Not connected: your draft is not kept. Do not close this page; save when connected.");
    }).then(function () { sending = false; });
  }

  function changed() {
    dirty = true;
    if (timer) clearTimeout(timer);
    timer = setTimeout(keep, 2000);
  }

  form.addEventListener("input", changed);
  form.addEventListener("change", changed);
  form.addEventListener("submit", function () {
    dirty = false;
    if (timer) clearTimeout(timer);
  });
  window.addEventListener("beforeunload", function (event) {
    if (!dirty) return;
    event.preventDefault();
    event.returnValue = "";
  });
  form.addEventListener("keydown", function (event) {
    if (event.key === "Enter" && (event.ctrlKey || event.metaKey)) {
      var next = form.querySelector('button[name="go"][value="next"]');
      if (next) { event.preventDefault(); form.requestSubmit ? form.requestSubmit(next) : next.click(); }
    }
  });
})();
