// The API explorer: asks for a token, loads /api/openapi.json with it, then shows Swagger UI over
// that document with the token already under "Authorize", so every request it tries carries it.
(function () {
  "use strict";
  var form = document.getElementById("sign-in");
  var error = document.getElementById("sign-in-error");

  function explain(response) {
    return response.json().then(
      function (body) {
        throw new Error((body.error && body.error.message) || "HTTP " + response.status);
      },
      function () {
        throw new Error("HTTP " + response.status);
      });
  }

  function explore(spec, token) {
    var ui = SwaggerUIBundle({
      spec: spec,
      dom_id: "#swagger-ui",
      deepLinking: true,
      validatorUrl: null,
      presets: [SwaggerUIBundle.presets.apis],
      layout: "BaseLayout",
      onComplete: function () {
        ui.preauthorizeApiKey("bearerAuth", token);
      }
    });
  }

  form.addEventListener("submit", function (event) {
    event.preventDefault();
    var token = document.getElementById("token").value.trim();
    error.textContent = "";
    fetch("/api/openapi.json", {headers: {"Authorization": "Bearer " + token}})
      .then(function (response) {
        return response.ok ? response.json() : explain(response);
      })
      .then(function (spec) {
        form.hidden = true;
        explore(spec, token);
      })
      .catch(function (failure) {
        error.textContent = "Not signed in: " + failure.message;
      });
  });
})();
