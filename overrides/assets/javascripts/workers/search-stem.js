/* Wrapper around Material's lunr search worker.
 * Material appends "*" to every query term (prefix search); lunr then skips the
 * search pipeline for that term, so with `pipeline: [stemmer, ...]` the index holds
 * stems ("задач") while the query stays unstemmed ("задачи*") and nothing matches.
 * Fix: stem the term with the index's search pipeline, then keep the prefix "*". */
(function () {
  var name = new URLSearchParams(self.location.search).get("worker") || "";
  if (!/^search\.[0-9a-f]+\.min\.js$/.test(name)) throw new Error("search-stem: bad worker " + name);
  importScripts(name);                       /* defines self.lunr and the message handler */
  var lunr = self.lunr, searchPipeline = null;
  var build = lunr.Builder.prototype.build;
  lunr.Builder.prototype.build = function () {
    var index = build.apply(this, arguments);
    searchPipeline = index.pipeline;         /* = builder.searchPipeline (stemmer of the language) */
    return index;
  };
  var parse = lunr.QueryParser.prototype.parse;
  lunr.QueryParser.prototype.parse = function () {
    var query = parse.apply(this, arguments);
    if (searchPipeline) query.clauses.forEach(function (clause) {
      var m = /^([^*]+)\*$/.exec(clause.term);        /* only plain trailing-prefix terms */
      if (!m || clause.usePipeline) return;
      var out = searchPipeline.runString(m[1], { fields: clause.fields });
      if (out.length === 1 && out[0]) clause.term = out[0] + "*";
    });
    return query;
  };
})();
