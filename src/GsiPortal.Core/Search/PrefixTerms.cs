using Lucene.Net.Index;
using Lucene.Net.Util;

namespace GsiPortal.Core.Search;

/// <summary>The index terms a trailing wildcard ("secur*") stands for.</summary>
internal static class PrefixTerms
{
    /// <summary>The most frequent index terms that start with a prefix, at most <see cref="SearchLimits.MaxWildcardTerms"/>.</summary>
    public static List<string> Of(IndexReader reader, string prefix)
    {
        var found = new List<(string Term, int Freq)>();
        var terms = MultiFields.GetTerms(reader, SearchFields.Text);
        if (terms is null) return [];
        var e = terms.GetEnumerator();
        var start = new BytesRef(prefix);
        if (e.SeekCeil(start) == TermsEnum.SeekStatus.END) return [];
        do
        {
            var term = e.Term.Utf8ToString();
            if (!term.StartsWith(prefix, StringComparison.Ordinal)) break;
            found.Add((term, e.DocFreq));
        }
        while (e.MoveNext());
        return found.OrderByDescending(f => f.Freq).Take(SearchLimits.MaxWildcardTerms).Select(f => f.Term).ToList();
    }
}
