// duoctl console: the few behaviours htmx does not cover. Loaded from 'self' (the CSP forbids inline scripts).
document.addEventListener("click", function (event) {
  var button = event.target.closest("[data-copy]");
  if (!button) {
    return;
  }
  var source = document.getElementById(button.getAttribute("data-copy"));
  if (!source) {
    return;
  }
  var text = source.value !== undefined ? source.value : source.textContent;
  var done = function () {
    button.textContent = "Copied";
  };
  if (navigator.clipboard && window.isSecureContext) {
    navigator.clipboard.writeText(text.trim()).then(done);
  } else {
    var range = document.createRange();
    range.selectNodeContents(source);
    var selection = window.getSelection();
    selection.removeAllRanges();
    selection.addRange(range);
    document.execCommand("copy");
    done();
  }
});

// htmx leaves the page as it was when a request is refused or fails; say why in the page's banner.
function showRequestError(message) {
  var banner = document.getElementById("request-error");
  if (banner) {
    banner.textContent = message;
    banner.hidden = false;
  }
}

document.addEventListener("htmx:beforeRequest", function () {
  var banner = document.getElementById("request-error");
  if (banner) {
    banner.hidden = true;
  }
});

document.addEventListener("htmx:responseError", function (event) {
  var xhr = event.detail.xhr;
  var page = new DOMParser().parseFromString(xhr.responseText || "", "text/html");
  var alert = page.querySelector("[role=alert]:not([hidden])") || page.querySelector("main p, p");
  var text = alert ? alert.textContent.trim() : "";
  showRequestError(text || "duoctl answered " + xhr.status + " and did nothing.");
});

document.addEventListener("htmx:sendError", function () {
  showRequestError("duoctl did not answer: check that the server is running, then try again.");
});
