// Names for two of Material's controls that screen readers otherwise announce without one:
// the search dialog, and the numbered markers of code annotations (created by Material's own
// script, hence the observer); and keyboard access to the wrappers Material puts around tables,
// which scroll sideways on a phone. Checked by axe-core in tests/browser.
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
  function scrollable(root) {
    var found = Array.prototype.slice.call(root.querySelectorAll(".md-typeset__scrollwrap:not([tabindex])"))
    if (root.matches && root.matches(".md-typeset__scrollwrap:not([tabindex])")) found.push(root)
    found.forEach(function (wrap) {
      wrap.setAttribute("tabindex", "0")
      wrap.setAttribute("role", "region")
      wrap.setAttribute("aria-label", ru ? "Таблица, прокручивается вбок" : "Table, scrolls sideways")
    })
  }
  label(document)
  scrollable(document)
  new MutationObserver(function (records) {
    records.forEach(function (r) {
      r.addedNodes.forEach(function (node) {
        if (node.querySelectorAll) { label(node); scrollable(node) }
      })
    })
  }).observe(document.body, { childList: true, subtree: true })
})()
