using GsiPortal.Core.Search;
using GsiPortal.Core.Search.Meaning;

namespace GsiPortal.Core.Tests.Search;

/// <summary>
/// Search by meaning over the real content with the real model, prepared once for every test that asks it: the
/// keyword answer as the site gives it, and the same extended by meaning as the page's meaning section would be.
/// </summary>
public static class RealMeaning
{
    private static readonly Lazy<MeaningSearch> Ready = new(() =>
    {
        var meaning = new MeaningSearch(MeaningModel.Shared);
        meaning.Prepare(RealContent.Library).GetAwaiter().GetResult();
        return meaning;
    });

    /// <summary>The real content's passage and word vectors.</summary>
    public static MeaningIndex Index => Ready.Value.Prepare(RealContent.Library).Result;

    public static SearchResponse Keywords(string q) => RealContent.Index.Search(new SearchRequest(q));

    public static SearchResponse WithMeaning(string q) => Ready.Value.Extend(RealContent.Library, new SearchRequest(q), Keywords(q));
}
