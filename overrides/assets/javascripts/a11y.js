// Names for two of Material's controls that screen readers otherwise announce without one:
// the search dialog, and the numbered markers of code annotations (created by Material's own
// script, hence the observer). Checked by axe-core in tests/browser.
(function () {
  var ru = document.documentElement.lang === "ru"
  var search = document.querySelector(".md-search[role=dialog]")
  if (search && !search.hasAttribute("aria-label")) {
    search.setAttribute("aria-label", ru ? "Поиск" : "Search")
  }
  function label(root) {
    root.querySelectorAll("a.md-annotation__index:not([aria-label])").forEach(function (a) {
      var n = a.querySelector("[data-md-annotation-id]")
      var id = n ? n.getAttribute("data-md-annotation-id") : ""
      a.setAttribute("aria-label", (ru ? "Пояснение " : "Annotation ") + id)
    })
  }
  label(document)
  new MutationObserver(function (records) {
    records.forEach(function (r) {
      r.addedNodes.forEach(function (node) { if (node.querySelectorAll) label(node) })
    })
  }).observe(document.body, { childList: true, subtree: true })
})()
