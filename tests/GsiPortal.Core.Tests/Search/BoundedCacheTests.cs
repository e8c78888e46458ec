using GsiPortal.Core.Search;

namespace GsiPortal.Core.Tests.Search;

/// <summary>A cache of answers by word keeps at most its bound, and still answers every word past it.</summary>
public class BoundedCacheTests
{
    [Fact]
    public void MoreDistinctWordsThanItsBoundLeaveItAtItsBound()
    {
        var cache = new BoundedCache<string, int>(100, StringComparer.Ordinal);
        var worked = 0;
        for (var i = 0; i < 250; i++)
            Assert.Equal(i, cache.Get($"word{i}", w => { worked++; return int.Parse(w[4..], System.Globalization.CultureInfo.InvariantCulture); }));
        Assert.Equal(100, cache.Count);
        Assert.Equal(250, worked);
        // A kept word is not worked out again; one past the bound is, each time.
        cache.Get("word5", _ => { worked++; return -1; });
        Assert.Equal(250, worked);
        Assert.Equal(7, cache.Get("word200", _ => { worked++; return 7; }));
        Assert.Equal(251, worked);
        Assert.Equal(100, cache.Count);
    }

    [Fact]
    public void AWordsAnalysisIsKeptAsACopyNoCallerCanChange()
    {
        var first = WordAnalysis.PhraseTerms("non-traditional security");
        first[0] = "changed";
        Assert.Equal(TextAnalysis.PhraseTerms("non-traditional security"), WordAnalysis.PhraseTerms("non-traditional security"));
    }
}
