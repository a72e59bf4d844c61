// 様式の窓口: live checks and previews for a form's page. The page works without this script:
// every button posts the form and the desk answers with the whole page. The script asks the desk the
// same questions while the form is edited (POST /forms/FORM/check and /forms/FORM/preview/N, with the
// form's fields as the buttons send them) and shows the answers in place.
"use strict";

(function () {
  const form = document.querySelector("form.entry[data-form]");
  if (!form) return;
  const kind = form.dataset.form;
  const summary = form.querySelector(".summary");
  const preview = document.querySelector("section.preview");
  let timer = null;
  let asked = 0;
  let shownUrls = [];
  // A message shows beside a field once it was left or changed, or when the page came back from the
  // desk with messages (every field was checked then); the summary lists every problem.
  const touched = new Set();
  let showAll = summary !== null && !summary.hidden;

  function fields() {
    return new URLSearchParams(new FormData(form));
  }

  function post(path) {
    return fetch(path, { method: "POST", body: fields(), credentials: "same-origin" });
  }

  // Asks soon after typing stops, at once when a field is left or a choice made.
  function schedule(delay) {
    clearTimeout(timer);
    timer = setTimeout(check, delay);
  }

  async function check() {
    const mine = ++asked;
    let answer;
    try {
      const response = await post("/forms/" + kind + "/check");
      if (!response.ok) return;
      answer = await response.json();
    } catch (error) {
      return;
    }
    if (mine !== asked) return;
    showProblems(answer);
    showEras(answer.eras);
    if (answer.problems.length === 0) {
      refreshPreview(answer.pages, mine);
    } else if (preview && preview.querySelector("img")) {
      preview.classList.add("stale");
    }
  }

  function showProblems(answer) {
    for (const old of form.querySelectorAll("p.message")) old.remove();
    for (const invalid of form.querySelectorAll("[aria-invalid]")) {
      invalid.removeAttribute("aria-invalid");
      describe(invalid, null);
    }
    const notice = form.querySelector(".notice");
    if (notice) notice.remove();
    const byField = new Map();
    for (const problem of answer.problems) {
      if (!problem.field) continue;
      const list = byField.get(problem.field) || { messageId: problem.messageId, messages: [] };
      list.messages.push(problem.message);
      byField.set(problem.field, list);
    }
    for (const [id, found] of byField) {
      const field = document.getElementById(id);
      if (!field || !(showAll || touched.has(field.name))) continue;
      const message = document.createElement("p");
      message.className = "message";
      message.id = found.messageId;
      message.textContent = found.messages.join("／");
      const holder = field.closest("td, fieldset.field, .field") || field.parentElement;
      holder.appendChild(message);
      field.setAttribute("aria-invalid", "true");
      describe(field, found.messageId);
    }
    if (!summary) return;
    const heading = summary.querySelector("h2");
    const list = summary.querySelector("ul");
    list.replaceChildren();
    for (const problem of answer.problems) {
      const item = document.createElement("li");
      if (problem.field) {
        const link = document.createElement("a");
        link.href = "#" + problem.field;
        link.textContent = problem.label;
        item.append(link, ": " + problem.message);
      } else {
        item.textContent = (problem.label ? problem.label + ": " : "") + problem.message;
      }
      list.appendChild(item);
    }
    heading.textContent = answer.summary;
    summary.hidden = answer.problems.length === 0;
    summary.removeAttribute("role");
    summary.setAttribute("aria-live", "polite");
  }

  // Keeps the hint in aria-describedby and adds or removes the message.
  function describe(field, messageId) {
    const ids = (field.getAttribute("aria-describedby") || "").split(" ").filter((id) => id && !id.startsWith("m-"));
    if (messageId) ids.push(messageId);
    if (ids.length) field.setAttribute("aria-describedby", ids.join(" "));
    else field.removeAttribute("aria-describedby");
  }

  function showEras(eras) {
    for (const [id, text] of Object.entries(eras)) {
      const output = form.querySelector('output.era[for="' + id + '"]');
      if (output) output.textContent = text;
    }
  }

  async function refreshPreview(pages, mine) {
    if (!preview) return;
    const images = [];
    for (let page = 1; page <= pages; page++) {
      const response = await post("/forms/" + kind + "/preview/" + page);
      if (mine !== asked || !response.ok) return;
      const image = document.createElement("img");
      image.src = URL.createObjectURL(await response.blob());
      image.alt = "印刷の見本 " + page + "ページ目";
      image.width = 595;
      image.height = 842;
      images.push(image);
    }
    for (const url of shownUrls) URL.revokeObjectURL(url);
    shownUrls = images.map((image) => image.src);
    const heading = preview.querySelector("h2");
    preview.replaceChildren(heading, ...images);
    preview.classList.remove("stale");
  }

  // Values that a choice leaves out (the passwords of a rejection) are hidden while it is made.
  function applyChoices() {
    for (const element of form.querySelectorAll("[data-hidden-when]")) {
      const hidden = element.dataset.hiddenWhen.split(" ").some((rule) => {
        const [name, value] = rule.split("=");
        const chosen = form.querySelector('[name="' + name + '"]:checked');
        return chosen && chosen.value === value;
      });
      element.hidden = hidden;
    }
  }

  form.addEventListener("input", (event) => {
    if (event.target.matches("input[type=text], input[type=date]")) schedule(700);
  });
  form.addEventListener("change", (event) => {
    touched.add(event.target.name);
    applyChoices();
    schedule(0);
  });
  form.addEventListener("focusout", (event) => {
    if (!event.target.matches("input, select")) return;
    touched.add(event.target.name);
    schedule(150);
  });
  applyChoices();
})();
