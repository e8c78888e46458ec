using GsiPortal.Core.Content;
using GsiPortal.Core.Search;
using GsiPortal.Core.Search.Meaning;

namespace GsiPortal.Benchmarks;

/// <summary>
/// What the tuning dumps (agree-dump, lack-dump, meaning-dump) each start from: the real content, its keyword index and
/// its prepared meaning index, and the TUNING files' judgements only — never the held-apart ones, which are scored by
/// <c>judge</c> alone.
/// </summary>
internal sealed record TuningBench(ContentLibrary Library, PortalIndex Index, MeaningSearch Meaning, MeaningIndex Prepared)
{
    /// <summary>The files a turn may tune on, with the name each judgement came from.</summary>
    public static IEnumerable<(string File, GsiPortal.Testing.Judgement Judgement)> Judgements() =>
        new[] { "search-judgements.tsv", "search-judgements-late.tsv", "search-judgements-own-words-tuning.tsv" }
            .SelectMany(file => GsiPortal.Testing.SearchJudgements.Load(GsiPortal.Testing.Repository.Path("tests/Shared/" + file)).Select(j => (file, j)));

    public static TuningBench Of(string contentFolder)
    {
        var library = ContentLoader.Load(contentFolder).Library!;
        var meaning = new MeaningSearch(MeaningModel.Shared);
        return new TuningBench(library, PortalIndex.Build(library), meaning, meaning.Prepare(library).GetAwaiter().GetResult());
    }
}
