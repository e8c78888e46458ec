using GsiPortal.Core.Addresses;
using GsiPortal.Core.Search;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.Primitives;

namespace GsiPortal.Web.Hosting;

/// <summary>
/// What a cached answer is keyed by, beyond the path, the encoding and the content version. A page varies only on
/// the query parameters pages read, so a stranger's junk parameters (<c>/coverage?x=random</c>) are served the clean
/// page from the cache instead of forcing a render and pushing real pages out; <c>highlight</c> varies the page only
/// by what it would mark (<see cref="PageHighlight.Key"/>: the words that occur in the texts, in any order), so
/// random words share the unmarked page. Downloads vary only on the one parameter any of them reads (the PDF's
/// <c>paper</c>), so <c>/download/edition.pdf?junk=…</c> is not an entry of its own (issue #21). The JSON API, oEmbed
/// and citations take many parameters, are rate limited, and keep the whole query in the key.
/// </summary>
public sealed class CacheKeys : IOutputCachePolicy
{
    /// <summary>
    /// The query parameters any page reads besides <c>highlight</c>: search (q, kind, doc, page), the quote check
    /// (text), a commentary's notes switch (notes), two editions compared (address, from, to) two commentaries side by side (a, b), an embed page shortened to some lines (lines) and an embed named by /cite's
    /// form (at, which redirects). A test keeps this list complete.
    /// </summary>
    public static readonly StringValues PageParameters = new(["q", "kind", "doc", "page", "text", "notes", "address", "from", "to", Routes.PairFirstParameter, Routes.PairSecondParameter, Routes.EmbedLinesParameter, Routes.AtParameter, Routes.MeaningParameter]);

    /// <summary>The query parameters a download reads: the PDF's paper size. A test keeps this list complete.</summary>
    public static readonly StringValues DownloadParameters = new(["paper"]);

    /// <summary>
    /// A parameter's values in a key: one as itself; several each with its length, so that <c>?q=security&amp;q=peace</c>
    /// (refused, each offered) is not <c>?q=security,peace</c> (searched), which a comma-joined key made one.
    /// </summary>
    private static string Keyed(StringValues value) =>
        value.Count == 1 ? "=" + value[0] : string.Concat(value.Select(v => $"={v?.Length}:{v}"));

    ValueTask IOutputCachePolicy.CacheRequestAsync(OutputCacheContext context, CancellationToken cancellation)
    {
        var http = context.HttpContext;
        if (http.Request.Path.StartsWithSegments(Routes.Download))
        {
            context.CacheVaryByRules.QueryKeys = DownloadParameters;
            return ValueTask.CompletedTask;
        }
        if (http.GetEndpoint()?.Metadata.GetMetadata<CompiledPageActionDescriptor>() is null) return ValueTask.CompletedTask;
        // By value, not QueryKeys: the quote check tells "?text=" (a refusal) from no text at all (the empty form),
        // and query keys would key both alike.
        context.CacheVaryByRules.QueryKeys = StringValues.Empty;
        foreach (var name in PageParameters)
            if (http.Request.Query.TryGetValue(name!, out var value)) context.CacheVaryByRules.VaryByValues["query:" + name] = Keyed(value);
        // q given as q[] is refused, with its words offered (SearchParameters.Bracketed): keyed apart from the empty form.
        foreach (var (name, value) in http.Request.Query)
            if (name.StartsWith("q[", StringComparison.Ordinal)) context.CacheVaryByRules.VaryByValues["query:" + name] = Keyed(value);
        var highlight = http.Request.Query[Routes.HighlightParameter].ToString();
        var edition = http.RequestServices.GetRequiredService<RequestEdition>().Edition;
        if (highlight.Length == 0 || !edition.HasSearch) return ValueTask.CompletedTask;
        var index = edition.Search;
        var marked = index.Highlight(highlight);
        // Nothing to mark: the same key as the page without a highlight.
        if (marked.Terms.Count > 0) context.CacheVaryByRules.VaryByValues[Routes.HighlightParameter] = marked.Key;
        return ValueTask.CompletedTask;
    }

    ValueTask IOutputCachePolicy.ServeFromCacheAsync(OutputCacheContext context, CancellationToken cancellation) => ValueTask.CompletedTask;

    ValueTask IOutputCachePolicy.ServeResponseAsync(OutputCacheContext context, CancellationToken cancellation) => ValueTask.CompletedTask;
}
